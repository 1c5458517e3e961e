package dev.shale.cli;

import dev.shale.api.RunnerSettings;
import dev.shale.cli.render.MigrationText;
import dev.shale.cli.renames.CombinedRenames;
import dev.shale.cli.renames.RenameOptions;
import dev.shale.cli.source.ResolvedSource;
import dev.shale.cli.source.SchemaSource;
import dev.shale.cli.source.SourceResolver;
import dev.shale.diff.MigrationPlan;
import dev.shale.diff.MigrationPlanner;
import dev.shale.diff.UncastableTypeException;
import dev.shale.diff.postgres.DdlForm;
import dev.shale.diff.drift.SpellingAlignment;
import dev.shale.cli.config.ShaleConfig;
import dev.shale.model.Backfills;
import dev.shale.model.Conversions;
import dev.shale.model.PostgresSpellings;
import dev.shale.model.RenameHints;
import dev.shale.reader.DeclaredSchema;
import dev.shale.model.SchemaModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code shale diff}: the SQL that turns one schema source into another. Reads only. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Print the SQL (up) that turns the schema of --from into the schema of --to. Each is one of: "
                + SchemaSource.FORMS + ". A database is read in the schemas the other side uses (every schema that"
                + " is not PostgreSQL's own when the other side is a database or empty), or in those of --schema."
                + " Refused when a database holds objects Shale does not manage (views, triggers, functions, a"
                + " column collation, a DESC index key, ...), unless --ignore-unmanaged. Nothing is written or"
                + " changed.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  shale diff --from latest --to records",
            "  shale diff --from \"$DATABASE_URL\" --to records --exit-code",
            "  shale diff --from empty --to latest --format json",
            "  shale diff --from \"$STAGING_URL\" --to \"$PROD_URL\" --schema public,billing",
            "  shale diff --from \"$A_URL\" --to \"$B_URL\" --rename-table t=billing.t"
        })
final class DiffCommand implements Callable<Integer> {

    @ParentCommand
    ShaleCommand shale;

    @Mixin
    ProjectOptions project;

    @Option(names = "--from", required = true, paramLabel = "SOURCE",
            description = "The schema to start from: records, latest, empty, VERSION, FILE.json or URL.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "SOURCE",
            description = "The schema to arrive at: records, latest, empty, VERSION, FILE.json or URL.")
    String to;

    @Option(names = "--exit-code",
            description = "Exit with 1 when the sources differ (for scripts), 0 when they match.")
    boolean exitCode;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, or json (its JSON Schema: dev/shale/cli/schemas/diff.schema.json in shale.jar).")
    OutputFormat format;

    @Option(names = "--history-schema", paramLabel = "SCHEMA",
            description = "The schema of shale_migrations, which is left out of a database's schema (default: public).")
    String historySchema;

    @Option(names = "--schema", paramLabel = "SCHEMA", split = ",",
            description = "Read a database side only in this schema (repeatable, or a comma list; default: the schemas"
                    + " the other side uses, every schema that is not PostgreSQL's own when it is a database or empty).")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--ignore-unmanaged",
            description = "Diff even when a database holds objects Shale does not manage (they are left out: at your"
                    + " own risk, the SQL may fail on them or drop them along).")
    boolean ignoreUnmanaged;

    @Option(names = RenameOptions.TABLE, paramLabel = "OLD=NEW",
            description = "Table OLD of --from is NEW of --to: renamed or moved to another schema, rows kept (repeatable;"
                    + " public.invoices=billing.invoices; a name is in public unless qualified; quote mixed case:"
                    + " '\"Billing\".\"Invoice Lines\"').")
    List<String> renameTables = new ArrayList<>();

    @Option(names = RenameOptions.COLUMN, paramLabel = "TABLE.OLD=NEW",
            description = "Column OLD of TABLE (by its name in --to) is now NEW (repeatable; billing.invoices.total=amount).")
    List<String> renameColumns = new ArrayList<>();

    @Option(names = RenameOptions.TYPE, paramLabel = "OLD=NEW",
            description = "Enum type OLD is NEW of --to: renamed or moved (repeatable; public.status=billing.status).")
    List<String> renameTypes = new ArrayList<>();

    @Option(names = RenameOptions.VALUE, paramLabel = "TYPE.OLD=NEW",
            description = "Label OLD of enum TYPE (by its name in --to) is now NEW (repeatable; billing.status.open='Open').")
    List<String> renameValues = new ArrayList<>();

    @Override
    public Integer call() {
        SchemaSource fromSource = SchemaSource.ofOption(from, "--from");
        SchemaSource toSource = SchemaSource.ofOption(to, "--to");
        RenameHints optionRenames = new RenameOptions(renameTables, renameColumns, renameTypes, renameValues).hints();
        requireReadSchemas(optionRenames, fromSource, toSource);
        RunnerSettings settings = historySchema == null ? RunnerSettings.DEFAULTS
                : RunnerSettings.DEFAULTS.withHistorySchema(historySchema);
        SourceResolver resolver = new SourceResolver(() -> project.load(shale.projectDir(), shale.environment()),
                shale.environment(), text -> DatabaseOptions.parseUrl(shale, text, "fix the URL of --from or --to"),
                settings);
        List<ResolvedSource> pair = resolver.resolvePair(fromSource, toSource, schemas, optionRenames);
        List<UnmanagedRefusal.Found> unmanaged = new ArrayList<>();
        pair.get(0).unmanaged().forEach(o -> unmanaged.add(new UnmanagedRefusal.Found(o, "--from")));
        pair.get(1).unmanaged().forEach(o -> unmanaged.add(new UnmanagedRefusal.Found(o, "--to")));
        if (!unmanaged.isEmpty() && !ignoreUnmanaged) {
            throw UnmanagedRefusal.of(unmanaged, "diff", UnmanagedRefusal.DIFF_RISK);
        }
        unmanaged.forEach(f -> shale.console().warn("left out (--ignore-unmanaged):" + f.line().substring(1)));
        RenameHints declared = toSource instanceof SchemaSource.Records ? pair.get(1).renames() : RenameHints.NONE;
        CombinedRenames.requireTargets(optionRenames, pair.get(1).model(), "--to");
        RenameHints renames = optionRenames.equals(RenameHints.NONE) ? declared
                : CombinedRenames.combine(declared, optionRenames);
        Backfills backfills = toSource instanceof SchemaSource.Records ? pair.get(1).backfills() : Backfills.NONE;
        Conversions conversions = toSource instanceof SchemaSource.Records ? pair.get(1).conversions()
                : Conversions.NONE;
        SchemaModel fromModel = pair.get(0).model();
        SchemaModel toModel = pair.get(1).model();
        boolean fromLive = fromSource instanceof SchemaSource.Database;
        if (fromLive != toSource instanceof SchemaSource.Database) {
            // a model from files against a database: spell its expressions as PostgreSQL prints them
            if (fromLive) {
                toModel = SpellingAlignment.align(toModel, fromModel, spellings(pair.get(1)));
            } else {
                fromModel = SpellingAlignment.align(fromModel, toModel, spellings(pair.get(0)));
            }
        }
        DdlForm form = project.load(shale.projectDir(), shale.environment()).ddlForm();
        MigrationPlan plan;
        try {
            plan = fromSource instanceof SchemaSource.LatestSnapshot
                    ? MigrationPlanner.plan(fromModel, toModel, renames, backfills, conversions, form)
                    : MigrationPlanner.planApplyingPresentRenames(fromModel, toModel, renames, backfills, conversions,
                            form);
        } catch (UncastableTypeException e) {
            if (toSource instanceof SchemaSource.Records) {
                throw e;
            }
            // no records declare a conversion here: the change must be written by hand
            throw new CommandException(ExitCode.USAGE, e.getMessage() + "; nothing was written",
                    e.fixWithoutRecords(), e);
        }

        Console console = shale.console();
        if (format == OutputFormat.JSON) {
            console.result(JsonText.of(json(plan, fromSource.label(), toSource.label())));
            return exitCode && !plan.isEmpty() ? ExitCode.FINDINGS : ExitCode.OK;
        }
        if (plan.isEmpty()) {
            console.result("-- No changes: " + fromSource.label() + " and " + toSource.label() + " match.");
            return ExitCode.OK;
        }
        console.result(MigrationText.diff(plan, fromSource.label(), toSource.label()));
        return exitCode ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /**
     * With {@code --schema}, a database side is read in those schemas alone: a rename option naming another schema of a
     * database side could only be refused later as naming nothing, so it is refused now, with the fix.
     */
    private void requireReadSchemas(RenameHints options, SchemaSource fromSource, SchemaSource toSource) {
        if (schemas.isEmpty()) {
            return;
        }
        List<String> needed = new ArrayList<>();
        if (fromSource instanceof SchemaSource.Database) {
            needed.addAll(RenameOptions.schemas(options, true));
        }
        if (toSource instanceof SchemaSource.Database) {
            needed.addAll(RenameOptions.schemas(options, false));
        }
        List<String> missing = needed.stream().filter(n -> !schemas.contains(n)).distinct().sorted().toList();
        if (!missing.isEmpty()) {
            throw new CommandException(ExitCode.USAGE, "the rename options name schema" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing) + ", which --schema leaves out; nothing was read or written",
                    "add " + String.join(",", missing) + " to --schema, or leave --schema out");
        }
    }

    /** The plan as {@code diff.schema.json} describes it. */
    private static java.util.Map<String, Object> json(MigrationPlan plan, String from, String to) {
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("schemaVersion", 1);
        out.put("command", "diff");
        out.put("from", from);
        out.put("to", to);
        out.put("changed", !plan.isEmpty());
        out.put("changes", plan.changes().stream()
                .map(c -> MigrationText.oneLine(dev.shale.diff.postgres.ChangeDescriptions.describe(c))).toList());
        out.put("statements", plan.up().size());
        out.put("hazards", GenerateOutput.hazards(plan.upHazards()));
        out.put("sql", plan.isEmpty() ? "" : MigrationText.diff(plan, from, to));
        return out;
    }

    /** PostgreSQL's spelling of a side's expressions: a snapshot's own, or obtained for the records. */
    private PostgresSpellings spellings(ResolvedSource side) {
        if (!(side.source() instanceof SchemaSource.Records)) {
            return side.spellings();
        }
        ShaleConfig config = project.load(shale.projectDir(), shale.environment());
        return SpellingSource.forRecords(shale, config, new DeclaredSchema(side.model(), side.renames()), "diff");
    }
}
