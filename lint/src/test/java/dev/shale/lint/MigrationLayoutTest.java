package dev.shale.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Steps and allows are read between statements, never inside strings, dollar quotes or comments. */
class MigrationLayoutTest {

    @Test
    void stepsAndModes() {
        MigrationLayout layout = MigrationLayout.read("""
                -- shale:step 1 transactional
                SET lock_timeout = '2s';
                CREATE FUNCTION f() RETURNS text AS $$ SELECT '
                -- shale:step 9 non-transactional
                ' $$ LANGUAGE sql;
                /* -- shale:step 2 non-transactional */
                -- shale:step 2 non-transactional
                CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON t (a);
                """);
        assertEquals(List.of(1, 1, 2), layout.statements().stream().map(LintStatement::step).toList());
        assertEquals(List.of(true, true, false), layout.statements().stream().map(LintStatement::transactional).toList());
        assertEquals(List.of(), layout.problems());
    }

    @Test
    void headerModeWithoutMarkers() {
        MigrationLayout layout = MigrationLayout.read("-- shale:transactional false\nCREATE INDEX CONCURRENTLY i ON t (a);");
        assertEquals(List.of(false), layout.statements().stream().map(LintStatement::transactional).toList());
    }

    @Test
    void misnumberedMarkerAndStatementsBeforeTheFirst() {
        MigrationLayout layout = MigrationLayout.read("""
                CREATE TABLE a (id bigint);
                -- shale:step 1 transactional
                CREATE TABLE b (id bigint);
                -- shale:step 3 transactional
                CREATE TABLE c (id bigint);
                """);
        assertEquals(List.of(2, 4), layout.problems().stream().map(MigrationLayout.Problem::line).toList());
    }

    @Test
    void allowsDirectlyAbove() {
        MigrationLayout layout = MigrationLayout.read("""
                -- shale:allow drop-table far away

                CREATE TABLE a (id bigint);
                -- shale:allow drop-table the table is empty since release 12
                -- a plain comment
                DROP TABLE old;
                """);
        assertEquals(List.of(), layout.statements().get(0).allows());
        assertEquals(List.of(new AllowComment(4, "drop-table", "the table is empty since release 12")),
                layout.statements().get(1).allows());
    }
}
