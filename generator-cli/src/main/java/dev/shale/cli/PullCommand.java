package dev.shale.cli;

import com.palantir.javapoet.JavaFile;
import dev.shale.migrations.introspect.IntrospectionResult;
import dev.shale.api.Shale;
import dev.shale.cli.config.ShaleConfig;
import dev.shale.cli.pull.PullProblem;
import dev.shale.cli.pull.PulledSchema;
import dev.shale.cli.pull.RecordGenerator;
import dev.shale.cli.pull.SourceFiles;
import dev.shale.cli.pull.UnpullableSchemaException;
import dev.shale.cli.render.MigrationText;
import dev.shale.diff.MigrationPlan;
import dev.shale.diff.MigrationPlanner;
import dev.shale.migrations.files.MigrationDirectory;
import dev.shale.migrations.files.MigrationName;
import dev.shale.migrations.files.MigrationVersion;
import dev.shale.migrations.files.PendingMigration;
import dev.shale.migrations.introspect.UnmanagedObject;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.snapshot.Snapshot;
import dev.shale.snapshot.SnapshotJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code shale pull}: a live database -> annotated records, a baseline migration and its snapshot. */
@Command(name = "pull", mixinStandardHelpOptions = true,
        description = "Read a live database and write a @Table record per table and a @PgEnum enum per enum type"
                + " (under --out), and in the project a baseline migration, its down, its snapshot and shale.sum."
                + " On that database, shale migrate --baseline then records the baseline without running it.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  shale pull --out src/main/java",
            "  shale pull --url \"$LEGACY_URL\" --out src/main/java --package com.acme.db",
            "  shale pull --out src/main/java --format json"
        })
final class PullCommand implements Callable<Integer> {

    @ParentCommand
    ShaleCommand shale;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--schema", paramLabel = "SCHEMA",
            description = "A schema to pull (repeatable; default: every schema that is not PostgreSQL's own).")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--package", paramLabel = "PACKAGE",
            description = "The package of the records (default: the first of schema.packages in shale.yaml);"
                    + " other schemas than public go to sub-packages named after them.")
    String basePackage;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The source root to write the records under, relative to the project (such as src/main/java).")
    Path out;

    @Option(names = "--force", description = "Replace record files that exist already.")
    boolean force;

    @Option(names = "--no-baseline", description = "Write only the records: no baseline migration or snapshot.")
    boolean noBaseline;

    @Option(names = "--ignore-unmanaged",
            description = "Pull even when the database holds objects Shale does not manage (views, triggers, a column"
                    + " collation, a DESC index key, ...): they stay in the database and out of the records and the"
                    + " baseline, which then does not rebuild the database as it is (your risk).")
    boolean ignoreUnmanaged;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, or json (its JSON Schema: dev/shale/cli/schemas/pull.schema.json in shale.jar).")
    OutputFormat format;

    @Override
    public Integer call() {
        Console console = shale.console();
        DatabaseOptions.Target target = database.resolve(shale);
        ShaleConfig config = target.config();
        String pkg = packageName(config);
        MigrationDirectory directory = config.migrationDirectory();
        if (!noBaseline) {
            requireNoHistory(directory);
        }

        IntrospectionResult read = Shale.introspect(target.url(), schemas, database.settings(null));
        if (!read.unmanaged().isEmpty() && !ignoreUnmanaged) {
            throw UnmanagedRefusal.of(read.unmanaged().stream().map(o -> new UnmanagedRefusal.Found(o, null)).toList(),
                    "pull", UnmanagedRefusal.PULL_RISK);
        }
        PulledSchema pulled = PulledSchema.of(read.model());
        SchemaModel model = pulled.model();
        if (model.tables().isEmpty() && model.enums().isEmpty()) {
            throw new CommandException(ExitCode.USAGE, "found no table or enum type in "
                    + (schemas.isEmpty() ? "the database's schemas" : "schema(s) " + String.join(", ", schemas))
                    + "; nothing was written", "check --url and --schema");
        }
        List<JavaFile> files;
        try {
            files = RecordGenerator.generate(model, pkg);
        } catch (UnpullableSchemaException e) {
            throw new CommandException(ExitCode.USAGE, e.getMessage() + "; nothing was written:\n" + e.problems().stream()
                    .map(PullProblem::toString).collect(Collectors.joining("\n")), null);
        }
        SourceFiles sources = new SourceFiles(config.projectDir().resolve(out));
        List<Path> existing = sources.existing(files);
        if (!existing.isEmpty() && !force) {
            throw new CommandException(ExitCode.USAGE, existing.size() + (existing.size() == 1 ? " record file exists" :
                    " record files exist") + " already (" + existing.stream().limit(3).map(config::display)
                    .collect(Collectors.joining(", ")) + (existing.size() > 3 ? ", ..." : "") + "); nothing was written",
                    "pass --force to replace them, or choose another --out");
        }

        List<Path> written = sources.write(files, force);
        List<Path> baseline = noBaseline ? List.of() : writeBaseline(directory, model);
        if (format == OutputFormat.JSON) {
            console.result(json(config, target.url().redacted(), model, written, baseline, notPulled(read, pulled), pkg));
        } else {
            report(console, config, target.url().redacted(), model, written, baseline, read, pulled, pkg);
        }
        return ExitCode.OK;
    }

    private String packageName(ShaleConfig config) {
        String pkg = basePackage != null ? basePackage
                : config.schemaPackages().isEmpty() ? null : config.schemaPackages().get(0);
        if (pkg == null) {
            throw new CommandException(ExitCode.USAGE, "no package for the records; nothing was written",
                    "pass --package com.example.schema (or set schema.packages in shale.yaml)");
        }
        if (!SourceVersion.isName(pkg)) {
            throw new CommandException(ExitCode.USAGE, "--package " + pkg + " is not a Java package name; nothing was"
                    + " written", "pass a package such as com.example.schema");
        }
        return pkg;
    }

    private static void requireNoHistory(MigrationDirectory directory) {
        int migrations = directory.listMigrations().migrations().size();
        boolean snapshots = !directory.readSnapshots().snapshots().isEmpty();
        if (migrations > 0 || snapshots) {
            throw new CommandException(ExitCode.USAGE, "the project already has " + (migrations > 0 ? migrations
                    + (migrations == 1 ? " migration" : " migrations") : "snapshots") + " in "
                    + directory.display(migrations > 0 ? directory.migrationsFolder() : directory.snapshotsFolder())
                    + "/; a baseline must be the first migration; nothing was written",
                    "pull into a new project (-C NEW_DIR), or pass --no-baseline to write only the records");
        }
        ProjectChecks.requireIntact(directory);
    }

    private List<Path> writeBaseline(MigrationDirectory directory, SchemaModel model) {
        MigrationPlan plan = MigrationPlanner.plan(SchemaModel.EMPTY, model, RenameHints.NONE);
        Snapshot snapshot = Snapshot.next(null, model);
        MigrationVersion version = MigrationVersion.next(shale.clock().instant(), directory.latestVersion());
        return directory.write(new PendingMigration(version, MigrationName.of("baseline"),
                MigrationText.baseline(plan, snapshot.id()), MigrationText.down(plan, null, snapshot.id()),
                SnapshotJson.write(snapshot)));
    }

    private static void report(Console console, ShaleConfig config, String url, SchemaModel model, List<Path> written,
            List<Path> baseline, IntrospectionResult read, PulledSchema pulled, String pkg) {
        console.line("Pulled " + url + ": " + Words.count(model.tables().size(), "table") + ", "
                + Words.count(model.enums().size(), "enum type") + " in " + Words.count(schemaCount(model), "schema") + ".");
        console.line("Wrote " + Words.count(written.size(), "record file") + ":");
        written.forEach(path -> console.line("  " + config.display(path)));
        if (!baseline.isEmpty()) {
            console.line("Wrote the baseline:");
            baseline.forEach(path -> console.line("  " + config.display(path)));
        }
        List<String> notPulled = notPulled(read, pulled);
        if (!notPulled.isEmpty()) {
            console.line("Not pulled (Shale does not manage these; they stay in the database and out of the records"
                    + " and migrations):");
            notPulled.forEach(line -> console.line("  " + line));
        }
        String configure = config.schemaPackages().contains(pkg) ? ""
                : ", list " + pkg + " under schema.packages in shale.yaml";
        console.line("Next: compile the records (package " + pkg + ")" + configure + (baseline.isEmpty()
                ? ", then run shale generate." : ", then on this database run: shale migrate --baseline"));
    }

    /** What was not pulled: schemas without tables or enum types, and objects Shale does not manage. */
    private static List<String> notPulled(IntrospectionResult read, PulledSchema pulled) {
        List<String> notPulled = new ArrayList<>();
        pulled.emptySchemas().forEach(s -> notPulled.add("schema " + s + " (it holds no table or enum type)"));
        read.unmanaged().stream().map(UnmanagedObject::toString).forEach(notPulled::add);
        return notPulled;
    }

    /** What pull wrote, as {@code pull.schema.json} describes it. */
    private static String json(ShaleConfig config, String url, SchemaModel model, List<Path> written,
            List<Path> baseline, List<String> notPulled, String pkg) {
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("schemaVersion", 1);
        out.put("command", "pull");
        out.put("database", url);
        out.put("package", pkg);
        out.put("tables", model.tables().size());
        out.put("enumTypes", model.enums().size());
        out.put("schemas", schemaCount(model));
        out.put("written", written.stream().map(config::display).toList());
        out.put("baseline", baseline.stream().map(config::display).toList());
        out.put("notPulled", notPulled);
        return JsonText.of(out);
    }

    private static int schemaCount(SchemaModel model) {
        return (int) java.util.stream.Stream.concat(model.tables().stream().map(t -> t.name().schema()),
                model.enums().stream().map(e -> e.name().schema())).distinct().count();
    }

}
