package dev.shale.reader;

import dev.shale.model.ColumnType;
import dev.shale.sql.EnumLiterals;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that the {@code @Default} of an enum column names labels of its type: {@code 'X'}, {@code 'X'::type}, and
 * for an enum array the array literal {@code '{X,Y}'}. PostgreSQL would accept such a default in {@code CREATE
 * TABLE} only to fail on the first insert, or refuse the migration outright; either way the fix is in the record.
 * Defaults that are other expressions (a function call, {@code ARRAY[...]}) are left to PostgreSQL.
 */
final class EnumDefaults {

    private EnumDefaults() {
    }

    /**
     * Nothing when every label {@code defaultExpression} names is among {@code labels}.
     *
     * @throws InvalidDeclaration naming the first label that is not, the type's labels and the fix
     */
    static void check(String defaultExpression, ColumnType type, List<String> labels) {
        String literal = EnumLiterals.label(defaultExpression);
        if (literal == null) {
            return;
        }
        List<String> named = type.dimensions() == 0 ? List.of(literal) : arrayElements(literal);
        for (String label : named) {
            if (!labels.contains(label)) {
                throw new InvalidDeclaration("has @Default(\"" + defaultExpression + "\"), but '" + label
                        + "' is not a label of the enum type " + type.userTypeName() + " (its labels: "
                        + String.join(", ", labels) + ")", "default to one of its labels, such as @Default(\""
                        + example(type, labels) + "\"), or add " + label + " to the @PgEnum enum");
            }
        }
    }

    /** The unquoted elements of an array literal {@code {A,B}}; none when it is written in a form not read here. */
    private static List<String> arrayElements(String literal) {
        String body = literal.strip();
        if (!body.startsWith("{") || !body.endsWith("}") || body.contains("\"") || body.contains("\\")
                || body.indexOf('{', 1) >= 0) {
            return List.of();
        }
        List<String> elements = new ArrayList<>();
        String inner = body.substring(1, body.length() - 1);
        if (inner.isBlank()) {
            return elements;
        }
        for (String element : inner.split(",", -1)) {
            if (!element.strip().equalsIgnoreCase("null")) {
                elements.add(element.strip());
            }
        }
        return elements;
    }

    private static String example(ColumnType type, List<String> labels) {
        String first = labels.isEmpty() ? "LABEL" : labels.get(0);
        return type.dimensions() == 0 ? "'" + first.replace("'", "''") + "'" : "'{" + first + "}'";
    }
}
