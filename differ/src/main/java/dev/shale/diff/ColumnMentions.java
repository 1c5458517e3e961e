package dev.shale.diff;

import dev.shale.model.ExclusionConstraint;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import java.util.Collection;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a key, an index or a SQL expression involves any of some columns. Expressions are
 * searched for the column as a whole identifier, so a false "yes" is possible and a false "no" is not.
 */
public final class ColumnMentions {

    private ColumnMentions() {
    }

    public static boolean inColumns(Collection<String> columns, Set<String> names) {
        return columns.stream().anyMatch(names::contains);
    }

    public static boolean inExpression(String sql, Set<String> names) {
        return sql != null && names.stream().anyMatch(name -> mentions(sql, name));
    }

    public static boolean inIndex(Index index, Set<String> names) {
        for (IndexKey key : index.keys()) {
            if (key.expression() ? inExpression(key.text(), names) : names.contains(key.text())) {
                return true;
            }
        }
        return inColumns(index.include(), names) || inExpression(index.where(), names);
    }

    /** Whether the exclusion constraint's elements, INCLUDE columns or predicate involve any of {@code names}. */
    public static boolean inExclusion(ExclusionConstraint exclusion, Set<String> names) {
        for (IndexKey key : exclusion.keys()) {
            if (key.expression() ? inExpression(key.text(), names) : names.contains(key.text())) {
                return true;
            }
        }
        return inColumns(exclusion.include(), names) || inExpression(exclusion.where(), names);
    }

    /** Whether the index's expression keys or predicate mention any of {@code names}; its plain columns do not count. */
    public static boolean inIndexExpressions(Index index, Set<String> names) {
        for (IndexKey key : index.keys()) {
            if (key.expression() && inExpression(key.text(), names)) {
                return true;
            }
        }
        return inExpression(index.where(), names);
    }

    private static boolean mentions(String sql, String name) {
        String bare = "(?<![\\w$\"])" + Pattern.quote(name) + "(?![\\w$\"])";
        String quoted = Pattern.quote('"' + name.replace("\"", "\"\"") + '"');
        return Pattern.compile(bare + "|" + quoted, Pattern.CASE_INSENSITIVE).matcher(sql).find();
    }
}
