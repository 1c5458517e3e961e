package dev.shale.api;

import java.util.Locale;
import java.util.Objects;

/**
 * An object Shale does not manage (a view, a trigger, a function ...) that was created, dropped or changed since the
 * last {@code migrate} or {@code rollback} recorded the unmanaged objects: by hand, or by something other than Shale.
 *
 * @param object the object in words, {@code view public.active_users} or {@code trigger public.audit on users}
 * @param schema the schema it is in
 */
public record UnmanagedChange(Kind kind, String object, String schema) {

    /** What happened to it. */
    public enum Kind {
        /** It exists and was not recorded. */
        CREATED,
        /** It was recorded and no longer exists. */
        DROPPED,
        /** It exists with a definition other than the one recorded. */
        CHANGED
    }

    public UnmanagedChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(schema, "schema");
    }

    /** {@code view public.v was created since the last migrate or rollback}, for messages. */
    public String message() {
        return object + switch (kind) {
            case CREATED -> " was created";
            case DROPPED -> " was dropped";
            case CHANGED -> " was changed (its definition differs from the one recorded)";
        } + " since the last migrate or rollback";
    }

    /** {@code created}, {@code dropped}, {@code changed}. */
    public String verb() {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
