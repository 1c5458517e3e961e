package dev.shale.maven;

import java.io.Writer;
import java.util.function.Consumer;

/** A writer that hands each complete line to a consumer (the Maven log), without its line break. */
final class LineWriter extends Writer {

    private final Consumer<String> lines;
    private final StringBuilder pending = new StringBuilder();

    LineWriter(Consumer<String> lines) {
        this.lines = lines;
    }

    @Override
    public synchronized void write(char[] buffer, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            char c = buffer[i];
            if (c == '\n') {
                emit();
            } else if (c != '\r') {
                pending.append(c);
            }
        }
    }

    /** Nothing is held back between lines: a line is passed on once its break arrives, or on close. */
    @Override
    public void flush() {
    }

    /** Passes on a last line that had no line break. */
    @Override
    public synchronized void close() {
        if (!pending.isEmpty()) {
            emit();
        }
    }

    private void emit() {
        lines.accept(pending.toString());
        pending.setLength(0);
    }
}
