package dev.shale.reader;

import dev.shale.model.Backfills;
import dev.shale.model.Conversions;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the schema classes declare: the model, the renames declared with {@code @RenamedFrom}, the backfills
 * declared with {@code @Backfill}, the type conversions declared with {@code @Using}, and which record class
 * declares each table (for messages).
 */
public record DeclaredSchema(SchemaModel model, RenameHints renames, Backfills backfills, Conversions conversions,
                             Map<QualifiedName, String> tableClasses) {
    public DeclaredSchema {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(renames, "renames");
        Objects.requireNonNull(backfills, "backfills");
        Objects.requireNonNull(conversions, "conversions");
        tableClasses = Map.copyOf(tableClasses);
    }

    /** A schema that declares no type conversion. */
    public DeclaredSchema(SchemaModel model, RenameHints renames, Backfills backfills,
                          Map<QualifiedName, String> tableClasses) {
        this(model, renames, backfills, Conversions.NONE, tableClasses);
    }

    /** A schema that declares no backfill and whose declaring classes are not known. */
    public DeclaredSchema(SchemaModel model, RenameHints renames) {
        this(model, renames, Backfills.NONE, Map.of());
    }

    /** The name of the record class that declares {@code table}, when known. */
    public Optional<String> tableClass(QualifiedName table) {
        return Optional.ofNullable(tableClasses.get(table));
    }
}
