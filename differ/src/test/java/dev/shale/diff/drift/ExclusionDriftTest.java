package dev.shale.diff.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.ExclusionConstraint;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Drift of exclusion constraints: a database against a snapshot. */
class ExclusionDriftTest {

    private static final ExclusionConstraint OVERLAP = ExclusionConstraint.builder("slots_excl")
            .element("during", "&&").build();

    private static SchemaModel slots(ExclusionConstraint... exclusions) {
        return SchemaModel.builder().table(Table.builder(QualifiedName.of("slots"))
                .column(Column.of("id", ColumnType.builtIn("integer"), false))
                .column(Column.of("during", ColumnType.builtIn("tstzrange"), false))
                .primaryKey("slots_pkey", "id").exclusions(List.of(exclusions)).build()).build();
    }

    @Test
    void aMissingExtraOrChangedConstraintIsReported() {
        assertEquals(List.of("exclusion constraint slots_excl on slots is missing from the database"),
                messages(Drift.between(slots(), slots(OVERLAP))));
        assertEquals(List.of("exclusion constraint slots_excl on slots exists in the database but not in the"
                + " snapshot"), messages(Drift.between(slots(OVERLAP), slots())));
        ExclusionConstraint adjacent = OVERLAP.toBuilder().elements(List.of()).element("during", "-|-").build();
        Drift changed = Drift.between(slots(adjacent), slots(OVERLAP));
        assertEquals(1, changed.items().size(), changed.items().toString());
        assertEquals("EXCLUDE USING gist (during WITH &&)", changed.items().get(0).expected());
        assertEquals("EXCLUDE USING gist (during WITH -|-)", changed.items().get(0).actual());
        assertEquals(List.of(), Drift.between(slots(OVERLAP), slots(OVERLAP)).items());
    }

    private static List<String> messages(Drift drift) {
        return drift.items().stream().map(DriftItem::message).toList();
    }
}
