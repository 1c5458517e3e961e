package dev.shale.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and stars passwords in the text of URLs that may not even parse. The rules over-redact rather
 * than leak: a {@code password=} parameter (any case, its name percent-encoded or not) runs to the next
 * {@code &} or the end of the line, and the password of a {@code scheme://user:password@host} part runs
 * from the first {@code :} after the user name to the last {@code @} of the line (before any next
 * {@code ://}), since a password
 * written without percent-encoding may itself hold {@code /}, {@code @}, {@code #} or spaces.
 */
final class UrlSecrets {

    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(" + encodedEither("password")
            + "(?:=|%3d))[^&\\r\\n]*");
    private static final Pattern USER_INFO = Pattern.compile("(://[^/:@\\s]*:)(?:(?!://).)*@");
    /** Characters a URI's user name or password must percent-encode, and a {@code %} not starting an escape. */
    private static final Pattern UNENCODED = Pattern.compile("[/?#@\\[\\]\\s\"<>\\\\^`{|}]|%(?![0-9A-Fa-f]{2})");

    private UrlSecrets() {
    }

    /** {@code text} with {@code password=...} parameters and {@code user:password@} parts starred. */
    static String redact(String text) {
        String out = PASSWORD_PARAMETER.matcher(text).replaceAll("$1***");
        return USER_INFO.matcher(out).replaceAll("$1***@");
    }

    /**
     * Every text in {@code url} that may be a password, as written and percent-decoded: the values of
     * {@code password=} parameters and the password part of {@code user:password@}.
     */
    static List<String> secretsIn(String url) {
        Set<String> secrets = new LinkedHashSet<>();
        Matcher parameter = PASSWORD_PARAMETER.matcher(url);
        while (parameter.find()) {
            addForms(secrets, parameter.group().substring(parameter.group(1).length()));
        }
        for (String line : url.split("\\R")) {
            int scheme = line.indexOf("://");
            int at = line.lastIndexOf('@');
            if (scheme >= 0 && at > scheme) {
                String info = line.substring(scheme + 3, at);
                int colon = info.indexOf(':');
                if (colon >= 0) {
                    addForms(secrets, info.substring(colon + 1));
                }
            }
        }
        return List.copyOf(secrets);
    }

    /**
     * Why the user-information part of the URI {@code url} (everything before the last {@code @}) cannot
     * be read as written, or null when it can. Like libpq, Shale does not guess where a password with a
     * {@code /}, {@code @}, {@code #}, {@code ?}, space or {@code %} ends: it must be percent-encoded.
     */
    static String unencodedUserInfo(String url) {
        int scheme = url.indexOf("://");
        int at = url.lastIndexOf('@');
        if (scheme < 0 || at < scheme) {
            return null;
        }
        Matcher bad = UNENCODED.matcher(url.substring(scheme + 3, at));
        if (!bad.find()) {
            return null;
        }
        String what = bad.group().equals("%") ? "a % that starts no %XX escape"
                : bad.group().isBlank() ? "a space or another blank" : "a " + bad.group().toUpperCase(Locale.ROOT);
        return "the user name or password (before the last @) holds " + what + ", which a URI must percent-encode;"
                + " write the password percent-encoded (%2F for /, %40 for @, %23 for #, %3F for ?, %25 for %,"
                + " %20 for a space), or pass it in PGPASSWORD or .pgpass instead";
    }

    private static void addForms(Set<String> secrets, String value) {
        if (value.isEmpty()) {
            return;
        }
        secrets.add(value);
        try {
            secrets.add(URLDecoder.decode(value, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            // not percent-encoded: the text as written is the secret
        }
    }

    private static String encodedEither(String word) {
        StringBuilder pattern = new StringBuilder();
        for (char c : word.toCharArray()) {
            pattern.append("(?:").append(c).append("|%").append(Integer.toHexString(c)).append(')');
        }
        return pattern.toString();
    }
}
