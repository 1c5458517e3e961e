package dev.shale.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(PostgresExtension.class)
class SchemaDumpTest {

    @Test
    void dropsOnlyTheLinesThatVaryAndSortsColumns() {
        String raw = String.join("\n",
                "--",
                "-- PostgreSQL database dump",
                "--",
                "",
                "\\restrict abcDEF123",
                "",
                "-- Dumped from database version 14.15",
                "-- Dumped by pg_dump version 15.20",
                "",
                "SET statement_timeout = 0;",
                "SELECT pg_catalog.set_config('search_path', '', false);",
                "",
                "",
                "CREATE TABLE public.t (",
                "    b text,",
                "    a integer NOT NULL,",
                "    CONSTRAINT t_z_check CHECK ((a > 0)),",
                "    CONSTRAINT t_a_check CHECK ((a > 1))",
                ");",
                "",
                "",
                "--",
                "-- Name: COLUMN t.b; Type: COMMENT; Schema: public; Owner: -",
                "--",
                "",
                "COMMENT ON COLUMN public.t.b IS 'B';",
                "",
                "",
                "--",
                "-- Name: COLUMN t.a; Type: COMMENT; Schema: public; Owner: -",
                "--",
                "",
                "COMMENT ON COLUMN public.t.a IS 'A';",
                "",
                "\\unrestrict abcDEF123",
                "");
        String expected = String.join("\n",
                "--",
                "-- PostgreSQL database dump",
                "--",
                "",
                "CREATE TABLE public.t (",
                "    a integer NOT NULL,",
                "    b text,",
                "    CONSTRAINT t_z_check CHECK ((a > 0)),",
                "    CONSTRAINT t_a_check CHECK ((a > 1))",
                ");",
                "",
                "--",
                "-- Name: COLUMN t.a; Type: COMMENT; Schema: public; Owner: -",
                "--",
                "",
                "COMMENT ON COLUMN public.t.a IS 'A';",
                "",
                "--",
                "-- Name: COLUMN t.b; Type: COMMENT; Schema: public; Owner: -",
                "--",
                "",
                "COMMENT ON COLUMN public.t.b IS 'B';",
                "");
        assertEquals(expected, SchemaDump.canonical(raw));
    }

    @Test
    void columnOrderDoesNotMatterButEverythingElseDoes(TestDatabases databases) {
        SchemaDump.assumeOfServerVersion();
        TestDatabase a = databases.create();
        TestDatabase b = databases.create();
        TestDatabase c = databases.create();
        a.execute(List.of("CREATE TABLE t (x integer, y text)", "COMMENT ON COLUMN t.x IS 'x'",
                "COMMENT ON COLUMN t.y IS 'y'"));
        b.execute(List.of("CREATE TABLE t (y text, x integer)", "COMMENT ON COLUMN t.y IS 'y'",
                "COMMENT ON COLUMN t.x IS 'x'"));
        c.execute(List.of("CREATE TABLE t (y text, x integer NOT NULL)", "COMMENT ON COLUMN t.y IS 'y'",
                "COMMENT ON COLUMN t.x IS 'x'"));
        String dumpA = a.dump();
        assertEquals(dumpA, b.dump());
        String dumpC = c.dump();
        assertNotEquals(dumpA, dumpC);
        String diff = TextDiff.unified("a", dumpA, "c", dumpC);
        assertTrue(diff.contains("-     x integer,\n+     x integer NOT NULL,"), diff);
    }

    @Test
    void aDroppedAndReAddedColumnDumpsAsBefore(TestDatabases databases) {
        SchemaDump.assumeOfServerVersion();
        TestDatabase a = databases.create();
        TestDatabase b = databases.create();
        a.execute(List.of("CREATE TABLE t (x integer, y text, CONSTRAINT t_x_check CHECK (x > 0))",
                "COMMENT ON COLUMN t.x IS 'x'"));
        b.execute(List.of("CREATE TABLE t (x integer, y text, CONSTRAINT t_x_check CHECK (x > 0))",
                "ALTER TABLE t DROP COLUMN x", "ALTER TABLE t ADD COLUMN x integer",
                "ALTER TABLE t ADD CONSTRAINT t_x_check CHECK (x > 0)", "COMMENT ON COLUMN t.x IS 'x'"));
        assertEquals(a.dump(), b.dump());
    }

    @Test
    void keepsComments(TestDatabase database) {
        SchemaDump.assumeOfServerVersion();
        database.execute(List.of("CREATE TABLE t (x integer)", "COMMENT ON TABLE t IS 'it''s'"));
        assertTrue(database.dump().contains("COMMENT ON TABLE public.t IS 'it''s';"));
    }

    @Test
    void findsPgDumpInTheDocumentedOrder(@TempDir Path dir) throws IOException {
        Path configured = executable(dir.resolve("configured/pg_dump"));
        Path onPath = executable(dir.resolve("path/pg_dump"));
        Path versions = dir.resolve("versions");
        executable(versions.resolve("9.6/bin/pg_dump"));
        Path newest = executable(versions.resolve("15/bin/pg_dump"));
        executable(versions.resolve("10/bin/pg_dump"));
        Path server = executable(dir.resolve("server/bin/pg_dump"));
        Supplier<Optional<Path>> serverBin = () -> Optional.of(server.getParent());
        String path = dir.resolve("empty") + File.pathSeparator + onPath.getParent();

        assertEquals(Optional.of(configured), SchemaDump.locate(
                Map.of("SHALE_PG_DUMP", configured.toString(), "PATH", path), versions, serverBin));
        assertEquals(Optional.of(onPath), SchemaDump.locate(Map.of("PATH", path), versions, serverBin));
        assertEquals(Optional.of(newest), SchemaDump.locate(Map.of(), versions, serverBin));
        assertEquals(Optional.of(server), SchemaDump.locate(Map.of(), dir.resolve("none"), serverBin));
        assertEquals(Optional.empty(), SchemaDump.locate(Map.of(), dir.resolve("none"), Optional::empty));
        IllegalStateException wrong = assertThrows(IllegalStateException.class, () -> SchemaDump.locate(
                Map.of("SHALE_PG_DUMP", dir.resolve("missing").toString()), versions, serverBin));
        assertTrue(wrong.getMessage().startsWith("SHALE_PG_DUMP names "), wrong.getMessage());
    }

    private static Path executable(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n");
        assertTrue(file.toFile().setExecutable(true));
        return file;
    }

    @Test
    void diffShowsChangedLinesWithContext() {
        String diff = TextDiff.unified("left", "a\nb\nc\nd\ne\nf\ng\nh\ni\n", "right", "a\nb\nc\nd\nE\nf\ng\nh\ni\n");
        assertEquals("--- left\n+++ right\n@@ line 2\n  b\n  c\n  d\n- e\n+ E\n  f\n  g\n  h\n", diff);
    }
}
