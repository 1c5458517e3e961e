package dev.shale.diff;

import dev.shale.diff.change.AddCheck;
import dev.shale.diff.change.AddExclusion;
import dev.shale.diff.change.AddPrimaryKey;
import dev.shale.diff.change.AddUnique;
import dev.shale.diff.change.Change;
import dev.shale.diff.change.CreateIndex;
import dev.shale.diff.change.DropCheck;
import dev.shale.diff.change.DropExclusion;
import dev.shale.diff.change.DropIndex;
import dev.shale.diff.change.DropPrimaryKey;
import dev.shale.diff.change.DropUnique;
import dev.shale.diff.change.InvalidateConstraint;
import dev.shale.diff.change.RenameConstraint;
import dev.shale.diff.change.RenameIndex;
import dev.shale.diff.change.ValidateConstraint;
import dev.shale.model.CheckConstraint;
import dev.shale.model.ExclusionConstraint;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.KeyOptions;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Diffs a table's primary key, unique, check and exclusion constraints and indexes: by name, with an
 * unmatched pair of one definition renamed. Those involving a replaced column are rebuilt, and so are checks and
 * indexes whose expressions mention a column whose type changes (PostgreSQL would keep them with casts to the old
 * type, {@code (counter)::double precision > (0)::double precision}, unlike the same table created anew) or must be
 * rebuilt around an enum swap ({@link EnumSwaps#mentions}).
 */
final class ConstraintDiffer {

    /** The changes, and the column sets of dropped keys a foreign key may rely on (renamed view). */
    record Result(List<Change> changes, List<Set<String>> droppedKeys) {
    }

    private ConstraintDiffer() {
    }

    /**
     * @param original the table as the old model has it: drops run before renames, so they use its names
     * @param from     the same table in the renamed view, which is what is compared
     * @param replaced columns of this table that are dropped and added back
     * @param swapped  names whose mention in a check or index expression rebuilds it: columns whose type changes,
     *                 and the names an enum swap converts
     */
    static Result diff(Table original, Table from, Table to, Set<String> replaced, Set<String> swapped) {
        QualifiedName table = to.name();
        QualifiedName before = original.name();
        List<Change> changes = new ArrayList<>();
        List<Set<String>> droppedKeys = new ArrayList<>();

        // a key's deferrability and the options of its index (INCLUDE, NULLS NOT DISTINCT, storage parameters) are
        // part of its definition: PostgreSQL alters deferrability in place only for foreign keys, and a changed
        // option drops and adds the key back (foreign keys relying on it follow, through droppedKeys). So does a type
        // change of an INCLUDE column: PostgreSQL rebuilds the key's index itself and refuses while a foreign key
        // relies on it ("cannot drop constraint ... because other objects depend on it")
        NamedMatch.Result<PrimaryKey> keys = NamedMatch.match(optional(from.primaryKey()), optional(to.primaryKey()),
                PrimaryKey::name, pk -> List.of(pk.columns(), pk.deferrability(), pk.options()),
                pk -> mentions(pk.columns(), pk.options(), replaced)
                        || ColumnMentions.inColumns(pk.options().include(), swapped));
        keys.dropped().forEach(pk -> {
            changes.add(new DropPrimaryKey(before, original.primaryKey()));
            droppedKeys.add(Set.copyOf(pk.columns()));
        });
        keys.added().forEach(pk -> changes.add(new AddPrimaryKey(table, pk)));
        renames(table, keys, PrimaryKey::name, changes);

        NamedMatch.Result<UniqueConstraint> uniques = NamedMatch.match(from.uniques(), to.uniques(),
                UniqueConstraint::name, u -> List.of(u.columns(), u.deferrability(), u.options()),
                u -> mentions(u.columns(), u.options(), replaced)
                        || ColumnMentions.inColumns(u.options().include(), swapped));
        uniques.dropped().forEach(u -> {
            changes.add(new DropUnique(before, named(original.uniques(), UniqueConstraint::name, u.name())));
            droppedKeys.add(Set.copyOf(u.columns()));
        });
        uniques.added().forEach(u -> changes.add(new AddUnique(table, u)));
        renames(table, uniques, UniqueConstraint::name, changes);

        // NOT VALID is a state of the check, not its definition: it is validated or made not valid in place
        NamedMatch.Result<CheckConstraint> checks = NamedMatch.match(from.checks(), to.checks(),
                CheckConstraint::name, c -> c.withNotValid(false).withName(""),
                c -> ColumnMentions.inExpression(c.expression(), replaced)
                        || ColumnMentions.inExpression(c.expression(), swapped));
        checks.dropped().forEach(c ->
                changes.add(new DropCheck(before, named(original.checks(), CheckConstraint::name, c.name()))));
        checks.added().forEach(c -> changes.add(new AddCheck(table, c)));
        renames(table, checks, CheckConstraint::name, changes);
        for (CheckConstraint now : to.checks()) {
            CheckConstraint old = kept(checks, from.checks(), now, CheckConstraint::name);
            if (old != null && old.notValid() && !now.notValid()) {
                changes.add(new ValidateConstraint(table, now, null));
            } else if (old != null && !old.notValid() && now.notValid()) {
                changes.add(new InvalidateConstraint(table, now, null));
            }
        }

        // an exclusion constraint is rebuilt around a type change of any column it uses, as its operators and
        // operator classes are chosen for the column's type when it is added
        NamedMatch.Result<ExclusionConstraint> exclusions = NamedMatch.match(from.exclusions(), to.exclusions(),
                ExclusionConstraint::name, x -> x.withName(""),
                x -> ColumnMentions.inExclusion(x, replaced) || ColumnMentions.inExclusion(x, swapped));
        exclusions.dropped().forEach(x -> changes.add(new DropExclusion(before,
                named(original.exclusions(), ExclusionConstraint::name, x.name()))));
        exclusions.added().forEach(x -> changes.add(new AddExclusion(table, x)));
        renames(table, exclusions, ExclusionConstraint::name, changes);

        NamedMatch.Result<Index> indexes = NamedMatch.match(from.indexes(), to.indexes(), Index::name,
                i -> i.toBuilder().name("").build(),
                i -> ColumnMentions.inIndex(i, replaced) || ColumnMentions.inIndexExpressions(i, swapped)
                        || canBackForeignKey(i) && ColumnMentions.inColumns(i.include(), swapped));
        indexes.dropped().forEach(i -> {
            changes.add(new DropIndex(before, named(original.indexes(), Index::name, i.name())));
            if (canBackForeignKey(i)) {
                droppedKeys.add(Set.copyOf(i.keys().stream().map(IndexKey::text).toList()));
            }
        });
        indexes.added().forEach(i -> changes.add(new CreateIndex(table, i)));
        indexes.renamed().forEach(r -> changes.add(new RenameIndex(table, r.from().name(), r.to().name())));
        return new Result(changes, droppedKeys);
    }

    /** Whether a key over {@code columns} with {@code options} names one of {@code replaced}, INCLUDE columns too. */
    private static boolean mentions(List<String> columns, KeyOptions options, Set<String> replaced) {
        return ColumnMentions.inColumns(columns, replaced) || ColumnMentions.inColumns(options.include(), replaced);
    }

    /** A unique, non-partial index on plain columns: PostgreSQL lets a foreign key rely on it. */
    private static boolean canBackForeignKey(Index index) {
        return index.unique() && index.where() == null && index.keys().stream().noneMatch(IndexKey::expression);
    }

    private static <T> void renames(QualifiedName table, NamedMatch.Result<T> result, Function<T, String> name,
                                    List<Change> changes) {
        result.renamed().forEach(r -> changes.add(
                new RenameConstraint(table, name.apply(r.from()), name.apply(r.to()))));
    }

    /**
     * The old object {@code now} continues (same name or renamed to it) without being dropped and added back, or
     * {@code null}.
     */
    static <T> T kept(NamedMatch.Result<T> result, List<T> from, T now, Function<T, String> name) {
        if (result.added().contains(now)) {
            return null;
        }
        for (NamedMatch.Renamed<T> r : result.renamed()) {
            if (r.to().equals(now)) {
                return r.from();
            }
        }
        return from.stream().filter(o -> name.apply(o).equals(name.apply(now))).findFirst().orElse(null);
    }

    /** The object called {@code objectName}: renames never change a constraint's or an index's name. */
    static <T> T named(List<T> objects, Function<T, String> name, String objectName) {
        return objects.stream().filter(o -> name.apply(o).equals(objectName)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + objectName + " in the old model"));
    }

    private static List<PrimaryKey> optional(PrimaryKey key) {
        return key == null ? List.of() : List.of(key);
    }
}
