package dev.shale.diff;

/**
 * A {@code @RenamedFrom} renames an object onto the name of another object that the old schema still has and the
 * new one drops: doing both in one migration would need a drop before the rename, which Shale does not plan, and
 * matching the two by name would lose the renamed object's data. Shale refuses instead.
 */
public final class RenameOntoTakenNameException extends RuntimeException {

    private final String declaredAt;
    private final String kind;
    private final String from;
    private final String to;

    /**
     * @param kind       what is renamed: {@code table}, {@code column}, {@code enum type}, {@code enum value}
     * @param from       the renamed object, as a user reads it ({@code public.order}, {@code "a" of table public.t})
     * @param to         the object that holds the new name
     */
    public RenameOntoTakenNameException(String declaredAt, String annotation, String kind, String from, String to) {
        super(annotation + " renames " + kind + " " + from + " onto the name of " + kind + " " + to
                + ", which the old schema still has and the new schema drops: Shale does not drop and rename in the"
                + " same migration");
        this.declaredAt = declaredAt;
        this.kind = kind;
        this.from = from;
        this.to = to;
    }

    /** Where the rename was declared: {@code com.example.User.content}, or the option as typed. */
    public String declaredAt() {
        return declaredAt;
    }

    /** What to do instead. */
    public String fix() {
        if (dev.shale.model.RenameHints.fromOption(declaredAt)) {
            return "drop the old " + kind + " " + to + " (or rename it away) in a migration of its own first, then"
                    + " diff again with the option; if the rename is done already, remove the option";
        }
        return "drop the old " + kind + " " + to + " (or rename it away) in a migration of its own first, then"
                + " generate the rename of " + from + " in the next migration; if an earlier migration did this rename"
                + " already, remove the stale annotation";
    }
}
