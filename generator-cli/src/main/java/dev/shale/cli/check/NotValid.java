package dev.shale.cli.check;

import dev.shale.migrations.introspect.InvalidObject;
import dev.shale.model.Identifiers;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An index or constraint the database holds as not valid, as {@code shale check --db} reports it: the sentence,
 * the SQL that makes it valid (or removes it, when the snapshot does not have it) and the fix in words.
 *
 * @param object     the index or constraint
 * @param inSnapshot whether the snapshot the database was compared with has it (then as valid: it has no other state)
 * @param message    what is wrong, naming the object
 * @param fixSql     the statements to run, in order
 * @param fix        the fix in words, the statements included
 */
public record NotValid(InvalidObject object, boolean inSnapshot, String message, List<String> fixSql, String fix) {

    public NotValid {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(message, "message");
        fixSql = List.copyOf(fixSql);
        Objects.requireNonNull(fix, "fix");
    }

    /** The report of {@code object}, read from a database compared with {@code expected}, from {@code expectedFrom}. */
    static NotValid of(InvalidObject object, SchemaModel expected, String expectedFrom) {
        String snapshot = expectedFrom == null ? "the empty schema (no migration applied)" : expectedFrom;
        Optional<Table> table = expected.table(object.table());
        return object.kind() == InvalidObject.Kind.INDEX ? index(object, table, snapshot) : constraint(object, table,
                snapshot);
    }

    private static NotValid index(InvalidObject object, Optional<Table> table, String snapshot) {
        boolean inSnapshot = table.map(t -> t.indexes().stream().anyMatch(i -> i.name().equals(object.name())))
                .orElse(false);
        String name = new QualifiedName(object.table().schema(), object.name()).sql();
        String message = object + " is INVALID in the database (pg_index.indisvalid is false: a CREATE INDEX"
                + " CONCURRENTLY or REINDEX CONCURRENTLY failed or was interrupted): queries do not use it, yet writes"
                + " maintain it" + (inSnapshot ? ", while " + snapshot + " has it as a working index."
                : "; " + snapshot + " does not have it (a failed migration may have left it).");
        if (inSnapshot) {
            String sql = "REINDEX INDEX CONCURRENTLY " + name;
            return new NotValid(object, true, message, List.of(sql), "fix the rows that made it fail (such as"
                    + " duplicates for a unique index), then rebuild it: " + sql + "; (a REINDEX that fails leaves an"
                    + " INVALID copy named " + object.name() + "_ccnew: drop it with DROP INDEX CONCURRENTLY)");
        }
        String sql = "DROP INDEX CONCURRENTLY " + name;
        return new NotValid(object, false, message, List.of(sql), "drop it: " + sql + "; then fix the rows that made"
                + " it fail (such as duplicates for a unique index) and run the migration that creates it again"
                + " (shale migrate)");
    }

    private static NotValid constraint(InvalidObject object, Optional<Table> table, String snapshot) {
        boolean inSnapshot = table.map(t -> object.kind() == InvalidObject.Kind.FOREIGN_KEY
                ? t.foreignKeys().stream().anyMatch(f -> f.name().equals(object.name()))
                : t.checks().stream().anyMatch(c -> c.name().equals(object.name()))).orElse(false);
        String sql = "ALTER TABLE " + object.table().sql() + " VALIDATE CONSTRAINT " + Identifiers.quote(object.name());
        String message = object + " is NOT VALID in the database (pg_constraint.convalidated is false: added NOT VALID"
                + " and never validated): new rows are checked, the rows that were there never were"
                + (inSnapshot ? ", while " + snapshot + " has it as a validated constraint."
                : "; " + snapshot + " does not have it either (see the drift).");
        String rows = object.kind() == InvalidObject.Kind.FOREIGN_KEY ? "rows whose key has no match"
                : "rows it rejects";
        return new NotValid(object, inSnapshot, message, List.of(sql), "validate it: " + sql + "; (it fails while the"
                + " table holds " + rows + ": fix those rows first)" + (inSnapshot ? ""
                : ", or drop it as the drift's SQL does"));
    }
}
