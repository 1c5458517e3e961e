package dev.shale.diff.postgres;

import dev.shale.model.Identifiers;
import dev.shale.model.QualifiedName;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The object a hazard is about, as SQL names joined by dots, each quoted only when it must be: a table
 * {@code public.users}, a column or constraint {@code public.users.email} (schema, table, member), an index
 * {@code public.users_email_idx} (indexes are named in their schema), an enum type {@code public.role}.
 */
public final class HazardObject {

    private HazardObject() {
    }

    /** A table, or a type: {@code public.users}. */
    public static String of(QualifiedName name) {
        return name.sql();
    }

    /** A column or a constraint of {@code table}: {@code public.users.email}. */
    public static String member(QualifiedName table, String member) {
        return table.sql() + "." + Identifiers.quote(member);
    }

    /** An index, in the schema of its table: {@code public.users_email_idx}. */
    public static String index(QualifiedName table, String index) {
        return Identifiers.quote(table.schema()) + "." + Identifiers.quote(index);
    }

    /**
     * Reads an object as {@link #member} and the others write it: one to three dotted SQL names.
     *
     * @throws IllegalArgumentException saying how to write it
     */
    public static String parse(String text) {
        HeaderReader reader = new HeaderReader(text);
        List<String> names = reader.names();
        reader.requireEnd();
        if (names.size() > 3) {
            throw new IllegalArgumentException("an object is SCHEMA.TABLE or SCHEMA.TABLE.MEMBER, not " + names.size()
                    + " names");
        }
        return names.stream().map(Identifiers::quote).collect(Collectors.joining("."));
    }
}
