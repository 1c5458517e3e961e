package dev.shale.snapshot;

import dev.shale.model.PostgresSpellings;
import dev.shale.model.SchemaModel;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The schema model after one migration, in a chain: each snapshot names the one it follows.
 *
 * <p>The id is content-addressed: the first {@value #ID_HEX_LENGTH} hex digits (128 bits) of
 * SHA-256 over {@code previousId + "\n" + canonical JSON of the schema} ({@code previousId} empty
 * for the first). Two checkouts making the same edit therefore write byte-identical snapshots,
 * and a snapshot whose stored id differs from its recomputed id was edited by hand. 128 bits keep
 * accidental collisions out of reach (about 2^64 snapshots for even odds) while staying short.
 *
 * <p>{@code postgresSpelling} is PostgreSQL's own spelling of the schema's expressions ({@link PostgresSpellings}),
 * obtained by {@code generate}; empty in a snapshot written before Shale kept it. It is derived from the schema
 * by PostgreSQL, so the id does not cover it (the same edit keeps the same id whatever server spelled it);
 * {@code shale.sum} covers the whole file.
 */
public record Snapshot(int formatVersion, String dialect, String id, String previousId, SchemaModel schema,
        PostgresSpellings postgresSpelling) {

    /** The snapshot format this Shale writes and reads. */
    public static final int CURRENT_FORMAT = 1;

    /** The only dialect Shale supports. */
    public static final String POSTGRESQL = "postgresql";

    /** The length of an id in hex digits. */
    public static final int ID_HEX_LENGTH = 32;

    private static final Pattern ID = Pattern.compile("[0-9a-f]{" + ID_HEX_LENGTH + "}");

    public Snapshot {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(postgresSpelling, "postgresSpelling");
    }

    /** A snapshot without PostgreSQL's spellings. */
    public Snapshot(int formatVersion, String dialect, String id, String previousId, SchemaModel schema) {
        this(formatVersion, dialect, id, previousId, schema, PostgresSpellings.NONE);
    }

    /** This snapshot with PostgreSQL's spellings of its expressions. */
    public Snapshot withPostgresSpelling(PostgresSpellings spellings) {
        return new Snapshot(formatVersion, dialect, id, previousId, schema, spellings);
    }

    /** The snapshot of {@code schema} following the snapshot {@code previousId} ({@code null} for the first). */
    public static Snapshot next(String previousId, SchemaModel schema) {
        return new Snapshot(CURRENT_FORMAT, POSTGRESQL, computeId(previousId, schema), previousId, schema);
    }

    /** The snapshot of {@code schema} following this one. */
    public Snapshot following(SchemaModel nextSchema) {
        return next(id, nextSchema);
    }

    /** The content-addressed id of {@code schema} following {@code previousId} ({@code null} for none). */
    public static String computeId(String previousId, SchemaModel schema) {
        Objects.requireNonNull(schema, "schema");
        ContentHash hash = new ContentHash(previousId);
        SnapshotJson.writeCanonicalSchema(schema, hash);
        return hash.id();
    }

    /** Whether {@code text} has the form of an id: {@value #ID_HEX_LENGTH} lowercase hex digits. */
    static boolean isId(String text) {
        return ID.matcher(text).matches();
    }

    /** Whether the stored id is the hash of this snapshot's content, i.e. nobody edited it. */
    public boolean idMatchesContent() {
        return id.equals(computeId(previousId, schema));
    }
}
