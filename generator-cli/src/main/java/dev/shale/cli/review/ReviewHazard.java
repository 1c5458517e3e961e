package dev.shale.cli.review;

import dev.shale.diff.postgres.HazardCode;
import java.util.Objects;

/**
 * One hazard of a migration as the review shows it: the catalog entry (code, severity, kind, the safer
 * alternative), the object it is about and the sentence saying what this migration does to it.
 *
 * @param code    the catalog entry
 * @param object  the table, column, index, constraint or type, as SQL names ({@code public.users.email})
 * @param message what this migration does, in one sentence
 */
public record ReviewHazard(HazardCode code, String object, String message) {

    public ReviewHazard {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(message, "message");
    }
}
