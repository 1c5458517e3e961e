package dev.shale.migrations.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.migrations.runner.sql.ControlStatement;
import dev.shale.migrations.runner.sql.SqlScript;
import dev.shale.migrations.runner.sql.SqlStatement;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ControlStatementTest {

    @Test
    void aDoBlockThatCallsAnUnlockFunctionIsSessionControl() {
        assertEquals(Optional.of(ControlStatement.Kind.SESSION_CONTROL),
                kind("DO $$ BEGIN PERFORM pg_advisory_unlock_all(); END $$"));
        assertEquals(Optional.of(ControlStatement.Kind.SESSION_CONTROL),
                kind("DO $b$ BEGIN PERFORM /* x */ PG_ADVISORY_UNLOCK (1); END $b$"));
        assertEquals(Optional.of(ControlStatement.Kind.SESSION_CONTROL),
                kind("DO 'BEGIN PERFORM pg_advisory_unlock(1); END'"));
    }

    @Test
    void anUnlockFunctionNamedInAStringOrCommentOfTheBodyIsNoCall() {
        assertEquals(Optional.empty(), kind("DO $$ BEGIN RAISE NOTICE 'pg_advisory_unlock(1)'; END $$"));
        assertEquals(Optional.empty(), kind("DO $$ BEGIN -- pg_advisory_unlock(1)\n NULL; END $$"));
        assertEquals(Optional.empty(), kind("SELECT 'pg_advisory_unlock(1)'"));
        assertEquals(Optional.empty(), kind("DO $$ BEGIN PERFORM pg_advisory_unlock_shared_x(1); END $$"));
    }

    private static Optional<ControlStatement.Kind> kind(String sql) {
        SqlStatement statement = SqlScript.parse(sql + ";").statements().get(0);
        return ControlStatement.of(statement).map(ControlStatement::kind);
    }
}
