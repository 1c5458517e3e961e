package dev.shale.snapshot;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.shale.model.ExpressionSite;
import dev.shale.model.NameRules;
import dev.shale.model.PostgresSpellings;
import dev.shale.model.QualifiedName;
import dev.shale.sql.SqlExpression;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a snapshot's {@code postgresSpelling} list (see {@link SnapshotWriter}): each entry's site, declared and
 * PostgreSQL spelling, strictly (no unknown field, no site twice); each spelling must be one SQL expression, since
 * a drift fix may write it into a statement.
 */
final class SpellingReader {

    private final JsonParser parser;
    private final String source;
    private final JsonValues values;

    SpellingReader(JsonParser parser, String source) {
        this.parser = parser;
        this.source = source;
        this.values = new JsonValues(parser, source);
    }

    /** Reads the list the parser is at. */
    PostgresSpellings read() throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return PostgresSpellings.NONE;
        }
        if (!values.isList()) {
            throw invalid(parser.currentTokenLocation(), "postgresSpelling", "must be a list");
        }
        List<PostgresSpellings.Entry> entries = new ArrayList<>();
        Set<ExpressionSite> seen = new HashSet<>();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String path = "postgresSpelling[" + index++ + "]";
            PostgresSpellings.Entry entry = entry(path);
            if (!seen.add(entry.site())) {
                throw invalid(parser.currentTokenLocation(), path, "repeats the site " + entry.site());
            }
            entries.add(entry);
        }
        return new PostgresSpellings(entries);
    }

    private PostgresSpellings.Entry entry(String path) throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        values.expectObject();
        String schema = null;
        String table = null;
        String kindWord = null;
        String object = null;
        Integer key = null;
        String declared = null;
        String postgres = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "schema" -> schema = values.string();
                case "table" -> table = values.string();
                case "kind" -> kindWord = values.string();
                case "column", "check", "index", "exclusion" -> {
                    if (object != null) {
                        throw invalid(start, path, "names more than one object");
                    }
                    object = values.string();
                }
                case "key" -> key = values.int32();
                case "declared" -> declared = values.string();
                case "postgres" -> postgres = values.string();
                default -> throw SnapshotErrors.unknownField(source, path + "." + field, parser.currentLocation());
            }
        }
        ExpressionSite.Kind kind = ExpressionSite.Kind.of(kindWord);
        if (schema == null || table == null || kind == null || object == null || declared == null
                || postgres == null) {
            throw invalid(start, path, "needs schema, table, kind (default, generated, check, index key, index"
                    + " where, exclusion element or exclusion where), its column, check, index or exclusion, declared and"
                    + " postgres");
        }
        if (kind.positional() != (key != null) || (key != null && key < 0)) {
            throw invalid(start, path, "has a key (a position, 0 or more) exactly when its kind is index key or"
                    + " exclusion element");
        }
        for (String name : List.of(schema, table, object)) {
            String problem = NameRules.problem(name);
            if (problem != null) {
                throw invalid(start, path, "name \"" + NameRules.printable(name) + "\" " + problem);
            }
        }
        for (String text : List.of(declared, postgres)) {
            Optional<SqlExpression.Problem> problem = SqlExpression.problem(text);
            if (problem.isPresent()) {
                throw invalid(start, path, "is not one SQL expression: " + problem.get().what());
            }
        }
        ExpressionSite site = new ExpressionSite(new QualifiedName(schema, table), kind, object, key == null ? -1 : key);
        return new PostgresSpellings.Entry(site, declared, postgres);
    }

    private SnapshotException invalid(JsonLocation location, String path, String problem) {
        return SnapshotErrors.invalidValue(source, location, path, problem);
    }
}
