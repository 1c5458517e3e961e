package dev.shale.migrations.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.model.Column;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Spellings PostgreSQL rewrites into another form that no safe normalisation maps back: the introspector
 * returns PostgreSQL's form, so a model that uses the left-hand spelling does not read back equal. Pinned
 * here so that the list of such cases is known and stays true.
 */
@ExtendWith(PostgresExtension.class)
class RewrittenExpressionsTest {

    @Test
    void checksComeBackInPostgresForm(TestDatabase database) throws SQLException {
        Map<String, String> written = new LinkedHashMap<>();
        written.put("c_between", "a BETWEEN 1 AND 5");
        written.put("c_in", "t IN ('x', 'y')");
        written.put("c_parens", "(a > 0)");
        written.put("c_and", "(a > 0) AND (a < 9)");
        written.put("c_lower_case", "t is not null");
        written.put("c_cast", "CAST(a AS bigint) > 0");
        written.put("c_like", "t LIKE 'x%'");
        StringBuilder ddl = new StringBuilder("CREATE TABLE t (a integer, t text");
        written.forEach((name, check) -> ddl.append(", CONSTRAINT ").append(name).append(" CHECK (").append(check)
                .append(')'));
        database.execute(ddl.append(')').toString());
        Map<String, String> read = new LinkedHashMap<>();
        table(database).checks().forEach(c -> read.put(c.name(), c.expression()));
        assertEquals(Map.of(
                "c_between", "a >= 1 AND a <= 5",
                "c_in", "t = ANY (ARRAY['x'::text, 'y'::text])",
                "c_parens", "a > 0",
                "c_and", "a > 0 AND a < 9",
                "c_lower_case", "t IS NOT NULL",
                "c_cast", "a::bigint > 0",
                "c_like", "t ~~ 'x%'::text"), read);
    }

    @Test
    void defaultsComeBackInPostgresForm(TestDatabase database) throws SQLException {
        database.execute("CREATE TABLE t (a text DEFAULT 'x'::text, b text DEFAULT 'x'::varchar, "
                + "c timestamptz DEFAULT current_timestamp, d integer DEFAULT (1 + 1), e numeric DEFAULT 1.50, "
                + "f interval DEFAULT '1 day', g bigint DEFAULT -1)");
        Map<String, String> read = new LinkedHashMap<>();
        for (Column column : table(database).columns()) {
            read.put(column.name(), column.defaultExpression());
        }
        assertEquals(Map.of(
                "a", "'x'",
                "b", "'x'::character varying",
                "c", "CURRENT_TIMESTAMP",
                "d", "1 + 1",
                "e", "1.50",
                "f", "'1 day'",
                "g", "-1"), read);
    }

    private static Table table(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            SchemaModel model = new Introspector().read(connection, List.of("public"));
            return model.tables().get(0);
        }
    }
}
