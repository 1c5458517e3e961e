package dev.shale.diff;

import dev.shale.model.Identifiers;
import dev.shale.model.QualifiedName;
import dev.shale.sql.SequenceCalls;
import java.util.Map;

/**
 * A column default calling a sequence ({@code nextval('s'::regclass)}) after the sequence moved to another schema:
 * PostgreSQL keeps the default by OID and prints it with the new name, schema-qualified outside {@code public}.
 */
final class SequenceDefaults {

    private SequenceDefaults() {
    }

    /** {@code expression} with each sequence of {@code moved} (old name to new) spelled by its new name. */
    static String moved(String expression, Map<QualifiedName, QualifiedName> moved) {
        if (expression == null || SequenceCalls.in(expression).stream().noneMatch(moved::containsKey)) {
            return expression;
        }
        String out = expression;
        for (Map.Entry<QualifiedName, QualifiedName> move : moved.entrySet()) {
            String to = regclass(spelled(move.getValue()));
            out = out.replace(regclass(Identifiers.quote(move.getKey().schema()) + "."
                    + Identifiers.quote(move.getKey().name())), to);
            if (move.getKey().schema().equals("public")) {
                out = out.replace(regclass(Identifiers.quote(move.getKey().name())), to);
            }
        }
        return out;
    }

    /** How {@code regclass} prints a sequence: bare in {@code public}, else schema-qualified. */
    private static String spelled(QualifiedName name) {
        return name.schema().equals("public") ? Identifiers.quote(name.name())
                : Identifiers.quote(name.schema()) + "." + Identifiers.quote(name.name());
    }

    private static String regclass(String spelled) {
        return Identifiers.literal(spelled) + "::regclass";
    }
}
