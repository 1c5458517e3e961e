package dev.shale.cli.config;

import dev.shale.cli.CommandException;
import dev.shale.cli.ExitCode;
import dev.shale.migrations.files.FileKinds;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.shale.cli.DurationConverter;
import java.time.Duration;
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
 * {@code SHALE_LOCK_RETRY_BACKOFF}, {@code SHALE_GENERATE_ONLINE}), then flags. {@link ConfigKeys} lists every key.
 * The file and the variables are validated together ({@link ConfigValidation}): a {@link ConfigException} names every
 * problem, each at its line in the file or by its variable, before anything is done.
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
     *
     * @throws CommandException (usage) when the project folder is not one, or the file cannot be read; a
     *     {@link ConfigException} when the file or the environment has wrong keys or values
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
        ConfigFileReader.Parsed read = Files.isRegularFile(file) ? ConfigFileReader.parse(file)
                : new ConfigFileReader.Parsed(ConfigFile.empty(), new NodePositions(), List.of());
        ConfigFile parsed = read.file();
        List<ConfigProblem> problems = new ArrayList<>(read.problems());
        problems.addAll(ConfigValidation.ofFile(parsed, read.positions()));
        problems.addAll(ConfigValidation.ofEnvironment(overrides(), this::variableOf));
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }

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
        return Integer.parseInt(value.strip()); // validated: a count from 0 to 999999
    }

    private static Duration backoff(String value) {
        return new DurationConverter().convert(value); // validated
    }

    /** {@code generate.online}: {@code SHALE_GENERATE_ONLINE} when set, else the file's, else true. */
    private boolean online(ConfigFile parsed) {
        Optional<String> variable = env("SHALE_GENERATE_ONLINE").map(String::trim);
        if (variable.isPresent()) {
            return variable.get().equals("true");
        }
        return parsed.generate() == null || !"false".equals(parsed.generate().online());
    }

    /** The values the environment sets, shaped as a file, for {@link ConfigValidation}. */
    private ConfigFile overrides() {
        List<String> packages = env("SHALE_SCHEMA_PACKAGES").map(v -> entries(v, ",")).orElse(null);
        List<String> classpath = env("SHALE_CLASSPATH").map(v -> entries(v, File.pathSeparator)).orElse(null);
        ConfigFile.SchemaSection schema = packages == null && classpath == null ? null
                : new ConfigFile.SchemaSection(packages, classpath);
        ConfigFile.DatabaseSection database = new ConfigFile.DatabaseSection(
                env(urlVariable()).orElse(null),
                env("SHALE_DEV_DATABASE_URL").orElse(null),
                env("SHALE_SPELLING_DATABASE_URL").orElse(null),
                null,
                env("SHALE_LOCK_RETRIES").map(String::strip).orElse(null),
                env("SHALE_LOCK_RETRY_BACKOFF").orElse(null));
        ConfigFile.GenerateSection generate = env("SHALE_GENERATE_ONLINE").map(String::trim)
                .map(ConfigFile.GenerateSection::new).orElse(null);
        return new ConfigFile(schema, env("SHALE_MIGRATIONS_DIR").orElse(null),
                env("SHALE_SNAPSHOTS_DIR").orElse(null), database, generate);
    }

    /** The variable the database URL comes from: {@code SHALE_DATABASE_URL} when set, else {@code DATABASE_URL}. */
    private String urlVariable() {
        return env("SHALE_DATABASE_URL").isPresent() ? "SHALE_DATABASE_URL" : "DATABASE_URL";
    }

    /** The environment variable that overrides {@code key} (as {@link ConfigKeys} lists them). */
    private String variableOf(String key) {
        if (key.equals("database.url")) {
            return urlVariable();
        }
        return ConfigKeys.named(key).map(ConfigKey::environment).filter(names -> !names.isEmpty())
                .map(names -> names.get(0)).orElse(key);
    }

    private static List<String> entries(String value, String separator) {
        return split(value, separator).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
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
