package dev.shale.cli.corpus;

import dev.shale.cli.ExitCode;
import dev.shale.cli.InProcessShale;
import dev.shale.migrations.runner.sql.SqlScript;
import dev.shale.migrations.runner.sql.SqlStatement;
import dev.shale.testing.SchemaDump;
import dev.shale.testing.StatementFailedException;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TextDiff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Runs one {@link CorpusCase} end to end: two empty databases, {@code old.sql} loaded into A and {@code new.sql}
 * into B, {@code shale diff --from A --to B} run through the command line, its printed migration applied to A
 * statement by statement, then A's and B's {@code pg_dump --schema-only} compared and a second diff required to
 * find nothing (the two dumps run at once). A case expecting a refusal instead requires a failing exit, no SQL printed, and each name the case
 * lists in the error output. Failures are {@link AssertionError}s that name the case and show the migration.
 */
public final class CorpusRun {

    private static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");

    private final UnaryOperator<String> migrationFilter;
    private final boolean print;

    /**
     * @param migrationFilter applied to the printed migration before it runs (the identity, except in the test
     *     that proves a wrong migration fails the harness)
     * @param print whether to print each case's migration and errors on standard output
     */
    public CorpusRun(UnaryOperator<String> migrationFilter, boolean print) {
        this.migrationFilter = migrationFilter;
        this.print = print;
    }

    /** Runs {@code corpusCase}; returns normally when it holds, throws an {@link AssertionError} naming it when not. */
    public void run(CorpusCase corpusCase) {
        if (SchemaDump.pgDump().isEmpty()) {
            throw new AssertionError("pg_dump not found (set " + SchemaDump.PG_DUMP_VARIABLE
                    + ", put it on PATH or install postgresql-client): the diff corpus compares schema dumps");
        }
        Path project = tempProject();
        try (TestDatabase a = TestDatabase.create(); TestDatabase b = TestDatabase.create()) {
            load(corpusCase, "old.sql", corpusCase.oldSql(), a);
            load(corpusCase, "new.sql", corpusCase.newSql(), b);
            InProcessShale.Output diff = diff(project, a, b, corpusCase.args());
            if (print) {
                System.out.println("=== " + corpusCase.name() + " (exit " + diff.exitCode() + ")\n" + diff.out()
                        + (diff.err().isEmpty() ? "" : "--- err\n" + diff.err()));
            }
            if (corpusCase.expectation().outcome() == Expectation.Outcome.REFUSED) {
                checkRefused(corpusCase, diff);
            } else {
                checkApplies(corpusCase, diff, project, a, b);
            }
        } finally {
            deleteTree(project);
        }
    }

    private void checkApplies(CorpusCase corpusCase, InProcessShale.Output diff, Path project, TestDatabase a,
            TestDatabase b) {
        String name = corpusCase.name();
        if (diff.exitCode() != ExitCode.OK && diff.exitCode() != ExitCode.FINDINGS || !diff.err().isEmpty()) {
            throw new AssertionError(name + ": shale diff failed\n" + diff.all());
        }
        String migration = migrationFilter.apply(diff.out());
        List<SqlStatement> statements = SqlScript.parse(migration).statements();
        try {
            a.execute(statements.stream().map(SqlStatement::sql).toList());
        } catch (StatementFailedException e) {
            throw new AssertionError(name + ": the migration does not apply: " + e.getMessage()
                    + "\n--- migration\n" + migration, e);
        }
        CompletableFuture<String> newDump = CompletableFuture.supplyAsync(b::dump);
        String applied = a.dump();
        String wanted = newDump.join();
        if (!applied.equals(wanted)) {
            throw new AssertionError(name + ": after the migration, pg_dump of old differs from new\n"
                    + TextDiff.unified("new.sql", wanted, "old.sql + migration", applied)
                    + "\n--- migration\n" + migration);
        }
        checkRows(corpusCase, migration, a, b);
        InProcessShale.Output again = diff(project, a, b, corpusCase.args());
        if (again.exitCode() != ExitCode.OK || !again.out().startsWith("-- No changes")) {
            throw new AssertionError(name + ": a second diff after the migration is not empty\n" + again.all()
                    + "\n--- first migration\n" + migration);
        }
    }

    private static void checkRefused(CorpusCase corpusCase, InProcessShale.Output diff) {
        String name = corpusCase.name();
        Expectation expectation = corpusCase.expectation();
        if (diff.exitCode() == ExitCode.OK || diff.exitCode() == ExitCode.FINDINGS) {
            throw new AssertionError(name + ": expected " + expectation.keyword() + ", but shale diff succeeded\n"
                    + diff.all());
        }
        if (!SqlScript.parse(diff.out()).isEmpty()) {
            throw new AssertionError(name + ": a refusal must print no SQL\n" + diff.all());
        }
        String err = loose(diff.err());
        if (expectation.keyword().equals("refused") && !err.contains("refused")) {
            throw new AssertionError(name + ": expected a refusal (\"error: refused: ...\")\n" + diff.all());
        }
        for (String mention : expectation.mentions()) {
            if (!err.contains(loose(mention))) {
                throw new AssertionError(name + ": the error output does not name " + mention + "\n" + diff.all());
            }
        }
    }

    /** Text compared without double quotes, so that a case may name {@code "Users"} or {@code Users}. */
    private static String loose(String text) {
        return text.replace("\"", "");
    }

    private static void load(CorpusCase corpusCase, String file, String sql, TestDatabase db) {
        List<String> statements = SqlScript.parse(sql).statements().stream().map(SqlStatement::sql).toList();
        try {
            db.execute(statements);
        } catch (StatementFailedException e) {
            throw new AssertionError(corpusCase.name() + "/" + file + " does not load: " + e.getMessage(), e);
        }
    }

    /**
     * Each query of {@code rows.sql} must give the same rows (each row as text, in the query's order) on the migrated
     * old database as on the new one: the rows {@code old.sql} inserted are still there, where {@code new.sql} put them.
     */
    private static void checkRows(CorpusCase corpusCase, String migration, TestDatabase a, TestDatabase b) {
        for (SqlStatement query : SqlScript.parse(corpusCase.rowsSql()).statements()) {
            String sql = "SELECT r::text FROM (" + query.sql().strip().replaceAll(";$", "") + ") r";
            List<String> migrated = a.firstColumn(sql);
            List<String> wanted = b.firstColumn(sql);
            if (!migrated.equals(wanted)) {
                throw new AssertionError(corpusCase.name() + ": rows differ after the migration for " + query.sql()
                        + "\n--- new.sql\n" + String.join("\n", wanted) + "\n--- old.sql + migration\n"
                        + String.join("\n", migrated) + "\n--- migration\n" + migration);
            }
            if (wanted.isEmpty()) {
                throw new AssertionError(corpusCase.name() + ": rows.sql query finds no rows in new.sql: " + query.sql());
            }
        }
    }

    private static InProcessShale.Output diff(Path project, TestDatabase from, TestDatabase to, List<String> args) {
        List<String> all = new java.util.ArrayList<>(List.of("diff", "--from", from.jdbcUrl(), "--to", to.jdbcUrl(),
                "--exit-code"));
        all.addAll(args);
        return InProcessShale.run(Map.of("PATH", System.getenv().getOrDefault("PATH", "")), NOW, project,
                all.toArray(String[]::new));
    }

    private static Path tempProject() {
        try {
            return Files.createTempDirectory("shale-corpus");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
