package dev.shale.testing;

import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.Deferrability;
import dev.shale.model.EnumType;
import dev.shale.model.ExclusionConstraint;
import dev.shale.model.ForeignKey;
import dev.shale.model.Identifiers;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.ReplicaIdentity;
import dev.shale.model.SchemaModel;
import dev.shale.model.Sequence;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The plainest DDL that creates a model from nothing, written independently of Shale's renderer: a second
 * opinion for tests, so a database built by the renderer can be compared with one built by this.
 */
public final class ReferenceDdl {

    private ReferenceDdl() {
    }

    /**
     * CREATE SCHEMA, CREATE EXTENSION, CREATE TYPE, CREATE TABLE (collations, keys and checks inline), CREATE INDEX,
     * FKs, comments, sequence owners.
     */
    public static List<String> create(SchemaModel model) {
        List<String> sql = new ArrayList<>();
        model.schemas().forEach(s -> sql.add("CREATE SCHEMA " + Identifiers.quote(s)));
        model.extensions().forEach(e -> sql.add("CREATE EXTENSION " + Identifiers.quote(e.name()) + " SCHEMA "
                + Identifiers.quote(e.schema())
                + (e.version() == null ? "" : " VERSION " + Identifiers.literal(e.version()))));
        for (Sequence s : model.sequences()) {
            sql.add("CREATE SEQUENCE " + s.name().sql() + " AS " + s.dataType() + " INCREMENT BY " + s.increment()
                    + " MINVALUE " + s.min() + " MAXVALUE " + s.max() + " START WITH " + s.start()
                    + " CACHE " + s.cache() + (s.cycle() ? " CYCLE" : " NO CYCLE"));
        }
        for (EnumType type : model.enums()) {
            sql.add("CREATE TYPE " + type.name().sql() + " AS ENUM ("
                    + type.values().stream().map(Identifiers::literal).collect(Collectors.joining(", ")) + ")");
            if (type.comment() != null) {
                sql.add("COMMENT ON TYPE " + type.name().sql() + " IS " + Identifiers.literal(type.comment()));
            }
        }
        for (Table table : model.tables()) {
            List<String> items = new ArrayList<>();
            table.columns().forEach(c -> items.add(column(c)));
            if (table.primaryKey() != null) {
                items.add("CONSTRAINT " + Identifiers.quote(table.primaryKey().name()) + " PRIMARY KEY ("
                        + names(table.primaryKey().columns()) + ")" + keyOptions(table.primaryKey().options())
                        + deferral(table.primaryKey().deferrability()));
            }
            for (UniqueConstraint unique : table.uniques()) {
                items.add("CONSTRAINT " + Identifiers.quote(unique.name()) + " UNIQUE "
                        + (unique.options().nullsNotDistinct() ? "NULLS NOT DISTINCT " : "") + "("
                        + names(unique.columns()) + ")" + keyOptions(unique.options()) + deferral(unique.deferrability()));
            }
            for (ExclusionConstraint exclusion : table.exclusions()) {
                items.add("CONSTRAINT " + Identifiers.quote(exclusion.name()) + " EXCLUDE USING "
                        + exclusion.method().sql() + " (" + exclusion.elements().stream()
                                .map(e -> indexElement(e.key()) + " WITH " + e.operator())
                                .collect(Collectors.joining(", ")) + ")"
                        + (exclusion.include().isEmpty() ? "" : " INCLUDE (" + names(exclusion.include()) + ")")
                        + storage(exclusion.storage())
                        + (exclusion.where() == null ? "" : " WHERE (" + exclusion.where() + ")")
                        + deferral(exclusion.deferrability()));
            }
            List<String> notValid = new ArrayList<>();
            for (CheckConstraint check : table.checks()) {
                String clause = "CONSTRAINT " + Identifiers.quote(check.name()) + " CHECK (" + check.expression() + ")"
                        + (check.noInherit() ? " NO INHERIT" : "");
                if (check.notValid()) {
                    notValid.add("ALTER TABLE " + table.name().sql() + " ADD " + clause + " NOT VALID");
                } else {
                    items.add(clause);
                }
            }
            sql.add("CREATE " + (table.unlogged() ? "UNLOGGED " : "") + "TABLE " + table.name().sql() + " ("
                    + String.join(", ", items) + ")");
            sql.addAll(notValid);
            for (Index index : table.indexes()) {
                sql.add("CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + Identifiers.quote(index.name())
                        + " ON " + table.name().sql() + " USING " + index.method().sql() + " ("
                        + index.keys().stream().map(ReferenceDdl::indexElement).collect(Collectors.joining(", ")) + ")"
                        + (index.include().isEmpty() ? "" : " INCLUDE (" + names(index.include()) + ")")
                        + (index.nullsNotDistinct() ? " NULLS NOT DISTINCT" : "")
                        + storage(index.storage())
                        + (index.where() == null ? "" : " WHERE " + index.where()));
            }
            if (table.replicaIdentity().kind() != ReplicaIdentity.Kind.DEFAULT) {
                sql.add("ALTER TABLE " + table.name().sql() + " REPLICA IDENTITY " + switch (table.replicaIdentity().kind()) {
                    case FULL -> "FULL";
                    case NOTHING -> "NOTHING";
                    default -> "USING INDEX " + Identifiers.quote(table.replicaIdentity().index());
                });
            }
            if (table.comment() != null) {
                sql.add("COMMENT ON TABLE " + table.name().sql() + " IS " + Identifiers.literal(table.comment()));
            }
            for (Column column : table.columns()) {
                if (column.comment() != null) {
                    sql.add("COMMENT ON COLUMN " + table.name().sql() + "." + Identifiers.quote(column.name()) + " IS "
                            + Identifiers.literal(column.comment()));
                }
            }
        }
        for (Sequence s : model.sequences()) {
            if (s.ownedBy() != null) {
                sql.add("ALTER SEQUENCE " + s.name().sql() + " OWNED BY " + s.ownedBy().table().sql() + "."
                        + Identifiers.quote(s.ownedBy().column()));
            }
        }
        for (Table table : model.tables()) {
            for (ForeignKey fk : table.foreignKeys()) {
                sql.add("ALTER TABLE " + table.name().sql() + " ADD CONSTRAINT " + Identifiers.quote(fk.name())
                        + " FOREIGN KEY (" + names(fk.columns()) + ") REFERENCES " + fk.referencedTable().sql()
                        + " (" + names(fk.referencedColumns()) + ") ON DELETE " + fk.onDelete().sql()
                        + " ON UPDATE " + fk.onUpdate().sql() + deferral(fk.deferrability())
                        + (fk.notValid() ? " NOT VALID" : ""));
            }
        }
        return sql;
    }

    private static String deferral(Deferrability deferrability) {
        return switch (deferrability) {
            case NOT_DEFERRABLE -> "";
            case DEFERRABLE -> " DEFERRABLE INITIALLY IMMEDIATE";
            case INITIALLY_DEFERRED -> " DEFERRABLE INITIALLY DEFERRED";
        };
    }

    private static String column(Column c) {
        StringBuilder out = new StringBuilder(Identifiers.quote(c.name()) + " " + c.type().sql());
        if (c.collation() != null) {
            out.append(" COLLATE ").append(c.collation());
        }
        if (c.generatedExpression() != null) {
            out.append(" GENERATED ALWAYS AS (").append(c.generatedExpression()).append(") STORED");
        }
        if (c.identity() != null) {
            out.append(" GENERATED ").append(c.identity().always() ? "ALWAYS" : "BY DEFAULT")
                    .append(" AS IDENTITY (START WITH ").append(c.identity().start())
                    .append(" INCREMENT BY ").append(c.identity().increment())
                    .append(c.identity().minValue() == null ? "" : " MINVALUE " + c.identity().minValue())
                    .append(c.identity().maxValue() == null ? "" : " MAXVALUE " + c.identity().maxValue())
                    .append(" CACHE ").append(c.identity().cache())
                    .append(c.identity().cycle() ? " CYCLE" : " NO CYCLE").append(")");
        }
        if (c.defaultExpression() != null) {
            out.append(" DEFAULT ").append(c.defaultExpression());
        }
        if (!c.nullable()) {
            out.append(" NOT NULL");
        }
        return out.toString();
    }

    private static String names(List<String> columns) {
        return columns.stream().map(Identifiers::quote).collect(Collectors.joining(", "));
    }

    /** An index element as pg_dump writes one: the key, COLLATE, the operator class, ASC/DESC, NULLS. */
    private static String indexElement(IndexKey key) {
        StringBuilder out = new StringBuilder(key.sql());
        if (key.collation() != null) {
            out.append(" COLLATE ").append(key.collation()); // the normal form: the SQL after COLLATE
        }
        if (key.opclass() != null) {
            out.append(' ').append(key.opclass());
        }
        out.append(key.descending() ? " DESC" : "");
        switch (key.nulls()) {
            case FIRST -> out.append(" NULLS FIRST");
            case LAST -> out.append(" NULLS LAST");
            case DEFAULT -> {
            }
        }
        return out.toString();
    }

    /** {@code INCLUDE (...)} and {@code WITH (...)} of a primary key or unique constraint; empty for none. */
    private static String keyOptions(dev.shale.model.KeyOptions options) {
        return (options.include().isEmpty() ? "" : " INCLUDE (" + names(options.include()) + ")")
                + storage(options.storage());
    }

    /** {@code WITH (fillfactor='70')}; empty for no parameters. */
    private static String storage(java.util.Map<String, String> parameters) {
        return parameters.isEmpty() ? "" : " WITH (" + parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + Identifiers.literal(e.getValue())).collect(Collectors.joining(", ")) + ")";
    }
}
