package dev.shale.lint;

import dev.shale.diff.postgres.HazardCode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a file did before the statement being checked: the tables and indexes it created (nothing to protect on
 * them), whether {@code lock_timeout} is set, the constraints it added {@code NOT VALID} (and in which step), and
 * the {@code CHECK (col IS NOT NULL)} constraints it added and validated. Mutable, one per file.
 */
final class FileState {

    final Set<String> createdTables = new HashSet<>();
    final Set<String> createdIndexes = new HashSet<>();
    final Map<String, Integer> notValidStep = new HashMap<>();
    final Map<String, String> notNullChecks = new HashMap<>();
    final Set<String> validatedNotNull = new HashSet<>();
    private boolean lockTimeout;

    /** Follows {@code SET [SESSION | LOCAL] lock_timeout = | TO value} and {@code RESET lock_timeout}. */
    void setting(ParsedStatement parsed) {
        List<SqlTokens.Token> tokens = parsed.tokens();
        int at = 1;
        if (tokens.size() > at && (tokens.get(at).is("SESSION") || tokens.get(at).is("LOCAL"))) {
            at++;
        }
        if (tokens.size() <= at || !tokens.get(at).upper().equals("LOCK_TIMEOUT")) {
            return;
        }
        if (parsed.startsWith("RESET") || tokens.size() <= at + 2) {
            lockTimeout = false;
            return;
        }
        String value = tokens.get(at + 2).text().replace("'", "").strip();
        lockTimeout = !(value.equals("0") || value.equalsIgnoreCase("DEFAULT") || value.isEmpty());
    }

    /** Reports a statement that takes a strong lock while no lock_timeout is set. */
    void strongLock(String object, String what, List<FileRules.Raw> out) {
        if (!lockTimeout) {
            out.add(new FileRules.Raw(HazardCode.LOCK_WITHOUT_TIMEOUT, object, what + " takes a strong lock and no"
                    + " lock_timeout is set before it"));
        }
    }

    /** Reports the findings a column's type gives. */
    static void types(String column, ColumnSpec spec, List<FileRules.Raw> out) {
        for (HazardCode code : spec.typeFindings()) {
            out.add(new FileRules.Raw(code, column, column + " " + spec.type()));
        }
    }
}
