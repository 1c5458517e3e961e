package dev.shale.diff.postgres;

/** How much a hazard matters: an error stops a lint run and a gate, a warning is shown, a note informs. */
public enum HazardSeverity {
    /** Loses data, fails on rows or stalls the application: refused unless accepted. */
    ERROR("error"),
    /** Risky on a large or busy table, or for the release still running: shown in every report. */
    WARNING("warning"),
    /** Worth knowing while reviewing, safe as written. */
    NOTE("note");

    private final String code;

    HazardSeverity(String code) {
        this.code = code;
    }

    /** The lower-case word used in headers, JSON and SARIF levels: {@code error}. */
    public String code() {
        return code;
    }
}
