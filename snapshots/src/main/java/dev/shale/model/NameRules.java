package dev.shale.model;

/**
 * Names PostgreSQL would refuse or change: blank names, control characters (NUL cannot be stored at all; the
 * others are accepted in quoted identifiers but are invisible in every listing and message, and no schema needs
 * them), lone UTF-16 surrogates (not characters: Java writes them to UTF-8 as {@code ?}, so the name in the
 * database differs from the declared one and every later comparison sees a change), and the schemas PostgreSQL
 * keeps for itself ({@code information_schema}, {@code pg_*}).
 */
public final class NameRules {

    private NameRules() {
    }

    /** Why PostgreSQL would refuse or change {@code name}, as a phrase ("is empty"), or {@code null} if it keeps it. */
    public static String problem(String name) {
        if (name.isEmpty()) {
            return "is empty";
        }
        if (name.isBlank()) {
            return "is only whitespace";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "has a lone UTF-16 surrogate " + escape(c) + " at character " + (i + 1) + ", which is not a"
                        + " character: it would reach PostgreSQL as ? and differ from the declared name";
            } else if (c == 0) {
                return "has a NUL character (\\u0000) at character " + (i + 1) + ", which PostgreSQL cannot store";
            } else if (Character.isISOControl(c)) {
                return "has the control character " + escape(c) + " at character " + (i + 1) + ", which would be"
                        + " invisible in every listing and message";
            }
        }
        return null;
    }

    /** Like {@link #problem}, and for a schema also the names PostgreSQL reserves for its own schemas. */
    public static String schemaProblem(String schema) {
        String problem = problem(schema);
        if (problem != null) {
            return problem;
        }
        if (schema.startsWith("pg_")) {
            return "starts with pg_, which PostgreSQL reserves for system schemas";
        }
        if (schema.equals("information_schema")) {
            return "is PostgreSQL's own information_schema";
        }
        return null;
    }

    /** {@code name} with control characters and lone surrogates written as Java escapes, for messages. */
    public static String printable(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < name.length()
                    && Character.isLowSurrogate(name.charAt(i + 1));
            if (pair) {
                out.append(c).append(name.charAt(++i));
            } else if (Character.isSurrogate(c) || Character.isISOControl(c)) {
                out.append(escape(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String escape(char c) {
        return String.format("\\u%04X", (int) c);
    }
}
