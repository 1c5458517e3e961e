package dev.shale.diff;

import static dev.shale.diff.Fixtures.BIGINT;
import static dev.shale.diff.Fixtures.TEXT;
import static dev.shale.diff.Fixtures.col;
import static dev.shale.diff.Fixtures.enumOf;
import static dev.shale.diff.Fixtures.enumType;
import static dev.shale.diff.Fixtures.hints;
import static dev.shale.diff.Fixtures.model;
import static dev.shale.diff.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.diff.change.Change;
import dev.shale.diff.change.RenameColumn;
import dev.shale.diff.change.RenameTable;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rename onto the name of an object the same migration drops is refused (matching by name would keep the dropped
 * object and drop the renamed one with its rows); a chain of renames applies its later link first.
 */
class DifferRenameOntoTest {

    private static final SchemaModel ORDER_AND_SESSIONS = model()
            .table(table("order").col(col("id", BIGINT).notNull(), col("total", BIGINT)))
            .table(table("sessions").col(col("id", BIGINT).notNull(), col("token", TEXT)))
            .build();

    @Test
    void tableRenamedOntoADroppedTableIsRefusedNamingBothTablesAndTheFix() {
        SchemaModel to = model().table(table("sessions").col(col("id", BIGINT).notNull(), col("total", BIGINT)))
                .build();
        RenameHints hints = hints().table("order", "sessions", "com.x.Sessions").build();
        RenameOntoTakenNameException e = assertThrows(RenameOntoTakenNameException.class,
                () -> Differ.diff(ORDER_AND_SESSIONS, to, hints));
        assertEquals("@RenamedFrom(\"order\") on com.x.Sessions renames table public.order onto the name of table"
                + " public.sessions, which the old schema still has and the new schema drops: Shale does not drop and"
                + " rename in the same migration", e.getMessage());
        assertEquals("com.x.Sessions", e.declaredAt());
        assertEquals("drop the old table public.sessions (or rename it away) in a migration of its own first, then"
                + " generate the rename of public.order in the next migration; if an earlier migration did this"
                + " rename already, remove the stale annotation", e.fix());
        // From a live database the same holds: both tables there, the old name gone from the records.
        assertThrows(RenameOntoTakenNameException.class,
                () -> Differ.diffApplyingPresentRenames(ORDER_AND_SESSIONS, to, hints));
    }

    @Test
    void tableHintWhoseOldNameTheNewModelKeepsIsStale() {
        SchemaModel to = model()
                .table(table("order").col(col("id", BIGINT).notNull()))
                .table(table("sessions").col(col("id", BIGINT).notNull(), col("token", TEXT)))
                .build();
        List<Change> changes = Differ.diff(ORDER_AND_SESSIONS, to,
                hints().table("order", "sessions", "com.x.Sessions").build());
        assertEquals("[DropColumn]", changes.stream().map(c -> c.getClass().getSimpleName()).toList().toString());
    }

    @Test
    void columnRenamedOntoADroppedColumnIsRefused() {
        SchemaModel from = model().table(table("t").col(col("id", BIGINT).notNull(), col("a", TEXT), col("b", TEXT)))
                .build();
        SchemaModel to = model().table(table("t").col(col("id", BIGINT).notNull(), col("b", TEXT))).build();
        RenameOntoTakenNameException e = assertThrows(RenameOntoTakenNameException.class,
                () -> Differ.diff(from, to, hints().column("t", "a", "b", "com.x.T.b").build()));
        assertEquals("@RenamedFrom(\"a\") on com.x.T.b renames column \"a\" of table public.t onto the name of column"
                + " \"b\" of table public.t, which the old schema still has and the new schema drops: Shale does not"
                + " drop and rename in the same migration", e.getMessage());
        assertEquals("com.x.T.b", e.declaredAt());
    }

    @Test
    void enumTypeRenamedOntoADroppedEnumTypeIsRefused() {
        SchemaModel from = model().enumType(enumType("mood", "HAPPY")).enumType(enumType("state", "ON"))
                .table(table("t").col(col("id", BIGINT).notNull(), col("m", enumOf("mood")))).build();
        SchemaModel to = model().enumType(enumType("state", "HAPPY"))
                .table(table("t").col(col("id", BIGINT).notNull(), col("m", enumOf("state")))).build();
        assertThrows(RenameOntoTakenNameException.class,
                () -> Differ.diff(from, to, hints().enumType("mood", "state", "com.x.State").build()));
    }

    @Test
    void enumValueRenamedOntoADroppedValueIsRefused() {
        SchemaModel from = model().enumType(enumType("mood", "HAPPY", "SAD")).build();
        SchemaModel to = model().enumType(enumType("mood", "SAD")).build();
        assertThrows(RenameOntoTakenNameException.class,
                () -> Differ.diff(from, to, hints().enumValue("mood", "HAPPY", "SAD", "com.x.Mood.SAD").build()));
    }

    @Test
    void aChainOfTableRenamesFreesEachNameBeforeItIsTaken() {
        SchemaModel from = model()
                .table(table("a").col(col("id", BIGINT).notNull(), col("x", TEXT)))
                .table(table("b").col(col("id", BIGINT).notNull(), col("y", TEXT)))
                .build();
        SchemaModel to = model()
                .table(table("b").col(col("id", BIGINT).notNull(), col("x", TEXT)))
                .table(table("c").col(col("id", BIGINT).notNull(), col("y", TEXT)))
                .build();
        List<Change> changes = Differ.diff(from, to,
                hints().table("a", "b", "com.x.B").table("b", "c", "com.x.C").build());
        assertEquals(2, changes.size(), DiffAssert.lines(changes));
        assertEquals("public.b", ((RenameTable) changes.get(0)).from().toString());
        assertEquals("public.a", ((RenameTable) changes.get(1)).from().toString());
        DiffAssert.assertReplays(from, to, changes);
    }

    @Test
    void aChainOfTableRenamesRenamesTheirKeysInTheOrderThatFreesEachName() {
        SchemaModel from = model()
                .table(table("t").col(col("id", BIGINT).notNull()).pk("t_pkey", "id"))
                .table(table("u").col(col("id", BIGINT).notNull()).pk("u_pkey", "id"))
                .build();
        SchemaModel to = model()
                .table(table("u").col(col("id", BIGINT).notNull()).pk("u_pkey", "id"))
                .table(table("v").col(col("id", BIGINT).notNull()).pk("v_pkey", "id"))
                .build();
        MigrationPlan plan = MigrationPlanner.plan(from, to,
                hints().table("t", "u", "com.x.U").table("u", "v", "com.x.V").build());
        assertEquals(List.of(
                "ALTER TABLE public.u RENAME TO v",
                "ALTER TABLE public.t RENAME TO u",
                "ALTER TABLE public.v RENAME CONSTRAINT u_pkey TO v_pkey",
                "ALTER TABLE public.u RENAME CONSTRAINT t_pkey TO u_pkey"),
                plan.up().stream().map(SqlStatement::sql).toList());
        assertEquals(List.of(
                "ALTER TABLE public.u RENAME CONSTRAINT u_pkey TO t_pkey",
                "ALTER TABLE public.v RENAME CONSTRAINT v_pkey TO u_pkey",
                "ALTER TABLE public.u RENAME TO t",
                "ALTER TABLE public.v RENAME TO u"),
                plan.down().stream().map(SqlStatement::sql).toList());
    }

    @Test
    void aChainOfColumnRenamesFreesEachNameBeforeItIsTaken() {
        SchemaModel from = model().table(table("t").col(col("id", BIGINT).notNull(), col("a", TEXT), col("b", TEXT)))
                .build();
        SchemaModel to = model().table(table("t").col(col("id", BIGINT).notNull(), col("b", TEXT), col("c", TEXT)))
                .build();
        List<Change> changes = Differ.diff(from, to,
                hints().column("t", "a", "b", "com.x.T.b").column("t", "b", "c", "com.x.T.c").build());
        assertEquals(2, changes.size(), DiffAssert.lines(changes));
        assertEquals("b", ((RenameColumn) changes.get(0)).from());
        assertEquals("a", ((RenameColumn) changes.get(1)).from());
        DiffAssert.assertReplays(from, to, changes);
    }
}
