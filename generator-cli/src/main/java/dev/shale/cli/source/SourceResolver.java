package dev.shale.cli.source;

import dev.shale.api.DatabaseUrl;
import dev.shale.api.RunnerSettings;
import dev.shale.api.Shale;
import dev.shale.cli.CommandException;
import dev.shale.cli.ExitCode;
import dev.shale.cli.renames.RenameOptions;
import dev.shale.cli.config.ShaleConfig;
import dev.shale.cli.schema.SchemaLoader;
import dev.shale.migrations.files.MigrationDirectory;
import dev.shale.migrations.introspect.IntrospectionResult;
import dev.shale.model.Backfills;
import dev.shale.model.Conversions;
import dev.shale.model.PostgresSpellings;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.reader.DeclaredSchema;
import dev.shale.snapshot.Snapshot;
import dev.shale.snapshot.SnapshotException;
import dev.shale.snapshot.SnapshotJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads {@link SchemaSource}s into models. A database is read for the schemas the other side of the
 * comparison uses (all user schemas when that side is a database or empty), so a database that holds
 * other applications' schemas compares only where it should; two databases compare in all their user schemas.
 */
public final class SourceResolver {

    private final Supplier<ShaleConfig> config;
    private final Map<String, String> environment;
    private final Function<String, DatabaseUrl> urls;
    private final RunnerSettings settings;

    /**
     * @param config the project's configuration, loaded only when a source needs it
     * @param urls parses a database URL text, registering its password so that no output shows it
     */
    public SourceResolver(Supplier<ShaleConfig> config, Map<String, String> environment,
                          Function<String, DatabaseUrl> urls, RunnerSettings settings) {
        this.config = config;
        this.environment = Map.copyOf(environment);
        this.urls = urls;
        this.settings = settings;
    }

    /** Both sides of a comparison, no schema named: {@link #resolvePair(SchemaSource, SchemaSource, List)}. */
    public List<ResolvedSource> resolvePair(SchemaSource from, SchemaSource to) {
        return resolvePair(from, to, List.of());
    }

    /**
     * Both sides of a comparison. A database is read in {@code schemas} when any are named; otherwise, facing a
     * model, in the schemas that model uses, and facing another database or {@code empty}, in every schema that is
     * not PostgreSQL's own (two databases: the schemas of both, so that a schema only one of them has is compared
     * too).
     */
    public List<ResolvedSource> resolvePair(SchemaSource from, SchemaSource to, List<String> schemas) {
        return resolvePair(from, to, schemas, RenameHints.NONE);
    }

    /**
     * Both sides of a comparison, as {@link #resolvePair(SchemaSource, SchemaSource, List)}; a database facing a model
     * is read in the schemas of the renames too ({@code options}, and the records' own when they are the new side):
     * the old names' schemas on the old side, the new names' on the new side, so that a table moved out of every
     * schema the model uses is still found to move.
     */
    public List<ResolvedSource> resolvePair(SchemaSource from, SchemaSource to, List<String> schemas,
            RenameHints options) {
        ResolvedSource fromModel = from instanceof SchemaSource.Database ? null : resolve(from);
        ResolvedSource toModel = to instanceof SchemaSource.Database ? null : resolve(to);
        if (fromModel == null) {
            List<String> read = schemas;
            if (read.isEmpty()) {
                read = withRenamed(schemasOf(toModel), options, true);
                if (toModel != null && toModel.source() instanceof SchemaSource.Records) {
                    read = withRenamed(read, toModel.renames(), true);
                }
            }
            fromModel = read((SchemaSource.Database) from, read);
        }
        if (toModel == null) {
            toModel = read((SchemaSource.Database) to, !schemas.isEmpty() ? schemas
                    : from instanceof SchemaSource.Database ? List.of()
                    : withRenamed(schemasOf(fromModel), options, false));
        }
        return List.of(fromModel, toModel);
    }

    /** {@code schemas} and those {@code hints} name on their old or new side; empty (every schema) stays empty. */
    private static List<String> withRenamed(List<String> schemas, RenameHints hints, boolean old) {
        if (schemas.isEmpty()) {
            return schemas;
        }
        java.util.TreeSet<String> all = new java.util.TreeSet<>(schemas);
        all.addAll(RenameOptions.schemas(hints, old));
        return List.copyOf(all);
    }

    /** A source that is not a database. */
    public ResolvedSource resolve(SchemaSource source) {
        if (source instanceof SchemaSource.Records) {
            DeclaredSchema declared = new SchemaLoader().load(config.get());
            return new ResolvedSource(source, declared.model(), declared.renames(), declared.backfills(),
                    declared.conversions(), PostgresSpellings.NONE, List.of());
        }
        if (source instanceof SchemaSource.LatestSnapshot) {
            return directory().latestSnapshot().map(s -> snapshot(source, s))
                    .orElseGet(() -> new ResolvedSource(source, SchemaModel.EMPTY, RenameHints.NONE));
        }
        if (source instanceof SchemaSource.SnapshotVersion version) {
            return snapshot(source, snapshotOf(version.version()));
        }
        if (source instanceof SchemaSource.SnapshotFile file) {
            return snapshot(source, readSnapshot(file.file()));
        }
        if (source instanceof SchemaSource.Empty) {
            return new ResolvedSource(source, SchemaModel.EMPTY, RenameHints.NONE);
        }
        throw new IllegalArgumentException("a database is read with read(source, schemas): " + source.label());
    }

    private static ResolvedSource snapshot(SchemaSource source, Snapshot snapshot) {
        return new ResolvedSource(source, snapshot.schema(), RenameHints.NONE, Backfills.NONE,
                snapshot.postgresSpelling());
    }

    /** A live database's {@code schemas} (every user schema when empty). */
    public ResolvedSource read(SchemaSource.Database source, List<String> schemas) {
        DatabaseUrl url = urls.apply(source.url());
        IntrospectionResult read = Shale.introspect(url, schemas, settings);
        return new ResolvedSource(source, read.model(), RenameHints.NONE, Backfills.NONE, Conversions.NONE,
                PostgresSpellings.NONE, read.unmanaged());
    }

    /**
     * The schemas to read a database in, to compare it with {@code side}: those {@code side} uses
     * ({@link SchemaModel#schemasInUse}); none (meaning every user schema) when it is {@code empty} or a database.
     */
    static List<String> schemasOf(ResolvedSource side) {
        if (side == null || side.source() instanceof SchemaSource.Empty) {
            return List.of();
        }
        return side.model().schemasInUse();
    }

    private MigrationDirectory directory() {
        return config.get().migrationDirectory();
    }

    private Snapshot snapshotOf(String version) {
        MigrationDirectory directory = directory();
        return directory.readSnapshots().forVersion(version)
                .map(s -> s.snapshot())
                .orElseThrow(() -> new CommandException(ExitCode.USAGE,
                        "no snapshot of version " + version + " in " + directory.display(directory.snapshotsFolder()),
                        "pass a version listed by shale status, or a snapshot file"));
    }

    private Snapshot readSnapshot(Path file) {
        Path resolved = file.isAbsolute() ? file : config.get().projectDir().resolve(file);
        String shown = file.toString();
        try {
            return SnapshotJson.read(Files.readString(resolved, StandardCharsets.UTF_8), shown);
        } catch (NoSuchFileException e) {
            throw new CommandException(ExitCode.USAGE, "snapshot file " + shown + " does not exist",
                    "pass a file of the snapshots folder, such as snapshots/<version>_<name>.json");
        } catch (IOException e) {
            throw new CommandException(ExitCode.USAGE, "cannot read snapshot file " + shown + ": " + e.getMessage(),
                    "check the file's permissions", e);
        } catch (SnapshotException e) {
            throw new CommandException(ExitCode.USAGE, shown + ": " + e.problem(), e.fix(), e);
        }
    }
}
