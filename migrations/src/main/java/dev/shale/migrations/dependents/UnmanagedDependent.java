package dev.shale.migrations.dependents;

import java.util.Objects;

/**
 * An object Shale does not manage that depends on a table or column a migration drops or changes the type of:
 * {@code dependent} in words ({@code view public.active_users}), what the migration does to what it depends on,
 * and whether PostgreSQL drops it along ({@code droppedWithIt}: a trigger, policy or rule of a dropped table, an
 * owned sequence) rather than refusing the statement.
 */
public record UnmanagedDependent(String dependent, TouchedObject touched, String file, boolean droppedWithIt) {

    public UnmanagedDependent {
        Objects.requireNonNull(dependent, "dependent");
        Objects.requireNonNull(touched, "touched");
        Objects.requireNonNull(file, "file");
    }

    /** The warning sentence: what will fail (or be dropped) and what to do. */
    public String warning() {
        String what = dependent + " depends on " + touched.describe() + ", which " + file + " " + touched.verb();
        if (droppedWithIt) {
            return what + ": PostgreSQL drops the " + kindWord() + " with it, and Shale will not create it again;"
                    + " if it is still wanted, create it again in a migration";
        }
        if (touched.kind() == TouchedObject.Kind.ALTER_COLUMN_TYPE) {
            return what + ": the migration will fail (PostgreSQL does not change the type of a column that a view,"
                    + " rule, trigger, policy or function uses); drop the " + kindWord() + " before the change and"
                    + " create it again after it, in the migration";
        }
        return what + ": the migration will fail (PostgreSQL does not drop what other objects depend on); drop or"
                + " change the " + kindWord() + " first, in the migration";
    }

    /** {@code view}, {@code trigger}, {@code materialized view}: the words of {@link #dependent} before its name. */
    private String kindWord() {
        for (String twoWords : new String[] {"materialized view", "statistics object"}) {
            if (dependent.startsWith(twoWords + " ")) {
                return twoWords;
            }
        }
        int space = dependent.indexOf(' ');
        return space < 0 ? dependent : dependent.substring(0, space);
    }
}
