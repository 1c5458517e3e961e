package dev.shale.reader;

import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the schema classes declare: the model, the renames declared with {@code @RenamedFrom}, and which record
 * class declares each table (for messages).
 */
public record DeclaredSchema(SchemaModel model, RenameHints renames, Map<QualifiedName, String> tableClasses) {
    public DeclaredSchema {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(renames, "renames");
        tableClasses = Map.copyOf(tableClasses);
    }

    /** A schema whose declaring classes are not known. */
    public DeclaredSchema(SchemaModel model, RenameHints renames) {
        this(model, renames, Map.of());
    }

    /** The name of the record class that declares {@code table}, when known. */
    public Optional<String> tableClass(QualifiedName table) {
        return Optional.ofNullable(tableClasses.get(table));
    }
}
