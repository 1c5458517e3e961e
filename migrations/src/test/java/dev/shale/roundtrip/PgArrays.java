package dev.shale.roundtrip;

import java.util.ArrayList;
import java.util.List;

/** Reads the elements of a one-dimensional array as PostgreSQL prints it: {@code {a,"b c",NULL}}. */
final class PgArrays {

    private PgArrays() {
    }

    /** The elements of {@code text}, an unquoted {@code NULL} as null. */
    static List<String> elements(String text) {
        if (!text.startsWith("{") || !text.endsWith("}")) {
            throw new IllegalArgumentException("not a one-dimensional array: " + text);
        }
        List<String> elements = new ArrayList<>();
        String body = text.substring(1, text.length() - 1);
        int at = 0;
        while (at < body.length()) {
            StringBuilder element = new StringBuilder();
            boolean quoted = body.charAt(at) == '"';
            if (quoted) {
                at++;
                while (body.charAt(at) != '"') {
                    if (body.charAt(at) == '\\') {
                        at++;
                    }
                    element.append(body.charAt(at++));
                }
                at++;
            } else {
                while (at < body.length() && body.charAt(at) != ',') {
                    element.append(body.charAt(at++));
                }
            }
            String value = element.toString();
            elements.add(!quoted && value.equals("NULL") ? null : value);
            at++; // the comma
        }
        return elements;
    }
}
