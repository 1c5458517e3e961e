package dev.shale.migrations.introspect;

import java.util.Objects;

/**
 * An object Shale does not manage with the md5 of its definition ({@code fingerprints.sql}): two fingerprints of the
 * same object differ when its definition changed (a view's query, a trigger's or a function's definition, a policy's
 * expressions), and only then.
 */
public record UnmanagedFingerprint(UnmanagedObject object, String definitionMd5) {

    public UnmanagedFingerprint {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(definitionMd5, "definitionMd5");
        if (object.kind() == UnmanagedObject.Kind.DETAIL) {
            throw new IllegalArgumentException("a detail of a table has no fingerprint: " + object);
        }
    }

    /** The object's identity in words ({@code trigger public.audit on users}): what two fingerprints are matched by. */
    public String key() {
        return object.toString();
    }
}
