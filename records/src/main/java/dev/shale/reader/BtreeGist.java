package dev.shale.reader;

import dev.shale.model.ColumnType;
import dev.shale.model.ExclusionConstraint;
import dev.shale.model.ExclusionElement;
import dev.shale.model.IndexMethod;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses an exclusion constraint that compares a plain scalar column in a gist index without the
 * {@code btree_gist} extension declared: PostgreSQL has no gist operator class for {@code bigint}, {@code text},
 * {@code uuid} and the like without it, so the migration would fail ("data type bigint has no default operator
 * class for access method gist"). Only plain columns are checked: an expression's type is PostgreSQL's to know.
 */
final class BtreeGist {

    /** The built-in scalar types btree_gist gives a default gist operator class (Shale's spelling of them). */
    private static final Set<String> SCALARS = Set.of("smallint", "integer", "bigint", "real", "double precision",
            "numeric", "timestamp", "timestamptz", "time", "timetz", "date", "interval", "money", "char", "varchar",
            "text", "bytea", "bit", "varbit", "macaddr", "macaddr8", "inet", "cidr", "uuid", "boolean", "oid");

    private BtreeGist() {
    }

    /** {@code exclusions}, with a problem recorded for each one that needs btree_gist when it is not declared. */
    static List<ExclusionConstraint> checked(Class<?> type, List<ExclusionConstraint> exclusions,
                                             List<ColumnDraft> columns, ExtensionReader extensions, Problems problems) {
        boolean declared = extensions.extensions().stream().anyMatch(e -> e.name().equals("btree_gist"));
        if (declared) {
            return exclusions;
        }
        for (ExclusionConstraint exclusion : exclusions) {
            if (exclusion.method() != IndexMethod.GIST) {
                continue;
            }
            for (ExclusionElement element : exclusion.elements()) {
                Optional<ColumnType> scalar = scalar(element, columns);
                if (scalar.isPresent()) {
                    problems.add(type, null, "has @Exclude " + exclusion.name() + " comparing " + scalar.get().sql()
                            + " column " + element.key().text() + " with " + element.operator()
                            + " in a gist index, which needs the btree_gist extension",
                            "declare @Extension(\"btree_gist\") on a record or in package-info.java");
                    break;
                }
            }
        }
        return exclusions;
    }

    /** The type of the element's column when it is a plain scalar column with no operator class named. */
    private static Optional<ColumnType> scalar(ExclusionElement element, List<ColumnDraft> columns) {
        if (element.key().expression() || element.key().opclass() != null) {
            return Optional.empty();
        }
        return columns.stream().filter(c -> c.name().equals(element.key().text())).findFirst()
                .map(c -> c.column().type())
                .filter(t -> !t.isUserType() && t.dimensions() == 0 && SCALARS.contains(t.name()));
    }
}
