package dev.shale.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code @RenamedFrom} hints that rename objects onto each other's names in a cycle (a to b and b to a, or a to b, b to
 * c and c to a) while the old and the new schema both hold every one of those names: the swap not done yet and a swap
 * an earlier migration did already look the same, and matching by name would leave each object's data under the
 * other's name. Shale refuses instead of guessing.
 */
public final class RenameSwapException extends RuntimeException {

    private final String kind;
    private final List<String> declaredAt;
    private final List<String> from;
    private final List<String> to;
    private final String where;

    /**
     * @param kind        what is renamed: {@code table}, {@code column}, {@code enum type}, {@code enum value}
     * @param annotations each hint of the cycle as a user wrote it ({@code @RenamedFrom("a") on com.x.B}), in cycle order
     * @param declaredAt  where each hint was declared, in the same order
     * @param from        each hint's old name, in the same order; the next hint renames this one's new name
     * @param to          each hint's new name, in the same order
     * @param where       what holds the names, with a leading space ({@code " of table public.t"}), or empty
     */
    public RenameSwapException(String kind, List<String> annotations, List<String> declaredAt, List<String> from,
            List<String> to, String where) {
        super(String.join(" and ", annotations) + " rename " + kind + "s " + pairs(from, to) + where
                + " onto each other's names, and the old and the new schema both have all of them: Shale cannot tell"
                + " this swap from one an earlier migration did already");
        this.kind = kind;
        this.declaredAt = List.copyOf(declaredAt);
        this.from = List.copyOf(from);
        this.to = List.copyOf(to);
        this.where = where;
    }

    /** Where the hints of the cycle were declared, in cycle order: {@code com.example.User.content}. */
    public List<String> declaredAt() {
        return declaredAt;
    }

    /** What renames, the old names in cycle order. */
    public List<String> from() {
        return from;
    }

    /** What to do instead: the swap through a temporary name, or removing stale annotations. */
    public String fix() {
        String first = from.get(0);
        String temporary = first + "_tmp";
        List<String> second = new ArrayList<>();
        for (int i = 1; i < from.size(); i++) {
            second.add(from.get(i) + " → " + to.get(i));
        }
        return "do the swap through a temporary name over two migrations (" + first + " → " + temporary + ", then "
                + String.join(", ", second) + " and " + temporary + " → " + to.get(0) + where
                + "), or, if an earlier migration already did this swap, remove the stale " + stale();
    }

    /** What kind of object the hints rename. */
    public String kind() {
        return kind;
    }

    /** What declared the hints: annotations, options, or both. */
    private String stale() {
        long options = declaredAt.stream().filter(dev.shale.model.RenameHints::fromOption).count();
        return options == 0 ? "annotations" : options == declaredAt.size() ? "options" : "annotations and options";
    }

    private static String pairs(List<String> from, List<String> to) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            pairs.add(from.get(i) + " to " + to.get(i));
        }
        return pairs.size() == 2 ? pairs.get(0) + " and " + pairs.get(1)
                : String.join(", ", pairs.subList(0, pairs.size() - 1)) + " and " + pairs.get(pairs.size() - 1);
    }
}
