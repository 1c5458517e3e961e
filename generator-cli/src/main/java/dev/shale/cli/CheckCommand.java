package dev.shale.cli;

import dev.shale.api.UnmanagedChange;
import dev.shale.cli.check.CheckJson;
import dev.shale.cli.check.CheckOutcome;
import dev.shale.cli.check.CheckReport;
import dev.shale.cli.check.DatabaseReport;
import dev.shale.cli.check.DriftCheck;
import dev.shale.cli.check.FileChecks;
import dev.shale.cli.check.Finding;
import dev.shale.cli.check.HistoryFindings;
import dev.shale.cli.check.NotValid;
import dev.shale.cli.check.ReportView;
import dev.shale.cli.config.ShaleConfig;
import dev.shale.cli.render.MigrationText;
import dev.shale.cli.render.Templates;
import dev.shale.cli.review.Reviews;
import dev.shale.cli.schema.SchemaLoader;
import dev.shale.cli.schema.StaleClasses;
import dev.shale.diff.MigrationPlan;
import dev.shale.diff.MigrationPlanner;
import dev.shale.diff.postgres.ChangeDescriptions;
import dev.shale.migrations.files.MigrationDirectory;
import dev.shale.model.SchemaModel;
import dev.shale.reader.DeclaredSchema;
import dev.shale.snapshot.NamedSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code shale check}: for CI, whether the records, the migrations, {@code shale.sum}, the snapshot chain,
 * the down files and (with {@code --db}) the live database agree; one exit code per outcome.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check, for CI, that the schema records, the migrations, shale.sum, the snapshot chain and the"
                + " down files agree; with --db, also that migrate would accept the database's history (no modified,"
                + " missing or out-of-order migration), that it holds no INVALID index or NOT VALID constraint, and that"
                + " it matches the snapshot of its last applied migration (drift, object by object, with the SQL that"
                + " would bring it back), and which objects Shale does not manage (views, triggers, functions, ...) were"
                + " created, dropped or changed since the last migrate or rollback (--url URL implies --db)."
                + " Reads only; writes nothing. Every finding is reported; the exit code is that of the first outcome"
                + " in the order 4, 5, 6, 1, 7."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  shale check",
            "  shale check --db",
            "  shale check --db jdbc:postgresql://localhost:5432/app?user=app --format json"
        })
final class CheckCommand implements Callable<Integer> {

    /** How the report is printed. */
    enum Format {
        TEXT, JSON, MARKDOWN
    }

    @ParentCommand
    ShaleCommand shale;

    @Mixin
    ProjectOptions project;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--db", arity = "0..1", fallbackValue = "", paramLabel = "URL",
            description = "Also compare the live database with the snapshot of its last applied migration. Without a"
                    + " URL: --url, SHALE_DATABASE_URL, DATABASE_URL or database.url of shale.yaml.")
    String db;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json (stable fields, for CI) or markdown (for a pull-request comment).")
    Format format;

    @Option(names = "--review", paramLabel = "FILE.md",
            description = "Also write a Markdown review for a pull-request comment: the findings, and with --since the"
                    + " migrations' changes, hazards, SQL and tables before and after (see docs/ci.md).")
    java.nio.file.Path review;

    @Option(names = "--since", paramLabel = "VERSION",
            description = "With --review: show the migrations newer than VERSION, the base branch's newest migration"
                    + " (its 14 digits or file name); 0 shows every migration.")
    String since;

    @Override
    public Integer call() {
        ShaleConfig config = project.load(shale.projectDir(), shale.environment());
        MigrationDirectory directory = config.migrationDirectory();
        StaleClasses.warning(config).ifPresent(shale.console()::warn);
        // the database is read while the files and the records are checked: each takes a while on a large schema
        DatabaseOptions.Target target = db != null || database.url != null ? target(config) : null;
        CompletableFuture<DriftCheck.LiveState> live = target == null ? null : CompletableFuture.supplyAsync(
                () -> DriftCheck.read(target.url(), target.source(), database.settings(null)), thread("shale-check-db"));
        CompletableFuture<DeclaredSchema> records = CompletableFuture.supplyAsync(
                () -> new SchemaLoader().load(config), thread("shale-check-records"));
        FileChecks files;
        try {
            files = FileChecks.run(directory);
        } catch (RuntimeException e) {
            if (live != null) {
                live.cancel(false);
            }
            throw e;
        }
        List<Finding> findings = new ArrayList<>(files.findings());
        List<String> notes = new ArrayList<>();

        Optional<NamedSnapshot> latest = files.latestIntact();
        if (latest == null) {
            notes.add("The records were not compared with the snapshots: the snapshot chain must be repaired first.");
        }
        CompletableFuture<List<String>> ungenerated = latest == null ? CompletableFuture.completedFuture(List.of())
                : records.thenApply(declared -> ungenerated(declared,
                        latest.map(s -> s.snapshot().schema()).orElse(SchemaModel.EMPTY)));
        List<Finding> databaseFindings = new ArrayList<>();
        DatabaseReport databaseReport = null;
        try {
            if (live != null) {
                databaseReport = checkDatabase(join(live), target, files, databaseFindings);
            }
        } catch (RuntimeException e) {
            ungenerated.cancel(false);
            throw e;
        }
        List<String> changes = join(ungenerated);
        if (!changes.isEmpty()) {
            findings.add(new Finding(CheckOutcome.UNGENERATED_CHANGES, "the schema records differ from "
                    + latest.map(s -> "the latest snapshot " + s.fileName()).orElse("an empty schema (no snapshot"
                    + " yet)") + ": " + Words.count(changes.size(), "change") + " not generated.",
                    latest.map(s -> List.of(s.fileName())).orElse(List.of()),
                    "run shale generate, review the SQL and commit the migration, its down, its snapshot and"
                            + " shale.sum"));
        }
        findings.addAll(databaseFindings);
        CheckReport report = new CheckReport(findings, changes,
                latest == null ? null : latest.map(NamedSnapshot::fileName).orElse(null), notes, databaseReport);
        Reviews.checked(shale.projectDir(), review, since, directory, report);
        print(report);
        return report.exitCode();
    }

    /** Runs a task on a new daemon thread of that name. */
    private static Executor thread(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        };
    }

    /** The result of work done on another thread, its failure thrown as it was (a declaration or database error). */
    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static List<String> ungenerated(DeclaredSchema declared, SchemaModel latest) {
        MigrationPlan plan = MigrationPlanner.plan(latest, declared.model(), declared.renames());
        return plan.changes().stream().map(c -> MigrationText.oneLine(ChangeDescriptions.describe(c))).toList();
    }

    /** The project's database: --db URL, else --url, else the configured one. */
    private DatabaseOptions.Target target(ShaleConfig config) {
        if (db != null && !db.isEmpty()) {
            if (database.url != null && !database.url.equals(db)) {
                throw new CommandException(ExitCode.USAGE, "two database URLs were given, with --db and with --url",
                        "pass the URL once: shale check --db URL");
            }
            database.url = db;
        }
        return database.resolve(shale, config);
    }

    private DatabaseReport checkDatabase(DriftCheck.LiveState live, DatabaseOptions.Target target, FileChecks files,
                                         List<Finding> findings) {
        DatabaseReport report = DriftCheck.compare(live, target.url(), files, findings);
        findings.addAll(HistoryFindings.of(report, files.directory()));
        for (NotValid item : report.notValid()) {
            findings.add(new Finding(CheckOutcome.NOT_VALID, item.message(),
                    report.expectedFrom() == null ? List.of() : List.of(report.expectedFrom()), item.fix()));
        }
        if (!report.drift().isEmpty()) {
            findings.add(new Finding(CheckOutcome.DRIFT, "the database differs from " + (report.expectedFrom() == null
                    ? "the empty schema (no migration applied)" : report.expectedFrom() + ", the snapshot of its last"
                    + " applied migration " + report.lastApplied()) + ": " + Words.count(report.drift().size(), "object")
                    + " drifted.", report.expectedFrom() == null ? List.of() : List.of(report.expectedFrom()),
                    "if the change was not meant, run the SQL that brings the database back (or put it in a migration"
                            + " with shale create); if it was, put it in the schema records and run shale generate"));
        }
        if (report.unmanagedChanges() != null) {
            for (UnmanagedChange change : report.unmanagedChanges()) {
                findings.add(new Finding(CheckOutcome.UNMANAGED_CHANGED, change.message() + " (outside the"
                        + " migrations).", List.of(), unmanagedFix(change)));
            }
        }
        return report;
    }

    /** What to do about an unmanaged object changed outside the migrations. */
    private static String unmanagedFix(UnmanagedChange change) {
        String keep = "if it is meant, put the same change in a migration (shale create; "
                + switch (change.kind()) {
                    case CREATED -> "CREATE OR REPLACE, or DROP ... IF EXISTS first";
                    case DROPPED -> "DROP ... IF EXISTS";
                    case CHANGED -> "CREATE OR REPLACE, or ALTER";
                } + ") so that every database gets it; the next migrate or rollback records the objects as they are";
        String undo = switch (change.kind()) {
            case CREATED -> "if not, drop it";
            case DROPPED -> "if not, create it again as the migrations left it";
            case CHANGED -> "if not, restore the definition the migrations left";
        };
        return keep + "; " + undo;
    }

    private void print(CheckReport report) {
        Console console = shale.console();
        switch (format) {
            case JSON -> console.result(CheckJson.write(report));
            case MARKDOWN -> console.result(Templates.render("check.md", new ReportView(report)).stripTrailing());
            case TEXT -> console.line(Templates.render("check.txt", new ReportView(report)).stripTrailing());
        }
    }

}
