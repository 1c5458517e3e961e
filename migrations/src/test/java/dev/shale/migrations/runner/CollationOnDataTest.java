package dev.shale.migrations.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.api.MigrateOptions;
import dev.shale.api.RollbackOptions;
import dev.shale.api.Shale;
import dev.shale.diff.MigrationPlan;
import dev.shale.diff.MigrationPlanner;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.migrations.introspect.Introspector;
import dev.shale.model.Collations;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.EnumType;
import dev.shale.model.ForeignKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.ReferentialAction;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A column's collation changed on a table with rows, on a real database: ORDER BY follows the new collation, the rows
 * and the unique index on the column stay (rebuilt, still unique), the database reads back as the model, and the
 * down brings the old (linguistic) order back. A renamed column a generated column reads changes collation too, and
 * so does a column of a foreign key that has an enum column.
 */
@ExtendWith(PostgresExtension.class)
class CollationOnDataTest {

    private static final String ORDER = "SELECT code FROM words ORDER BY code, id";

    @TempDir
    Path root;

    private static SchemaModel words(String collation) {
        return SchemaModel.builder().table(Table.builder(QualifiedName.of("words"))
                .column(Column.builder("id", ColumnType.builtIn("bigint")).notNull().build())
                .column(Column.builder("code", ColumnType.builtIn("text")).notNull().collation(collation).build())
                .primaryKey("words_pkey", "id")
                .unique("words_code_key", "code")
                .build()).build();
    }

    /** The table words of a model read from the database, beside Shale's history tables. */
    private static List<Table> words(SchemaModel read) {
        return read.tables().stream().filter(t -> t.name().name().equals("words")).toList();
    }

    private MigrationFiles history(SchemaModel first, SchemaModel second) {
        MigrationPlan create = MigrationPlanner.plan(SchemaModel.EMPTY, first, RenameHints.NONE);
        MigrationPlan change = MigrationPlanner.plan(first, second, RenameHints.NONE);
        return new MigrationFiles(root)
                .up("20260101000001", "create", file(create.up()))
                .up("20260101000002", "collate", file(change.up()))
                .down("20260101000002", "collate", file(change.down()));
    }

    private static String file(List<SqlStatement> statements) {
        StringBuilder out = new StringBuilder(MigrationFiles.header(true, "none"));
        statements.forEach(s -> out.append('\n').append(s.sql()).append(";\n"));
        return out.toString();
    }

    /**
     * A collation of the server that orders by language rather than bytes (the databases' default may be C.UTF-8,
     * which orders as "C" does): ICU's root collation, else a libc English one; none is a failure, not a skip.
     */
    private static String linguistic(TestDatabase db) {
        List<String> found = db.firstColumn("SELECT collname FROM pg_collation WHERE collname IN"
                + " ('und-x-icu', 'en_US.utf8', 'en_US.UTF-8', 'en_US') ORDER BY collname DESC");
        assertTrue(!found.isEmpty(), "the server has neither ICU (und-x-icu) nor an en_US collation to order by");
        return found.get(0);
    }

    @Test
    void orderFollowsTheNewCollationAndTheUniqueIndexSurvives(TestDatabase db) throws SQLException {
        DataSource data = Db.dataSource(db);
        SchemaModel byDefault = words(Collations.fromName(linguistic(db)));
        SchemaModel byBytes = words("\"C\"");
        MigrationFiles files = history(byDefault, byBytes);
        Shale.migrate(data, files.source(), MigrateOptions.DEFAULTS.withTo("20260101000001"));
        db.execute("INSERT INTO words (id, code) VALUES (1, 'b'), (2, 'B'), (3, 'a'), (4, 'A'), (5, '_z')");
        db.execute("INSERT INTO words (id, code) SELECT i, 'w' || i FROM generate_series(6, 2000) AS i");
        List<String> before = db.firstColumn(ORDER);
        String beforeIndex = db.firstColumn("SELECT indexrelid::regclass::text FROM pg_index"
                + " WHERE indrelid = 'words'::regclass AND indisunique AND NOT indisprimary").get(0);

        Shale.migrate(data, files.source(), MigrateOptions.DEFAULTS);

        List<String> after = db.firstColumn(ORDER);
        assertEquals(List.of("A", "B", "_z", "a", "b"), after.subList(0, 5), "byte order under COLLATE \"C\"");
        assertEquals(before.stream().sorted().toList(), after.stream().sorted().toList(), "the same rows");
        assertEquals(List.of("2000"), db.firstColumn("SELECT count(*) FROM words"));
        assertEquals(List.of(beforeIndex), db.firstColumn("SELECT indexrelid::regclass::text FROM pg_index"
                + " WHERE indrelid = 'words'::regclass AND indisunique AND indisvalid AND NOT indisprimary"));
        assertEquals(List.of("C"), db.firstColumn("SELECT collname FROM pg_collation c JOIN pg_attribute a"
                + " ON a.attcollation = c.oid WHERE a.attrelid = 'words'::regclass AND a.attname = 'code'"));
        assertThrows(RuntimeException.class, () -> db.execute("INSERT INTO words (id, code) VALUES (9999, 'a')"),
                "the unique index still refuses a duplicate");
        try (Connection connection = db.connect()) {
            assertEquals(byBytes.tables(), words(new Introspector().read(connection, List.of("public"))));
        }

        Shale.rollback(data, files.source(), RollbackOptions.DEFAULTS);

        assertTrue(!before.subList(0, 5).equals(after.subList(0, 5)), "the linguistic order was another: " + before);
        assertEquals(before, db.firstColumn(ORDER), "the linguistic order again");
        try (Connection connection = db.connect()) {
            assertEquals(byDefault.tables(), words(new Introspector().read(connection, List.of("public"))));
        }
        assertTrue(db.firstColumn("SELECT indexrelid::regclass::text FROM pg_index"
                + " WHERE indrelid = 'words'::regclass AND indisunique AND NOT indisprimary").contains(beforeIndex));
    }

    private static SchemaModel titled(String column, String collation) {
        return SchemaModel.builder().table(Table.builder(QualifiedName.of("items"))
                .column(Column.builder("id", ColumnType.builtIn("bigint")).notNull().build())
                .column(Column.builder(column, ColumnType.builtIn("text")).collation(collation).build())
                .column(Column.builder("shout", ColumnType.builtIn("text"))
                        .generatedExpression("upper(" + column + ")").build())
                .primaryKey("items_pkey", "id")
                .build()).build();
    }

    /**
     * PostgreSQL refuses to change the collation of a column a generated column reads: the generated column is dropped
     * after the rename and before the collation change, and added back after it, in the up and in the down.
     */
    @Test
    void aRenamedColumnThatAGeneratedColumnReadsChangesCollation(TestDatabase db) throws SQLException {
        SchemaModel before = titled("title", "\"C\"");
        SchemaModel after = titled("label", null);
        RenameHints hints = RenameHints.builder().column(QualifiedName.of("items"), "title", "label", "test").build();
        MigrationPlan plan = MigrationPlanner.plan(before, after, hints);
        db.execute(MigrationPlanner.plan(SchemaModel.EMPTY, before, RenameHints.NONE).up().stream()
                .map(SqlStatement::sql).toList());
        db.execute("INSERT INTO items (id, title) SELECT i, 'w' || i FROM generate_series(1, 500) AS i");

        db.execute(plan.up().stream().map(SqlStatement::sql).toList());

        assertEquals(List.of("500", "500"), db.firstColumn("SELECT count(*) FROM items UNION ALL"
                + " SELECT count(*) FROM items WHERE label = 'w' || id AND shout = upper(label)"));
        try (Connection connection = db.connect()) {
            assertEquals(after.tables(), new Introspector().read(connection, List.of("public")).tables());
        }

        db.execute(plan.down().stream().map(SqlStatement::sql).toList());

        assertEquals(List.of("500"), db.firstColumn("SELECT count(*) FROM items WHERE title = 'w' || id"
                + " AND shout = upper(title)"));
        try (Connection connection = db.connect()) {
            assertEquals(before.tables(), new Introspector().read(connection, List.of("public")).tables());
        }
    }

    private static SchemaModel coded(String collation) {
        QualifiedName color = QualifiedName.of("color");
        ColumnType colorType = ColumnType.userType(color);
        return SchemaModel.builder().enumType(new EnumType(color, List.of("red", "blue"), null))
                .table(Table.builder(QualifiedName.of("orders"))
                        .column(Column.builder("code", ColumnType.builtIn("varchar", 8)).notNull().collation(collation)
                                .build())
                        .column(Column.builder("color", colorType).notNull().build())
                        .primaryKey("orders_pkey", "code", "color")
                        .build())
                .table(Table.builder(QualifiedName.of("lines"))
                        .column(Column.builder("id", ColumnType.builtIn("bigint")).notNull().build())
                        .column(Column.builder("code", ColumnType.builtIn("varchar", 8)).build())
                        .column(Column.builder("color", colorType).build())
                        .primaryKey("lines_pkey", "id")
                        .foreignKey(new ForeignKey("lines_code_color_fkey", List.of("code", "color"),
                                QualifiedName.of("orders"), List.of("code", "color"), ReferentialAction.NO_ACTION,
                                ReferentialAction.NO_ACTION))
                        .build())
                .build();
    }

    /**
     * PostgreSQL cannot re-add a foreign key with an enum column after ALTER COLUMN TYPE ("could not find cast from
     * ... to anyenum"): the plan drops the key before the collation change and adds it back, and the rows and the key
     * survive both ways.
     */
    @Test
    void aColumnOfAForeignKeyWithAnEnumColumnChangesCollation(TestDatabase db) throws SQLException {
        SchemaModel before = coded("\"POSIX\"");
        SchemaModel after = coded(null);
        MigrationPlan plan = MigrationPlanner.plan(before, after, RenameHints.NONE);
        db.execute(MigrationPlanner.plan(SchemaModel.EMPTY, before, RenameHints.NONE).up().stream()
                .map(SqlStatement::sql).toList());
        db.execute("INSERT INTO orders (code, color) SELECT 'c' || i, 'red' FROM generate_series(1, 300) AS i",
                "INSERT INTO lines (id, code, color) SELECT i, 'c' || i, 'red' FROM generate_series(1, 300) AS i");

        db.execute(plan.up().stream().map(SqlStatement::sql).toList());

        assertEquals(List.of("300"), db.firstColumn("SELECT count(*) FROM lines JOIN orders USING (code, color)"));
        assertThrows(RuntimeException.class, () -> db.execute("INSERT INTO lines VALUES (999, 'nope', 'red')"),
                "the foreign key still holds");
        try (Connection connection = db.connect()) {
            assertEquals(after.tables(), new Introspector().read(connection, List.of("public")).tables());
        }

        db.execute(plan.down().stream().map(SqlStatement::sql).toList());

        assertEquals(List.of("300"), db.firstColumn("SELECT count(*) FROM lines JOIN orders USING (code, color)"));
        try (Connection connection = db.connect()) {
            assertEquals(before.tables(), new Introspector().read(connection, List.of("public")).tables());
        }
    }
}
