package dev.shale.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A {@code shale} command run as a separate JVM on this test's class path (not the shaded jar, so it
 * works before packaging), its output captured in files.
 */
final class ShaleProcess {

    /** What the process printed and returned. */
    record Result(int exitCode, String out, String err) {
        String all() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private final Process process;
    private final Path out;
    private final Path err;

    private ShaleProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts {@code shale ARGS} with these environment variables added to (or, when null, removed from) this one's. */
    static ShaleProcess start(Path outputDir, String id, Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ShaleCommand.class.getName()));
        command.addAll(List.of(args));
        Path out = outputDir.resolve(id + ".out");
        Path err = outputDir.resolve(id + ".err");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File(isWindows() ? "NUL" : "/dev/null")));
        // generate reads PostgreSQL's spelling in the JVM's test database, not in an embedded server of its own
        builder.environment().put(InProcessShale.SPELLING_VARIABLE, InProcessShale.spellingDatabaseUrl());
        environment.forEach((key, value) -> {
            if (value == null) {
                builder.environment().remove(key);
            } else {
                builder.environment().put(key, value);
            }
        });
        try {
            return new ShaleProcess(builder.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the process the way {@code kill -9} does (SIGKILL on Linux and macOS) and waits for it to end. */
    void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                throw new AssertionError("shale did not end within a minute of being killed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Whether the process is still running. */
    boolean alive() {
        return process.isAlive();
    }

    /** Waits for the process (at most two minutes) and reads what it printed. */
    Result finish() {
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("shale did not finish in two minutes: " + Files.readString(err));
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }
}
