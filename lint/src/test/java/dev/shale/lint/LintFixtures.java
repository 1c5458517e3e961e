package dev.shale.lint;

import dev.shale.diff.postgres.HazardCode;
import java.util.List;

/** Helpers of the lint tests: a file's findings and their codes. */
final class LintFixtures {

    private LintFixtures() {
    }

    /** The findings of one file named {@code m.sql}. */
    static List<LintFinding> findings(String sql) {
        return Linter.lintFile("m.sql", sql);
    }

    /** The codes of the unaccepted findings of one file, in order. */
    static List<String> codes(String sql) {
        return findings(sql).stream().filter(f -> !f.accepted()).map(f -> f.code().code()).toList();
    }

    /** Whether the file has an unaccepted finding of {@code code}. */
    static boolean fires(HazardCode code, String sql) {
        return codes(sql).contains(code.code());
    }
}
