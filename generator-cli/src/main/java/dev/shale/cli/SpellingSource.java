package dev.shale.cli;

import dev.shale.api.DatabaseException;
import dev.shale.api.DatabaseUrl;
import dev.shale.api.RunnerSettings;
import dev.shale.api.Shale;
import dev.shale.api.SpellingException;
import dev.shale.api.SpellingResult;
import dev.shale.cli.config.ShaleConfig;
import dev.shale.migrations.spelling.ScratchDatabase;
import dev.shale.model.ExpressionSite;
import dev.shale.model.PostgresSpellings;
import dev.shale.model.SchemaModel;
import dev.shale.reader.DeclaredSchema;
import dev.shale.snapshot.Snapshot;
import java.util.Optional;

/**
 * Obtains PostgreSQL's spelling of the schema records' expressions: the model is built, in a transaction rolled
 * back, in the scratch database the configuration names ({@code database.spellingUrl} or
 * {@code SHALE_SPELLING_DATABASE_URL}: an empty database), else in a throwaway database on the development server
 * ({@code database.devUrl} or {@code SHALE_DEV_DATABASE_URL}), else in an embedded PostgreSQL started once per
 * process. Expressions PostgreSQL refuses stop the command (exit 2), naming the class, the annotation and what
 * PostgreSQL said. What uses an object the scratch database lacks (an extension's type, a function a hand-written
 * migration creates) is reported as a warning, and its expressions keep no spelling.
 */
final class SpellingSource {

    private static final String FIX_URL = "fix SHALE_SPELLING_DATABASE_URL or database.spellingUrl in shale.yaml"
            + " (an empty database), or SHALE_DEV_DATABASE_URL or database.devUrl";

    private SpellingSource() {
    }

    /** The spellings of {@code declared}'s expressions; {@code what} names the command's work in messages. */
    static PostgresSpellings of(ShaleCommand shale, ShaleConfig config, DeclaredSchema declared, String what) {
        SchemaModel model = declared.model();
        if (PostgresSpellings.sites(model).isEmpty()) {
            return PostgresSpellings.NONE;
        }
        DatabaseUrl spelling = url(shale, config.spellingDatabaseUrl());
        DatabaseUrl dev = url(shale, config.devDatabaseUrl());
        RunnerSettings settings = RunnerSettings.DEFAULTS;
        try {
            SpellingResult result = Shale.spell(ScratchDatabase.of(spelling, dev, settings), model, settings);
            if (!result.notBuilt().isEmpty()) {
                StringBuilder warning = new StringBuilder(what + ": PostgreSQL's spelling of some expressions could"
                        + " not be obtained, since the scratch database lacks objects the schema uses (drift compares"
                        + " those expressions by heuristics; point database.spellingUrl or SHALE_SPELLING_DATABASE_URL"
                        + " at an empty database that has them, such as the schema's extensions):");
                result.notBuilt().forEach(line -> warning.append("\n  ").append(line));
                shale.console().warn(warning.toString());
            }
            return result.spellings();
        } catch (DatabaseException e) {
            throw new CommandException(ExitCode.DATABASE, what + " stopped, nothing was written: it builds the schema"
                    + " in a scratch database to read PostgreSQL's spelling of its expressions, and " + e.getMessage(),
                    "set SHALE_SPELLING_DATABASE_URL (or database.spellingUrl in shale.yaml) to an empty database, or"
                            + " SHALE_DEV_DATABASE_URL (or database.devUrl) to a server where Shale may create one", e);
        } catch (SpellingException e) {
            String state = e.error().sqlState();
            if ("42P07".equals(state) || "42710".equals(state) || "42P06".equals(state)) {
                throw new CommandException(ExitCode.USAGE, what + " stopped, nothing was written: the spelling"
                        + " database already holds an object of the schema (" + e.error().message() + "), but Shale"
                        + " builds the whole schema there to read PostgreSQL's spelling of its expressions",
                        "point SHALE_SPELLING_DATABASE_URL or database.spellingUrl at an empty database (not the"
                                + " development database), or leave it unset for an embedded PostgreSQL", e);
            }
            Optional<ExpressionSite> site = e.site();
            String where = site.map(s -> declared.tableClass(s.table()).map(c -> c + ": ").orElse("")
                    + "the " + s.describe()).orElse("the statement " + e.statement());
            throw new CommandException(ExitCode.USAGE, what + " stopped, nothing was written: PostgreSQL refused "
                    + where + ": " + e.error().message()
                    + e.error().hintIfAny().map(h -> " (hint: " + h + ")").orElse(""),
                    site.map(s -> "fix the SQL of " + s.kind().annotation() + " so that PostgreSQL accepts it")
                            .orElse("fix the declaration PostgreSQL refuses (a @Column(type), an expression)"), e);
        }
    }

    /**
     * The spellings of the records' expressions for a comparison with a live database: the latest snapshot's when
     * it knows every one of them (the records were generated), else obtained as {@link #of} does.
     */
    static PostgresSpellings forRecords(ShaleCommand shale, ShaleConfig config, DeclaredSchema declared, String what) {
        Optional<PostgresSpellings> latest;
        try {
            latest = config.migrationDirectory().latestSnapshot().map(Snapshot::postgresSpelling);
        } catch (RuntimeException e) {
            latest = Optional.empty(); // no readable snapshot: obtain them
        }
        if (latest.isPresent() && latest.get().covers(declared.model())) {
            return latest.get();
        }
        return of(shale, config, declared, what);
    }

    private static DatabaseUrl url(ShaleCommand shale, String text) {
        return text == null || text.isBlank() ? null : DatabaseOptions.parseUrl(shale, text, FIX_URL);
    }
}
