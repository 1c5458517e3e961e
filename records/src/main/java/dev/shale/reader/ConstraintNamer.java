package dev.shale.reader;

import dev.shale.model.CheckConstraint;
import dev.shale.model.ExclusionConstraint;
import dev.shale.model.Index;
import dev.shale.model.PrimaryKey;
import dev.shale.model.UniqueConstraint;
import dev.shale.reader.ConstraintReader.CheckDecl;
import dev.shale.reader.ConstraintReader.Declarations;
import dev.shale.reader.ConstraintReader.IndexDecl;
import dev.shale.reader.ConstraintReader.KeyDecl;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Names one table's constraints and indexes: an explicit name wins, otherwise PostgreSQL's default.
 * Checks and foreign keys, whose names need only be unique within their table, are numbered on a
 * clash as PostgreSQL numbers them ({@code _check1}, {@code _check2}, in declaration order: column
 * checks by column, the Bean Validation check of a column before its {@code @Check}s, then the
 * type's checks). Primary keys, unique and exclusion constraints and indexes share the schema's relation
 * namespace, where a number would depend on creation order, so a clash there is reported instead.
 */
final class ConstraintNamer {

    /** One table's named constraints and indexes, and every name it uses. */
    record Named(PrimaryKey primaryKey, List<UniqueConstraint> uniques, List<CheckConstraint> checks,
                 List<ForeignKeyDraft> foreignKeys, List<Index> indexes, List<ExclusionConstraint> exclusions,
                 List<DeclaredName> names) {
    }

    private ConstraintNamer() {
    }

    /** Names the declarations of table {@code table} (its unqualified name). */
    static Named name(String table, Declarations declared) {
        List<DeclaredName> names = new ArrayList<>();
        PrimaryKey primaryKey = null;
        KeyDecl key = declared.primaryKey();
        if (key != null) {
            primaryKey = new PrimaryKey(pick(key.name(), () -> ConstraintNames.primaryKey(table)), key.columns(),
                    key.deferrability(), key.options());
            names.add(new DeclaredName(primaryKey.name(), "primary key", key.component(), key.name() == null));
        }
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (KeyDecl unique : declared.uniques()) {
            String name = pick(unique.name(), () -> ConstraintNames.unique(table, unique.columns()));
            uniques.add(new UniqueConstraint(name, unique.columns(), unique.deferrability(), unique.options()));
            names.add(new DeclaredName(name, "unique constraint", unique.component(), unique.name() == null));
        }
        Set<String> taken = new HashSet<>();
        names.forEach(n -> taken.add(n.name()));
        declared.checks().stream().filter(c -> c.name() != null).forEach(c -> taken.add(c.name()));
        declared.foreignKeys().stream().filter(f -> f.name() != null).forEach(f -> taken.add(f.name()));
        List<CheckConstraint> checks = new ArrayList<>();
        for (CheckDecl check : declared.checks()) {
            String name = check.name() != null ? check.name()
                    : numbered(taken, n -> ConstraintNames.check(table, check.column(), n));
            checks.add(new CheckConstraint(name, check.expression(), check.notValid(), check.noInherit()));
            names.add(new DeclaredName(name, "check constraint", check.component(), check.name() == null));
        }
        List<ForeignKeyDraft> foreignKeys = new ArrayList<>();
        for (ForeignKeyDraft fk : declared.foreignKeys()) {
            String name = fk.name() != null ? fk.name()
                    : numbered(taken, n -> ConstraintNames.foreignKey(table, fk.columns(), n));
            foreignKeys.add(new ForeignKeyDraft(name, fk.columns(), fk.target(), fk.targetColumns(), fk.onDelete(),
                    fk.onUpdate(), fk.deferrability(), fk.notValid(), fk.component()));
            names.add(new DeclaredName(name, "foreign key", fk.component(), fk.name() == null));
        }
        List<Index> indexes = new ArrayList<>();
        for (IndexDecl index : declared.indexes()) {
            String name = pick(index.name(), () -> ConstraintNames.index(table, index.keys()));
            indexes.add(new Index(name, index.keys(), index.unique(), index.method(), index.where(), index.include(),
                    index.nullsNotDistinct(), index.storage()));
            names.add(new DeclaredName(name, "index", index.component(), index.name() == null));
        }
        List<ExclusionConstraint> exclusions = new ArrayList<>();
        for (ConstraintReader.ExclusionDecl exclusion : declared.exclusions()) {
            ExclusionConstraint.Builder draft = exclusion.exclusion();
            String name = pick(exclusion.name(), () -> ConstraintNames.exclusion(table, draft.build().keys()));
            exclusions.add(draft.name(name).build());
            names.add(new DeclaredName(name, "exclusion constraint", null, exclusion.name() == null));
        }
        return new Named(primaryKey, uniques, checks, foreignKeys, indexes, exclusions, names);
    }

    private static String pick(String explicit, java.util.function.Supplier<String> generated) {
        return explicit != null ? explicit : generated.get();
    }

    private static String numbered(Set<String> taken, IntFunction<String> candidate) {
        for (int n = 0; ; n++) {
            String name = candidate.apply(n);
            if (taken.add(name)) {
                return name;
            }
        }
    }
}
