package dev.shale.cli.config;

import dev.shale.cli.CommandException;
import dev.shale.cli.ExitCode;
import dev.shale.migrations.files.FileKinds;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import dev.shale.cli.DurationConverter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the configuration: {@code shale.yaml} in the project directory, then environment
 * overrides ({@code SHALE_SCHEMA_PACKAGES}, {@code SHALE_CLASSPATH}, {@code SHALE_MIGRATIONS_DIR},
 * {@code SHALE_SNAPSHOTS_DIR}, {@code SHALE_DATABASE_URL} or {@code DATABASE_URL},
 * {@code SHALE_DEV_DATABASE_URL}, {@code SHALE_SPELLING_DATABASE_URL}, {@code SHALE_LOCK_RETRIES},
 * {@code SHALE_LOCK_RETRY_BACKOFF}, {@code SHALE_GENERATE_ONLINE}), then flags.
 */
public final class ConfigLoader {

    /** The configuration file's name. */
    public static final String FILE_NAME = "shale.yaml";

    private final Map<String, String> environment;

    public ConfigLoader(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /**
     * The configuration of the project in {@code projectDir}, with flag overrides applied
     * ({@code packages} and {@code classpath} replace the file's when not empty).
     */
    public ShaleConfig load(Path projectDir, List<String> packages, List<String> classpath) {
        Path project = projectDir.toAbsolutePath().normalize();
        Optional<String> notFolder = FileKinds.notFolder(project);
        if (notFolder.isPresent()) {
            throw new CommandException(ExitCode.USAGE, "the project folder " + projectDir + " "
                    + notFolder.get(), "give -C (--project-dir) the folder that holds "
                    + FILE_NAME + ", or create a project there with: shale -C " + projectDir + " init");
        }
        Path file = project.resolve(FILE_NAME);
        ConfigFile parsed = Files.isRegularFile(file) ? ConfigFileReader.read(file) : new ConfigFile(null, null, null, null);

        List<String> schemaPackages = firstNonEmpty(
                packages,
                env("SHALE_SCHEMA_PACKAGES").map(v -> split(v, ",")).orElse(List.of()),
                parsed.schema() == null || parsed.schema().packages() == null ? List.of() : parsed.schema().packages());
        List<String> classpathEntries = firstNonEmpty(
                classpath,
                env("SHALE_CLASSPATH").map(v -> split(v, File.pathSeparator)).orElse(List.of()),
                parsed.schema() == null || parsed.schema().classpath() == null ? List.of() : parsed.schema().classpath());
        String migrations = env("SHALE_MIGRATIONS_DIR").orElse(parsed.migrations() == null ? "migrations" : parsed.migrations());
        String snapshots = env("SHALE_SNAPSHOTS_DIR").orElse(parsed.snapshots() == null ? "snapshots" : parsed.snapshots());
        String url = env("SHALE_DATABASE_URL").or(() -> env("DATABASE_URL"))
                .orElse(parsed.database() == null ? null : parsed.database().url());
        String devUrl = env("SHALE_DEV_DATABASE_URL")
                .orElse(parsed.database() == null ? null : parsed.database().devUrl());
        String spellingUrl = env("SHALE_SPELLING_DATABASE_URL")
                .orElse(parsed.database() == null ? null : parsed.database().spellingUrl());
        boolean dataChecks = parsed.database() == null || !"false".equals(parsed.database().dataChecks());
        Integer lockRetries = env("SHALE_LOCK_RETRIES").or(() -> Optional.ofNullable(parsed.database())
                .map(ConfigFile.DatabaseSection::lockRetries)).map(v -> retries(v)).orElse(null);
        Duration lockRetryBackoff = env("SHALE_LOCK_RETRY_BACKOFF").or(() -> Optional.ofNullable(parsed.database())
                .map(ConfigFile.DatabaseSection::lockRetryBackoff)).map(v -> backoff(v)).orElse(null);
        boolean online = online(parsed);

        return new ShaleConfig(
                project,
                schemaPackages.stream().map(String::trim).filter(s -> !s.isEmpty()).toList(),
                classpathEntries.stream().map(String::trim).filter(s -> !s.isEmpty())
                        .map(entry -> project.resolve(entry).normalize()).toList(),
                project.resolve(migrations).normalize(),
                project.resolve(snapshots).normalize(),
                url,
                devUrl,
                spellingUrl,
                dataChecks,
                lockRetries,
                lockRetryBackoff,
                online);
    }

    private static Integer retries(String value) {
        String text = value.strip();
        if (!text.matches("\\d{1,6}")) {
            throw new CommandException(ExitCode.USAGE, "database.lockRetries (or SHALE_LOCK_RETRIES) must be a count,"
                    + " not \"" + value + "\"", "write a whole number such as lockRetries: 5 (0 to never retry)");
        }
        return Integer.parseInt(text);
    }

    private static Duration backoff(String value) {
        try {
            return new DurationConverter().convert(value);
        } catch (RuntimeException e) {
            throw new CommandException(ExitCode.USAGE, "database.lockRetryBackoff (or SHALE_LOCK_RETRY_BACKOFF) is \""
                    + value + "\": " + e.getMessage(), "write a duration such as lockRetryBackoff: 1s");
        }
    }

    /**
     * {@code generate.online}: {@code SHALE_GENERATE_ONLINE} when set, else the file's, else true.
     *
     * @throws CommandException (usage) when the environment variable is neither true nor false
     */
    private boolean online(ConfigFile parsed) {
        Optional<String> variable = env("SHALE_GENERATE_ONLINE").map(String::trim);
        if (variable.isPresent()) {
            if (!variable.get().equals("true") && !variable.get().equals("false")) {
                throw new CommandException(ExitCode.USAGE, "SHALE_GENERATE_ONLINE must be true or false, not \""
                        + variable.get() + "\"", "set SHALE_GENERATE_ONLINE=true (online forms) or false (plain DDL),"
                        + " or unset it to use generate.online of " + FILE_NAME);
            }
            return variable.get().equals("true");
        }
        return parsed.generate() == null || !"false".equals(parsed.generate().online());
    }

    private Optional<String> env(String name) {
        return Optional.ofNullable(environment.get(name)).filter(v -> !v.isBlank());
    }

    @SafeVarargs
    private static List<String> firstNonEmpty(List<String>... candidates) {
        for (List<String> candidate : candidates) {
            if (candidate != null && !candidate.isEmpty()) {
                return candidate;
            }
        }
        return List.of();
    }

    private static List<String> split(String value, String separator) {
        return new ArrayList<>(Arrays.asList(value.split(java.util.regex.Pattern.quote(separator))));
    }
}
