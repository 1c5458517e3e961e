package dev.shale.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A throwaway Shale project in a temporary folder whose schema classes are test fixtures. */
public final class TestProject {

    /** What one {@code shale} run printed and returned. */
    public record Run(int exitCode, String out, String err) {
    }

    private final Path dir;
    private Instant now = Instant.parse("2026-11-21T09:30:00Z");

    public TestProject(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** Writes shale.yaml pointing at a fixture package on the test classpath. */
    public TestProject withFixture(String fixturePackage) {
        write("shale.yaml", """
                schema:
                  packages:
                    - dev.shale.cli.fixtures.%s
                  classpath:
                    - %s
                """.formatted(fixturePackage, testClasses().toString().replace("\\", "/")));
        return this;
    }

    /** Adds {@code generate: online: false} to shale.yaml: generate writes plain DDL in one step. */
    public TestProject withPlainDdl() {
        try {
            Files.writeString(dir.resolve("shale.yaml"), "generate:\n  online: false\n",
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return this;
    }

    /** Runs {@code shale ARGS -C dir} at the project's clock, which then moves one minute on. */
    public Run run(String... args) {
        InProcessShale.Output output = InProcessShale.run(Map.of(), now, dir, args);
        now = now.plusSeconds(60);
        return new Run(output.exitCode(), output.out(), output.err());
    }

    /** Moves the project's clock on, so the next migration gets a later version. */
    public TestProject advanceClock(java.time.Duration duration) {
        now = now.plus(duration);
        return this;
    }

    /** Every file under the project with its content, for "nothing changed" assertions. */
    public Map<String, String> files() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(path).toString().replace('\\', '/'), Files.readString(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public String read(String relative) {
        try {
            return Files.readString(dir.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(String relative, String text) {
        try {
            Path path = dir.resolve(relative);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path testClasses() {
        try {
            return Path.of(TestProject.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
