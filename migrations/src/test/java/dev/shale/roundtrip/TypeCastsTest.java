package dev.shale.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.diff.postgres.CastTable;
import dev.shale.diff.postgres.TypeChanges;
import dev.shale.model.ColumnType;
import dev.shale.model.QualifiedName;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link CastTable} against a live {@code pg_cast}, {@link TypeChanges#needsUsing} against {@code ALTER COLUMN ...
 * TYPE} without {@code USING}, and {@link TypeChanges#castExists} against PostgreSQL itself: for every pair of the types it knows (and text, varchar,
 * an enum, arrays), it says a conversion exists exactly when PostgreSQL accepts {@code NULL::from::to} (out of an
 * enum through text, as migrations convert).
 */
@ExtendWith(PostgresExtension.class)
class TypeCastsTest {

    private static final List<String> NAMES = List.of("smallint", "integer", "bigint", "numeric", "real",
            "double precision", "money", "boolean", "date", "time", "timetz", "timestamp", "timestamptz", "interval",
            "uuid", "bytea", "json", "jsonb", "bit", "bit varying", "inet", "cidr", "macaddr", "macaddr8", "xml",
            "text", "varchar");

    @Test
    void castExistsAgreesWithPostgresql(TestDatabase db) throws SQLException {
        db.execute("CREATE TYPE public.mood AS ENUM ('a', 'b')");
        List<ColumnType> types = new ArrayList<>();
        for (String name : NAMES) {
            types.add(ColumnType.builtIn(name));
        }
        types.add(ColumnType.userType(QualifiedName.parse("public.mood")));
        List<ColumnType> withArrays = new ArrayList<>(types);
        for (String name : List.of("integer", "bigint", "text", "uuid", "jsonb")) {
            withArrays.add(new ColumnType(null, name, List.of(), 1));
        }
        withArrays.add(new ColumnType("public", "mood", List.of(), 1));
        List<String> disagreements = new ArrayList<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            for (ColumnType from : withArrays) {
                for (ColumnType to : withArrays) {
                    String sql = "SELECT " + convert("NULL::" + from.sql(), from, to);
                    boolean accepted;
                    try {
                        statement.executeQuery(sql).close();
                        accepted = true;
                    } catch (SQLException e) {
                        accepted = false;
                    }
                    if (accepted != TypeChanges.castExists(from, to)) {
                        disagreements.add(from.sql() + " -> " + to.sql() + ": PostgreSQL " + (accepted ? "accepts"
                                : "refuses") + " " + sql);
                    }
                }
            }
        }
        assertEquals(List.of(), disagreements);
    }

    @Test
    void theCastTableIsPgCast(TestDatabase db) {
        List<String> known = NAMES.stream().filter(n -> !n.equals("text") && !n.equals("varchar")).toList();
        String values = known.stream().map(n -> "('" + n + "')").collect(Collectors.joining(", "));
        List<String> live = db.firstColumn("WITH t(n) AS (VALUES " + values + ") SELECT a.n || '|' || b.n || '|'"
                + " || c.castcontext::text FROM t a, t b, pg_cast c WHERE c.castsource = a.n::regtype"
                + " AND c.casttarget = b.n::regtype AND a.n <> b.n ORDER BY 1");
        assertEquals(live, CastTable.facts());
    }

    @Test
    void needsUsingIsTrueExactlyWhenAlterTypeWithoutUsingFails(TestDatabase db) throws SQLException {
        db.execute("CREATE TYPE public.mood AS ENUM ('a', 'b')");
        List<ColumnType> types = new ArrayList<>();
        for (String name : NAMES) {
            types.add(ColumnType.builtIn(name));
        }
        types.add(ColumnType.userType(QualifiedName.parse("public.mood")));
        types.add(new ColumnType(null, "integer", List.of(), 1));
        types.add(new ColumnType(null, "bigint", List.of(), 1));
        types.add(new ColumnType(null, "text", List.of(), 1));
        List<String> disagreements = new ArrayList<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (ColumnType from : types) {
                for (ColumnType to : types) {
                    statement.execute("SAVEPOINT pair");
                    statement.execute("CREATE TABLE public.pair (c " + from.sql() + ")");
                    boolean accepted;
                    try {
                        statement.execute("ALTER TABLE public.pair ALTER COLUMN c TYPE " + to.sql());
                        accepted = true;
                    } catch (SQLException e) {
                        accepted = false;
                    }
                    statement.execute("ROLLBACK TO SAVEPOINT pair");
                    if (accepted == TypeChanges.needsUsing(from, to)) {
                        disagreements.add(from.sql() + " -> " + to.sql() + ": ALTER TYPE without USING "
                                + (accepted ? "works" : "fails"));
                    }
                }
            }
            connection.rollback();
        }
        assertEquals(List.of(), disagreements);
    }

    /** {@code value::to}, out of an enum (or an array of one) through text; written here apart from the renderer. */
    private static String convert(String value, ColumnType from, ColumnType to) {
        String text = "text" + "[]".repeat(from.dimensions());
        return from.isUserType() && !to.sql().equals(text) ? value + "::" + text + "::" + to.sql()
                : value + "::" + to.sql();
    }
}
