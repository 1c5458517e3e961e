package dev.shale.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.shale.model.SchemaModel;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Optional;

/**
 * Writes and reads snapshot files: pretty JSON (2-space indent, LF, trailing newline) with a fixed
 * key order ({@code formatVersion, dialect, id, previousId, schema}, then each object's own order),
 * so the same model always gives the same bytes and a change shows as a small diff.
 *
 * <p>{@code null} values (comment, default, identity, where, previousId of the first snapshot,
 * ...) and empty lists are omitted, and read back as {@code null} and empty; an array dimension of
 * 0 is omitted too. Empty strings are kept. Reading is strict: unknown fields, duplicate keys and
 * trailing content are errors, and the id must be the hash of the content (see {@link Snapshot}).
 *
 * <p>Both directions stream with Jackson's core parser and generator (see {@link SnapshotWriter} and
 * {@link SnapshotReader}): no object mapper is built, which matters to a short-lived command line.
 */
public final class SnapshotJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private SnapshotJson() {
    }

    /** The snapshot as its file's text. */
    public static String write(Snapshot snapshot) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            generator.setPrettyPrinter(prettyPrinter());
            new SnapshotWriter(generator).snapshot(snapshot);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise a snapshot", e);
        }
        return out.append('\n').toString();
    }

    /** The schema as compact JSON in the file's key order: the input of the content hash. */
    static String canonicalSchema(SchemaModel schema) {
        StringWriter out = new StringWriter();
        writeCanonicalSchema(schema, out);
        return out.toString();
    }

    /** Writes {@link #canonicalSchema} to {@code out}. */
    static void writeCanonicalSchema(SchemaModel schema, Writer out) {
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            new SnapshotWriter(generator).schema(schema);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise a schema", e);
        }
    }

    /**
     * Reads a snapshot file's text; {@code source} names the file in messages.
     *
     * @throws SnapshotException if the text is not a snapshot this Shale can read, or was edited
     */
    public static Snapshot read(String json, String source) {
        return new SnapshotReader(FACTORY, source).read(json);
    }

    /**
     * The header of a snapshot file, read from its start only when it is laid out as Shale writes it; empty when
     * the file must be read whole ({@link #read}) to tell what it holds or what is wrong with it. The schema is
     * not read, so neither is its id checked: that is {@link #read}'s part.
     */
    public static Optional<SnapshotFileHeader> readHeader(Reader in) {
        return SnapshotHeaderReader.read(FACTORY, in);
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
