package dev.shale.migrations.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.shale.api.Shale;
import dev.shale.diff.MigrationPlanner;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.migrations.runner.history.HistoryRow;
import dev.shale.migrations.runner.history.HistoryTable;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.EnumType;
import dev.shale.model.Identifiers;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every string literal Shale writes (comments, enum labels, a label default, history rows) reads back as its
 * text on a database with {@code standard_conforming_strings = off}, executed over a plain JDBC connection (not
 * the runner, whose session turns the setting on), and smuggles in no statement.
 */
@ExtendWith(PostgresExtension.class)
class StringLiteralInjectionTest {

    /** Texts that end a naively quoted literal early under one setting or the other. */
    static final List<String> PAYLOADS = List.of(
            "a\\'; CREATE TABLE pwned (id int); --",
            "\\'); CREATE TABLE pwned (id int); --",
            "\\",
            "\\\\'",
            "'",
            "$$",
            "E'",
            "it's a \\ and a ' together",
            "line one\nline two\\n\ttab");

    private static final QualifiedName TYPE = new QualifiedName("public", "mood");

    @Test
    void commentsLabelsAndDefaultsReadBackExactlyWithStandardStringsOff(TestDatabase db) throws SQLException {
        db.execute("ALTER DATABASE " + Identifiers.quote(db.name()) + " SET standard_conforming_strings = off");
        SchemaModel created = model(PAYLOADS);
        List<String> extra = new ArrayList<>(PAYLOADS);
        extra.add(2, "added \\' value");
        SchemaModel added = model(extra);
        List<String> renamed = new ArrayList<>(extra);
        renamed.set(0, "renamed \\'; CREATE TABLE pwned (id int); --");
        SchemaModel afterRename = model(renamed);
        RenameHints hints = RenameHints.builder().enumValue(TYPE, extra.get(0), renamed.get(0), "test").build();

        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            assertEquals("off", setting(connection));
            run(statement, MigrationPlanner.plan(SchemaModel.EMPTY, created, RenameHints.NONE).up());
            assertReadsBack(connection, PAYLOADS);
            run(statement, MigrationPlanner.plan(created, added, RenameHints.NONE).up());
            assertReadsBack(connection, extra);
            run(statement, MigrationPlanner.plan(added, afterRename, hints).up());
            assertReadsBack(connection, renamed);
            statement.execute("INSERT INTO public.t0 (id) VALUES (1)");
            assertEquals(List.of(renamed.get(0)), strings(connection, "SELECT m::text FROM public.t0"));
            assertNoPwnedTable(connection);
        }
    }

    @Test
    void historyRowsWithOddTextAreStoredExactlyWithStandardStringsOff(TestDatabase db) throws SQLException {
        db.execute("ALTER DATABASE " + Identifiers.quote(db.name()) + " SET standard_conforming_strings = off");
        HistoryTable history = new HistoryTable("public");
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            assertEquals("off", setting(connection));
            history.ensure(connection);
            for (int i = 0; i < PAYLOADS.size(); i++) {
                statement.execute(history.insertSql("2026010100000" + i, PAYLOADS.get(i), PAYLOADS.get(i), 1, 5));
            }
            assertEquals(PAYLOADS, history.read(connection).stream().map(HistoryRow::name).toList());
            assertEquals(PAYLOADS, history.read(connection).stream().map(HistoryRow::checksum).toList());
            assertNoPwnedTable(connection);
        }
    }

    @Test
    void theRunnerReadsAMigrationFileWithStandardStringsOnWhateverTheDatabaseSays(TestDatabase db, @TempDir Path root)
            throws SQLException {
        db.execute("ALTER DATABASE " + Identifiers.quote(db.name()) + " SET standard_conforming_strings = off");
        MigrationFiles files = new MigrationFiles(root).up("20260101000001", "notes",
                "CREATE TABLE notes (id int);\nCOMMENT ON TABLE notes IS 'a\\';\n"
                        + "COMMENT ON COLUMN notes.id IS 'b\\';\n");

        Shale.migrate(Db.dataSource(db), files.source());

        try (Connection connection = db.connect()) {
            assertEquals(List.of("a\\", "b\\"), strings(connection, "SELECT obj_description('notes'::regclass,"
                    + " 'pg_class') UNION ALL SELECT col_description('notes'::regclass, 1)"));
            assertEquals("off", setting(connection));
        }
    }

    /** One table per label, commented with it, its column too; an enum of the labels, the first the default. */
    private static SchemaModel model(List<String> labels) {
        List<Table> tables = new ArrayList<>();
        ColumnType mood = ColumnType.userType(TYPE);
        for (int i = 0; i < PAYLOADS.size(); i++) {
            String text = PAYLOADS.get(i);
            List<Column> columns = new ArrayList<>();
            columns.add(Column.builder("id", ColumnType.builtIn("integer")).notNull().comment(text).build());
            if (i == 0) {
                columns.add(Column.builder("m", mood)
                        .defaultExpression(Identifiers.literal(labels.get(0)) + "::" + mood.sql()).build());
            }
            tables.add(Table.builder(new QualifiedName("public", "t" + i))
                    .columns(columns)
                    .primaryKey("t" + i + "_pkey", "id")
                    .comment(text)
                    .build());
        }
        return SchemaModel.builder()
                .enumType(EnumType.builder(TYPE).values(labels).comment(PAYLOADS.get(0)))
                .tables(tables)
                .build();
    }

    private static void run(Statement statement, List<SqlStatement> sql) throws SQLException {
        for (SqlStatement each : sql) {
            statement.execute(each.sql());
        }
    }

    private static void assertReadsBack(Connection connection, List<String> labels) throws SQLException {
        assertEquals(labels, strings(connection,
                "SELECT enumlabel FROM pg_enum WHERE enumtypid = 'public.mood'::regtype ORDER BY enumsortorder"));
        assertEquals(List.of(PAYLOADS.get(0)), strings(connection,
                "SELECT obj_description('public.mood'::regtype, 'pg_type')"));
        for (int i = 0; i < PAYLOADS.size(); i++) {
            assertEquals(List.of(PAYLOADS.get(i), PAYLOADS.get(i)), strings(connection,
                    "SELECT obj_description('public.t" + i + "'::regclass, 'pg_class')"
                            + " UNION ALL SELECT col_description('public.t" + i + "'::regclass, 1)"), "table t" + i);
        }
    }

    private static void assertNoPwnedTable(Connection connection) throws SQLException {
        assertFalse(strings(connection, "SELECT relname FROM pg_class WHERE relname = 'pwned'").contains("pwned"));
    }

    private static String setting(Connection connection) throws SQLException {
        return strings(connection, "SHOW standard_conforming_strings").get(0);
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                out.add(rows.getString(1));
            }
        }
        return out;
    }
}
