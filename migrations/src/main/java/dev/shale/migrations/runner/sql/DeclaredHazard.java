package dev.shale.migrations.runner.sql;

import dev.shale.diff.postgres.HazardCode;
import dev.shale.diff.postgres.HazardSeverity;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A header line {@code -- shale:hazard <code> <severity> <object>}: a hazard of the catalog ({@link HazardCode}),
 * its severity and the qualified name of the object it concerns.
 */
public record DeclaredHazard(HazardCode code, HazardSeverity severity, String object) {

    public DeclaredHazard {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(object, "object");
    }

    /**
     * Reads the value of a {@code shale:hazard} line found on line {@code line}.
     *
     * @throws SqlScriptException naming the line when the code or severity is unknown or a part is missing
     */
    static DeclaredHazard parse(String value, int line) {
        String[] parts = value.isEmpty() ? new String[0] : value.split("\\s+", 3);
        String said = "line " + line + " says shale:hazard \"" + value + "\"";
        if (parts.length != 3) {
            throw new SqlScriptException(line, said + "; write -- shale:hazard <code> <severity> <object>");
        }
        HazardCode code = Arrays.stream(HazardCode.values()).filter(c -> c.code().equals(parts[0])).findFirst()
                .orElseThrow(() -> new SqlScriptException(line, said + ", and \"" + parts[0] + "\" is no hazard"
                        + " code; the codes are " + Arrays.stream(HazardCode.values()).map(HazardCode::code)
                        .collect(Collectors.joining(", "))));
        HazardSeverity severity = Arrays.stream(HazardSeverity.values()).filter(s -> s.code().equals(parts[1]))
                .findFirst().orElseThrow(() -> new SqlScriptException(line, said + ", and \"" + parts[1]
                        + "\" is no severity; write error, warning or note"));
        return new DeclaredHazard(code, severity, parts[2]);
    }

    /** The line's value as written: {@code index-not-concurrent error public.orders_created_at_idx}. */
    @Override
    public String toString() {
        return code.code() + " " + severity.code() + " " + object;
    }
}
