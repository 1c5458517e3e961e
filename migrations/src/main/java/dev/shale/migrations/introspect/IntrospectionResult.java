package dev.shale.migrations.introspect;

import dev.shale.model.SchemaModel;
import java.util.List;
import java.util.Objects;

/**
 * What {@link Introspector} read: the model of what Shale manages, the objects it does not, and the indexes and
 * constraints of the model that PostgreSQL holds as not valid (the model, like a snapshot, has no such state).
 */
public record IntrospectionResult(SchemaModel model, List<UnmanagedObject> unmanaged, List<InvalidObject> invalid) {

    public IntrospectionResult {
        Objects.requireNonNull(model, "model");
        unmanaged = List.copyOf(unmanaged);
        invalid = List.copyOf(invalid);
    }
}
