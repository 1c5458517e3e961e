package dev.shale.diff;

import dev.shale.diff.postgres.DdlForm;
import dev.shale.model.Backfills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.CreateTable;
import dev.shale.diff.postgres.Hazard;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.Index;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationPlannerTest {

    private static final QualifiedName NOTES = QualifiedName.of("notes");

    private static Table notes(Column... extra) {
        List<Column> columns = new ArrayList<>(List.of(
                Column.of("id", ColumnType.builtIn("bigint"), false),
                Column.of("body", ColumnType.builtIn("text"), true)));
        columns.addAll(List.of(extra));
        return Table.builder(NOTES)
                .columns(columns)
                .primaryKey("notes_pkey", "id")
                .index(Index.builder("notes_body_idx").columns("body"))
                .comment("Things to remember")
                .build();
    }

    private static SchemaModel model(Table table) {
        return SchemaModel.builder().table(table).build();
    }

    private static List<String> sql(List<SqlStatement> statements) {
        return statements.stream().map(SqlStatement::sql).toList();
    }

    private static List<String> hazards(List<Hazard> hazards) {
        return hazards.stream().map(hazard -> hazard.code().code() + " " + hazard.object() + ": " + hazard.message())
                .toList();
    }

    @Test
    void createdTableIsRenderedUpAndDroppedDown() {
        MigrationPlan plan = MigrationPlanner.plan(SchemaModel.EMPTY, model(notes()), RenameHints.NONE);

        assertEquals(List.of(new CreateTable(notes())), plan.changes());
        assertEquals(List.of("""
                CREATE TABLE public.notes (
                    id bigint NOT NULL,
                    body text,
                    CONSTRAINT notes_pkey PRIMARY KEY (id)
                )""",
                "CREATE INDEX notes_body_idx ON public.notes (body)",
                "COMMENT ON TABLE public.notes IS 'Things to remember'"), sql(plan.up()));
        assertEquals(List.of("DROP TABLE public.notes"), sql(plan.down()));
        assertEquals(List.of(), plan.upHazards());
        assertEquals(List.of("drop-table public.notes: Dropping table public.notes deletes all of its rows.",
                "backward-incompatible-drop public.notes: The release still running fails where it reads table"
                        + " public.notes, dropped here."), hazards(plan.downHazards()));
    }

    @Test
    void addedColumnCarriesItsHazardsInTheRightDirection() {
        Column token = Column.builder("token", ColumnType.builtIn("uuid")).notNull()
                .defaultExpression("gen_random_uuid()").build();
        MigrationPlan plan = MigrationPlanner.plan(model(notes()), model(notes(token)), RenameHints.NONE);

        assertEquals(List.of(new AddColumn(NOTES, token)), plan.changes());
        assertEquals(List.of("ALTER TABLE public.notes ADD COLUMN token uuid DEFAULT gen_random_uuid() NOT NULL"),
                sql(plan.up()));
        assertEquals(List.of("ALTER TABLE public.notes DROP COLUMN token"), sql(plan.down()));
        assertEquals(List.of("volatile-default public.notes.token: Adding column public.notes.token with volatile"
                + " default gen_random_uuid() rewrites table public.notes under an exclusive lock."),
                hazards(plan.upHazards()));
        // the down's own hazards: no irreversible-down, which is an up's
        assertEquals(List.of("drop-column public.notes.token: Dropping column public.notes.token deletes its values.",
                "backward-incompatible-drop public.notes.token: The release still running fails where it reads or"
                        + " writes column public.notes.token, dropped here."), hazards(plan.downHazards()));
    }

    @Test
    void downUndoesTheChangesLastFirst() {
        Column first = Column.of("first", ColumnType.builtIn("text"), true);
        Column second = Column.of("second", ColumnType.builtIn("text"), true);
        MigrationPlan plan = MigrationPlanner.plan(model(notes()), model(notes(first, second)), RenameHints.NONE);

        assertEquals(List.of(
                "ALTER TABLE public.notes ADD COLUMN first text",
                "ALTER TABLE public.notes ADD COLUMN second text"), sql(plan.up()));
        assertEquals(List.of(
                "ALTER TABLE public.notes DROP COLUMN second",
                "ALTER TABLE public.notes DROP COLUMN first"), sql(plan.down()));
    }

    @Test
    void equalModelsPlanNothing() {
        MigrationPlan plan = MigrationPlanner.plan(model(notes()), model(notes()), RenameHints.NONE);
        assertTrue(plan.isEmpty());
        assertEquals(List.of(), plan.up());
        assertEquals(List.of(), plan.down());
    }

    @Test
    void lossesAreNamedAsTheDatabaseCallsThemWhenTheMigrationStarts() {
        Column old = Column.of("old", ColumnType.builtIn("text"), true);
        Table notes = notes(old);
        QualifiedName memos = QualifiedName.of("memos");
        Table renamed = Table.builder(memos)
                .column(Column.of("id", ColumnType.builtIn("bigint"), false))
                .column(Column.of("text", ColumnType.builtIn("varchar(10)"), true))
                .primaryKey(notes.primaryKey())
                .comment(notes.comment())
                .build();
        RenameHints hints = RenameHints.builder().table(NOTES, memos, "Memo").column(memos, "body", "text", "Memo.text")
                .build();

        MigrationPlan plan = MigrationPlanner.plan(model(notes), model(renamed), hints);

        // the table and the column are renamed before the drop and the narrowing run: the lines name them as before
        assertEquals(List.of("column public.notes.body", "column public.notes.old"), plan.upHazards().stream()
                .flatMap(h -> h.losses().stream()).map(l -> l.headerText().orElseThrow()).sorted().toList());
    }

    @Test
    void aNewTableCarriesNoLockHazardWrittenEitherWay() {
        for (DdlForm options : DdlForm.values()) {
            MigrationPlan plan = MigrationPlanner.plan(SchemaModel.EMPTY, model(notes()), RenameHints.NONE, Backfills.NONE, options);
            assertEquals(List.of(), plan.upHazards(), options.toString());
        }
    }

    @Test
    void anIndexOnAnExistingTableLocksPlainAndRunsOutsideATransactionOnline() {
        Table bare = Table.builder(NOTES)
                .columns(notes().columns())
                .primaryKey(notes().primaryKey())
                .comment(notes().comment())
                .build();
        assertEquals(List.of("index-not-concurrent"), codes(MigrationPlanner.plan(model(bare), model(notes()),
                RenameHints.NONE, Backfills.NONE, DdlForm.PLAIN).upHazards()));
        MigrationPlan online = MigrationPlanner.plan(model(bare), model(notes()), RenameHints.NONE,
                Backfills.NONE, DdlForm.ONLINE);
        assertEquals(List.of("non-transactional-step"), codes(online.upHazards()));
        assertEquals(List.of("non-transactional-step"), codes(online.downHazards()));
    }

    @Test
    void droppingAColumnLosesItBreaksTheRunningReleaseAndCannotBeRolledBackWhileAddingOneIsHarmless() {
        Column old = Column.of("old", ColumnType.builtIn("text"), true);
        MigrationPlan drop = MigrationPlanner.plan(model(notes(old)), model(notes()), RenameHints.NONE);
        assertEquals(List.of(
                "drop-column public.notes.old: Dropping column public.notes.old deletes its values.",
                "irreversible-down public.notes.old: The down migration cannot restore column public.notes.old:"
                        + " rolling back brings the schema back, not the data.",
                "backward-incompatible-drop public.notes.old: The release still running fails where it reads or"
                        + " writes column public.notes.old, dropped here."), hazards(drop.upHazards()));
        // adding a NULL-able column back is harmless, and the down of a down is no concern of the down file
        assertEquals(List.of(), drop.downHazards());
        MigrationPlan add = MigrationPlanner.plan(model(notes()), model(notes(old)), RenameHints.NONE);
        assertEquals(List.of(), add.upHazards());
        assertEquals(List.of("drop-column", "backward-incompatible-drop"), codes(add.downHazards()));
    }

    @Test
    void aGeneratedColumnReplacedInTheSameMigrationBreaksNothing() {
        Column before = Column.builder("size", ColumnType.builtIn("integer")).generatedExpression("length(body)")
                .build();
        Column after = Column.builder("size", ColumnType.builtIn("integer")).generatedExpression("octet_length(body)")
                .build();
        MigrationPlan plan = MigrationPlanner.plan(model(notes(before)), model(notes(after)), RenameHints.NONE);
        assertEquals(2, plan.changes().size(), plan.changes().toString());
        assertEquals(List.of("volatile-default"), codes(plan.upHazards()));
        assertEquals(List.of("volatile-default"), codes(plan.downHazards()));
    }

    private static List<String> codes(List<Hazard> hazards) {
        return hazards.stream().map(hazard -> hazard.code().code()).toList();
    }
}
