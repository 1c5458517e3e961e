package dev.shale.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Matches old and new objects of one kind by name: unchanged ones drop out, changed ones are
 * dropped and added, and an unmatched old and new pair with one definition becomes a rename.
 */
final class NamedMatch {

    /** The same object under a new name. */
    record Renamed<T>(T from, T to) {
    }

    /** What became of the old objects and where the new ones came from, each in input order. */
    record Result<T>(List<T> dropped, List<T> added, List<Renamed<T>> renamed) {
    }

    private NamedMatch() {
    }

    /**
     * @param definition an object's definition apart from its name; equal definitions are the same object
     * @param rebuild    objects that must be dropped and added even when unchanged (never renamed)
     */
    static <T> Result<T> match(List<T> from, List<T> to, Function<T, String> name,
                               Function<T, Object> definition, Predicate<T> rebuild) {
        Map<String, T> toByName = new LinkedHashMap<>();
        to.forEach(t -> toByName.put(name.apply(t), t));
        Map<String, T> fromByName = new LinkedHashMap<>();
        from.forEach(f -> fromByName.put(name.apply(f), f));

        List<T> dropped = new ArrayList<>();
        List<T> added = new ArrayList<>();
        List<Renamed<T>> renamed = new ArrayList<>();
        List<T> unmatchedFrom = new ArrayList<>();
        for (T old : from) {
            T now = toByName.get(name.apply(old));
            if (now == null) {
                unmatchedFrom.add(old);
            } else if (!definition.apply(old).equals(definition.apply(now)) || rebuild.test(old) || rebuild.test(now)) {
                dropped.add(old);
                added.add(now);
            }
        }
        List<T> unmatchedTo = new ArrayList<>(to.stream().filter(t -> !fromByName.containsKey(name.apply(t))).toList());
        for (T old : unmatchedFrom) {
            T partner = rebuild.test(old) ? null : unmatchedTo.stream()
                    .filter(now -> !rebuild.test(now) && definition.apply(old).equals(definition.apply(now)))
                    .findFirst()
                    .orElse(null);
            if (partner == null) {
                dropped.add(old);
            } else {
                unmatchedTo.remove(partner);
                renamed.add(new Renamed<>(old, partner));
            }
        }
        added.addAll(unmatchedTo);
        return new Result<>(dropped, added, renamed);
    }
}
