package dev.shale.cli;

import dev.shale.api.DatabaseUrl;
import dev.shale.api.PushResult;
import dev.shale.api.RunnerSettings;
import dev.shale.api.Shale;
import dev.shale.cli.config.ShaleConfig;
import dev.shale.cli.render.MigrationText;
import dev.shale.cli.schema.SchemaLoader;
import dev.shale.diff.MigrationPlan;
import dev.shale.diff.MigrationPlanner;
import dev.shale.diff.drift.SpellingAlignment;
import dev.shale.diff.postgres.ChangeDescriptions;
import dev.shale.diff.postgres.DdlForm;
import dev.shale.diff.postgres.Hazard;
import dev.shale.diff.postgres.HazardKind;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.cli.renames.RenameOptions;
import dev.shale.migrations.introspect.IntrospectionResult;
import dev.shale.migrations.dependents.TouchedObject;
import dev.shale.migrations.dependents.TouchedObjects;
import dev.shale.migrations.introspect.UnmanagedObject;
import dev.shale.model.Identifiers;
import dev.shale.model.QualifiedName;
import dev.shale.reader.DeclaredSchema;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code shale push}: makes a development database match the schema records directly, without migrations. */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = "Development only: change the database so that it matches the schema records, without writing"
                + " or recording a migration. Refuses changes that lose data unless --force, and changes to tables"
                + " holding details Shale does not model unless --ignore-unmanaged. Objects Shale does not"
                + " model (views, functions, triggers ...) are left alone.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  shale push --dry-run",
            "  shale push --url jdbc:postgresql://localhost:5432/dev?user=dev",
            "  shale push --format json"
        })
final class PushCommand implements Callable<Integer> {

    @ParentCommand
    ShaleCommand shale;

    @Mixin
    ProjectOptions project;

    @Mixin
    DatabaseOptions database;

    @Mixin
    LockWaitOption lock;

    @Option(names = "--force", description = "Also apply changes that lose data (dropped tables and columns, narrowed types,"
            + " removed enum values).")
    boolean force;

    @Option(names = "--ignore-unmanaged", description = "Also change tables that hold details Shale does not model (an"
            + " identity's CACHE, a column collation, a DESC index key, ...), which the changes may lose.")
    boolean ignoreUnmanaged;

    @Option(names = "--dry-run", description = "Print the SQL that push would run, and change nothing.")
    boolean dryRun;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, or json (its JSON Schema: dev/shale/cli/schemas/push.schema.json in shale.jar).")
    OutputFormat format;

    @Override
    public Integer call() {
        Console console = shale.console();
        ShaleConfig config = project.load(shale.projectDir(), shale.environment());
        DatabaseUrl url = database.resolve(shale, config).url();
        RunnerSettings settings = database.settings(lock.lockWait);
        DeclaredSchema declared = new SchemaLoader().load(config);

        // the schemas the records use, and those their renames come from: a table moved out of a schema the records
        // no longer use is still found, and moved with its rows
        java.util.TreeSet<String> schemas = new java.util.TreeSet<>(declared.model().schemasInUse());
        schemas.addAll(RenameOptions.schemas(declared.renames(), true));
        IntrospectionResult live = Shale.introspect(url, List.copyOf(schemas), settings);
        MigrationPlan plan = MigrationPlanner.planApplyingPresentRenames(live.model(),
                SpellingAlignment.align(declared.model(), live.model(),
                        SpellingSource.forRecords(shale, config, declared, "push")), declared.renames(),
                declared.backfills(), declared.conversions(), DdlForm.PLAIN);
        boolean json = format == OutputFormat.JSON;
        if (plan.isEmpty()) {
            if (json) {
                console.result(json(url, plan, live.unmanaged(), null, null));
                return ExitCode.OK;
            }
            console.line("Nothing to push: the database matches the schema records.");
            reportUnmanaged(console, live.unmanaged());
            return ExitCode.OK;
        }
        List<UnmanagedObject> atRisk = detailsAtRisk(live.unmanaged(), plan);
        if (!atRisk.isEmpty() && !ignoreUnmanaged && !dryRun) {
            throw UnmanagedRefusal.of(atRisk.stream().map(o -> new UnmanagedRefusal.Found(o, null)).toList(),
                    "push", UnmanagedRefusal.PUSH_RISK);
        }
        List<Hazard> losses = plan.upHazards().stream().filter(h -> h.kind() == HazardKind.DATA_LOSS).toList();
        if (!losses.isEmpty() && !force && !dryRun) {
            StringBuilder message = new StringBuilder("push would lose data; nothing was changed:");
            losses.forEach(h -> message.append("\n  ").append(h.message()));
            throw new CommandException(ExitCode.USAGE, message.toString(),
                    "check the records (a rename needs @RenamedFrom), or pass --force to drop the data;"
                            + " shale push --dry-run shows the SQL");
        }
        if (dryRun) {
            String sql = MigrationText.diff(plan, "the database", "the schema records");
            console.result(json ? json(url, plan, live.unmanaged(), null, sql) : sql);
            return ExitCode.OK;
        }
        PushResult result = Shale.push(url, plan.up().stream().map(SqlStatement::sql).toList(), settings);
        if (json) {
            console.result(json(url, plan, live.unmanaged(), result.executionMs(), null));
            return ExitCode.OK;
        }
        console.line("Pushed " + Words.count(plan.changes().size(), "change") + " (" + Words.count(result.statements(), "statement")
                + ") in " + result.executionMs() + " ms:");
        plan.changes().forEach(change -> console.line("  " + MigrationText.oneLine(ChangeDescriptions.describe(change))));
        if (!plan.upHazards().isEmpty()) {
            console.line("Hazards taken:");
            plan.upHazards().forEach(h -> console.line("  " + MigrationText.describe(h)));
        }
        reportUnmanaged(console, live.unmanaged());
        console.line("No migration was written or recorded: run shale generate to turn these changes into one.");
        return ExitCode.OK;
    }

    /** What push did (or would do, with {@code sql}) as {@code push.schema.json} describes it. */
    private String json(DatabaseUrl url, MigrationPlan plan, List<UnmanagedObject> unmanaged, Long executionMs,
            String sql) {
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("schemaVersion", 1);
        out.put("command", "push");
        out.put("database", url.redacted());
        out.put("dryRun", dryRun);
        out.put("pushed", !dryRun && !plan.isEmpty());
        out.put("changes", plan.changes().stream()
                .map(change -> MigrationText.oneLine(ChangeDescriptions.describe(change))).toList());
        out.put("statements", plan.up().size());
        out.put("hazards", GenerateOutput.hazards(plan.upHazards()));
        out.put("unmanaged", unmanaged.stream().map(UnmanagedObject::toString).toList());
        out.put("executionMs", executionMs);
        out.put("sql", sql);
        return JsonText.of(out);
    }

    /**
     * The details Shale does not model of the tables the plan alters (and of the indexes it drops): push cannot
     * tell whether its statements keep them (a type change resets a column's collation, a recreated constraint is
     * no longer DEFERRABLE), so it refuses. A dropped table loses everything and is the data-loss gate's concern.
     */
    private static List<UnmanagedObject> detailsAtRisk(List<UnmanagedObject> unmanaged, MigrationPlan plan) {
        java.util.Set<QualifiedName> altered = new java.util.HashSet<>();
        java.util.Set<QualifiedName> droppedIndexes = new java.util.HashSet<>();
        for (SqlStatement statement : plan.up()) {
            for (TouchedObject touched : TouchedObjects.of(statement.sql())) {
                switch (touched.kind()) {
                    case DROP_COLUMN, ALTER_COLUMN_TYPE, ALTER_TABLE -> altered.add(touched.relation());
                    case DROP_INDEX -> droppedIndexes.add(touched.relation());
                    case DROP_TABLE, DROP_VIEW, DROP_FUNCTION, DROP_TABLE_OBJECT -> {
                    }
                }
            }
        }
        return unmanaged.stream().filter(o -> o.kind() == UnmanagedObject.Kind.DETAIL)
                .filter(o -> altered.contains(o.name()) || droppedIndexes.stream().anyMatch(index ->
                        index.schema().equals(o.name().schema())
                                && o.detail().startsWith("index " + Identifiers.quote(index.name()) + ":")))
                .toList();
    }

    private static void reportUnmanaged(Console console, List<UnmanagedObject> unmanaged) {
        if (!unmanaged.isEmpty()) {
            console.line("Left alone (not modelled by Shale): " + Words.count(unmanaged.size(), "object"));
            unmanaged.forEach(object -> console.line("  " + object));
        }
    }

}
