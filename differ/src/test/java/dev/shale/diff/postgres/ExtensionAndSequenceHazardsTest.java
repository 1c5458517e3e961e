package dev.shale.diff.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.diff.change.AlterSequence;
import dev.shale.diff.change.Change;
import dev.shale.diff.change.DropExtension;
import dev.shale.diff.change.DropSequence;
import dev.shale.model.Extension;
import dev.shale.model.QualifiedName;
import dev.shale.model.Sequence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hazards of dropping an extension or a sequence, and of narrowing a sequence's range. */
class ExtensionAndSequenceHazardsTest {

    private static final PostgresRenderer RENDERER = new PostgresRenderer();

    private static final QualifiedName NUMBERS = new QualifiedName("public", "invoice_numbers");

    private static List<String> hazards(Change change) {
        return RENDERER.hazards(change).stream().map(h -> h.code().code() + " " + h.object() + ": " + h.message())
                .toList();
    }

    @Test
    void droppingAnExtensionIsADataLoss() {
        List<Hazard> hazards = RENDERER.hazards(new DropExtension(Extension.of("pg_stat_statements")));
        assertEquals(List.of("drop-extension pg_stat_statements: Dropping extension pg_stat_statements removes its"
                + " functions, types and operators (code that uses them fails) and the rows of its configuration"
                + " tables."), hazards(new DropExtension(Extension.of("pg_stat_statements"))));
        assertEquals(HazardKind.DATA_LOSS, hazards.get(0).kind());
        assertEquals(List.of(), hazards.get(0).losses());
    }

    @Test
    void droppingASequenceLosesItsCurrentValue() {
        Hazard hazard = RENDERER.hazards(new DropSequence(Sequence.builder(NUMBERS).build())).get(0);
        assertEquals(HazardCode.DROP_SEQUENCE, hazard.code());
        assertEquals(HazardKind.DATA_LOSS, hazard.kind());
        assertEquals(List.of(DataLoss.sequence(NUMBERS)), hazard.losses());
        assertEquals("sequence public.invoice_numbers", hazard.losses().get(0).headerText().orElseThrow());
        assertEquals(DataLoss.sequence(NUMBERS), DataLoss.parse("sequence public.invoice_numbers"));
    }

    @Test
    void narrowingASequenceRangeIsAHazardWideningIsNot() {
        Sequence wide = Sequence.builder(NUMBERS).build();
        assertEquals(List.of("sequence-range public.invoice_numbers: Changing MAXVALUE from 9223372036854775807 to"
                + " 1000 on sequence public.invoice_numbers fails when its current value lies outside 1..1000: read"
                + " SELECT last_value FROM public.invoice_numbers first."),
                hazards(new AlterSequence(wide, wide.toBuilder().maxValue(1000L).build())));
        assertEquals(List.of("sequence-range public.invoice_numbers: Changing MINVALUE from 1 to 50 on sequence"
                + " public.invoice_numbers fails when its current value lies outside 50..9223372036854775807: read"
                + " SELECT last_value FROM public.invoice_numbers first."),
                hazards(new AlterSequence(wide, wide.toBuilder().minValue(50L).start(50).build())));
        assertEquals(List.of("sequence-range public.invoice_numbers: Changing its type from bigint to integer,"
                + " MAXVALUE from 9223372036854775807 to 2147483647 on sequence public.invoice_numbers fails when its"
                + " current value lies outside 1..2147483647: read SELECT last_value FROM public.invoice_numbers"
                + " first."), hazards(new AlterSequence(wide, wide.toBuilder().dataType("integer").build())));
        assertEquals(List.of(), hazards(new AlterSequence(wide.toBuilder().maxValue(1000L).build(), wide)));
        assertEquals(List.of(), hazards(new AlterSequence(wide, wide.toBuilder().cache(20).build())));
        Sequence bounded = wide.toBuilder().maxValue(1000L).build();
        assertEquals(List.of(), hazards(new AlterSequence(bounded, bounded.toBuilder().dataType("integer").build())),
                "a smaller type within the same bounds narrows nothing");
    }

    @Test
    void aNarrowedRangeRequiresTheCurrentValueInside() {
        Sequence wide = Sequence.builder(NUMBERS).build();
        List<DataRequirement> required = RENDERER.requirements(new AlterSequence(wide,
                wide.toBuilder().maxValue(1000L).build()));
        assertEquals(List.of(new DataRequirement.SequenceInRange(NUMBERS, 1, 1000)), required);
        assertEquals("sequence-in-range public.invoice_numbers 1 1000", required.get(0).text());
        assertEquals(required.get(0), DataRequirement.parse("sequence-in-range public.invoice_numbers 1 1000"));
        assertEquals(List.of(), RENDERER.requirements(new AlterSequence(wide, wide.toBuilder().cache(5).build())));
    }
}
