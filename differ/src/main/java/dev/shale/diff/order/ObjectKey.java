package dev.shale.diff.order;

import dev.shale.model.ColumnType;
import dev.shale.model.QualifiedName;
import java.util.Collection;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A database object as changes see it: its kind and its name at the moment a change runs. {@code schema} and
 * {@code name} name the object itself (a schema, table or type) or the table or type it belongs to; {@code member}
 * names it within that owner (a column, index, constraint or enum label), and is empty for the owners themselves.
 */
public record ObjectKey(Kind kind, String schema, String name, String member) {

    /** The kinds of object the ordering tracks. */
    public enum Kind {
        SCHEMA, TABLE, COLUMN, ENUM, ENUM_VALUE, INDEX, CONSTRAINT,
        /** An extension, by name alone ({@code schema} is empty): a database holds each extension once. */
        EXTENSION,
        /**
         * The objects of the extensions a migration creates or updates ({@code name} "created") or drops ("dropped"),
         * as one: which extension provides a type, operator class or function is the catalog's knowledge, not the
         * model's, so every change that may use one runs after the creations and before the drops.
         */
        EXTENSION_OBJECTS,
        /** The columns of a primary key, unique constraint or unique index, as a set: what a foreign key refers to. */
        UNIQUE_KEY,
        /** A table's being logged (not UNLOGGED): a logged table's foreign key may refer only to a logged table. */
        LOGGED,
        /**
         * A name in a schema's relation namespace ({@code schema}, {@code name}), which indexes (and so primary keys
         * and unique constraints) of every table share: a rename onto a name another rename frees runs after it.
         */
        RELATION_NAME,
        /** A sequence: what a column default calling {@code nextval} on it reads. */
        SEQUENCE
    }

    public ObjectKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(member, "member");
    }

    public static ObjectKey schema(String name) {
        return new ObjectKey(Kind.SCHEMA, name, "", "");
    }

    public static ObjectKey extension(String name) {
        return new ObjectKey(Kind.EXTENSION, "", name, "");
    }

    /** The objects of the extensions the migration creates or updates. */
    public static ObjectKey createdExtensionObjects() {
        return new ObjectKey(Kind.EXTENSION_OBJECTS, "", "created", "");
    }

    /** The objects of the extensions the migration drops. */
    public static ObjectKey droppedExtensionObjects() {
        return new ObjectKey(Kind.EXTENSION_OBJECTS, "", "dropped", "");
    }

    public static ObjectKey table(QualifiedName table) {
        return new ObjectKey(Kind.TABLE, table.schema(), table.name(), "");
    }

    public static ObjectKey column(QualifiedName table, String column) {
        return new ObjectKey(Kind.COLUMN, table.schema(), table.name(), column);
    }

    public static ObjectKey enumType(QualifiedName type) {
        return new ObjectKey(Kind.ENUM, type.schema(), type.name(), "");
    }

    public static ObjectKey sequence(QualifiedName sequence) {
        return new ObjectKey(Kind.SEQUENCE, sequence.schema(), sequence.name(), "");
    }

    public static ObjectKey enumValue(QualifiedName type, String label) {
        return new ObjectKey(Kind.ENUM_VALUE, type.schema(), type.name(), label);
    }

    public static ObjectKey index(QualifiedName table, String index) {
        return new ObjectKey(Kind.INDEX, table.schema(), table.name(), index);
    }

    public static ObjectKey constraint(QualifiedName table, String constraint) {
        return new ObjectKey(Kind.CONSTRAINT, table.schema(), table.name(), constraint);
    }

    /** The unique key over {@code columns} of {@code table}, whatever their order. */
    public static ObjectKey uniqueKey(QualifiedName table, Collection<String> columns) {
        return new ObjectKey(Kind.UNIQUE_KEY, table.schema(), table.name(), String.join(", ", new TreeSet<>(columns)));
    }

    /** That {@code table} is logged, which a logged table's foreign key to it needs. */
    public static ObjectKey logged(QualifiedName table) {
        return new ObjectKey(Kind.LOGGED, table.schema(), table.name(), "");
    }

    /** The name {@code name} among the relations (tables, indexes, sequences) of {@code schema}. */
    public static ObjectKey relationName(String schema, String name) {
        return new ObjectKey(Kind.RELATION_NAME, schema, name, "");
    }

    /** The enum a column of this type depends on, or {@code null} for a built-in type. */
    static ObjectKey typeOf(ColumnType type) {
        return type.isUserType() ? enumType(type.userTypeName()) : null;
    }

    /** Whether this is a column of {@code table}. */
    boolean isColumnOf(String tableSchema, String tableName) {
        return kind == Kind.COLUMN && schema.equals(tableSchema) && name.equals(tableName);
    }

    /** For example {@code column public.users.email} or {@code schema billing}. */
    @Override
    public String toString() {
        String kindName = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        if (kind == Kind.SCHEMA) {
            return kindName + " " + schema;
        }
        if (kind == Kind.EXTENSION) {
            return kindName + " " + name;
        }
        if (kind == Kind.EXTENSION_OBJECTS) {
            return "objects of the extensions " + name;
        }
        String owner = schema + "." + name;
        return kindName + " " + (member.isEmpty() ? owner : kind == Kind.UNIQUE_KEY
                ? owner + " (" + member + ")" : owner + "." + member);
    }
}
