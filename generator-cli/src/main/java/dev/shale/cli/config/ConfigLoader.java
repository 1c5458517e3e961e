package dev.shale.cli.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.shale.cli.ExitCode;
import dev.shale.cli.CommandException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the configuration: {@code shale.yaml} in the project directory, then environment
 * overrides ({@code SHALE_SCHEMA_PACKAGES}, {@code SHALE_CLASSPATH}, {@code SHALE_MIGRATIONS_DIR},
 * {@code SHALE_SNAPSHOTS_DIR}, {@code SHALE_DATABASE_URL} or {@code DATABASE_URL},
 * {@code SHALE_DEV_DATABASE_URL}), then flags.
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
        Path file = project.resolve(FILE_NAME);
        ConfigFile parsed = Files.isRegularFile(file) ? parse(file) : new ConfigFile(null, null, null, null);

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

        return new ShaleConfig(
                project,
                schemaPackages.stream().map(String::trim).filter(s -> !s.isEmpty()).toList(),
                classpathEntries.stream().map(String::trim).filter(s -> !s.isEmpty())
                        .map(entry -> project.resolve(entry).normalize()).toList(),
                project.resolve(migrations).normalize(),
                project.resolve(snapshots).normalize(),
                url,
                devUrl);
    }

    private static ConfigFile parse(Path file) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        try {
            ConfigFile parsed = yaml.readValue(file.toFile(), ConfigFile.class);
            return parsed == null ? new ConfigFile(null, null, null, null) : parsed;
        } catch (UnrecognizedPropertyException e) {
            throw new CommandException(ExitCode.USAGE,
                    FILE_NAME + at(e.getLocation()) + ": unknown key '" + e.getPropertyName() + "'",
                    "use one of " + e.getKnownPropertyIds() + " (see README.md, Configuration)");
        } catch (JsonProcessingException e) {
            throw new CommandException(ExitCode.USAGE,
                    FILE_NAME + at(e.getLocation()) + ": " + e.getOriginalMessage(),
                    "fix the YAML syntax of " + FILE_NAME);
        } catch (IOException e) {
            throw new CommandException(ExitCode.USAGE, "cannot read " + FILE_NAME + ": " + e.getMessage(),
                    "check the file's permissions");
        }
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : ":" + location.getLineNr();
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
