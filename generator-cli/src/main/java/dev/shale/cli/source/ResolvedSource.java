package dev.shale.cli.source;

import dev.shale.model.Backfills;
import dev.shale.model.Conversions;
import dev.shale.model.PostgresSpellings;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import java.util.Objects;

/**
 * A schema source read into the model, with the renames, backfills and type conversions it declares (only records declare any) and
 * PostgreSQL's spelling of its expressions as far as the source keeps them (only snapshots do).
 */
public record ResolvedSource(SchemaSource source, SchemaModel model, RenameHints renames, Backfills backfills,
        Conversions conversions, PostgresSpellings spellings) {

    public ResolvedSource {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(renames, "renames");
        Objects.requireNonNull(backfills, "backfills");
        Objects.requireNonNull(conversions, "conversions");
        Objects.requireNonNull(spellings, "spellings");
    }

    /** A source that declares no type conversion. */
    public ResolvedSource(SchemaSource source, SchemaModel model, RenameHints renames, Backfills backfills,
                          PostgresSpellings spellings) {
        this(source, model, renames, backfills, Conversions.NONE, spellings);
    }

    /** A source that declares no backfill and keeps no PostgreSQL spelling. */
    public ResolvedSource(SchemaSource source, SchemaModel model, RenameHints renames) {
        this(source, model, renames, Backfills.NONE, PostgresSpellings.NONE);
    }
}
