package dev.shale.cli.config;

/** Bean Validation message templates that stand for themselves. */
final class MessageTemplates {

    private MessageTemplates() {
    }

    /** {@code text} escaped so that message interpolation leaves it as it is ({@code {}, {@code }}, {@code $}, {@code \}). */
    static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '{' || c == '}' || c == '$' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
