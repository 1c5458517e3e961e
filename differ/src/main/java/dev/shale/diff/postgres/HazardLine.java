package dev.shale.diff.postgres;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One {@code -- shale:hazard <code> <severity> <object>} line of a migration's header:
 * {@code -- shale:hazard drop-column error public.users.nickname}. It informs reviewers and tools; the runner's
 * gates read the {@code shale:hazards} and {@code shale:loses} lines.
 *
 * @param object as {@link HazardObject} writes it
 */
public record HazardLine(HazardCode code, HazardSeverity severity, String object) {
    public HazardLine {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(object, "object");
    }

    /** The text after {@code shale:hazard}, or empty when the object holds a control character. */
    public Optional<String> headerText() {
        if (object.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        return Optional.of(code.code() + " " + severity.code() + " " + object);
    }

    /**
     * Reads the text after {@code shale:hazard}, as {@link #headerText()} writes it.
     *
     * @throws IllegalArgumentException saying what is wrong and how to write it
     */
    public static HazardLine parse(String text) {
        String[] parts = text.strip().split(" +", 3);
        if (parts.length < 3) {
            throw new IllegalArgumentException("write CODE SEVERITY OBJECT, such as drop-column error"
                    + " public.users.nickname");
        }
        HazardCode code = HazardCode.byCode(parts[0]).orElseThrow(() -> new IllegalArgumentException("\""
                + parts[0] + "\" is no hazard code; the codes are " + Arrays.stream(HazardCode.values())
                .map(HazardCode::code).collect(Collectors.joining(", "))));
        HazardSeverity severity = Arrays.stream(HazardSeverity.values()).filter(s -> s.code().equals(parts[1]))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("\"" + parts[1]
                        + "\" is no severity; write error, warning or note"));
        return new HazardLine(code, severity, HazardObject.parse(parts[2]));
    }
}
