package dev.shale.migrations.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.api.MigrateOptions;
import dev.shale.api.MigrationRefusedException;
import dev.shale.api.MigrationRefusedException.Reason;
import dev.shale.api.Shale;
import dev.shale.diff.MigrationPlan;
import dev.shale.diff.MigrationPlanner;
import dev.shale.diff.postgres.Hazard;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.model.Sequence;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.StatementFailedException;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sequence's current value on a real database: the gate refuses dropping a sequence that has handed out values
 * ({@code shale:loses sequence}), and a narrowed range that the current value leaves is a hazard PostgreSQL proves.
 */
@ExtendWith(PostgresExtension.class)
class SequenceLossTest {

    private static final QualifiedName NUMBERS = new QualifiedName("public", "invoice_numbers");

    @TempDir
    Path root;

    private MigrationFiles history() {
        return new MigrationFiles(root)
                .up("20260101000001", "create", "CREATE SEQUENCE invoice_numbers;\n"
                        + "CREATE TABLE invoices (id int PRIMARY KEY, number bigint);")
                .up("20260101000002", "drop", MigrationFiles.header(true, "data-loss")
                        + "-- shale:loses sequence public.invoice_numbers\n"
                        + "DROP SEQUENCE invoice_numbers;");
    }

    @Test
    void droppingASequenceThatHandedOutValuesIsRefusedThenAllowed(TestDatabase db) {
        MigrationFiles files = history();
        Shale.migrate(Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withTo("20260101000001"));
        db.execute("INSERT INTO invoices SELECT i, nextval('invoice_numbers') FROM generate_series(1, 3) i");

        MigrationRefusedException refused = assertThrows(MigrationRefusedException.class,
                () -> Shale.migrate(Db.dataSource(db), files.source()));

        assertEquals(Reason.DATA_LOSS, refused.reason());
        assertEquals("migrations/20260101000002_drop.sql loses sequence public.invoice_numbers, which has handed out"
                + " values up to 3. Nothing was run.", refused.description());
        assertEquals(List.of("20260101000001|create|1"), Db.history(db));
        Shale.migrate(Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withAllowDataLoss(true));
        assertEquals(List.of("f"), db.firstColumn("SELECT to_regclass('invoice_numbers') IS NOT NULL"));
        assertEquals(List.of("3"), db.firstColumn("SELECT count(*) FROM invoices"));
    }

    @Test
    void droppingASequenceNeverCalledRunsWithoutFlags(TestDatabase db) {
        assertEquals(2, Shale.migrate(Db.dataSource(db), history().source()).applied().size());
        assertEquals(List.of("f"), db.firstColumn("SELECT to_regclass('invoice_numbers') IS NOT NULL"));
    }

    @Test
    void migrateRefusesANarrowedRangeTheCurrentValueLeavesBeforeAnythingRuns(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "create", "CREATE SEQUENCE invoice_numbers;\n"
                        + "CREATE TABLE invoices (id int PRIMARY KEY, number bigint);")
                .up("20260101000002", "narrow", MigrationFiles.header(true, "fails-on-rows")
                        + "-- shale:requires sequence-in-range public.invoice_numbers 1 100\n"
                        + "CREATE TABLE audit (id int);\n"
                        + "ALTER SEQUENCE invoice_numbers MAXVALUE 100;");
        Shale.migrate(Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withTo("20260101000001"));
        db.execute("INSERT INTO invoices SELECT i, nextval('invoice_numbers') FROM generate_series(1, 150) i");

        MigrationRefusedException refused = assertThrows(MigrationRefusedException.class,
                () -> Shale.migrate(Db.dataSource(db), files.source()));

        assertEquals(Reason.DATA_CHECK, refused.reason());
        assertTrue(refused.description().contains("the current value 150 of sequence public.invoice_numbers lies"
                + " outside 1..100"), refused.description());
        assertEquals(List.of("20260101000001|create|1"), Db.history(db));
        assertEquals(List.of("f"), db.firstColumn("SELECT to_regclass('audit') IS NOT NULL"));
        db.execute("SELECT setval('invoice_numbers', 42)");
        Shale.migrate(Db.dataSource(db), files.source());
        assertEquals(List.of("100"), db.firstColumn("SELECT max_value FROM pg_sequences WHERE sequencename ="
                + " 'invoice_numbers'"));
        assertEquals(List.of("150"), db.firstColumn("SELECT count(*) FROM invoices"));
    }

    @Test
    void aNarrowedRangeTheCurrentValueLeavesIsAHazardAndPostgresRefusesIt(TestDatabase db) {
        Sequence wide = Sequence.builder(NUMBERS).build();
        SchemaModel before = SchemaModel.builder().sequences(List.of(wide)).build();
        SchemaModel after = SchemaModel.builder().sequences(List.of(wide.toBuilder().dataType("smallint")
                .maxValue(100L).build())).build();
        db.execute(MigrationPlanner.plan(SchemaModel.EMPTY, before, RenameHints.NONE).up().stream()
                .map(SqlStatement::sql).toList());
        db.execute("CREATE TABLE invoices (id int PRIMARY KEY, number bigint)",
                "INSERT INTO invoices SELECT i, nextval('invoice_numbers') FROM generate_series(1, 150) i");

        MigrationPlan plan = MigrationPlanner.plan(before, after, RenameHints.NONE);

        assertEquals(List.of("sequence-range"), plan.upHazards().stream().map(h -> h.code().code()).toList());
        Hazard hazard = plan.upHazards().get(0);
        assertTrue(hazard.message().contains("outside 1..100"), hazard.message());
        List<String> sql = plan.up().stream().map(SqlStatement::sql).toList();
        StatementFailedException failed = assertThrows(StatementFailedException.class, () -> db.execute(sql));
        assertTrue(failed.getMessage().contains("cannot be greater than MAXVALUE"), failed.getMessage());
        // below the new bound it applies, and the current value stays
        db.execute("SELECT setval('invoice_numbers', 42)");
        db.execute(sql);
        assertEquals(List.of("42"), db.firstColumn("SELECT last_value FROM invoice_numbers"));
        assertEquals(List.of("150"), db.firstColumn("SELECT count(*) FROM invoices"));
    }
}
