package dev.shale.migrations.introspect;

import dev.shale.model.SchemaModel;
import java.util.List;
import java.util.Objects;

/** What {@link Introspector} read: the model of what Shale manages, and the objects it does not. */
public record IntrospectionResult(SchemaModel model, List<UnmanagedObject> unmanaged) {

    public IntrospectionResult {
        Objects.requireNonNull(model, "model");
        unmanaged = List.copyOf(unmanaged);
    }
}
