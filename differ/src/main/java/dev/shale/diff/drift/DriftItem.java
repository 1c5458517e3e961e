package dev.shale.diff.drift;

import java.util.Objects;

/**
 * One object on which a live database differs from the snapshot it should match, in a user's words.
 *
 * @param kind       missing from the database, extra in it, or different
 * @param objectType {@code table}, {@code column}, {@code index}, {@code foreign key}, ...
 * @param object     the object's name as messages show it ({@code users.nickname}, {@code users_email_key on users});
 *                   the schema {@code public} is left out
 * @param aspect     what differs for a {@link Kind#CHANGED} object ({@code default}, {@code ON DELETE}, ...),
 *                   else {@code null}
 * @param expected   the snapshot's value or definition, {@code null} when the snapshot has no such object
 * @param actual     the database's value or definition, {@code null} when the database has no such object
 * @param message    the sentence a report prints
 */
public record DriftItem(Kind kind, String objectType, String object, String aspect, String expected, String actual,
        String message) {

    /** How the database differs on the object. */
    public enum Kind {
        /** In the snapshot, not in the database. */
        MISSING,
        /** In the database, not in the snapshot. */
        EXTRA,
        /** In both, different. */
        CHANGED
    }

    public DriftItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(message, "message");
    }

    /** {@code <type> <object> is missing from the database}. */
    static DriftItem missing(String objectType, String object, String definition) {
        return new DriftItem(Kind.MISSING, objectType, object, null, definition, null,
                objectType + " " + object + " is missing from the database");
    }

    /** {@code <type> <object> exists in the database but not in the snapshot}. */
    static DriftItem extra(String objectType, String object, String definition) {
        return new DriftItem(Kind.EXTRA, objectType, object, null, null, definition,
                objectType + " " + object + " exists in the database but not in the snapshot");
    }

    /**
     * {@code default of users.active is false in the database, true in the snapshot} for a column,
     * {@code foreign key x on t: ON DELETE is SET NULL in the database, CASCADE in the snapshot} otherwise.
     */
    static DriftItem changed(String objectType, String object, String aspect, String expected, String actual) {
        String values = " is " + shown(actual) + " in the database, " + shown(expected) + " in the snapshot";
        String message = objectType.equals("column") ? aspect + " of " + object + values
                : objectType + " " + object + ": " + aspect + values;
        return new DriftItem(Kind.CHANGED, objectType, object, aspect, expected, actual, message);
    }

    private static String shown(String value) {
        return value == null ? "none" : value;
    }

    /** The message. */
    @Override
    public String toString() {
        return message;
    }
}
