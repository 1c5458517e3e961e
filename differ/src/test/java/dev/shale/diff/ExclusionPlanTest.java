package dev.shale.diff;

import static dev.shale.diff.DiffAssert.assertDiff;
import static dev.shale.diff.Fixtures.BIGINT;
import static dev.shale.diff.Fixtures.TEXT;
import static dev.shale.diff.Fixtures.col;
import static dev.shale.diff.Fixtures.model;
import static dev.shale.diff.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.diff.change.AddExclusion;
import dev.shale.diff.change.DropExclusion;
import dev.shale.diff.change.RenameConstraint;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.model.ColumnType;
import dev.shale.model.Deferrability;
import dev.shale.model.ExclusionConstraint;
import dev.shale.model.ExclusionElement;
import dev.shale.model.IndexKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Exclusion constraints between two models: the changes, their order around columns, and golden SQL up and down. */
class ExclusionPlanTest {

    private static final QualifiedName BOOKINGS = QualifiedName.of("bookings");
    private static final ColumnType TSTZRANGE = ColumnType.builtIn("tstzrange");

    private static final ExclusionConstraint NO_OVERLAP = ExclusionConstraint.builder("bookings_no_overlap")
            .element("room_id", "=").element("during", "&&").build();

    /** bookings(id, room_id, during, note) as {@code edit} leaves it. */
    private static SchemaModel bookings(UnaryOperator<Table.Builder> edit) {
        Table table = table("bookings").col(col("id", BIGINT).notNull(), col("room_id", BIGINT).notNull(),
                col("during", TSTZRANGE).notNull(), col("note", TEXT)).pk("bookings_pkey", "id").build();
        return model().table(edit.apply(table.toBuilder()).build()).build();
    }

    private static String sql(List<SqlStatement> statements) {
        return statements.stream().map(s -> s.sql() + ";\n").collect(Collectors.joining());
    }

    private static MigrationPlan plan(SchemaModel from, SchemaModel to) {
        return MigrationPlanner.plan(from, to, RenameHints.NONE);
    }

    @Test
    void aNewTableCreatesItsExclusionConstraintInline() {
        MigrationPlan plan = plan(model().build(), bookings(t -> t.exclusion(NO_OVERLAP)));
        assertEquals("""
                CREATE TABLE public.bookings (
                    id bigint NOT NULL,
                    room_id bigint NOT NULL,
                    during tstzrange NOT NULL,
                    note text,
                    CONSTRAINT bookings_pkey PRIMARY KEY (id),
                    CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&)
                );
                """, sql(plan.up()));
    }

    @Test
    void anExclusionConstraintIsAddedAndDroppedOnAnExistingTable() {
        MigrationPlan plan = plan(bookings(t -> t), bookings(t -> t.exclusion(NO_OVERLAP)));
        assertEquals("ALTER TABLE public.bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist"
                + " (room_id WITH =, during WITH &&);\n", sql(plan.up()));
        assertEquals("ALTER TABLE public.bookings DROP CONSTRAINT bookings_no_overlap;\n", sql(plan.down()));
        assertDiff(bookings(t -> t), bookings(t -> t.exclusion(NO_OVERLAP)),
                List.of(new AddExclusion(BOOKINGS, NO_OVERLAP)));
    }

    @Test
    void everyOptionIsRenderedInPostgresqlsOrder() {
        ExclusionConstraint full = NO_OVERLAP.toBuilder().name("Bookings Overlap")
                .elements(List.of(new ExclusionElement(IndexKey.column("room_id").withOpclass("gist_int8_ops"), "="),
                        ExclusionElement.expression("tstzrange(lower(during), upper(during))", "&&")))
                .include("note").storage("fillfactor", "70").where("note IS NOT NULL")
                .deferrability(Deferrability.INITIALLY_DEFERRED).build();
        MigrationPlan plan = plan(bookings(t -> t), bookings(t -> t.exclusion(full)));
        assertEquals("ALTER TABLE public.bookings ADD CONSTRAINT \"Bookings Overlap\" EXCLUDE USING gist"
                + " (room_id gist_int8_ops WITH =, (tstzrange(lower(during), upper(during))) WITH &&)"
                + " INCLUDE (note) WITH (fillfactor = 70) WHERE (note IS NOT NULL) DEFERRABLE INITIALLY DEFERRED;\n",
                sql(plan.up()));
    }

    @Test
    void aChangedOperatorDropsAndAddsTheConstraint() {
        ExclusionConstraint sameRoom = NO_OVERLAP.toBuilder()
                .elements(List.of(ExclusionElement.column("room_id", "="), ExclusionElement.column("during", "-|-")))
                .build();
        assertDiff(bookings(t -> t.exclusion(NO_OVERLAP)), bookings(t -> t.exclusion(sameRoom)),
                List.of(new DropExclusion(BOOKINGS, NO_OVERLAP), new AddExclusion(BOOKINGS, sameRoom)));
        assertEquals("""
                ALTER TABLE public.bookings DROP CONSTRAINT bookings_no_overlap;
                ALTER TABLE public.bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist \
                (room_id WITH =, during WITH -|-);
                """, sql(plan(bookings(t -> t.exclusion(NO_OVERLAP)), bookings(t -> t.exclusion(sameRoom))).up()));
    }

    @Test
    void aConstraintUnderAnotherNameIsRenamed() {
        ExclusionConstraint renamed = NO_OVERLAP.withName("bookings_room_during_excl");
        assertDiff(bookings(t -> t.exclusion(NO_OVERLAP)), bookings(t -> t.exclusion(renamed)),
                List.of(new RenameConstraint(BOOKINGS, "bookings_no_overlap", "bookings_room_during_excl")));
    }

    @Test
    void aDroppedColumnLosesItsConstraintFirst() {
        ExclusionConstraint noteFree = ExclusionConstraint.builder("bookings_note_excl").element("note", "=")
                .element("during", "&&").build();
        SchemaModel from = bookings(t -> t.exclusion(noteFree));
        SchemaModel to = bookings(t -> t.columns(t.build().columns().stream()
                .filter(c -> !c.name().equals("note")).toList()));
        assertEquals("""
                ALTER TABLE public.bookings DROP CONSTRAINT bookings_note_excl;
                ALTER TABLE public.bookings DROP COLUMN note;
                """, sql(plan(from, to).up()));
        assertEquals("""
                ALTER TABLE public.bookings ADD COLUMN note text;
                ALTER TABLE public.bookings ADD CONSTRAINT bookings_note_excl EXCLUDE USING gist \
                (note WITH =, during WITH &&);
                """, sql(plan(from, to).down()));
    }

    @Test
    void aRetypedColumnHasItsConstraintRebuiltAroundTheChange() {
        SchemaModel from = bookings(t -> t.exclusion(NO_OVERLAP));
        SchemaModel to = bookings(t -> t.exclusion(NO_OVERLAP).columns(t.build().columns().stream()
                .map(c -> c.name().equals("during") ? c.toBuilder().type(ColumnType.builtIn("tsrange")).build() : c)
                .toList()));
        assertEquals("""
                ALTER TABLE public.bookings DROP CONSTRAINT bookings_no_overlap;
                ALTER TABLE public.bookings ALTER COLUMN during TYPE tsrange USING during::tsrange;
                ALTER TABLE public.bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist \
                (room_id WITH =, during WITH &&);
                """, sql(plan(from, to).up()));
    }
}
