package dev.shale.cli.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.shale.cli.CommandException;
import dev.shale.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code shale.yaml} into a {@link ConfigFile} with a streaming YAML parser, strictly: unknown and
 * repeated keys are errors naming the line, a list may be written as a single value. (No data binding: every
 * command reads the file first, and binding's start-up cost showed on short commands.)
 */
final class ConfigFileReader {

    private static final YAMLFactory YAML = new YAMLFactory();
    private static final List<String> TOP = List.of("schema", "migrations", "snapshots", "database", "generate");
    private static final List<String> SCHEMA = List.of("packages", "classpath");
    private static final List<String> DATABASE = List.of("url", "devUrl", "spellingUrl", "dataChecks", "lockRetries",
            "lockRetryBackoff");
    private static final List<String> GENERATE = List.of("online");

    private final JsonParser parser;

    private ConfigFileReader(JsonParser parser) {
        this.parser = parser;
    }

    /**
     * The file's content; an empty file is an empty configuration. The file is read as UTF-8 first; long comments
     * are cut out before parsing when that changes no value ({@link LongComments}).
     *
     * @throws CommandException (usage) when the file cannot be read, is not UTF-8 or YAML, or has an unknown key or
     *     value
     */
    static ConfigFile read(Path file) {
        String text;
        try {
            text = Utf8Text.decode(Files.readAllBytes(file));
        } catch (Utf8Text.NotUtf8Exception e) {
            throw new CommandException(ExitCode.USAGE, ConfigLoader.FILE_NAME + ":" + e.line() + ":" + e.column()
                    + ": the file is not UTF-8 text (" + e.getMessage() + ")", "save " + ConfigLoader.FILE_NAME + " as UTF-8");
        } catch (IOException e) {
            throw new CommandException(ExitCode.USAGE, "cannot read " + ConfigLoader.FILE_NAME + ": " + e.getMessage(),
                    "check the file's permissions");
        }
        String cut = LongComments.cut(text);
        if (cut == text) {
            return parse(text);
        }
        ConfigFile light = parse(cut); // a cut keeps the structure: an error here is the file's own
        try {
            if (light.equals(parse(LongComments.marked(text)))) {
                return light;
            }
        } catch (CommandException e) {
            // not expected, since the structure is the same; the original text decides
        }
        return parse(text); // a cut line was inside a quoted or block scalar: its text is part of a value
    }

    private static ConfigFile parse(String text) {
        try (JsonParser parser = YAML.createParser(text)) {
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
        Map<String, Object> values = mapping(TOP, "", key -> switch (key) {
            case "schema" -> schema();
            case "database" -> database();
            case "generate" -> generate();
            default -> text(key);
        });
        return new ConfigFile((ConfigFile.SchemaSection) values.get("schema"), (String) values.get("migrations"),
                (String) values.get("snapshots"), (ConfigFile.DatabaseSection) values.get("database"),
                (ConfigFile.GenerateSection) values.get("generate"));
    }

    private ConfigFile.SchemaSection schema() throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expectMapping("schema", SCHEMA);
        Map<String, List<String>> values = mapping(SCHEMA, "schema.", key -> texts("schema." + key));
        return new ConfigFile.SchemaSection(values.get("packages"), values.get("classpath"));
    }

    private ConfigFile.DatabaseSection database() throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expectMapping("database", DATABASE);
        Map<String, String> values = mapping(DATABASE, "database.", key -> key.equals("dataChecks")
                ? bool("database." + key) : text("database." + key));
        return new ConfigFile.DatabaseSection(values.get("url"), values.get("devUrl"), values.get("spellingUrl"),
                values.get("dataChecks"), values.get("lockRetries"), values.get("lockRetryBackoff"));
    }

    private ConfigFile.GenerateSection generate() throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expectMapping("generate", GENERATE);
        Map<String, String> values = mapping(GENERATE, "generate.", key -> bool("generate." + key));
        return new ConfigFile.GenerateSection(values.get("online"));
    }

    /** Reads the value of a key the parser is at. */
    private interface ValueReader<T> {
        T read(String key) throws IOException;
    }

    /**
     * The keys of the mapping the parser is at (each one of {@code known}, once; {@code prefix} names the section
     * in messages), with their values as {@code value} reads them.
     */
    private <T> Map<String, T> mapping(List<String> known, String prefix, ValueReader<T> value) throws IOException {
        Map<String, T> values = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = key(known, values.keySet(), prefix);
            parser.nextToken();
            values.put(key, value.read(key));
        }
        return values;
    }

    /** The current key, checked to be one of {@code known} and not given before. */
    private String key(List<String> known, Set<String> seen, String prefix) throws IOException {
        String key = parser.currentName();
        if (!known.contains(key)) {
            throw error("unknown key '" + prefix + key + "'", "use one of " + known + (prefix.isEmpty() ? ""
                    : " under " + prefix.substring(0, prefix.length() - 1)) + " (see README.md, Configuration)");
        }
        if (seen.contains(key)) {
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

    /** A single value {@code true} or {@code false}, as text ({@code null} for none). */
    private String bool(String key) throws IOException {
        String value = text(key);
        if (value != null && !value.equals("true") && !value.equals("false")) {
            throw error(key + " must be true or false, not \"" + value + "\"", "write "
                    + key.substring(key.lastIndexOf('.') + 1) + ": true or " + key.substring(key.lastIndexOf('.') + 1)
                    + ": false");
        }
        return value;
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
