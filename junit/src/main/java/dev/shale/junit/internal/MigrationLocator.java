package dev.shale.junit.internal;

import dev.shale.api.MigrationSource;
import dev.shale.junit.ShaleDatabase;
import dev.shale.junit.ShaleTestDatabaseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a {@link ShaleDatabase}'s migrations are: the attribute {@code classpath} or {@code migrations} when set,
 * else the folder {@code migrations} of the working directory when it exists, else the folder named by a plain
 * top-level {@code migrations: <path>} line of {@code ./shale.yaml}.
 */
public final class MigrationLocator {

    private static final Pattern MIGRATIONS_LINE =
            Pattern.compile("migrations:\\s*(?:\"([^\"]+)\"|'([^']+)'|([^\\s#\"']+))\\s*(?:#.*)?");

    private final Path workingDirectory;

    public MigrationLocator(Path workingDirectory) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    /** The source of {@code annotation}'s migrations; {@code owner} names the annotated element in messages. */
    public MigrationSource locate(ShaleDatabase annotation, String owner) {
        String classpath = annotation.classpath().trim();
        String folder = annotation.migrations().trim();
        if (!classpath.isEmpty() && !folder.isEmpty()) {
            throw new ShaleTestDatabaseException("@ShaleDatabase on " + owner + " sets both migrations = \"" + folder
                    + "\" and classpath = \"" + classpath + "\"; keep one.");
        }
        if (!classpath.isEmpty()) {
            return MigrationSource.classpath(classpath);
        }
        if (!folder.isEmpty()) {
            Path path = workingDirectory.resolve(folder).normalize();
            if (!Files.isDirectory(path)) {
                throw new ShaleTestDatabaseException("@ShaleDatabase on " + owner + ": the migrations folder " + path
                        + " does not exist. Fix migrations = \"" + folder + "\" (relative to " + workingDirectory
                        + ") or use classpath = \"db/shale\".");
            }
            return MigrationSource.folder(path);
        }
        Path conventional = workingDirectory.resolve("migrations");
        if (Files.isDirectory(conventional)) {
            return MigrationSource.folder(conventional);
        }
        Path yaml = workingDirectory.resolve("shale.yaml");
        Optional<Path> configured = fromShaleYaml(yaml);
        if (configured.isPresent()) {
            if (!Files.isDirectory(configured.get())) {
                throw new ShaleTestDatabaseException("@ShaleDatabase on " + owner + ": " + yaml + " names the migrations"
                        + " folder " + configured.get() + ", which does not exist. Fix shale.yaml or set"
                        + " @ShaleDatabase(migrations = ...).");
            }
            return MigrationSource.folder(configured.get());
        }
        throw new ShaleTestDatabaseException("@ShaleDatabase on " + owner + " finds no migrations: there is no folder"
                + " " + conventional + " and no migrations: entry in " + yaml + ". Set @ShaleDatabase(migrations ="
                + " \"path/to/migrations\") or @ShaleDatabase(classpath = \"db/shale\").");
    }

    /** The folder of a top-level {@code migrations:} line, resolved against the file's folder, if there is one. */
    static Optional<Path> fromShaleYaml(Path yaml) {
        if (!Files.isRegularFile(yaml)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(yaml);
        } catch (IOException e) {
            throw new ShaleTestDatabaseException("Could not read " + yaml + ": " + e.getMessage(), e);
        }
        for (String line : lines) {
            Matcher m = MIGRATIONS_LINE.matcher(line);
            if (m.matches()) {
                String value = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                return Optional.of(yaml.toAbsolutePath().getParent().resolve(value).normalize());
            }
        }
        return Optional.empty();
    }
}
