package dev.shale.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * Keys that compare object names the way PostgreSQL resolves them: bare parts folded to lower case, quoted parts
 * as written, and {@code public.} dropped, so {@code public.Orders}, {@code orders} and {@code "orders"} are one
 * table. Schemas other than public are kept.
 */
final class Names {

    private Names() {
    }

    /** The key of a possibly qualified, possibly quoted name. */
    static String key(String name) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < name.length() && name.charAt(i + 1) == '"') {
                    part.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '.' && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(quoted ? c : Character.toLowerCase(c));
            }
        }
        parts.add(part.toString());
        if (parts.size() > 1 && parts.get(0).equals("public")) {
            parts.remove(0);
        }
        return String.join(".", parts);
    }
}
