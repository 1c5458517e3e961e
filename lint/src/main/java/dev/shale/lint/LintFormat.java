package dev.shale.lint;

/** How {@code shale lint} prints its report. */
public enum LintFormat {
    /** One line per finding with why and the alternative, for people. */
    TEXT,
    /** The shape of {@code lint-report.schema.json}, for scripts and CI. */
    JSON,
    /** A table for pull-request comments. */
    MARKDOWN,
    /** SARIF 2.1.0, for code-scanning UIs. */
    SARIF
}
