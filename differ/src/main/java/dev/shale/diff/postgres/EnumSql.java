package dev.shale.diff.postgres;

import dev.shale.diff.change.AddEnumValue;
import dev.shale.diff.change.EnumUsage;
import dev.shale.diff.change.RecreateEnum;
import dev.shale.diff.change.RenameEnum;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.EnumType;
import dev.shale.model.Identifiers;
import dev.shale.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Enum types: create, drop, rename, add and rename a label, and the type swap that removes or reorders labels. */
final class EnumSql {

    private EnumSql() {
    }

    /** {@code CREATE TYPE public.role AS ENUM ('CLIENT', 'ADMIN')}, then its comment. */
    static List<String> create(EnumType type) {
        List<String> statements = new ArrayList<>();
        statements.add(createStatement(type.name(), type.values()));
        if (type.comment() != null) {
            statements.add(CommentSql.onType(type.name(), type.comment()));
        }
        return statements;
    }

    /** {@code DROP TYPE public.role}. */
    static String drop(QualifiedName type) {
        return "DROP TYPE " + type.sql();
    }

    /** {@code ALTER TYPE ... RENAME TO} or {@code SET SCHEMA}, one per step of the type's path. */
    static List<String> rename(RenameEnum change) {
        return Renames.path("ALTER TYPE ", change.path());
    }

    /** {@code ALTER TYPE public.role RENAME VALUE 'a' TO 'b'}. */
    static String renameValue(QualifiedName type, String from, String to) {
        return "ALTER TYPE " + type.sql() + " RENAME VALUE " + Identifiers.literal(from)
                + " TO " + Identifiers.literal(to);
    }

    /**
     * {@code ALTER TYPE public.role ADD VALUE IF NOT EXISTS 'X' AFTER 'previous'}, or {@code BEFORE 'next'}
     * when it comes first; {@code IF NOT EXISTS} lets a run that failed after committing the value retry.
     */
    static String addValue(AddEnumValue change) {
        List<String> labels = change.to().values();
        int position = labels.indexOf(change.value());
        if (position < 0) {
            throw new IllegalArgumentException(
                    "enum " + change.to().name() + " does not declare the added value " + change.value());
        }
        String statement = "ALTER TYPE " + change.to().name().sql()
                + " ADD VALUE IF NOT EXISTS " + Identifiers.literal(change.value());
        if (position > 0) {
            return statement + " AFTER " + Identifiers.literal(labels.get(position - 1));
        }
        if (labels.size() > 1) {
            return statement + " BEFORE " + Identifiers.literal(labels.get(1));
        }
        return statement;
    }

    /**
     * The type swap: rename the old type away, create the new one, convert each usage through text
     * (its default dropped first and set after, to the usage's new default), drop the old type.
     */
    static List<String> recreate(RecreateEnum change) {
        QualifiedName name = change.to().name();
        QualifiedName old = new QualifiedName(name.schema(), oldName(name.name()));
        List<String> statements = new ArrayList<>();
        statements.add("ALTER TYPE " + name.sql() + " RENAME TO " + Identifiers.quote(old.name()));
        statements.addAll(create(change.to()));
        for (EnumUsage usage : change.usages()) {
            statements.add(convert(usage));
        }
        statements.add(drop(old));
        return statements;
    }

    /** The name the old type is parked under during the swap: {@code role__old}, cut to fit 63 bytes. */
    static String oldName(String name) {
        return Identifiers.objectName(name, null, "_old");
    }

    private static String createStatement(QualifiedName name, List<String> labels) {
        return "CREATE TYPE " + name.sql() + " AS ENUM "
                + labels.stream().map(Identifiers::literal).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String convert(EnumUsage usage) {
        Column column = usage.column();
        ColumnType type = column.type();
        String quoted = Identifiers.quote(column.name());
        String text = "text" + "[]".repeat(type.dimensions());
        List<String> actions = new ArrayList<>();
        if (column.defaultExpression() != null) {
            actions.add("ALTER COLUMN " + quoted + " DROP DEFAULT");
        }
        actions.add("ALTER COLUMN " + quoted + " TYPE " + type.sql()
                + " USING " + quoted + "::" + text + "::" + type.sql());
        if (usage.newDefault() != null) {
            actions.add("ALTER COLUMN " + quoted + " SET DEFAULT " + usage.newDefault());
        }
        return AlterColumnSql.alterTable(usage.table(), actions);
    }
}
