package dev.shale.snapshot;

import com.fasterxml.jackson.core.JsonStreamContext;

/**
 * The path of a value in a snapshot, such as {@code schema.tables[0].columns[2].type}, rendered from the
 * parser's context only when a message needs it.
 */
final class JsonPaths {

    private JsonPaths() {
    }

    /** The path of the value the context is at: its current field, or its current element. */
    static String of(JsonStreamContext context) {
        StringBuilder out = new StringBuilder();
        append(out, context);
        return out.toString();
    }

    private static void append(StringBuilder out, JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return;
        }
        append(out, context.getParent());
        if (context.inArray()) {
            out.append('[').append(context.getCurrentIndex()).append(']');
        } else {
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(context.getCurrentName());
        }
    }
}
