package dev.shale.cli.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.shale.cli.CommandException;
import dev.shale.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code shale.yaml} into a {@link ConfigFile} with a streaming YAML parser, strictly: unknown and
 * repeated keys are errors naming the line, a list may be written as a single value. (No data binding: every
 * command reads the file first, and binding's start-up cost showed on short commands.)
 */
final class ConfigFileReader {

    private static final YAMLFactory YAML = new YAMLFactory();
    private static final List<String> TOP = List.of("schema", "migrations", "snapshots", "database");
    private static final List<String> SCHEMA = List.of("packages", "classpath");
    private static final List<String> DATABASE = List.of("url", "devUrl");

    private final JsonParser parser;

    private ConfigFileReader(JsonParser parser) {
        this.parser = parser;
    }

    /**
     * The file's content; an empty file is an empty configuration.
     *
     * @throws CommandException (usage) when the file cannot be read, is not YAML or has an unknown key or value
     */
    static ConfigFile read(Path file) {
        try (JsonParser parser = YAML.createParser(file.toFile())) {
            return new ConfigFileReader(parser).file();
        } catch (JsonProcessingException e) {
            throw new CommandException(ExitCode.USAGE, ConfigLoader.FILE_NAME + line(e.getLocation() == null ? 0
                    : e.getLocation().getLineNr()) + ": " + e.getOriginalMessage(),
                    "fix the YAML syntax of " + ConfigLoader.FILE_NAME);
        } catch (IOException e) {
            throw new CommandException(ExitCode.USAGE, "cannot read " + ConfigLoader.FILE_NAME + ": " + e.getMessage(),
                    "check the file's permissions");
        }
    }

    private ConfigFile file() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null || first == JsonToken.VALUE_NULL) {
            return new ConfigFile(null, null, null, null);
        }
        expectMapping("the file", TOP);
        ConfigFile.SchemaSection schema = null;
        String migrations = null;
        String snapshots = null;
        ConfigFile.DatabaseSection database = null;
        Set<String> seen = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = key(TOP, seen, "");
            parser.nextToken();
            switch (key) {
                case "schema" -> schema = schema();
                case "migrations" -> migrations = text(key);
                case "snapshots" -> snapshots = text(key);
                default -> database = database();
            }
        }
        return new ConfigFile(schema, migrations, snapshots, database);
    }

    private ConfigFile.SchemaSection schema() throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expectMapping("schema", SCHEMA);
        List<String> packages = null;
        List<String> classpath = null;
        Set<String> seen = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = key(SCHEMA, seen, "schema.");
            parser.nextToken();
            if (key.equals("packages")) {
                packages = texts("schema.packages");
            } else {
                classpath = texts("schema.classpath");
            }
        }
        return new ConfigFile.SchemaSection(packages, classpath);
    }

    private ConfigFile.DatabaseSection database() throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expectMapping("database", DATABASE);
        String url = null;
        String devUrl = null;
        Set<String> seen = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = key(DATABASE, seen, "database.");
            parser.nextToken();
            if (key.equals("url")) {
                url = text("database.url");
            } else {
                devUrl = text("database.devUrl");
            }
        }
        return new ConfigFile.DatabaseSection(url, devUrl);
    }

    /** The current key, checked to be one of {@code known} and not given before. */
    private String key(List<String> known, Set<String> seen, String prefix) throws IOException {
        String key = parser.currentName();
        if (!known.contains(key)) {
            throw error("unknown key '" + prefix + key + "'", "use one of " + known + (prefix.isEmpty() ? ""
                    : " under " + prefix.substring(0, prefix.length() - 1)) + " (see README.md, Configuration)");
        }
        if (!seen.add(key)) {
            throw error("key '" + prefix + key + "' is given twice", "keep one of them");
        }
        return key;
    }

    /** A single value as text ({@code null} for none); a list or a mapping is an error. */
    private String text(String key) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!token.isScalarValue()) {
            throw error(key + " must be a single value, not " + (token == JsonToken.START_ARRAY ? "a list" : "a mapping"),
                    "write it as " + key.substring(key.lastIndexOf('.') + 1) + ": value");
        }
        return parser.getText();
    }

    /** A list of values, or a single value as a list of one ({@code null} for none). */
    private List<String> texts(String key) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token.isScalarValue()) {
            return List.of(parser.getText());
        }
        if (token != JsonToken.START_ARRAY) {
            throw error(key + " must be a list of values, not a mapping", "write it as a list: [value, value]");
        }
        List<String> values = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (!parser.currentToken().isScalarValue() || parser.currentToken() == JsonToken.VALUE_NULL) {
                throw error(key + " must hold single values, not lists, mappings or empty entries",
                        "write it as a list: [value, value]");
            }
            values.add(parser.getText());
        }
        return values;
    }

    private void expectMapping(String what, List<String> keys) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw error(what + " must be a mapping of the keys " + keys, "write " + (what.equals("the file")
                    ? "the keys at the start of the line" : what + ": and its keys indented below it")
                    + " (see README.md, Configuration)");
        }
    }

    private CommandException error(String problem, String fix) {
        return new CommandException(ExitCode.USAGE,
                ConfigLoader.FILE_NAME + line(parser.currentTokenLocation().getLineNr()) + ": " + problem, fix);
    }

    private static String line(int line) {
        return line < 1 ? "" : ":" + line;
    }
}
