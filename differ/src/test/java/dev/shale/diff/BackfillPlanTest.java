package dev.shale.diff;

import static dev.shale.diff.Fixtures.BIGINT;
import static dev.shale.diff.Fixtures.TEXT;
import static dev.shale.diff.Fixtures.TIMESTAMPTZ;
import static dev.shale.diff.Fixtures.col;
import static dev.shale.diff.Fixtures.model;
import static dev.shale.diff.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.diff.Fixtures.Col;
import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.ColumnAspect;
import dev.shale.diff.change.CreateTable;
import dev.shale.diff.postgres.ChangeDescriptions;
import dev.shale.diff.postgres.Hazard;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.model.Backfills;
import dev.shale.model.ColumnType;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Golden plans of columns that become NOT NULL on a table with rows: a declared backfill or a default fills the
 * rows (add NULL-able, fill in batches, SET NOT NULL); without either the change carries the fails-on-rows hazard.
 */
class BackfillPlanTest {

    private static final QualifiedName USERS = QualifiedName.of("users");
    private static final ColumnType JSONB = ColumnType.builtIn("jsonb");
    private static final Col ID = col("id", BIGINT).notNull();

    private static SchemaModel users(Col... extra) {
        List<Col> columns = new ArrayList<>(List.of(ID));
        columns.addAll(List.of(extra));
        return model().table(table("users").col(columns.toArray(Col[]::new)).pk("users_pkey", "id")).build();
    }

    private static Backfills backfill(String column, String expression) {
        return new Backfills(List.of(new Backfills.Backfill(USERS, column, expression, "com.example.User." + column)));
    }

    private static List<String> sql(List<SqlStatement> statements) {
        return statements.stream().map(SqlStatement::sql).toList();
    }

    private static List<String> hazards(List<Hazard> hazards) {
        return hazards.stream().map(h -> h.code().code() + ": " + h.message()).toList();
    }

    /** The fill block the renderer writes for {@code column} of public.users. */
    private static String fill(String column, String expression) {
        return """
                DO $shale_fill$
                #variable_conflict use_column
                DECLARE
                    shale_rows bigint;
                    shale_nulls bigint;
                BEGIN
                    LOOP
                        WITH batch AS (
                            UPDATE public.users SET %1$s = %2$s
                            WHERE %1$s IS NULL
                              AND ctid = ANY (ARRAY(SELECT ctid FROM public.users WHERE %1$s IS NULL LIMIT 10000))
                            RETURNING %1$s
                        )
                        SELECT count(*), count(*) FILTER (WHERE %1$s IS NULL) INTO shale_rows, shale_nulls FROM batch;
                        EXIT WHEN shale_rows = 0;
                        IF shale_nulls > 0 THEN
                            RAISE EXCEPTION USING ERRCODE = 'not_null_violation',
                                MESSAGE = 'the fill %3$s of column public.users.%1$s gave NULL for ' || shale_nulls || ' of ' || shale_rows || ' rows',
                                HINT = 'make the expression give a value for every row (coalesce(..., fallback)); if the migration is applied nowhere, discard it (shale discard), change @Backfill and run shale generate again';
                        END IF;
                    END LOOP;
                END
                $shale_fill$""".formatted(column, expression, expression.replace("'", "''"));
    }

    @Test
    void backfilledNewColumnIsAddedNullableFilledThenSetNotNull() {
        Col timezone = col("timezone", TEXT).notNull();
        MigrationPlan plan = MigrationPlanner.plan(users(), users(timezone), RenameHints.NONE,
                backfill("timezone", "'UTC'"));

        assertEquals(List.of(new AddColumn(USERS, timezone.column(), "'UTC'", null)), plan.changes());
        assertEquals(List.of(
                "ALTER TABLE public.users ADD COLUMN timezone text",
                fill("timezone", "'UTC'"),
                "ALTER TABLE public.users ALTER COLUMN timezone SET NOT NULL"), sql(plan.up()));
        assertEquals(List.of("ALTER TABLE public.users DROP COLUMN timezone"), sql(plan.down()));
        assertEquals(List.of("backfill-rewrite: Filling new column public.users.timezone with 'UTC' writes every row"
                + " of public.users (in batches of 10000) while the migration's transaction holds an exclusive lock on"
                + " it.", "not-null-without-default: The release still running inserts rows into public.users without"
                + " column timezone, which is NOT NULL without a default: those inserts fail."),
                hazards(plan.upHazards()));
        assertEquals("add column public.users.timezone, existing rows filled with 'UTC' in batches of 10000 inside"
                + " this migration's transaction (the table stays locked until it commits)",
                ChangeDescriptions.describe(plan.changes().get(0)));
        // every statement knows the change it came from
        assertTrue(plan.up().stream().allMatch(s -> s.change().equals(plan.changes().get(0))));
    }

    @Test
    void backfillReadingAnotherColumnWithADefaultForNewRows() {
        Col created = col("created_at", TIMESTAMPTZ).notNull().defaultTo("now()");
        Col updated = col("updated_at", TIMESTAMPTZ).notNull().defaultTo("now()");
        MigrationPlan plan = MigrationPlanner.plan(users(created), users(created, updated), RenameHints.NONE,
                backfill("updated_at", "created_at"));

        assertEquals(List.of(
                "ALTER TABLE public.users ADD COLUMN updated_at timestamptz",
                "ALTER TABLE public.users ALTER COLUMN updated_at SET DEFAULT now()",
                fill("updated_at", "created_at"),
                "ALTER TABLE public.users ALTER COLUMN updated_at SET NOT NULL"), sql(plan.up()));
    }

    @Test
    void backfillRunsAfterTheColumnsItReadsAreAddedWhateverTheirNames() {
        Col zone = col("zone", TEXT).notNull().defaultTo("'UTC'");
        Col alias = col("a_timezone", TEXT).notNull();
        MigrationPlan plan = MigrationPlanner.plan(users(), users(zone, alias), RenameHints.NONE,
                backfill("a_timezone", "zone"));

        assertEquals(List.of(
                "ALTER TABLE public.users ADD COLUMN zone text DEFAULT 'UTC' NOT NULL",
                "ALTER TABLE public.users ADD COLUMN a_timezone text",
                fill("a_timezone", "zone"),
                "ALTER TABLE public.users ALTER COLUMN a_timezone SET NOT NULL"), sql(plan.up()));
    }

    @Test
    void aFillReadingAnotherFilledColumnRunsAfterIt() {
        Col zone = col("zone", TEXT).notNull();
        Col alias = col("a_timezone", TEXT).notNull();
        Backfills both = new Backfills(List.of(
                new Backfills.Backfill(USERS, "zone", "'UTC'", "com.example.User.zone"),
                new Backfills.Backfill(USERS, "a_timezone", "zone", "com.example.User.aTimezone")));
        MigrationPlan plan = MigrationPlanner.plan(users(), users(zone, alias), RenameHints.NONE, both);

        assertEquals(List.of(
                "ALTER TABLE public.users ADD COLUMN zone text",
                fill("zone", "'UTC'"),
                "ALTER TABLE public.users ALTER COLUMN zone SET NOT NULL",
                "ALTER TABLE public.users ADD COLUMN a_timezone text",
                fill("a_timezone", "zone"),
                "ALTER TABLE public.users ALTER COLUMN a_timezone SET NOT NULL"), sql(plan.up()));
        assertEquals(List.of(
                "ALTER TABLE public.users DROP COLUMN a_timezone",
                "ALTER TABLE public.users DROP COLUMN zone"), sql(plan.down()));
    }

    @Test
    void backfillFillsTheNullsOfAColumnTurningNotNull() {
        Col before = col("timezone", TEXT);
        Col after = col("timezone", TEXT).notNull();
        MigrationPlan plan = MigrationPlanner.plan(users(before), users(after), RenameHints.NONE,
                backfill("timezone", "'UTC'"));

        assertEquals(List.of(new AlterColumn(USERS, before.column(), after.column(),
                Set.of(ColumnAspect.NULLABILITY), "'UTC'")), plan.changes());
        assertEquals(List.of(fill("timezone", "'UTC'"),
                "ALTER TABLE public.users ALTER COLUMN timezone SET NOT NULL"), sql(plan.up()));
        assertEquals(List.of("ALTER TABLE public.users ALTER COLUMN timezone DROP NOT NULL"), sql(plan.down()));
        assertEquals(List.of(
                "set-not-null-scan: Setting column public.users.timezone NOT NULL scans public.users under an"
                        + " exclusive lock.",
                "backfill-under-lock: Filling the NULLs of column public.users.timezone with 'UTC' writes those rows"
                        + " (in batches of 10000) inside the migration's transaction, which keeps them locked until it"
                        + " commits.",
                "not-null-without-default: The release still running may insert rows into public.users leaving"
                        + " column timezone NULL; now NOT NULL without a default, those inserts fail."),
                hazards(plan.upHazards()));
        assertEquals(List.of(), plan.downHazards());
        assertEquals("change column public.users.timezone: drop not null (the values the up migration filled in"
                + " stay)", ChangeDescriptions.describe(plan.changes().get(0).reverse()));
    }

    @Test
    void defaultFillsTheNullsOfAColumnTurningNotNull() {
        Col before = col("settings", JSONB);
        Col after = col("settings", JSONB).notNull().defaultTo("'{}'::jsonb");
        MigrationPlan plan = MigrationPlanner.plan(users(before), users(after), RenameHints.NONE);

        assertEquals(List.of(
                "ALTER TABLE public.users ALTER COLUMN settings SET DEFAULT '{}'::jsonb",
                fill("settings", "'{}'::jsonb"),
                "ALTER TABLE public.users ALTER COLUMN settings SET NOT NULL"), sql(plan.up()));
        assertEquals(List.of("""
                ALTER TABLE public.users
                    ALTER COLUMN settings DROP DEFAULT,
                    ALTER COLUMN settings DROP NOT NULL"""), sql(plan.down()));
        assertEquals("change column public.users.settings: set not null, NULLs filled with '{}'::jsonb first, in"
                + " batches of 10000 inside this migration's transaction, set default '{}'::jsonb",
                ChangeDescriptions.describe(plan.changes().get(0)));
    }

    @Test
    void aBackfillWinsOverTheDefaultForExistingRows() {
        Col before = col("settings", JSONB);
        Col after = col("settings", JSONB).notNull().defaultTo("'{}'::jsonb");
        MigrationPlan plan = MigrationPlanner.plan(users(before), users(after), RenameHints.NONE,
                backfill("settings", "jsonb_build_object('id', id)"));

        assertEquals(fill("settings", "jsonb_build_object('id', id)"), sql(plan.up()).get(1));
    }

    @Test
    void withoutBackfillOrDefaultTheChangeFailsOnRowsAndSaysWhy() {
        Col timezone = col("timezone", TEXT).notNull();
        MigrationPlan added = MigrationPlanner.plan(users(), users(timezone), RenameHints.NONE);

        assertEquals(List.of("ALTER TABLE public.users ADD COLUMN timezone text NOT NULL"), sql(added.up()));
        assertEquals(List.of("fails-on-rows: Adding column public.users.timezone NOT NULL without a default fails if"
                + " public.users has rows: nothing gives them a value. Declare @Backfill(\"...\") (a SQL expression"
                + " for the existing rows) or @Default(...) on it and run shale generate again; or, to prepare the"
                + " data by hand: discard this migration (shale discard), write a data migration (shale create NAME),"
                + " then run shale generate again.", "not-null-without-default: The release still running inserts rows"
                + " into public.users without column timezone, which is NOT NULL without a default: those inserts"
                + " fail."), hazards(added.upHazards()));

        MigrationPlan turned = MigrationPlanner.plan(users(col("timezone", TEXT)), users(timezone), RenameHints.NONE);
        assertEquals(List.of("ALTER TABLE public.users ALTER COLUMN timezone SET NOT NULL"), sql(turned.up()));
        assertEquals(List.of("long-lock", "fails-on-rows", "backward-incompatible"),
                turned.upHazards().stream().map(h -> h.kind().code()).toList());
    }

    @Test
    void aNewColumnWithADefaultNeedsNoFill() {
        Col token = col("token", Fixtures.UUID).notNull().defaultTo("gen_random_uuid()");
        MigrationPlan plan = MigrationPlanner.plan(users(), users(token), RenameHints.NONE);

        // a volatile default is evaluated per row by ADD COLUMN itself (rewriting the table)
        assertEquals(List.of("ALTER TABLE public.users ADD COLUMN token uuid DEFAULT gen_random_uuid() NOT NULL"),
                sql(plan.up()));
        assertEquals(List.of("table-rewrite"), plan.upHazards().stream().map(h -> h.kind().code()).toList());
    }

    @Test
    void aBackfillIsInertOnceTheSnapshotHasTheColumnNotNull() {
        Col timezone = col("timezone", TEXT).notNull();
        Backfills declared = backfill("timezone", "'UTC'");

        assertTrue(MigrationPlanner.plan(users(timezone), users(timezone), RenameHints.NONE, declared).isEmpty());
        // another change of the same column carries no fill
        MigrationPlan retyped = MigrationPlanner.plan(users(timezone), users(col("timezone", TEXT).notNull()
                .defaultTo("'UTC'")), RenameHints.NONE, declared);
        assertEquals(List.of("ALTER TABLE public.users ALTER COLUMN timezone SET DEFAULT 'UTC'"), sql(retyped.up()));
        // a new table has no rows to fill
        MigrationPlan created = MigrationPlanner.plan(SchemaModel.EMPTY, users(timezone), RenameHints.NONE, declared);
        assertEquals(List.of(new CreateTable(users(timezone).tables().get(0))), created.changes());
    }

    @Test
    void theBlockIsQuotedWithATagTheExpressionDoesNotHold() {
        Col note = col("note", TEXT).notNull();
        MigrationPlan plan = MigrationPlanner.plan(users(), users(note), RenameHints.NONE,
                backfill("note", "$shale_fill$x$shale_fill$"));

        String block = sql(plan.up()).get(1);
        assertTrue(block.startsWith("DO $shale_fill_2$\n"), block);
        assertTrue(block.endsWith("\n$shale_fill_2$"), block);
    }
}
