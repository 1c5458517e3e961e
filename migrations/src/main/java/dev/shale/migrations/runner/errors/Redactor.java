package dev.shale.migrations.runner.errors;

import dev.shale.api.DatabaseUrl;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Removes secrets from text before it goes into a message: every known password (4 characters or
 * more, so short ones do not mangle words), as written and percent-encoded, and, whatever the secrets,
 * {@code password=...} parameters and {@code user:password@} parts of URLs.
 */
public final class Redactor {

    /** A redactor that knows no password and only stars URL passwords. */
    public static final Redactor URLS_ONLY = new Redactor(List.of());

    private static final int MIN_SECRET = 4;

    private final List<String> secrets;

    public Redactor(Collection<String> secrets) {
        this.secrets = secrets.stream().filter(s -> s != null && s.length() >= MIN_SECRET)
                .flatMap(s -> Stream.of(s, URLEncoder.encode(s, StandardCharsets.UTF_8),
                        URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"),
                        s.replace("\\", "\\\\").replace("\"", "\\\"")))
                .distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** {@code text} without secrets; null stays null. */
    public String redact(String text) {
        return text == null ? null : DatabaseUrl.redact(redactSecrets(text));
    }

    /** {@code text} without the known secrets, URL patterns left as they are (for exact SQL and reports). */
    public String redactSecrets(String text) {
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, "***");
        }
        return out;
    }
}
