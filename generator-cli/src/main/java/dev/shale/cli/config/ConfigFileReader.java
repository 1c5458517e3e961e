package dev.shale.cli.config;

import com.fasterxml.jackson.core.JsonLocation;
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
import java.util.Optional;

/**
 * Reads {@code shale.yaml} into a {@link ConfigFile} with a streaming YAML parser, strictly: the keys it knows are
 * those of {@link ConfigKeys}; an unknown or repeated key, or a value of the wrong shape (a list where one value
 * belongs, ...), is a problem naming its line and column, and reading goes on so that every problem is reported at
 * once. A list may be written as a single value. Where each value is goes into {@link NodePositions}, for the
 * problems {@link ConfigValidation} finds in the values. (No data binding: every command reads the file first, and
 * binding's start-up cost showed on short commands.)
 */
final class ConfigFileReader {

    /** What a read found: the values, where they are, and the problems of the file's shape. */
    record Parsed(ConfigFile file, NodePositions positions, List<ConfigProblem> problems) {
    }

    private static final YAMLFactory YAML = new YAMLFactory();
    private static final String FILE = ConfigLoader.FILE_NAME;

    private final JsonParser parser;
    private final NodePositions positions = new NodePositions();
    private final List<ConfigProblem> problems = new ArrayList<>();

    private ConfigFileReader(JsonParser parser) {
        this.parser = parser;
    }

    /**
     * The file's content, checked: its shape by this reader, its values by {@link ConfigValidation}.
     *
     * @throws CommandException (usage) when the file cannot be read, is not UTF-8 or YAML, or has problems: a
     *     {@link ConfigException} then lists all of them
     */
    static ConfigFile read(Path file) {
        Parsed parsed = parse(file);
        List<ConfigProblem> all = new ArrayList<>(parsed.problems());
        all.addAll(ConfigValidation.ofFile(parsed.file(), parsed.positions()));
        if (!all.isEmpty()) {
            throw new ConfigException(all);
        }
        return parsed.file();
    }

    /**
     * The file's content and the problems of its shape; an empty file is an empty configuration. The file is read
     * as UTF-8 first; long comments are cut out before parsing when that changes no value ({@link LongComments}).
     *
     * @throws CommandException (usage) when the file cannot be read, is not UTF-8 or not YAML
     */
    static Parsed parse(Path file) {
        String text;
        try {
            text = Utf8Text.decode(Files.readAllBytes(file));
        } catch (Utf8Text.NotUtf8Exception e) {
            throw new CommandException(ExitCode.USAGE, FILE + ":" + e.line() + ":" + e.column()
                    + ": the file is not UTF-8 text (" + e.getMessage() + ")", "save " + FILE + " as UTF-8");
        } catch (IOException e) {
            throw new CommandException(ExitCode.USAGE, "cannot read " + FILE + ": " + e.getMessage(),
                    "check the file's permissions");
        }
        String cut = LongComments.cut(text);
        if (cut == text) {
            return parse(text);
        }
        Parsed light = parse(cut); // a cut keeps the structure: an error here is the file's own
        try {
            if (light.file().equals(parse(LongComments.marked(text)).file())) {
                return light;
            }
        } catch (CommandException e) {
            // not expected, since the structure is the same; the original text decides
        }
        return parse(text); // a cut line was inside a quoted or block scalar: its text is part of a value
    }

    private static Parsed parse(String text) {
        try (JsonParser parser = YAML.createParser(text)) {
            ConfigFileReader reader = new ConfigFileReader(parser);
            return reader.parsed();
        } catch (IOException e) {
            throw new CommandException(ExitCode.USAGE, "cannot read " + FILE + ": " + e.getMessage(),
                    "check the file's permissions");
        }
    }

    private Parsed parsed() throws IOException {
        ConfigFile file;
        try {
            file = file();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(new ConfigProblem(new NodePositions.Position(at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr()).in(FILE), e.getOriginalMessage(),
                    "fix the YAML syntax of " + FILE));
            throw new ConfigException(problems);
        }
        return new Parsed(file, positions, List.copyOf(problems));
    }

    private ConfigFile file() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null || first == JsonToken.VALUE_NULL) {
            return ConfigFile.empty();
        }
        if (!isMapping("")) {
            return ConfigFile.empty();
        }
        Map<String, Object> values = mapping("", key -> switch (key) {
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
        if (!isMapping("schema")) {
            return null;
        }
        Map<String, List<String>> values = mapping("schema", key -> texts("schema." + key));
        return new ConfigFile.SchemaSection(values.get("packages"), values.get("classpath"));
    }

    private ConfigFile.DatabaseSection database() throws IOException {
        if (!isMapping("database")) {
            return null;
        }
        Map<String, String> values = mapping("database", key -> text("database." + key));
        return new ConfigFile.DatabaseSection(values.get("url"), values.get("devUrl"), values.get("spellingUrl"),
                values.get("dataChecks"), values.get("lockRetries"), values.get("lockRetryBackoff"));
    }

    private ConfigFile.GenerateSection generate() throws IOException {
        if (!isMapping("generate")) {
            return null;
        }
        Map<String, String> values = mapping("generate", key -> text("generate." + key));
        return new ConfigFile.GenerateSection(values.get("online"));
    }

    /** Reads the value of a key the parser is at. */
    private interface ValueReader<T> {
        T read(String key) throws IOException;
    }

    /**
     * The keys of the mapping the parser is at (each one {@link ConfigKeys} knows in {@code section}, once), with
     * their values as {@code value} reads them. Other keys are problems, and their values are skipped.
     */
    private <T> Map<String, T> mapping(String section, ValueReader<T> value) throws IOException {
        List<String> known = ConfigKeys.namesIn(section);
        Map<String, T> values = new HashMap<>();
        List<String> seen = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonLocation keyAt = parser.currentTokenLocation();
            String full = section.isEmpty() ? key : section + "." + key;
            parser.nextToken();
            if (!known.contains(key)) {
                problems.add(UnknownKeys.problem(at(keyAt), section, key));
                parser.skipChildren();
            } else if (seen.contains(key)) {
                problems.add(new ConfigProblem(at(keyAt), "key '" + full + "' is given twice", "keep one of them"));
                parser.skipChildren();
            } else {
                seen.add(key);
                JsonLocation valueAt = parser.currentTokenLocation();
                positions.put(full, valueAt.getLineNr(), valueAt.getColumnNr());
                T read = value.read(key);
                if (read != null) {
                    values.put(key, read);
                }
            }
        }
        return values;
    }

    /** A single value as text ({@code null} for none, and for a list or a mapping, which is a problem). */
    private String text(String key) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!token.isScalarValue()) {
            Optional<ConfigKey> described = ConfigKeys.named(key);
            problems.add(new ConfigProblem(here(), key + " must be a single value, not "
                    + (token == JsonToken.START_ARRAY ? "a list" : "a mapping"), "write it as "
                    + described.map(ConfigKey::written).orElse(key.substring(key.lastIndexOf('.') + 1) + ": value")));
            parser.skipChildren();
            return null;
        }
        return parser.getText();
    }

    /** A list of values, or a single value as a list of one ({@code null} for none or a problem). */
    private List<String> texts(String key) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token.isScalarValue()) {
            positions.put(key + "[0]", parser.currentTokenLocation().getLineNr(),
                    parser.currentTokenLocation().getColumnNr());
            return List.of(parser.getText());
        }
        if (token != JsonToken.START_ARRAY) {
            problems.add(new ConfigProblem(here(), key + " must be a list of values, not a mapping",
                    "write it as a list: [value, value]"));
            parser.skipChildren();
            return null;
        }
        List<String> values = new ArrayList<>();
        boolean wrong = false;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (!parser.currentToken().isScalarValue() || parser.currentToken() == JsonToken.VALUE_NULL) {
                problems.add(new ConfigProblem(here(), key + " must hold single values, not lists, mappings or"
                        + " empty entries", "write it as a list: [value, value]"));
                parser.skipChildren();
                wrong = true;
                continue;
            }
            positions.put(key + "[" + values.size() + "]", parser.currentTokenLocation().getLineNr(),
                    parser.currentTokenLocation().getColumnNr());
            values.add(parser.getText());
        }
        return wrong ? null : values;
    }

    /**
     * Whether the parser is at a mapping, as the file ({@code ""}) and each section must be; when it is not (and
     * holds something), that is a problem, and the value is skipped.
     */
    private boolean isMapping(String section) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            return true;
        }
        if (token != JsonToken.VALUE_NULL) {
            problems.add(new ConfigProblem(here(), (section.isEmpty() ? "the file" : section)
                    + " must be a mapping of the keys " + ConfigKeys.namesIn(section), "write " + (section.isEmpty()
                    ? "the keys at the start of the line" : section + ": and its keys indented below it")
                    + " (see " + ConfigException.DOCS + ")"));
            parser.skipChildren();
        }
        return false;
    }

    private String here() {
        return at(parser.currentTokenLocation());
    }

    private static String at(JsonLocation location) {
        return new NodePositions.Position(location.getLineNr(), location.getColumnNr()).in(FILE);
    }
}
