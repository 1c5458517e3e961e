package dev.shale.reader;

import dev.shale.dsl.Table;
import dev.shale.model.ColumnType;
import dev.shale.model.Deferrability;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Resolves declared foreign keys against the tables read: the referenced record must be a schema
 * class, its columns must exist, be as many as the local ones, form its primary key or a unique
 * constraint or index (as PostgreSQL requires), and have comparable types.
 */
final class ForeignKeyResolver {

    private static final Set<String> INTEGERS = Set.of("smallint", "integer", "bigint");
    private static final Set<String> STRINGS = Set.of("text", "varchar", "char");

    private final Map<Class<?>, TableDraft> tables;
    private final Set<Class<?>> schemaClasses;
    private final Problems problems;

    ForeignKeyResolver(Map<Class<?>, TableDraft> tables, Collection<Class<?>> schemaClasses, Problems problems) {
        this.tables = tables;
        this.schemaClasses = new HashSet<>(schemaClasses);
        this.problems = problems;
    }

    /** The resolved foreign keys of {@code table}; those that cannot be resolved are reported and left out. */
    List<ForeignKey> resolve(TableDraft table) {
        List<ForeignKey> resolved = new ArrayList<>();
        for (ForeignKeyDraft fk : table.foreignKeys()) {
            resolve(table, fk).ifPresent(resolved::add);
        }
        return resolved;
    }

    private Optional<ForeignKey> resolve(TableDraft table, ForeignKeyDraft fk) {
        TableDraft target = tables.get(fk.target());
        if (target == null) {
            if (!fk.target().isAnnotationPresent(Table.class)) {
                report(table, fk, "references " + fk.target().getName() + ", which is not annotated @Table, so it "
                        + "declares no table", "annotate " + fk.target().getSimpleName() + " with @Table (it must be "
                        + "a record in a scanned package), or reference a @Table record in @References(table = ...)");
            } else if (!schemaClasses.contains(fk.target())) {
                report(table, fk, "references " + fk.target().getName() + ", which is not among the schema classes",
                        "add " + fk.target().getName() + " to the schema classes (put it in a scanned package), "
                                + "or reference a declared table");
            }
            return Optional.empty();
        }
        List<String> columns = fk.targetColumns();
        if (columns.isEmpty()) {
            if (target.primaryKey() == null) {
                return Optional.empty();
            }
            columns = target.primaryKey().columns();
        }
        List<String> missing = columns.stream().filter(c -> target.column(c).isEmpty()).toList();
        if (!missing.isEmpty()) {
            report(table, fk, "references " + (missing.size() == 1 ? "column " : "columns ") + String.join(", ", missing)
                    + " of " + target.name() + ", which it does not have (its columns: "
                    + String.join(", ", target.columnNames()) + ")", "name columns of " + target.name()
                    + " in @References(columns = ...), or leave columns out to reference its primary key");
            return Optional.empty();
        }
        String referenced = target.name() + " (" + String.join(", ", columns) + ")";
        if (columns.size() != fk.columns().size()) {
            report(table, fk, "has " + count(fk.columns().size()) + " but references " + count(columns.size())
                    + ": " + referenced, "reference as many columns as the foreign key has");
            return Optional.empty();
        }
        if (!table.unlogged() && target.unlogged()) {
            report(table, fk, "references " + target.name() + ", which is UNLOGGED; PostgreSQL lets only an unlogged "
                    + "table reference an unlogged one", "make " + table.type().getName() + " unlogged too "
                    + "(@Table(unlogged = true)), or " + target.type().getName() + " logged");
            return Optional.empty();
        }
        if (!isUnique(target, columns) && deferrableKey(target, columns)) {
            report(table, fk, "references " + referenced + ", whose key is deferrable; PostgreSQL lets a foreign key"
                    + " rely only on a key that is not deferrable", "make that key of " + target.type().getName()
                    + " not deferrable, or reference another key");
            return Optional.empty();
        }
        if (!isUnique(target, columns)) {
            report(table, fk, "references " + referenced + ", which is neither its primary key nor unique; "
                    + "PostgreSQL requires a unique key", "reference the primary key, or declare @Unique on those "
                    + "columns of " + target.type().getName());
            return Optional.empty();
        }
        boolean compatible = true;
        for (int i = 0; i < columns.size(); i++) {
            ColumnDraft local = table.column(fk.columns().get(i)).orElseThrow();
            ColumnDraft remote = target.column(columns.get(i)).orElseThrow();
            if (local.typed() && remote.typed() && !comparable(local.column().type(), remote.column().type())) {
                report(table, fk, "column " + local.name() + " has type " + local.column().type() + ", but the "
                        + "referenced column " + target.name() + "." + remote.name() + " has type "
                        + remote.column().type(), "give " + local.name() + " the type of the referenced column");
                compatible = false;
            }
        }
        return compatible ? Optional.of(new ForeignKey(fk.name(), fk.columns(), target.name(), columns, fk.onDelete(),
                fk.onUpdate(), fk.deferrability(), fk.notValid())) : Optional.empty();
    }

    /** Whether a deferrable primary key or unique constraint has exactly these columns. */
    private static boolean deferrableKey(TableDraft target, List<String> columns) {
        Set<String> wanted = Set.copyOf(columns);
        return target.primaryKey() != null && Set.copyOf(target.primaryKey().columns()).equals(wanted)
                && target.primaryKey().deferrability() != Deferrability.NOT_DEFERRABLE
                || target.uniques().stream().anyMatch(u -> Set.copyOf(u.columns()).equals(wanted)
                        && u.deferrability() != Deferrability.NOT_DEFERRABLE);
    }

    private static boolean isUnique(TableDraft target, List<String> columns) {
        Set<String> wanted = Set.copyOf(columns);
        // PostgreSQL lets a foreign key rely only on a key that is not deferrable
        if (target.primaryKey() != null && Set.copyOf(target.primaryKey().columns()).equals(wanted)
                && target.primaryKey().deferrability() == Deferrability.NOT_DEFERRABLE) {
            return true;
        }
        for (UniqueConstraint unique : target.uniques()) {
            if (Set.copyOf(unique.columns()).equals(wanted) && unique.deferrability() == Deferrability.NOT_DEFERRABLE) {
                return true;
            }
        }
        for (Index index : target.indexes()) {
            if (index.unique() && index.where() == null && index.keys().stream().noneMatch(IndexKey::expression)
                    && index.keys().stream().map(IndexKey::text).collect(Collectors.toSet()).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** Whether PostgreSQL can compare the two types in a foreign key; types Shale does not know pass. */
    static boolean comparable(ColumnType local, ColumnType remote) {
        if (!known(local) || !known(remote)) {
            return true;
        }
        if (local.dimensions() != remote.dimensions()) {
            return false;
        }
        if (local.isUserType() || remote.isUserType()) {
            return local.element().equals(remote.element());
        }
        String a = local.name();
        String b = remote.name();
        return a.equals(b) || INTEGERS.contains(a) && INTEGERS.contains(b) || STRINGS.contains(a) && STRINGS.contains(b);
    }

    private static boolean known(ColumnType type) {
        return type.isUserType() || SqlTypeParser.BUILT_IN.contains(type.name());
    }

    private static String count(int columns) {
        return columns == 1 ? "1 column" : columns + " columns";
    }

    private void report(TableDraft table, ForeignKeyDraft fk, String message, String fix) {
        problems.add(table.type(), fk.component(), message, fix);
    }
}
