package dev.shale.migrations.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.api.DatabaseException;
import dev.shale.api.MigrateOptions;
import dev.shale.api.MigrationRefusedException;
import dev.shale.api.MigrationRefusedException.Reason;
import dev.shale.api.RollbackOptions;
import dev.shale.api.Shale;
import dev.shale.diff.MigrationPlan;
import dev.shale.diff.MigrationPlanner;
import dev.shale.diff.postgres.Hazard;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.diff.postgres.Unrestorable;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.EnumType;
import dev.shale.model.ForeignKey;
import dev.shale.model.Identity;
import dev.shale.model.Index;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated downs on tables with rows, on a real database: a dropped NOT NULL column comes back filled (rollback
 * refuses it where the table has rows unless forced), an identity comes back numbering after the largest value, and
 * enum values removed, reordered or added (and rolled back) with a partial index, a check, a default, a generated
 * column, an expression index and a foreign key depending on the type keep every row.
 */
@ExtendWith(PostgresExtension.class)
class DownsOnDataTest {

    private static final ColumnType BIGINT = ColumnType.builtIn("bigint");
    private static final ColumnType TEXT = ColumnType.builtIn("text");
    private static final ColumnType BOOLEAN = ColumnType.builtIn("boolean");
    private static final QualifiedName STATUS = QualifiedName.of("registration_status");
    private static final ColumnType STATUS_TYPE = ColumnType.userType(STATUS);

    @TempDir
    Path root;

    // ---- files as generate writes them ----

    /** Migration 1 creates {@code first}; migration 2 turns it into {@code second}, with its down. */
    private MigrationFiles history(SchemaModel first, SchemaModel second) {
        MigrationPlan create = MigrationPlanner.plan(SchemaModel.EMPTY, first, RenameHints.NONE);
        MigrationPlan change = MigrationPlanner.plan(first, second, RenameHints.NONE);
        return new MigrationFiles(root)
                .up("20260101000001", "create", file(create.up(), create.upHazards(), List.of()))
                .up("20260101000002", "change", file(change.up(), change.upHazards(), List.of()))
                .down("20260101000002", "change", file(change.down(), change.downHazards(), change.downUnrestorable()));
    }

    /** The header lines the runner reads (as MigrationText writes them) and the statements. */
    private static String file(List<SqlStatement> statements, List<Hazard> hazards, List<Unrestorable> unrestorable) {
        String codes = hazards.stream().map(h -> h.kind().code()).distinct().sorted().collect(Collectors.joining(","));
        StringBuilder out = new StringBuilder(MigrationFiles.header(true, codes.isEmpty() ? "none" : codes));
        hazards.stream().flatMap(h -> h.losses().stream()).map(l -> l.headerText().orElseThrow()).distinct()
                .forEach(line -> out.append("-- shale:loses ").append(line).append('\n'));
        unrestorable.forEach(u -> out.append("-- shale:cannot-restore ").append(u.headerText().orElseThrow())
                .append('\n'));
        statements.forEach(s -> out.append('\n').append(s.sql()).append(";\n"));
        return out.toString();
    }

    private static Column col(String name, ColumnType type, boolean nullable) {
        return Column.of(name, type, nullable);
    }

    private static Table table(String name, List<Column> columns, String... primaryKey) {
        return Table.builder(QualifiedName.of(name)).columns(columns).primaryKey(name + "_pkey", primaryKey).build();
    }

    private static SchemaModel model(List<EnumType> enums, Table... tables) {
        return SchemaModel.builder().enums(enums).tables(List.of(tables)).build();
    }

    // ---- a dropped NOT NULL column ----

    private static SchemaModel payments(Column... extra) {
        List<Column> columns = new ArrayList<>(List.of(col("id", BIGINT, false)));
        columns.addAll(List.of(extra));
        return model(List.of(EnumType.of(QualifiedName.of("currency"), "EUR", "USD")),
                table("payments", columns, "id"));
    }

    @Test
    void droppedNotNullColumnsRollBackOnRowsOnlyWhenForced(TestDatabase db) {
        DataSource data = Db.dataSource(db);
        MigrationFiles files = history(payments(col("amount_cents", BIGINT, false), col("label", TEXT, false),
                        col("currency", ColumnType.userType(QualifiedName.of("currency")), false),
                        col("tags", TEXT.arrayOf(), false), col("memo", TEXT, true)),
                payments());
        Shale.migrate(data, files.source(), MigrateOptions.DEFAULTS.withTo("20260101000001"));
        db.execute("INSERT INTO payments (id, amount_cents, label, currency, tags, memo) SELECT i, i * 100, 'p' || i, 'USD', '{a}', NULL"
                + " FROM generate_series(1, 3000) AS i");
        Shale.migrate(data, files.source(), MigrateOptions.DEFAULTS.withAllowDataLoss(true));
        String before = db.dump();

        MigrationRefusedException refused = assertThrows(MigrationRefusedException.class,
                () -> Shale.rollback(data, files.source(), RollbackOptions.DEFAULTS));

        assertEquals(Reason.IRREVERSIBLE, refused.reason());
        String down = "migrations/20260101000002_change.down.sql";
        assertEquals(down, refused.file().orElseThrow());
        assertEquals(List.of("tags", "label", "currency", "amount_cents").stream()
                .map(c -> down + " cannot restore the values of column public.payments." + c + " (dropped by its up"
                        + " migration): it adds the NOT NULL column back to table public.payments, which holds 3,000"
                        + " rows")
                .collect(Collectors.joining("; ", "", ". Nothing was run.")), refused.description());
        assertEquals(true, refused.fix().contains("--force"), refused.fix());
        assertEquals(before, db.dump());
        // a dry run reads the same facts
        assertEquals(Reason.IRREVERSIBLE, assertThrows(MigrationRefusedException.class, () -> Shale.rollback(data,
                files.source(), RollbackOptions.DEFAULTS.withDryRun(true))).reason());

        assertEquals(1, Shale.rollback(data, files.source(), RollbackOptions.DEFAULTS.withForce(true))
                .rolledBack().size());
        assertEquals(List.of("3000|0|1|EUR|{}|3000"), db.firstColumn("SELECT count(*) || '|' || max(amount_cents)"
                + " || '|' || count(DISTINCT label) || '|' || min(currency::text) || '|' || min(tags::text) || '|'"
                + " || count(*) FILTER (WHERE memo IS NULL) FROM payments"));
        // the columns are as declared again: NOT NULL, no default
        assertEquals(List.of("amount_cents|NO|", "currency|NO|", "id|NO|", "label|NO|", "memo|YES|", "tags|NO|"),
                db.firstColumn("SELECT column_name || '|' || is_nullable || '|' || coalesce(column_default, '')"
                        + " FROM information_schema.columns WHERE table_name = 'payments' ORDER BY column_name"));
        db.execute("INSERT INTO payments (id, amount_cents, label, currency, tags, memo) VALUES (3001, 5, 'x', 'EUR', '{}', NULL)");
    }

    @Test
    void anEmptyTableRollsBackWithoutForce(TestDatabase db) {
        DataSource data = Db.dataSource(db);
        MigrationFiles files = history(payments(col("amount_cents", BIGINT, false)), payments());
        Shale.migrate(data, files.source());

        assertEquals(1, Shale.rollback(data, files.source(), RollbackOptions.DEFAULTS.withSteps(1))
                .rolledBack().size());
        assertEquals(List.of("NO"), db.firstColumn("SELECT is_nullable FROM information_schema.columns"
                + " WHERE table_name = 'payments' AND column_name = 'amount_cents'"));
    }

    @Test
    void aTypeWithoutAZeroFailsWholeEvenWhenForced(TestDatabase db) {
        DataSource data = Db.dataSource(db);
        MigrationFiles files = history(payments(col("origin", ColumnType.builtIn("inet"), false),
                col("amount_cents", BIGINT, false)), payments());
        Shale.migrate(data, files.source(), MigrateOptions.DEFAULTS.withTo("20260101000001"));
        db.execute("INSERT INTO payments VALUES (1, '10.0.0.1', 5)");
        Shale.migrate(data, files.source(), MigrateOptions.DEFAULTS.withAllowDataLoss(true));
        String before = db.dump();

        MigrationRefusedException refused = assertThrows(MigrationRefusedException.class,
                () -> Shale.rollback(data, files.source(), RollbackOptions.DEFAULTS));
        assertEquals(true, refused.description().contains("public.payments.origin"), refused.description());
        assertThrows(DatabaseException.class,
                () -> Shale.rollback(data, files.source(), RollbackOptions.DEFAULTS.withForce(true)));

        assertEquals(before, db.dump());
        assertEquals(2, Db.history(db).size());
    }

    // ---- identity ----

    private static SchemaModel tickets(Identity identity) {
        Column id = Column.builder("id", BIGINT).notNull().identity(identity).build();
        return model(List.of(), table("tickets", List.of(id, col("title", TEXT, true)), "id"));
    }

    @Test
    void aDroppedIdentityRolledBackNumbersAfterTheLargestValue(TestDatabase db) {
        DataSource data = Db.dataSource(db);
        MigrationFiles files = history(tickets(Identity.BY_DEFAULT), tickets(null));
        Shale.migrate(data, files.source(), MigrateOptions.DEFAULTS.withTo("20260101000001"));
        db.execute("INSERT INTO tickets (title) SELECT 't' || i FROM generate_series(1, 40) AS i");
        Shale.migrate(data, files.source());
        db.execute("INSERT INTO tickets VALUES (500, 'by hand')");

        Shale.rollback(data, files.source(), RollbackOptions.DEFAULTS);

        db.execute("INSERT INTO tickets (title) VALUES ('after')");
        assertEquals(List.of("501"), db.firstColumn("SELECT id FROM tickets WHERE title = 'after'"));
        assertEquals(List.of("42"), db.firstColumn("SELECT count(*) FROM tickets"));
    }

    @Test
    void anIdentityAddedToAPopulatedColumnNumbersAfterTheLargestValue(TestDatabase db) {
        DataSource data = Db.dataSource(db);
        MigrationFiles files = history(tickets(null), tickets(Identity.ALWAYS));
        Shale.migrate(data, files.source(), MigrateOptions.DEFAULTS.withTo("20260101000001"));
        db.execute("INSERT INTO tickets SELECT i * 3, 't' FROM generate_series(1, 100) AS i");

        Shale.migrate(data, files.source());
        db.execute("INSERT INTO tickets (title) VALUES ('next')");
        assertEquals(List.of("301"), db.firstColumn("SELECT id FROM tickets WHERE title = 'next'"));

        // its down drops the identity; migrating again continues past the row just added
        Shale.rollback(data, files.source(), RollbackOptions.DEFAULTS);
        Shale.migrate(data, files.source());
        db.execute("INSERT INTO tickets (title) VALUES ('again')");
        assertEquals(List.of("302"), db.firstColumn("SELECT id FROM tickets WHERE title = 'again'"));
    }

    @Test
    void aDescendingIdentityOnAnEmptyTableStartsAtItsStart(TestDatabase db) {
        DataSource data = Db.dataSource(db);
        MigrationFiles files = history(tickets(null), tickets(Identity.builder().start(-10).increment(-5).build()));
        Shale.migrate(data, files.source());

        db.execute("INSERT INTO tickets (title) VALUES ('a'), ('b')");
        assertEquals(List.of("-15", "-10"), db.firstColumn("SELECT id FROM tickets ORDER BY id"));
    }

    // ---- enum swaps with every dependent ----

    private static SchemaModel registrations(String... labels) {
        Table events = Table.builder(QualifiedName.of("events"))
                .column(col("id", BIGINT, false))
                .column(col("status", STATUS_TYPE, false))
                .primaryKey("events_pkey", "id")
                .unique("events_id_status_key", "id", "status")
                .build();
        Table registrations = Table.builder(QualifiedName.of("registrations"))
                .column(col("id", BIGINT, false))
                .column(col("event_id", BIGINT, false))
                .column(Column.builder("status", STATUS_TYPE).notNull()
                        .defaultExpression("'PENDING'::public.registration_status"))
                .column(Column.builder("confirmed", BOOLEAN).notNull()
                        .generatedExpression("status = 'CONFIRMED'::public.registration_status"))
                .primaryKey("registrations_pkey", "id")
                .check("registrations_status_check", "status <> 'CANCELLED'::public.registration_status")
                .foreignKey(ForeignKey.builder("registrations_event_fkey", QualifiedName.of("events"))
                        .columns("event_id", "status").referencedColumns("id", "status"))
                .index(Index.builder("registrations_confirmed_idx").columns("event_id")
                        .where("status = 'CONFIRMED'::public.registration_status"))
                .index(Index.builder("registrations_cancelled_idx")
                        .expression("status = 'CANCELLED'::public.registration_status"))
                .build();
        return model(List.of(EnumType.of(STATUS, labels)), events, registrations);
    }

    private static final String ROWS = "SELECT count(*) || '|' || string_agg(r.id || ':' || r.event_id || ':' || r.status"
            + " || ':' || r.confirmed, ',' ORDER BY r.id) FROM registrations r";

    private void fill(TestDatabase db) {
        db.execute("INSERT INTO events SELECT i, (ARRAY['PENDING', 'CONFIRMED'])[1 + i % 2]::registration_status"
                        + " FROM generate_series(1, 200) AS i",
                "INSERT INTO registrations (id, event_id, status) SELECT i, 1 + i % 200,"
                        + " (ARRAY['PENDING', 'CONFIRMED'])[1 + (1 + i % 200) % 2]::registration_status"
                        + " FROM generate_series(1, 3000) AS i");
    }

    private void assertSwapRoundTrip(TestDatabase db, String[] from, String[] to) {
        DataSource data = Db.dataSource(db);
        MigrationFiles files = history(registrations(from), registrations(to));
        Shale.migrate(data, files.source(), MigrateOptions.DEFAULTS.withTo("20260101000001"));
        fill(db);
        List<String> rows = db.firstColumn(ROWS);
        String created = db.dump();

        Shale.migrate(data, files.source());
        assertEquals(rows, db.firstColumn(ROWS));
        assertEquals(List.of(String.join(",", to)), db.firstColumn("SELECT string_agg(enumlabel, ',' ORDER BY"
                + " enumsortorder) FROM pg_enum WHERE enumtypid = 'registration_status'::regtype"));
        assertEquals(List.of("1500"), db.firstColumn("SELECT count(*) FROM registrations"
                + " WHERE status = 'CONFIRMED'"));
        assertEquals(List.of("CREATE INDEX registrations_confirmed_idx ON public.registrations USING btree (event_id)"
                + " WHERE (status = 'CONFIRMED'::registration_status)"), db.firstColumn("SELECT indexdef FROM pg_indexes"
                + " WHERE indexname = 'registrations_confirmed_idx'"));
        db.execute("INSERT INTO registrations (id, event_id) VALUES (3001, 2)");

        db.execute("DELETE FROM registrations WHERE id = 3001");
        Shale.rollback(data, files.source(), RollbackOptions.DEFAULTS);
        assertEquals(rows, db.firstColumn(ROWS));
        assertEquals(created, db.dump());
    }

    @Test
    void aRemovedValueSwapsWithEveryDependentBothWays(TestDatabase db) {
        assertSwapRoundTrip(db, new String[] {"PENDING", "CONFIRMED", "WAITLISTED", "CANCELLED"},
                new String[] {"PENDING", "CONFIRMED", "CANCELLED"});
    }

    @Test
    void reorderedValuesSwapWithEveryDependentBothWays(TestDatabase db) {
        assertSwapRoundTrip(db, new String[] {"PENDING", "CONFIRMED", "CANCELLED"},
                new String[] {"CANCELLED", "CONFIRMED", "PENDING"});
    }

    @Test
    void theDownOfAnAddedValueSwapsWithEveryDependent(TestDatabase db) {
        assertSwapRoundTrip(db, new String[] {"PENDING", "CONFIRMED", "CANCELLED"},
                new String[] {"PENDING", "CONFIRMED", "WAITLISTED", "CANCELLED"});
    }
}
