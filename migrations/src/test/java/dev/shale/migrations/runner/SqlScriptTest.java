package dev.shale.migrations.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.migrations.runner.sql.SqlScript;
import dev.shale.migrations.runner.sql.SqlScriptException;
import dev.shale.migrations.runner.sql.SqlStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

    private static List<String> sql(String script) {
        return SqlScript.parse(script).statements().stream().map(SqlStatement::sql).toList();
    }

    @Test
    void splitsOnSemicolonsAndDropsCommentOnlyParts() {
        assertEquals(List.of("CREATE TABLE a (id int)", "CREATE TABLE b (id int)"),
                sql("-- header\n-- shale:transactional true\n\nCREATE TABLE a (id int);\n\n-- between\n"
                        + "CREATE TABLE b (id int);\n-- trailing comment only\n"));
    }

    @Test
    void lastStatementNeedsNoSemicolonAndEmptyStatementsVanish() {
        assertEquals(List.of("SELECT 1", "SELECT 2"), sql(";;SELECT 1;;\n;SELECT 2\n"));
        assertTrue(SqlScript.parse("-- nothing\n/* at all */\n  ").isEmpty());
    }

    @Test
    void numbersStatementsAndKeepsTheirFirstLine() {
        List<SqlStatement> statements = SqlScript.parse("-- c\n\nCREATE TABLE t (\n  id int\n);\n/* x */ INSERT INTO t\nVALUES (1);")
                .statements();
        assertEquals(2, statements.size());
        assertEquals(1, statements.get(0).index());
        assertEquals(3, statements.get(0).line());
        assertEquals("CREATE TABLE t (", statements.get(0).firstLine());
        assertEquals(2, statements.get(1).index());
        assertEquals(6, statements.get(1).line());
        assertEquals("INSERT INTO t", statements.get(1).firstLine());
    }

    @Test
    void semicolonsInsideQuotesAndCommentsDoNotSplit() {
        String script = "INSERT INTO t VALUES ('a;b', 'it''s; fine', \"odd;\"\"name\");\n"
                + "SELECT 1 -- trailing; comment\n;\n"
                + "SELECT /* a; /* nested; */ still; */ 2;";
        assertEquals(List.of("INSERT INTO t VALUES ('a;b', 'it''s; fine', \"odd;\"\"name\")",
                "SELECT 1 -- trailing; comment", "SELECT /* a; /* nested; */ still; */ 2"), sql(script));
    }

    @Test
    void escapeStringsHonourBackslashes() {
        assertEquals(List.of("SELECT E'it\\'s; \\\\', e'x\\';'", "SELECT 'a\\'", "SELECT 2"),
                sql("SELECT E'it\\'s; \\\\', e'x\\';';SELECT 'a\\';SELECT 2;"));
    }

    @Test
    void dollarQuotesWithAndWithoutTags() {
        String body = "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n  PERFORM 1; RETURN 1;\nEND\n$$";
        String tagged = "CREATE FUNCTION g() RETURNS text LANGUAGE sql AS $fn$ SELECT 'x;$$;y' $fn$";
        String nested = "DO $outer$ BEGIN EXECUTE $inner$SELECT 1;$inner$; END $outer$";
        assertEquals(List.of(body, tagged, nested, "SELECT $1::int"),
                sql(body + ";\n" + tagged + ";\n" + nested + ";\nSELECT $1::int;"));
    }

    @Test
    void dollarInsideIdentifiersIsNotAQuote() {
        assertEquals(List.of("SELECT a$b$ FROM t", "SELECT 2"), sql("SELECT a$b$ FROM t; SELECT 2;"));
    }

    @Test
    void beginAtomicBodiesStayWhole() {
        String function = "CREATE OR REPLACE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql\n"
                + "BEGIN ATOMIC\n  SELECT CASE WHEN a > 0 THEN a ELSE 0 END + b;\n  SELECT 1;\nEND";
        String procedure = "CREATE PROCEDURE p() BEGIN ATOMIC INSERT INTO t VALUES (1); END";
        assertEquals(List.of(function, procedure, "BEGIN", "SELECT 1", "END"),
                sql(function + ";\n" + procedure + ";\nBEGIN; SELECT 1; END;"));
    }

    @Test
    void semicolonsInsideParenthesesDoNotSplit() {
        assertEquals(List.of("CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2))",
                "SELECT 1"), sql("CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b"
                + " VALUES (2));SELECT 1"));
    }

    @Test
    void linesCountNewlinesInsideStringsAndComments() {
        List<SqlStatement> statements = SqlScript.parse("SELECT 'a\nb';\n/*\n\n*/\nSELECT $$\n$$;\n\nSELECT 3;")
                .statements();
        assertEquals(List.of(1, 6, 9), statements.stream().map(SqlStatement::line).toList());
    }

    @Test
    void recognisesEnumValueAdditions() {
        List<SqlStatement> statements = SqlScript.parse("ALTER TYPE role ADD VALUE IF NOT EXISTS 'x';"
                + "alter type \"My Type\" add value 'y' before 'z';"
                + "ALTER TYPE public.add ADD VALUE 'w';"
                + "ALTER TYPE t ADD ATTRIBUTE a int;"
                + "ALTER TABLE t ADD COLUMN value int;"
                + "/* c */ ALTER /* d */ TYPE s.r RENAME VALUE 'a' TO 'b';").statements();
        assertEquals(List.of(true, true, true, false, false, false),
                statements.stream().map(SqlStatement::isEnumValueAddition).toList());
        assertTrue(statements.get(0).startsWith("alter", "type"));
        assertFalse(statements.get(4).startsWith("alter", "type"));
    }

    @Test
    void byteOrderMarkIsIgnored() {
        assertEquals(List.of("SELECT 1"), sql("\uFEFFSELECT 1;"));
    }

    @Test
    void unterminatedConstructsNameTheirLine() {
        assertEquals(2, assertThrows(SqlScriptException.class, () -> SqlScript.parse("SELECT 1;\nSELECT 'oops;\n")).line());
        assertEquals(3, assertThrows(SqlScriptException.class, () -> SqlScript.parse("\n\n/* /* */ x")).line());
        assertEquals(1, assertThrows(SqlScriptException.class, () -> SqlScript.parse("SELECT $a$ x $b$;")).line());
        assertEquals(1, assertThrows(SqlScriptException.class, () -> SqlScript.parse("SELECT \"x;")).line());
        assertEquals("the dollar-quoted string $a$ that starts on line 1 is never closed",
                assertThrows(SqlScriptException.class, () -> SqlScript.parse("SELECT $a$ x $b$;")).getMessage());
    }

    @Test
    void knowsWhichStatementsMayReturnRows() {
        List<Boolean> rows = SqlScript.parse("""
                CREATE TABLE t (a int);
                create index t_a on t (a);
                INSERT INTO t VALUES (1);
                DO $$ BEGIN PERFORM 1; END $$;
                SET search_path = public;
                SELECT f(a) FROM t;
                WITH x AS (DELETE FROM t RETURNING a) SELECT count(*) FROM x;
                INSERT INTO t VALUES (2) returning a;
                UPDATE t SET a = 3 WHERE a = 2;
                CALL p();
                VALUES (1);
                (SELECT 1);
                """).statements().stream().map(SqlStatement::mayReturnRows).toList();
        assertEquals(List.of(false, false, false, false, false, true, true, true, false, true, true, true), rows);
    }
}
