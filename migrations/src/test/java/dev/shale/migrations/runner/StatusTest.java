package dev.shale.migrations.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shale.api.MigrationState;
import dev.shale.api.MigrationStatus;
import dev.shale.api.Shale;
import dev.shale.api.StatusReport;
import dev.shale.api.StatusTotals;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(PostgresExtension.class)
class StatusTest {

    @TempDir
    Path root;

    @Test
    void reportsEveryState(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "one", "CREATE TABLE one (id int);")
                .up("20260101000003", "three", "CREATE TABLE three (id int);")
                .up("20260101000004", "four", "CREATE TABLE four (id int);");
        Shale.migrate(Db.dataSource(db), files.source());
        files.up("20260101000002", "two", "CREATE TABLE two (id int);")
                .up("20260101000003", "three", "CREATE TABLE three (id bigint);")
                .delete("20260101000004_four.sql")
                .up("20260101000005", "five", "CREATE TABLE five (id int);");

        StatusReport report = Shale.status(Db.dataSource(db), files.source());

        assertEquals(List.of(MigrationState.APPLIED, MigrationState.OUT_OF_ORDER, MigrationState.MODIFIED,
                MigrationState.MISSING, MigrationState.PENDING),
                report.migrations().stream().map(MigrationStatus::state).toList());
        assertEquals(new StatusTotals(1, 1, 1, 1, 1, 5), report.totals());
        assertFalse(report.upToDate());
        MigrationStatus applied = report.migrations().get(0);
        assertEquals("migrations/20260101000001_one.sql", applied.file());
        assertEquals(1, applied.batch());
        assertTrue(applied.appliedAt().isAfter(Instant.now().minusSeconds(600)));
        assertTrue(applied.appliedBy().startsWith("postgres@"));
        MigrationStatus missing = report.migrations().get(3);
        assertEquals("four", missing.name());
        assertNull(missing.file());
        MigrationStatus pending = report.migrations().get(4);
        assertNull(pending.batch());
        assertNull(pending.appliedAt());
        assertEquals(List.of(), report.problems());
    }

    @Test
    void statusNeverCreatesTheHistoryTableAndListsProblems(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root).up("20260101000001", "one", "CREATE TABLE one (id int);");
        files.writeWithoutHash("20260101000002_two.sql", "CREATE TABLE two (id int);");
        StatusReport report = Shale.status(Db.dataSource(db), files.source());
        assertFalse(Db.exists(db, "public.shale_migrations"));
        assertEquals(new StatusTotals(0, 2, 0, 0, 0, 2), report.totals());
        assertEquals(1, report.problems().size());
        assertTrue(report.problems().get(0).startsWith("migrations/20260101000002_two.sql is not in migrations/shale.sum"),
                report.problems().get(0));
    }

    @Test
    void upToDateOnceEverythingIsApplied(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root).up("20260101000001", "one", "CREATE TABLE one (id int);");
        Shale.migrate(Db.dataSource(db), files.source());
        assertTrue(Shale.status(Db.dataSource(db), files.source()).upToDate());
    }

    @Test
    void serialisesToTheDocumentedJsonShape(TestDatabase db) throws Exception {
        MigrationFiles files = new MigrationFiles(root).up("20260101000001", "one", "CREATE TABLE one (id int);");
        Shale.migrate(Db.dataSource(db), files.source());
        files.up("20260101000002", "two", "CREATE TABLE two (id int);");
        StatusReport report = Shale.status(Db.dataSource(db), files.source());

        // the report's own JSON and a plain ObjectMapper's agree
        String json = report.toJson();
        assertEquals(new ObjectMapper().readTree(json), new ObjectMapper().readTree(
                new ObjectMapper().writeValueAsString(report)));
        JsonNode tree = new ObjectMapper().readTree(json);
        assertEquals(List.of("formatVersion", "upToDate", "historyTable", "totals", "migrations", "problems"),
                fieldNames(tree));
        assertEquals(1, tree.get("formatVersion").asInt());
        assertFalse(tree.get("upToDate").asBoolean());
        assertEquals("\"public\".\"shale_migrations\"", tree.get("historyTable").asText());
        assertEquals(List.of("applied", "pending", "modified", "missing", "outOfOrder", "total"),
                fieldNames(tree.get("totals")));
        JsonNode first = tree.get("migrations").get(0);
        assertEquals(List.of("version", "name", "state", "file", "batch", "appliedAt", "executionMs", "appliedBy"),
                fieldNames(first));
        assertEquals("APPLIED", first.get("state").asText());
        assertEquals(report.migrations().get(0).appliedAt(), Instant.parse(first.get("appliedAt").asText()));
        JsonNode second = tree.get("migrations").get(1);
        assertEquals("PENDING", second.get("state").asText());
        assertTrue(second.get("appliedAt").isNull());
        assertTrue(second.get("batch").isNull());
        assertTrue(tree.get("problems").isArray());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
