package dev.shale.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.diff.MigrationPlan;
import dev.shale.diff.MigrationPlanner;
import dev.shale.diff.postgres.DdlForm;
import dev.shale.diff.postgres.MigrationStep;
import dev.shale.model.Backfills;
import dev.shale.model.Backfills.Backfill;
import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.EnumType;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.StepRunner;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each online form on a populated table, on a real PostgreSQL: the online steps (transactional ones in a
 * transaction, the others in autocommit) leave the same schema (pg_dump) as the plain form applied to another
 * database holding the same rows, keep the rows, and the online down brings back the schema the migration
 * started from.
 */
@ExtendWith(PostgresExtension.class)
class OnlineFormsTest {

    private static final ColumnType BIGINT = ColumnType.builtIn("bigint");
    private static final ColumnType INTEGER = ColumnType.builtIn("integer");
    private static final ColumnType TEXT = ColumnType.builtIn("text");
    private static final QualifiedName CUSTOMERS = QualifiedName.of("customers");
    private static final QualifiedName ORDERS = QualifiedName.of("orders");
    private static final List<String> ROWS = List.of(
            "INSERT INTO public.customers (id, email) SELECT i, 'c' || i || '@example.com' FROM generate_series(1, 50) i",
            "INSERT INTO public.orders (id, customer_id, total, note) SELECT i, 1 + i % 50, i * 3, 'order ' || i"
                    + " FROM generate_series(1, 500) i");

    /** A model with customers and orders as given (orders' columns: id, customer_id, total, note, extra). */
    private static SchemaModel model(Table orders, EnumType... enums) {
        Table customers = Table.builder(CUSTOMERS)
                .column(Column.of("id", BIGINT, false))
                .column(Column.of("email", TEXT, true))
                .primaryKey("customers_pkey", "id")
                .build();
        return SchemaModel.builder().enums(List.of(enums)).table(customers).table(orders).build();
    }

    private static Table orders(Column total, PrimaryKey key, List<UniqueConstraint> uniques,
                                List<CheckConstraint> checks, List<ForeignKey> keys, List<Index> indexes,
                                Column... extra) {
        List<Column> columns = new ArrayList<>(List.of(Column.of("id", BIGINT, false),
                Column.of("customer_id", BIGINT, true), total, Column.of("note", TEXT, true)));
        columns.addAll(List.of(extra));
        return Table.builder(ORDERS)
                .columns(columns)
                .primaryKey(key)
                .uniques(uniques)
                .checks(checks)
                .foreignKeys(keys)
                .indexes(indexes)
                .build();
    }

    private static Table orders() {
        return orders(Column.of("total", INTEGER, true), pkey(), List.of(), List.of(), List.of(), List.of());
    }

    private static PrimaryKey pkey() {
        return new PrimaryKey("orders_pkey", List.of("id"));
    }

    private static ForeignKey customerKey() {
        return ForeignKey.builder("orders_customer_fk", CUSTOMERS).columns("customer_id").referencedColumns("id")
                .build();
    }

    @Test
    void indexBuiltAndDroppedConcurrently(TestDatabases databases) {
        Table to = orders(Column.of("total", INTEGER, true), pkey(), List.of(), List.of(), List.of(),
                List.of(Index.builder("orders_total_idx").columns("total").build()));
        MigrationPlan plan = check(databases, model(orders()), model(to), Backfills.NONE, ROWS);
        assertTrue(plan.upSteps().stream().anyMatch(s -> !s.transactional()), "a non-transactional step");
        assertTrue(plan.downSteps().stream().anyMatch(s -> !s.transactional()), "a non-transactional step down");
    }

    @Test
    void foreignKeyAndCheckAddedNotValidThenValidated(TestDatabases databases) {
        Table to = orders(Column.of("total", INTEGER, true), pkey(), List.of(),
                List.of(new CheckConstraint("orders_total_check", "total >= 0")), List.of(customerKey()), List.of());
        check(databases, model(orders()), model(to), Backfills.NONE, ROWS);
    }

    @Test
    void notNullThroughAValidatedCheck(TestDatabases databases) {
        Table to = orders(Column.of("total", INTEGER, false), pkey(), List.of(), List.of(), List.of(), List.of());
        check(databases, model(orders()), model(to), Backfills.NONE, ROWS);
    }

    @Test
    void filledNotNullKeepsItsFillBeforeTheCheck(TestDatabases databases) {
        Table to = orders(Column.of("total", INTEGER, false), pkey(), List.of(), List.of(), List.of(), List.of());
        Backfills fills = new Backfills(List.of(new Backfill(ORDERS, "total", "id * 3", "test")));
        List<String> rows = new ArrayList<>(ROWS);
        rows.add("UPDATE public.orders SET total = NULL WHERE id % 7 = 0");
        check(databases, model(orders()), model(to), fills, rows);
    }

    @Test
    void addedFilledColumnBecomesNotNullThroughACheck(TestDatabases databases) {
        Column added = Column.builder("score", INTEGER).notNull().defaultExpression("0").build();
        Table to = orders(Column.of("total", INTEGER, true), pkey(), List.of(), List.of(), List.of(), List.of(),
                added);
        Backfills fills = new Backfills(List.of(new Backfill(ORDERS, "score", "total + 1", "test")));
        check(databases, model(orders()), model(to), fills, ROWS);
    }

    @Test
    void uniqueConstraintAndPrimaryKeyOnAConcurrentIndex(TestDatabases databases) {
        Table from = orders(Column.of("total", INTEGER, true), null, List.of(), List.of(), List.of(), List.of());
        Table to = orders(Column.of("total", INTEGER, true), pkey(),
                List.of(new UniqueConstraint("orders_note_key", List.of("note"))), List.of(), List.of(), List.of());
        check(databases, model(from), model(to), Backfills.NONE, ROWS);
    }

    @Test
    void foreignKeyToAUniqueConstraintBuiltOnline(TestDatabases databases) {
        Table customers = Table.builder(CUSTOMERS)
                .column(Column.of("id", BIGINT, false))
                .column(Column.of("email", TEXT, true))
                .primaryKey("customers_pkey", "id")
                .unique("customers_email_key", "email")
                .build();
        Table orders = orders(Column.of("total", INTEGER, true), pkey(), List.of(), List.of(),
                List.of(ForeignKey.builder("orders_customer_email_fk", CUSTOMERS).columns("customer_email")
                        .referencedColumns("email").build()), List.of(),
                Column.of("customer_email", TEXT, true));
        SchemaModel to = SchemaModel.builder().table(customers).table(orders).build();
        check(databases, model(orders()), to, Backfills.NONE, ROWS);
    }

    @Test
    void enumValueAddedInItsOwnStepBeforeItsUse(TestDatabases databases) {
        QualifiedName mood = QualifiedName.of("mood");
        ColumnType moodType = ColumnType.userType(mood);
        Table from = orders(Column.of("total", INTEGER, true), pkey(), List.of(), List.of(), List.of(), List.of(),
                Column.of("mood", moodType, true));
        Table to = orders(Column.of("total", INTEGER, true), pkey(), List.of(), List.of(), List.of(),
                List.of(Index.builder("orders_mood_idx").columns("mood").build()),
                Column.builder("mood", moodType).defaultExpression("'sad'::mood").build());
        check(databases, model(from, EnumType.of(mood, "happy")),
                model(to, EnumType.of(mood, "happy", "sad")), Backfills.NONE, ROWS);
    }

    /**
     * Creates {@code from} in two fresh databases with {@code rows}; applies the online up to one and the plain up
     * to the other; compares their dumps and rows; then the online and plain downs, compared likewise and with the
     * dump taken before the up.
     */
    private static MigrationPlan check(TestDatabases databases, SchemaModel from, SchemaModel to, Backfills fills,
                                       List<String> rows) {
        MigrationPlan online = MigrationPlanner.plan(from, to, RenameHints.NONE, fills, DdlForm.ONLINE);
        MigrationPlan plain = MigrationPlanner.plan(from, to, RenameHints.NONE, fills, DdlForm.PLAIN);
        assertTrue(online.upSteps().size() > 1 || online.upSteps().stream().anyMatch(s -> !s.transactional()),
                "the online form has steps: " + online.upSteps());
        TestDatabase a = create(databases, from, rows);
        TestDatabase b = create(databases, from, rows);
        String before = a.dump();
        List<String> rowsBefore = rows(a);

        StepRunner.run(a, online.upSteps());
        StepRunner.run(b, plain.upSteps());
        assertEquals(b.dump(), a.dump(), "after up, the online form's schema differs from the plain form's\n"
                + text(online.upSteps()));
        assertEquals(rows(b), rows(a), "after up, rows differ");
        assertEquals(rowsBefore.size(), rows(a).size(), "after up, rows were lost");
        assertEquals(List.of(), a.firstColumn("SELECT indexrelid::regclass::text FROM pg_index WHERE NOT indisvalid"),
                "no invalid index is left");

        StepRunner.run(a, online.downSteps());
        StepRunner.run(b, plain.downSteps());
        assertEquals(b.dump(), a.dump(), "after down, the online form's schema differs from the plain form's\n"
                + text(online.downSteps()));
        assertEquals(before, a.dump(), "after up and down, the schema is not the one the migration started from");
        assertEquals(rows(b), rows(a), "after down, rows differ");
        assertEquals(rowsBefore.size(), rows(a).size(), "after down, rows were lost");
        return online;
    }

    private static TestDatabase create(TestDatabases databases, SchemaModel model, List<String> rows) {
        TestDatabase database = databases.create();
        StepRunner.run(database, MigrationPlanner.plan(SchemaModel.EMPTY, model, RenameHints.NONE).upSteps());
        database.execute(rows);
        return database;
    }

    private static List<String> rows(TestDatabase database) {
        List<String> out = new ArrayList<>(database.firstColumn("SELECT c::text FROM public.customers c ORDER BY id"));
        out.addAll(database.firstColumn("SELECT o::text FROM public.orders o ORDER BY id"));
        return out;
    }

    private static String text(List<MigrationStep> steps) {
        StringBuilder out = new StringBuilder();
        steps.forEach(step -> {
            out.append("-- step ").append(step.transactional() ? "transactional" : "non-transactional").append('\n');
            step.statements().forEach(s -> out.append(s.sql()).append(";\n"));
        });
        return out.toString();
    }
}
