package dev.shale.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A column's type. Built-in types have a {@code null} schema and a canonical short name
 * ({@code integer}, {@code varchar}, {@code timestamptz}, ...); user types such as enums carry
 * their schema. {@code modifiers} are the typmod ({@code varchar(255)}, {@code numeric(10,2)});
 * {@code dimensions} counts array brackets.
 */
public record ColumnType(String schema, String name, List<Integer> modifiers, int dimensions) {

    public ColumnType {
        Objects.requireNonNull(name, "name");
        modifiers = List.copyOf(modifiers);
        if (dimensions < 0) {
            throw new IllegalArgumentException("dimensions must not be negative: " + dimensions);
        }
    }

    /** A built-in scalar type without modifiers, such as {@code text}. */
    public static ColumnType builtIn(String name) {
        return new ColumnType(null, name, List.of(), 0);
    }

    /** A built-in scalar type with modifiers, such as {@code varchar(255)}. */
    public static ColumnType builtIn(String name, Integer... modifiers) {
        return new ColumnType(null, name, List.of(modifiers), 0);
    }

    /** A user-defined type, such as an enum. */
    public static ColumnType userType(QualifiedName name) {
        return new ColumnType(name.schema(), name.name(), List.of(), 0);
    }

    /** The array of this type, one dimension more. */
    public ColumnType arrayOf() {
        return new ColumnType(schema, name, modifiers, dimensions + 1);
    }

    /** The same type without array dimensions. */
    public ColumnType element() {
        return new ColumnType(schema, name, modifiers, 0);
    }

    /** Whether this is a user-defined type (an enum). */
    public boolean isUserType() {
        return schema != null;
    }

    /** The qualified name of a user-defined type; fails for built-in types. */
    public QualifiedName userTypeName() {
        if (schema == null) {
            throw new IllegalStateException(name + " is a built-in type");
        }
        return new QualifiedName(schema, name);
    }

    /** The type as SQL: {@code varchar(255)}, {@code numeric(10,2)[]}, {@code public.role}. */
    public String sql() {
        StringBuilder out = new StringBuilder();
        out.append(schema == null ? name : new QualifiedName(schema, name).sql());
        if (!modifiers.isEmpty()) {
            out.append(modifiers.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")")));
        }
        out.append("[]".repeat(dimensions));
        return out.toString();
    }

    @Override
    public String toString() {
        return sql();
    }
}
