package dev.shale.cli;

import dev.shale.migrations.runner.errors.Redactor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Supplier;

/**
 * The last guard of the terminal: every line a command prints goes through the run's redactor, so a
 * password the run knows (from the URL, {@code PGPASSWORD}, {@code .pgpass}, {@code DATABASE_URL} or
 * {@code shale.yaml}) never reaches standard output or standard error, whichever code printed it. Only
 * known secrets are replaced here, so SQL and reports print exactly; URL patterns are starred where
 * messages are made. Text is held until its line ends or the writer is flushed.
 */
final class SecretFilter extends Writer {

    private final Writer target;
    private final Supplier<Redactor> redactor;
    private final StringBuilder pending = new StringBuilder();

    SecretFilter(Writer target, Supplier<Redactor> redactor) {
        this.target = target;
        this.redactor = redactor;
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
        synchronized (lock) {
            pending.append(buffer, offset, length);
            int end = pending.lastIndexOf("\n");
            if (end >= 0) {
                forward(end + 1);
            }
        }
    }

    @Override
    public void flush() throws IOException {
        synchronized (lock) {
            forward(pending.length());
            target.flush();
        }
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    private void forward(int length) {
        String text = redactor.get().redactSecrets(pending.substring(0, length));
        pending.delete(0, length);
        try {
            target.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
