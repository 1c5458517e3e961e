package dev.shale.lint;

import dev.shale.diff.postgres.HazardCode;
import dev.shale.migrations.runner.sql.SqlScriptException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lints migration files: each file's statements in their steps ({@link MigrationLayout}), each statement parsed
 * ({@link StatementParser}) and checked against the rules ({@link FileRules}), then the {@code -- shale:allow
 * <code> <reason>} comments directly above a statement accept its findings of that code. An allow without a known
 * code and a reason is itself a finding ({@code invalid-allow}), and so is one that accepts nothing
 * ({@code unused-allow}). Pure: the caller reads the files.
 */
public final class Linter {

    /** A file to lint: the name reports show and its text. */
    public record Source(String file, String text) {
    }

    private Linter() {
    }

    /** Lints {@code sources} in order. */
    public static LintReport lint(List<Source> sources) {
        List<LintFinding> findings = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (Source source : sources) {
            files.add(source.file());
            findings.addAll(lintFile(source.file(), source.text()));
        }
        return new LintReport(files, findings);
    }

    /** The findings of one file, in line order. */
    static List<LintFinding> lintFile(String file, String text) {
        List<LintFinding> out = new ArrayList<>();
        MigrationLayout layout;
        try {
            layout = MigrationLayout.read(text);
        } catch (SqlScriptException e) {
            out.add(new LintFinding(HazardCode.UNCHECKED_STATEMENT, file, Math.max(1, e.line()), "file",
                    "the file cannot be split into statements: " + e.getMessage(), null));
            return out;
        }
        for (MigrationLayout.Problem problem : layout.problems()) {
            out.add(new LintFinding(HazardCode.UNCHECKED_STATEMENT, file, problem.line(), "step marker",
                    problem.message(), null));
        }
        FileRules rules = new FileRules();
        for (LintStatement statement : layout.statements()) {
            ParsedStatement parsed = StatementParser.parse(statement.statement().sql());
            List<LintFinding> found = new ArrayList<>();
            for (FileRules.Raw raw : rules.check(statement, parsed)) {
                found.add(new LintFinding(raw.code(), file, statement.statement().line(), raw.object(),
                        raw.message(), null));
            }
            out.addAll(applyAllows(file, statement, found));
        }
        for (AllowComment allow : layout.strayAllows()) {
            out.add(new LintFinding(HazardCode.UNUSED_ALLOW, file, allow.line(), allow.code().isEmpty()
                    ? "shale:allow" : allow.code(), "-- shale:allow " + allow.code() + " stands above no statement",
                    null));
        }
        return out;
    }

    private static List<LintFinding> applyAllows(String file, LintStatement statement, List<LintFinding> found) {
        List<LintFinding> out = new ArrayList<>(found);
        Set<HazardCode> foundCodes = new HashSet<>();
        found.forEach(f -> foundCodes.add(f.code()));
        for (AllowComment allow : statement.allows()) {
            Optional<HazardCode> code = HazardCode.byCode(allow.code());
            if (code.isEmpty() || allow.reason().isEmpty()) {
                out.add(new LintFinding(HazardCode.INVALID_ALLOW, file, allow.line(), allow.code().isEmpty()
                        ? "shale:allow" : allow.code(), code.isEmpty()
                        ? "-- shale:allow names no known code: \"" + allow.code() + "\""
                        : "-- shale:allow " + allow.code() + " gives no reason", null));
                continue;
            }
            if (!foundCodes.contains(code.get())) {
                out.add(new LintFinding(HazardCode.UNUSED_ALLOW, file, allow.line(), allow.code(),
                        "-- shale:allow " + allow.code() + " matches no finding of the statement on line "
                                + statement.statement().line(), null));
                continue;
            }
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).code() == code.get() && !out.get(i).accepted()) {
                    out.set(i, out.get(i).accept(allow.reason()));
                }
            }
        }
        return out;
    }
}
