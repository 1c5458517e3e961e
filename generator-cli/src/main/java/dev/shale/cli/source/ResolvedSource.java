package dev.shale.cli.source;

import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import java.util.Objects;

/** A schema source read into the model, with the renames it declares (only records declare any). */
public record ResolvedSource(SchemaSource source, SchemaModel model, RenameHints renames) {

    public ResolvedSource {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(renames, "renames");
    }
}
