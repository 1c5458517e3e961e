package dev.shale.migrations.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code fingerprints.sql} names the same objects as {@code unmanaged.sql} (details and unmanaged indexes aside),
 * reads the same hashes twice, and a hash moves when, and only when, the object's definition does.
 */
@ExtendWith(PostgresExtension.class)
class FingerprintsTest {

    private static final List<String> EVERY_KIND = List.of(
            "CREATE TABLE t (id int PRIMARY KEY, a text, during tsrange)",
            "INSERT INTO t VALUES (1, 'one', '[2026-01-01, 2026-01-02)'), (2, 'two', '[2026-02-01, 2026-02-02)')",
            "CREATE VIEW v AS SELECT id, a FROM t",
            "CREATE MATERIALIZED VIEW mv AS SELECT id FROM t",
            "CREATE FUNCTION f(x integer) RETURNS int LANGUAGE sql AS 'SELECT x + 1'",
            "CREATE PROCEDURE p() LANGUAGE sql AS 'SELECT 1'",
            "CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END'",
            "CREATE TRIGGER tt BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg()",
            "CREATE AGGREGATE mysum(int) (sfunc = int4pl, stype = int, initcond = '0')",
            "ALTER TABLE t ENABLE ROW LEVEL SECURITY",
            "CREATE POLICY pol ON t USING (id > 0)",
            "CREATE RULE r AS ON UPDATE TO v DO INSTEAD NOTHING",
            // modelled, so in neither list
            "ALTER TABLE t ADD CONSTRAINT ex EXCLUDE USING gist (during WITH &&)",
            "CREATE SEQUENCE s",
            "CREATE DOMAIN d AS int NOT NULL CHECK (VALUE > 0)",
            "CREATE TYPE rr AS RANGE (subtype = float8)",
            "CREATE TYPE comp AS (x int, y text)",
            "CREATE TABLE pt (id int) PARTITION BY RANGE (id)",
            "CREATE TABLE pt1 PARTITION OF pt FOR VALUES FROM (0) TO (10)",
            "CREATE COLLATION c1 FROM \"C\"",
            "CREATE STATISTICS st ON id, a FROM t",
            "COMMENT ON SCHEMA public IS 'the application'");

    private static Map<String, String> read(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            return Fingerprints.read(connection, List.of("public")).stream()
                    .collect(Collectors.toMap(UnmanagedFingerprint::key, UnmanagedFingerprint::definitionMd5));
        }
    }

    @Test
    void everyUnmanagedObjectHasAStableFingerprint(TestDatabase db) throws SQLException {
        db.execute(EVERY_KIND.toArray(new String[0]));
        List<String> unmanaged;
        try (Connection connection = db.connect()) {
            unmanaged = new Introspector().introspect(connection, List.of("public")).unmanaged().stream()
                    .filter(o -> o.kind() != UnmanagedObject.Kind.DETAIL && o.kind() != UnmanagedObject.Kind.INDEX)
                    .map(UnmanagedObject::toString).sorted().toList();
        }
        Map<String, String> first = read(db);
        assertEquals(unmanaged, first.keySet().stream().sorted().toList());
        assertEquals(17, first.size(), first.toString());
        // using the objects (rows, sequence values, statistics) changes no definition
        db.execute("INSERT INTO t VALUES (3, 'three', '[2026-03-01, 2026-03-02)')", "SELECT nextval('s')",
                "REFRESH MATERIALIZED VIEW mv", "ANALYZE t");
        assertEquals(first, read(db));
    }

    @Test
    void aHashMovesWithItsDefinitionOnly(TestDatabase db) throws SQLException {
        db.execute(EVERY_KIND.toArray(new String[0]));
        Map<String, String> before = read(db);
        db.execute("CREATE OR REPLACE VIEW v AS SELECT id, a FROM t WHERE id > 1",
                "ALTER TABLE t DISABLE TRIGGER tt",
                "ALTER POLICY pol ON t USING (id > 1)",
                "ALTER SEQUENCE s INCREMENT BY 2",
                "ALTER DOMAIN d DROP NOT NULL",
                "CREATE OR REPLACE FUNCTION f(x integer) RETURNS int LANGUAGE sql AS 'SELECT x + 2'");
        Map<String, String> after = read(db);
        Function<String, Boolean> moved = key -> !before.get(key).equals(after.get(key));
        List<String> changed = before.keySet().stream().filter(moved::apply).sorted().toList();
        assertEquals(List.of("domain public.d", "function public.f(x integer)", "policy public.pol on t",
                "trigger public.tt on t", "view public.v"), changed);
        assertNotEquals(before, after);
    }
}
