package dev.shale.reader;

import dev.shale.model.Backfills;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import java.util.Objects;

/**
 * What the schema classes declare: the model, the renames declared with {@code @RenamedFrom} and the backfills
 * declared with {@code @Backfill}.
 */
public record DeclaredSchema(SchemaModel model, RenameHints renames, Backfills backfills) {
    public DeclaredSchema {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(renames, "renames");
        Objects.requireNonNull(backfills, "backfills");
    }

    /** What classes declaring no backfill declare. */
    public DeclaredSchema(SchemaModel model, RenameHints renames) {
        this(model, renames, Backfills.NONE);
    }
}
