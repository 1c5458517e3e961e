package dev.shale.migrations.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.migrations.runner.sql.ControlStatement;
import dev.shale.migrations.runner.sql.ControlStatement.Kind;
import dev.shale.migrations.runner.sql.MigrationHeader;
import dev.shale.migrations.runner.sql.MigrationScript;
import dev.shale.migrations.runner.sql.SqlScript;
import dev.shale.migrations.runner.sql.SqlScriptException;
import dev.shale.migrations.runner.sql.SqlStatement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** How a migration file is read for running: control statements, the shale:allow line, restoring statements. */
class MigrationScriptTest {

    private static final Map<String, String> RUNNER = new TreeMap<>(Map.of("lock_timeout", "10000ms",
            "statement_timeout", "0ms", "standard_conforming_strings", "on"));

    private static Optional<Kind> kind(String sql) {
        List<SqlStatement> statements = SqlScript.parse(sql).statements();
        assertEquals(1, statements.size(), sql);
        return ControlStatement.of(statements.get(0)).map(ControlStatement::kind);
    }

    private static List<String> restores(String sql) {
        return MigrationScript.read(sql, RUNNER).restores().stream().map(SqlStatement::sql).toList();
    }

    @Test
    void transactionControlIsRecognisedByItsLeadingWords() {
        for (String sql : List.of("BEGIN", "begin transaction isolation level serializable", "START TRANSACTION",
                "COMMIT", "commit and chain", "END", "END WORK", "ROLLBACK", "ROLLBACK TO SAVEPOINT s", "rollback to s",
                "ABORT", "SAVEPOINT s", "RELEASE SAVEPOINT s", "RELEASE s", "PREPARE TRANSACTION 'x'",
                "COMMIT PREPARED 'x'", "ROLLBACK PREPARED 'x'")) {
            assertEquals(Optional.of(Kind.TRANSACTION_CONTROL), kind(sql), sql);
        }
    }

    @Test
    void functionBodiesAndOtherStatementsAreNotTransactionControl() {
        assertEquals(Optional.empty(), kind("DO $$ BEGIN PERFORM 1; COMMIT; END $$"));
        assertEquals(Optional.empty(), kind("CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $f$ BEGIN RETURN 1;"
                + " END $f$"));
        assertEquals(Optional.empty(), kind("CREATE OR REPLACE FUNCTION g(a int) RETURNS int LANGUAGE sql\n"
                + "BEGIN ATOMIC\n  SELECT a + 1;\nEND"));
        assertEquals(Optional.empty(), kind("CREATE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC INSERT INTO t VALUES (1);"
                + " END"));
        assertEquals(Optional.empty(), kind("PREPARE q AS SELECT 1"));
        assertEquals(Optional.empty(), kind("INSERT INTO log VALUES ('COMMIT; ROLLBACK')"));
        assertEquals(Optional.empty(), kind("SET search_path TO app"));
        assertEquals(Optional.empty(), kind("SET LOCAL lock_timeout = '1s'"));
        assertEquals(Optional.empty(), kind("SELECT pg_advisory_lock(1)"));
        assertEquals(Optional.empty(), kind("-- pg_advisory_unlock_all()\nSELECT 'pg_advisory_unlock_all()'"));
    }

    @Test
    void sessionControlIsRecognisedWhereverTheUnlockFunctionsAreCalled() {
        for (String sql : List.of("SELECT pg_advisory_unlock_all()", "select pg_catalog.PG_ADVISORY_UNLOCK(42)",
                "SELECT x FROM t WHERE pg_advisory_unlock(id)", "SELECT \"pg_advisory_unlock_all\"()",
                "DO $$ BEGIN PERFORM pg_advisory_unlock_all(); END $$",
                "SET SESSION AUTHORIZATION alice", "SET LOCAL SESSION AUTHORIZATION alice",
                "RESET SESSION AUTHORIZATION", "SET ROLE admin", "set session role admin", "SET LOCAL ROLE admin",
                "RESET ROLE", "RESET ALL", "DISCARD ALL", "DISCARD PLANS",
                "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY", "SET standard_conforming_strings = off",
                "set local STANDARD_CONFORMING_STRINGS to off")) {
            assertEquals(Optional.of(Kind.SESSION_CONTROL), kind(sql), sql);
        }
    }

    @Test
    void aControlStatementIsRefusedWithItsLineAndTheHeaderLineThatAllowsIt() {
        SqlScriptException commit = assertThrows(SqlScriptException.class, () -> MigrationScript.read(
                "-- a migration\nCREATE TABLE a (id int);\n\nCOMMIT;\nCREATE TABLE b (id int);\n", RUNNER));
        assertEquals(4, commit.line());
        assertEquals("COMMIT commits the runner's transaction half-way through the batch (transaction-control);"
                + " a migration holds none unless its header allows it", commit.getMessage());
        assertTrue(commit.fix().orElseThrow().contains("-- shale:transactional false and -- shale:allow"
                + " transaction-control"), commit.fix().orElseThrow());

        SqlScriptException unlock = assertThrows(SqlScriptException.class, () -> MigrationScript.read(
                "SELECT 1;\nSELECT pg_advisory_unlock_all();\n", RUNNER));
        assertEquals(2, unlock.line());
        assertTrue(unlock.getMessage().contains("migration lock"), unlock.getMessage());
        assertTrue(unlock.fix().orElseThrow().contains("-- shale:allow session-control"));
    }

    @Test
    void allowedTransactionControlNeedsANonTransactionalMigration() {
        SqlScriptException inside = assertThrows(SqlScriptException.class, () -> MigrationScript.read(
                "-- shale:allow transaction-control\nBEGIN;\nCREATE TABLE a (id int);\nCOMMIT;\n", RUNNER));
        assertEquals(2, inside.line());
        assertTrue(inside.getMessage().contains("would break the batch's atomicity"), inside.getMessage());
        assertTrue(inside.fix().orElseThrow().contains("-- shale:transactional false"));

        MigrationScript alone = MigrationScript.read("-- shale:transactional false\n"
                + "-- shale:allow transaction-control\nBEGIN;\nCREATE TABLE a (id int);\nCOMMIT;\n", RUNNER);
        assertEquals(3, alone.statements().size());
        // session control stays refused: each kind is allowed on its own
        assertThrows(SqlScriptException.class, () -> MigrationScript.read("-- shale:transactional false\n"
                + "-- shale:allow transaction-control\nRESET ALL;\n", RUNNER));
        MigrationScript both = MigrationScript.read("-- shale:transactional false\n"
                + "-- shale:allow transaction-control, session-control\nBEGIN;\nRESET ALL;\nCOMMIT;\n", RUNNER);
        assertEquals(3, both.statements().size());
    }

    @Test
    void theAllowLineIsReadLikeTheOtherHeaderLines() {
        MigrationHeader header = MigrationHeader.parse("-- shale:allow session-control\n");
        assertTrue(header.allows(Kind.SESSION_CONTROL));
        assertEquals(false, header.allows(Kind.TRANSACTION_CONTROL));
        SqlScriptException unknown = assertThrows(SqlScriptException.class,
                () -> MigrationHeader.parse("-- Shale migration\n-- shale:allow everything\n"));
        assertEquals(2, unknown.line());
        assertEquals("line 2 says shale:allow \"everything\"; write transaction-control, session-control or both,"
                + " comma-separated", unknown.getMessage());
    }

    @Test
    void everySettingAMigrationChangesIsPutBackAfterIt() {
        assertEquals(List.of(), restores("CREATE TABLE a (id int);\nSET CONSTRAINTS ALL DEFERRED;"));
        assertEquals(List.of("RESET search_path", "SET lock_timeout TO '10000ms'", "RESET myapp.tenant",
                        "RESET timezone", "SET statement_timeout TO '0ms'", "RESET \"DateStyle\""),
                restores("SET search_path TO app, public;\nSET LOCAL lock_timeout = '1s';\nSET search_path = x;\n"
                        + "set session myapp.tenant = 'a';\nSET TIME ZONE 'UTC';\nRESET statement_timeout;\n"
                        + "SET \"DateStyle\" TO ISO;\n"));
        assertEquals(List.of("RESET search_path"), restores("SET SCHEMA 'app';"));
        assertEquals(List.of("SET lock_timeout TO '10000ms'"), restores("SET \"lock_timeout\" = '1ms';"));
        // the restoring statements follow the migration's own, numbered after them, on the line of the change
        MigrationScript script = MigrationScript.read("CREATE TABLE a (id int);\n\nSET search_path = app;\n", RUNNER);
        SqlStatement restore = script.executed().get(2);
        assertEquals(3, restore.index());
        assertEquals(3, restore.line());
        // allowed session changes are put back too, RESET ALL with every runner setting
        assertEquals(List.of("RESET role", "SET lock_timeout TO '10000ms'", "SET standard_conforming_strings TO 'on'",
                "SET statement_timeout TO '0ms'"), restores("-- shale:allow session-control\nSET ROLE admin;\nRESET ALL;"));
        assertEquals(List.of("RESET session authorization"),
                restores("-- shale:allow session-control\nSET SESSION AUTHORIZATION alice;"));
    }
}
