package dev.shale.migrations.runner.sql;

import dev.shale.model.Identifiers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The statements that put back, after a migration, the session settings it changed, so that a {@code SET}
 * (or {@code SET LOCAL}, which would last to the end of a batch's shared transaction) is scoped to its
 * migration: a setting the runner manages ({@code lock_timeout}, {@code statement_timeout},
 * {@code standard_conforming_strings}, {@code TimeZone}, {@code DateStyle}, {@code IntervalStyle},
 * {@code search_path}) is set back to the runner's value, any other is {@code RESET} to the
 * session's default. A {@code RESET} of a setting counts as a change of it; {@code RESET ALL} (and
 * {@code DISCARD ALL}) of every setting the runner manages; {@code SET ROLE} and {@code SET SESSION
 * AUTHORIZATION}, which only a header's {@code shale:allow session-control} lets through, are reset.
 * {@code SET TRANSACTION} and {@code SET CONSTRAINTS} last to the end of the transaction only and need none.
 * The settings a function sets with {@code set_config} are not seen.
 */
final class SettingRestores {

    private SettingRestores() {
    }

    /**
     * The restoring statements for {@code statements}, numbered after them, each on the line of the first
     * statement that changed its setting; {@code runnerValues} maps managed settings (lower case) to their values.
     */
    static List<SqlStatement> of(List<SqlStatement> statements, Map<String, String> runnerValues) {
        Map<String, SqlStatement> changed = new LinkedHashMap<>();
        for (SqlStatement statement : statements) {
            for (String name : settingsChanged(statement, runnerValues)) {
                changed.putIfAbsent(name, statement);
            }
        }
        List<SqlStatement> out = new ArrayList<>();
        int index = statements.size();
        for (Map.Entry<String, SqlStatement> entry : changed.entrySet()) {
            String name = entry.getKey();
            String value = runnerValues.get(name);
            String sql = value != null ? "SET " + name + " TO " + Identifiers.literal(value)
                    : "RESET " + name;
            out.add(new SqlStatement(++index, entry.getValue().line(), sql,
                    List.of(value != null ? "SET" : "RESET", name.toUpperCase(Locale.ROOT))));
        }
        return out;
    }

    /** The settings a statement changes, as {@code RESET} names them ({@code search_path}, {@code role}). */
    private static List<String> settingsChanged(SqlStatement s, Map<String, String> runnerValues) {
        List<String> tokens = s.leadingTokens();
        if (s.startsWith("DISCARD", "ALL")) {
            List<String> all = new ArrayList<>(runnerValues.keySet());
            all.addAll(List.of("role", "session authorization"));
            return all;
        }
        boolean set = s.startsWith("SET");
        if (!set && !s.startsWith("RESET")) {
            return List.of();
        }
        int at = 1;
        if (set && tokens.size() > 2 && (tokens.get(1).equals("SESSION") || tokens.get(1).equals("LOCAL"))
                && !tokens.get(2).equals("AUTHORIZATION") && !tokens.get(2).equals("CHARACTERISTICS")) {
            at = 2;
        }
        if (at >= tokens.size()) {
            return List.of();
        }
        String first = tokens.get(at);
        String next = at + 1 < tokens.size() ? tokens.get(at + 1) : "";
        return switch (first) {
            case "TRANSACTION", "CONSTRAINTS", "CHARACTERISTICS" -> List.of();
            case "ALL" -> set ? List.of() : List.copyOf(runnerValues.keySet());
            case "ROLE" -> List.of("role");
            case "AUTHORIZATION" -> List.of("session authorization");
            case "SESSION" -> next.equals("AUTHORIZATION") ? List.of("session authorization")
                    : next.equals("CHARACTERISTICS") ? List.of() : List.of(name(tokens, at));
            case "TIME" -> next.equals("ZONE") ? List.of("timezone") : List.of(name(tokens, at));
            case "SCHEMA" -> set ? List.of("search_path") : List.of("schema");
            case "NAMES" -> set ? List.of("client_encoding") : List.of("names");
            case "XML" -> next.equals("OPTION") ? List.of("xmloption") : List.of(name(tokens, at));
            default -> List.of(name(tokens, at));
        };
    }

    /** A setting's name from its tokens: {@code search_path}, {@code myapp.tenant}, {@code "Quoted"}. */
    private static String name(List<String> tokens, int at) {
        StringBuilder name = new StringBuilder(part(tokens.get(at)));
        for (int i = at + 1; i + 1 < tokens.size() && tokens.get(i).equals("."); i += 2) {
            name.append('.').append(part(tokens.get(i + 1)));
        }
        return name.toString();
    }

    /** A part of a name: a bare word in lower case; a quoted one as written unless it is a lower-case word. */
    private static String part(String token) {
        if (!token.startsWith("\"")) {
            return token.toLowerCase(Locale.ROOT);
        }
        String inner = token.substring(1, token.length() - 1);
        return inner.matches("[a-z_][a-z0-9_$]*") ? inner : token;
    }
}
