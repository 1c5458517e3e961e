package dev.shale.cli.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus harness itself: it passes a right migration and fails a wrong one, and reads case folders exactly. */
class DiffCorpusHarnessTest {

    private static final CorpusCase ADD_COLUMN = new CorpusCase("add_column",
            "CREATE TABLE public.t (id integer PRIMARY KEY);\n",
            "CREATE TABLE public.t (id integer PRIMARY KEY, note text NOT NULL DEFAULT 'x');\n",
            Expectation.APPLIES);

    @Test
    void aRightMigrationPasses() {
        new CorpusRun(UnaryOperator.identity(), false).run(ADD_COLUMN);
    }

    @Test
    void aMigrationThatLosesAClauseFailsOnTheDumps() {
        CorpusRun tampered = new CorpusRun(sql -> sql.replace(" NOT NULL", ""), false);

        AssertionError failure = assertThrows(AssertionError.class, () -> tampered.run(ADD_COLUMN));

        assertTrue(failure.getMessage().startsWith("add_column: after the migration, pg_dump of old differs from new"),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("+     note text DEFAULT 'x'::text"), failure.getMessage());
    }

    @Test
    void aMigrationMissingItsStatementsFailsOnTheDumps() {
        CorpusRun tampered = new CorpusRun(sql -> "-- nothing\n", false);

        AssertionError failure = assertThrows(AssertionError.class, () -> tampered.run(ADD_COLUMN));

        assertTrue(failure.getMessage().contains("pg_dump of old differs from new"), failure.getMessage());
    }

    @Test
    void aMigrationThatDoesNotApplyFailsNamingTheStatement() {
        CorpusRun tampered = new CorpusRun(sql -> sql.replace("ADD COLUMN note", "ADD COLUMN id"), false);

        AssertionError failure = assertThrows(AssertionError.class, () -> tampered.run(ADD_COLUMN));

        assertTrue(failure.getMessage().startsWith("add_column: the migration does not apply: statement "),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("SQL: ALTER TABLE public.t ADD COLUMN id text"), failure.getMessage());
        assertTrue(failure.getMessage().contains("already exists"), failure.getMessage());
    }

    @Test
    void aCaseExpectingARefusalFailsWhenTheDiffSucceeds() {
        CorpusCase expectsRefusal = new CorpusCase("expects_refusal", ADD_COLUMN.oldSql(), ADD_COLUMN.newSql(),
                Expectation.parse("refused\npublic.t\n", "expect.txt"));

        AssertionError failure = assertThrows(AssertionError.class,
                () -> new CorpusRun(UnaryOperator.identity(), false).run(expectsRefusal));

        assertTrue(failure.getMessage().startsWith("expects_refusal: expected refused, but shale diff succeeded"),
                failure.getMessage());
    }

    @Test
    void anOldSqlThatDoesNotLoadFailsNamingTheFile() {
        CorpusCase broken = new CorpusCase("broken", "CREATE TABLE t (id nosuchtype);", "", Expectation.APPLIES);

        AssertionError failure = assertThrows(AssertionError.class,
                () -> new CorpusRun(UnaryOperator.identity(), false).run(broken));

        assertTrue(failure.getMessage().startsWith("broken/old.sql does not load: statement 0 failed"),
                failure.getMessage());
    }

    @Test
    void expectTxtNamesTheOutcomeThenTheObjects() {
        Expectation refused = Expectation.parse("# a view\nrefused\n\n  view public.v  \n", "x/expect.txt");
        Expectation uncastable = Expectation.parse("refused-uncastable\npublic.t.c\n", "x/expect.txt");

        assertEquals(new Expectation(Expectation.Outcome.REFUSED, "refused", List.of("view public.v")), refused);
        assertEquals(new Expectation(Expectation.Outcome.REFUSED, "refused-uncastable", List.of("public.t.c")),
                uncastable);
        assertEquals(Expectation.APPLIES, Expectation.parse("applies\n", "x/expect.txt"));
    }

    @Test
    void anUnknownOrEmptyExpectTxtIsAnError() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Expectation.parse("fails\n", "x/expect.txt"));
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> Expectation.parse("# nothing\n", "x/expect.txt"));

        assertEquals("x/expect.txt: unknown outcome \"fails\"; the first line is applies, refused or refused-<reason>",
                unknown.getMessage());
        assertEquals("x/expect.txt is empty: write applies, refused or refused-<reason> on its first line",
                empty.getMessage());
    }

    @Test
    void casesAreFoldersFilteredByTheGlob(@TempDir Path root) throws IOException {
        for (String name : List.of("enum_add_value", "enum_drop", "table_add")) {
            Files.createDirectories(root.resolve(name));
            Files.writeString(root.resolve(name).resolve("old.sql"), "");
            Files.writeString(root.resolve(name).resolve("new.sql"), "CREATE TYPE e AS ENUM ('a');");
        }
        Files.writeString(root.resolve("enum_drop").resolve("expect.txt"), "refused\ntype public.e\n");

        List<CorpusCase> enums = CorpusCase.readAll(root, "enum_*");

        assertEquals(List.of("enum_add_value", "enum_drop"), enums.stream().map(CorpusCase::name).toList());
        assertEquals(Expectation.APPLIES, enums.get(0).expectation());
        assertEquals(List.of("type public.e"), enums.get(1).expectation().mentions());
        assertEquals(3, CorpusCase.readAll(root, null).size());
    }

    private static final CorpusCase MOVE = new CorpusCase("move",
            "CREATE SCHEMA b; CREATE TABLE public.t (id integer PRIMARY KEY); INSERT INTO public.t VALUES (1), (2);\n",
            "CREATE SCHEMA b; CREATE TABLE b.t (id integer PRIMARY KEY); INSERT INTO b.t VALUES (1), (2);\n",
            Expectation.APPLIES, CorpusCase.OLDEST_POSTGRES, List.of("--rename-table", "public.t=b.t"),
            "SELECT * FROM b.t ORDER BY id;\n");

    @Test
    void aMoveWithItsOptionKeepsTheRows() {
        new CorpusRun(UnaryOperator.identity(), false).run(MOVE);
    }

    @Test
    void aMigrationThatLosesRowsFailsOnRowsSql() {
        CorpusRun tampered = new CorpusRun(sql -> sql.replace("ALTER TABLE public.t SET SCHEMA b;",
                "DROP TABLE public.t; CREATE TABLE b.t (id integer PRIMARY KEY);"), false);

        AssertionError failure = assertThrows(AssertionError.class, () -> tampered.run(MOVE));

        assertTrue(failure.getMessage().startsWith("move: rows differ after the migration for SELECT * FROM b.t"),
                failure.getMessage());
    }

    @Test
    void anArgsFileIsOneOptionALineWithItsValueAsItIs(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("rename_x"));
        Files.writeString(root.resolve("rename_x").resolve("old.sql"), "");
        Files.writeString(root.resolve("rename_x").resolve("new.sql"), "");
        Files.writeString(root.resolve("rename_x").resolve("args"),
                "# a move\n--rename-table \"Invoice Lines\"=\"Billing\".\"Invoice Lines\"\n\n--exit-code\n");

        CorpusCase read = CorpusCase.readAll(root, null).get(0);

        assertEquals(List.of("--rename-table", "\"Invoice Lines\"=\"Billing\".\"Invoice Lines\"", "--exit-code"),
                read.args());
        assertEquals("", read.rowsSql());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> CorpusCase.args("rename-table a=b\n", "x/args"));
        assertEquals("x/args: a line is an option (--name value), found rename-table a=b", bad.getMessage());
    }

    @Test
    void aFolderWithoutNewSqlIsNamed(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("half"));
        Files.writeString(root.resolve("half").resolve("old.sql"), "");

        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> CorpusCase.readAll(root, null));

        assertEquals("corpus case half has no new.sql: every case folder holds old.sql and new.sql (either may be"
                + " empty)", missing.getMessage());
    }
}
