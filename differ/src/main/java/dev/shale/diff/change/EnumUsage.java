package dev.shale.diff.change;

import dev.shale.model.Column;
import dev.shale.model.QualifiedName;
import java.util.Objects;

/** A column whose type is (an array of) an enum, as it stands when the enum is recreated. */
public record EnumUsage(QualifiedName table, Column column) {
    public EnumUsage {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }
}
