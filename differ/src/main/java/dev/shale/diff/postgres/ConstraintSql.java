package dev.shale.diff.postgres;

import dev.shale.model.CheckConstraint;
import dev.shale.model.Deferrability;
import dev.shale.model.ExclusionConstraint;
import dev.shale.model.ExclusionElement;
import dev.shale.model.ForeignKey;
import dev.shale.model.Identifiers;
import dev.shale.model.KeyOptions;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.ReferentialAction;
import dev.shale.model.UniqueConstraint;
import java.util.List;
import java.util.stream.Collectors;

/** Constraint clauses (as in CREATE TABLE) and the ALTER TABLE statements that add, drop and rename them. */
final class ConstraintSql {

    private ConstraintSql() {
    }

    /** {@code CONSTRAINT users_pkey PRIMARY KEY (id)}, then {@code INCLUDE (...)} and {@code WITH (...)} when set. */
    static String primaryKey(PrimaryKey key) {
        return "CONSTRAINT " + Identifiers.quote(key.name()) + " PRIMARY KEY " + columns(key.columns())
                + indexParameters(key.options()) + deferrable(key.deferrability());
    }

    /**
     * {@code CONSTRAINT users_email_key UNIQUE (email)}: {@code UNIQUE NULLS NOT DISTINCT (email)} when set
     * (PostgreSQL 15 and later), then {@code INCLUDE (...)} and {@code WITH (...)} when set.
     */
    static String unique(UniqueConstraint unique) {
        return "CONSTRAINT " + Identifiers.quote(unique.name()) + " UNIQUE "
                + (unique.options().nullsNotDistinct() ? "NULLS NOT DISTINCT " : "") + columns(unique.columns())
                + indexParameters(unique.options()) + deferrable(unique.deferrability());
    }

    /** The index parameters of a key after its columns: {@code INCLUDE (b)} and {@code WITH (fillfactor = 70)}. */
    static String indexParameters(KeyOptions options) {
        StringBuilder out = new StringBuilder();
        if (!options.include().isEmpty()) {
            out.append(" INCLUDE ").append(columns(options.include()));
        }
        if (!options.storage().isEmpty()) {
            out.append(IndexSql.storage(options.storage()));
        }
        return out.toString();
    }

    /** {@code CONSTRAINT users_age_check CHECK (age >= 0)}, {@code NO INHERIT} where set; NOT VALID is added apart. */
    static String check(CheckConstraint check) {
        return "CONSTRAINT " + Identifiers.quote(check.name()) + " CHECK (" + check.expression() + ")"
                + (check.noInherit() ? " NO INHERIT" : "");
    }

    /** {@code CONSTRAINT n FOREIGN KEY (a) REFERENCES public.u (id) ON DELETE CASCADE}; NO ACTION is left implicit. */
    static String foreignKey(ForeignKey key) {
        StringBuilder out = new StringBuilder("CONSTRAINT ").append(Identifiers.quote(key.name()))
                .append(" FOREIGN KEY ").append(columns(key.columns()))
                .append(" REFERENCES ").append(key.referencedTable().sql())
                .append(' ').append(columns(key.referencedColumns()));
        if (key.onDelete() != ReferentialAction.NO_ACTION) {
            out.append(" ON DELETE ").append(key.onDelete().sql());
        }
        if (key.onUpdate() != ReferentialAction.NO_ACTION) {
            out.append(" ON UPDATE ").append(key.onUpdate().sql());
        }
        return out.append(deferrable(key.deferrability())).toString();
    }

    /**
     * {@code CONSTRAINT n EXCLUDE USING gist (room_id WITH =, during WITH &&) INCLUDE (a) WITH (fillfactor = 70)
     * WHERE (p) DEFERRABLE}: the method always, the options only when set, in the order PostgreSQL takes them.
     */
    static String exclusion(ExclusionConstraint exclusion) {
        StringBuilder out = new StringBuilder("CONSTRAINT ").append(Identifiers.quote(exclusion.name()))
                .append(" EXCLUDE USING ").append(exclusion.method().sql())
                .append(exclusion.elements().stream().map(ExclusionElement::definition)
                        .collect(Collectors.joining(", ", " (", ")")));
        if (!exclusion.include().isEmpty()) {
            out.append(" INCLUDE ").append(columns(exclusion.include()));
        }
        out.append(IndexSql.storage(exclusion.storage()));
        if (exclusion.where() != null) {
            out.append(" WHERE (").append(exclusion.where()).append(')');
        }
        return out.append(deferrable(exclusion.deferrability())).toString();
    }

    /** {@code " DEFERRABLE INITIALLY DEFERRED"}; empty for PostgreSQL's default, NOT DEFERRABLE. */
    static String deferrable(Deferrability deferrability) {
        return deferrability == Deferrability.NOT_DEFERRABLE ? "" : " " + deferrability.sql();
    }

    /** A check or foreign key added NOT VALID stays so; any other is added NOT VALID, then validated. */
    static List<String> addMaybeValidated(QualifiedName table, String name, String clause, boolean notValid) {
        return notValid ? List.of(addNotValid(table, clause)) : addThenValidate(table, name, clause);
    }

    /** {@code ALTER TABLE t ADD CONSTRAINT ...}. */
    static String add(QualifiedName table, String clause) {
        return alterTable(table) + "ADD " + clause;
    }

    /** Adds a constraint {@code NOT VALID}, then validates it: the scan runs without blocking writes. */
    static List<String> addThenValidate(QualifiedName table, String name, String clause) {
        return List.of(addNotValid(table, clause), validate(table, name));
    }

    /** {@code ALTER TABLE t ADD CONSTRAINT ... NOT VALID}: checks new rows only, the lock is brief. */
    static String addNotValid(QualifiedName table, String clause) {
        return add(table, clause) + " NOT VALID";
    }

    /** {@code ALTER TABLE t VALIDATE CONSTRAINT n}: scans the rows under a SHARE UPDATE EXCLUSIVE lock. */
    static String validate(QualifiedName table, String name) {
        return alterTable(table) + "VALIDATE CONSTRAINT " + Identifiers.quote(name);
    }

    /**
     * {@code ALTER TABLE t ADD CONSTRAINT n UNIQUE USING INDEX n} (or {@code PRIMARY KEY}): turns a unique index
     * built before into the constraint without a scan; the index keeps its name, which is the constraint's.
     */
    static String addUsingIndex(QualifiedName table, String name, String kind, Deferrability deferrability) {
        return alterTable(table) + "ADD CONSTRAINT " + Identifiers.quote(name) + " " + kind + " USING INDEX "
                + Identifiers.quote(name) + deferrable(deferrability);
    }

    /** {@code ALTER TABLE t ALTER CONSTRAINT n DEFERRABLE INITIALLY DEFERRED}: PostgreSQL does this for foreign keys. */
    static String alterDeferrability(QualifiedName table, String name, Deferrability deferrability) {
        return alterTable(table) + "ALTER CONSTRAINT " + Identifiers.quote(name) + " " + switch (deferrability) {
            case NOT_DEFERRABLE -> "NOT DEFERRABLE";
            case DEFERRABLE -> "DEFERRABLE INITIALLY IMMEDIATE";
            case INITIALLY_DEFERRED -> "DEFERRABLE INITIALLY DEFERRED";
        };
    }

    /** {@code ALTER TABLE t DROP CONSTRAINT n}. */
    static String drop(QualifiedName table, String name) {
        return alterTable(table) + "DROP CONSTRAINT " + Identifiers.quote(name);
    }

    /** {@code ALTER TABLE t RENAME CONSTRAINT a TO b}. */
    static String rename(QualifiedName table, String from, String to) {
        return alterTable(table) + "RENAME CONSTRAINT " + Identifiers.quote(from) + " TO " + Identifiers.quote(to);
    }

    /** {@code (a, b)}, each name quoted when it must be. */
    static String columns(List<String> names) {
        return names.stream().map(Identifiers::quote).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String alterTable(QualifiedName table) {
        return "ALTER TABLE " + table.sql() + " ";
    }
}
