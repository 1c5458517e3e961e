package dev.shale.reader;

import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import java.util.Objects;

/** What the schema classes declare: the model and the renames declared with {@code @RenamedFrom}. */
public record DeclaredSchema(SchemaModel model, RenameHints renames) {
    public DeclaredSchema {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(renames, "renames");
    }
}
