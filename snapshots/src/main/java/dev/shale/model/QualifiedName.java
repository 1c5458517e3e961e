package dev.shale.model;

import java.util.Comparator;
import java.util.Objects;

/** A schema-qualified name of a table or type, such as {@code public.users}. */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {

    private static final Comparator<QualifiedName> ORDER =
            Comparator.comparing(QualifiedName::schema).thenComparing(QualifiedName::name);

    public QualifiedName {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
    }

    /** A name in {@code public}. */
    public static QualifiedName of(String name) {
        return new QualifiedName("public", name);
    }

    /** Parses {@code "name"} (in {@code public}) or {@code "schema.name"}; no quoting is understood. */
    public static QualifiedName parse(String text) {
        int dot = text.indexOf('.');
        return dot < 0 ? of(text) : new QualifiedName(text.substring(0, dot), text.substring(dot + 1));
    }

    /** The name as SQL, each part quoted only when it must be: {@code public.users}. */
    public String sql() {
        return Identifiers.quote(schema) + "." + Identifiers.quote(name);
    }

    @Override
    public int compareTo(QualifiedName other) {
        return ORDER.compare(this, other);
    }

    /** {@code schema.name}, unquoted, for messages. */
    @Override
    public String toString() {
        return schema + "." + name;
    }
}
