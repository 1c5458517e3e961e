package dev.shale.spring;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Copies what is written to {@code System.out} and {@code System.err} while open (Logback's console appender writes
 * through them), still passing it on. Spring Boot's own {@code OutputCaptureExtension} needs a newer JUnit than the
 * reactor's.
 */
final class StdoutCapture implements AutoCloseable {

    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

    StdoutCapture() {
        System.setOut(tee(out));
        System.setErr(tee(err));
    }

    private PrintStream tee(PrintStream original) {
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                original.write(b);
                synchronized (copy) {
                    copy.write(b);
                }
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                original.write(bytes, offset, length);
                synchronized (copy) {
                    copy.write(bytes, offset, length);
                }
            }
        }, true, StandardCharsets.UTF_8);
    }

    /** Everything written so far. */
    String text() {
        synchronized (copy) {
            return copy.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        System.setOut(out);
        System.setErr(err);
    }
}
