package dev.shale.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.dsl.Column;
import dev.shale.dsl.Deferrable;
import dev.shale.dsl.Exclude;
import dev.shale.dsl.Extension;
import dev.shale.dsl.IndexMethod;
import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.Table;
import dev.shale.model.Deferrability;
import dev.shale.model.ExclusionConstraint;
import dev.shale.model.ExclusionElement;
import dev.shale.model.IndexKey;
import dev.shale.model.QualifiedName;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exclusion constraints as declared with {@code @Exclude} on records: every option, and each refusal. */
class ExclusionReaderTest {

    @Table
    @Extension("btree_gist")
    @Exclude(elements = {"room_id WITH =", "during WITH &&"})
    @Exclude(name = "booking_note_excl", elements = {"\"Note\" COLLATE \"C\" WITH =",
            "tstzrange(lower(during), upper(during)) WITH OPERATOR(pg_catalog.&&)"},
            include = "room_id", with = "fillfactor=70", where = "NOT cancelled",
            deferrable = Deferrable.INITIALLY_DEFERRED)
    record Booking(@PrimaryKey long id, long roomId, @Column(type = "tstzrange") String during,
                   @Column(name = "Note") String note, boolean cancelled) {
    }

    @Table @Exclude(elements = "room_id WITH =") record NoBtreeGist(@PrimaryKey long id, long roomId) {
    }

    @Table @Exclude(elements = "during WITH &&") record RangeOnly(@PrimaryKey long id,
                                                                  @Column(type = "tstzrange") String during) {
    }

    @Table @Exclude(elements = "room_id =") record NoOperator(@PrimaryKey long id, long roomId) {
    }

    @Table @Exclude(elements = "nope WITH =", method = IndexMethod.BTREE) record UnknownColumn(@PrimaryKey long id) {
    }

    @Table @Exclude(elements = "id WITH =", method = IndexMethod.GIN) record OnGin(@PrimaryKey long id) {
    }

    @Test
    void readsEveryOption() {
        dev.shale.model.Table table = new RecordSchemaReader().read(List.of(Booking.class)).model()
                .table(QualifiedName.of("booking")).orElseThrow();
        assertEquals(List.of(
                ExclusionConstraint.builder("booking_note_excl")
                        .element(new ExclusionElement(IndexKey.column("Note").withCollation("C"), "="))
                        .element(ExclusionElement.expression("tstzrange(lower(during), upper(during))",
                                "OPERATOR(pg_catalog.&&)"))
                        .include("room_id").storage(Map.of("fillfactor", "70")).where("NOT cancelled")
                        .deferrability(Deferrability.INITIALLY_DEFERRED).build(),
                ExclusionConstraint.builder("booking_room_id_during_excl").element("room_id", "=")
                        .element("during", "&&").build()), table.exclusions());
    }

    @Test
    void aRangeAloneNeedsNoExtension() {
        assertEquals(1, new RecordSchemaReader().read(List.of(RangeOnly.class)).model()
                .table(QualifiedName.of("range_only")).orElseThrow().exclusions().size());
    }

    @Test
    void refusalsNameTheClassAndTheFix() {
        assertProblem(NoBtreeGist.class, "has @Exclude no_btree_gist_room_id_excl comparing bigint column room_id"
                + " with = in a gist index, which needs the btree_gist extension",
                "declare @Extension(\"btree_gist\") on a record or in package-info.java");
        assertProblem(NoOperator.class, "has @Exclude(elements) element \"room_id =\" that has no WITH and operator",
                "write it as " + ExclusionElementText.FORM);
        assertProblem(OnGin.class, "has @Exclude(method = GIN), but a GIN index cannot back an exclusion constraint",
                "use method = GIST (the default), SPGIST, BTREE or HASH");
        SchemaDeclarationException thrown = assertThrows(SchemaDeclarationException.class,
                () -> new RecordSchemaReader().read(List.of(UnknownColumn.class)));
        assertEquals(UnknownColumn.class.getName(), thrown.problems().get(0).className());
        assertTrue(thrown.problems().get(0).message().startsWith("@Exclude(elements) names column nope"),
                thrown.problems().get(0).message());
    }

    private static void assertProblem(Class<?> type, String message, String fix) {
        SchemaDeclarationException thrown = assertThrows(SchemaDeclarationException.class,
                () -> new RecordSchemaReader().read(List.of(type)));
        assertEquals(List.of(new DeclarationProblem(type.getName(), null, message, fix)), thrown.problems());
    }
}
