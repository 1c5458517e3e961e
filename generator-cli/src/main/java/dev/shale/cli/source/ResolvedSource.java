package dev.shale.cli.source;

import dev.shale.migrations.introspect.UnmanagedObject;
import dev.shale.model.Backfills;
import dev.shale.model.Conversions;
import dev.shale.model.PostgresSpellings;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import java.util.List;
import java.util.Objects;

/**
 * A schema source read into the model, with the renames, backfills and type conversions it declares (only records
 * declare any), PostgreSQL's spelling of its expressions as far as the source keeps them (only snapshots do), and
 * what a database holds that the model does not describe (only a database holds any).
 */
public record ResolvedSource(SchemaSource source, SchemaModel model, RenameHints renames, Backfills backfills,
        Conversions conversions, PostgresSpellings spellings, List<UnmanagedObject> unmanaged) {

    public ResolvedSource {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(renames, "renames");
        Objects.requireNonNull(backfills, "backfills");
        Objects.requireNonNull(conversions, "conversions");
        Objects.requireNonNull(spellings, "spellings");
        unmanaged = List.copyOf(unmanaged);
    }

    /** A source that declares no type conversion and holds nothing unmanaged (records without @Using, snapshots). */
    public ResolvedSource(SchemaSource source, SchemaModel model, RenameHints renames, Backfills backfills,
            PostgresSpellings spellings) {
        this(source, model, renames, backfills, Conversions.NONE, spellings, List.of());
    }

    /** A source that declares no backfill and keeps no PostgreSQL spelling. */
    public ResolvedSource(SchemaSource source, SchemaModel model, RenameHints renames) {
        this(source, model, renames, Backfills.NONE, PostgresSpellings.NONE);
    }
}
