package dev.shale.migrations.runner.errors;

import dev.shale.api.DatabaseUrl;
import java.util.Collection;
import java.util.List;

/**
 * Removes secrets from text before it goes into a message: every known password (4 characters or
 * more, so short ones do not mangle words) and, whatever the secrets, {@code password=...} parameters
 * and {@code user:password@} parts of URLs.
 */
public final class Redactor {

    /** A redactor that knows no password and only stars URL passwords. */
    public static final Redactor URLS_ONLY = new Redactor(List.of());

    private static final int MIN_SECRET = 4;

    private final List<String> secrets;

    public Redactor(Collection<String> secrets) {
        this.secrets = secrets.stream().filter(s -> s != null && s.length() >= MIN_SECRET).distinct().toList();
    }

    /** {@code text} without secrets; null stays null. */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, "***");
        }
        return DatabaseUrl.redact(out);
    }
}
