package dev.shale.migrations.introspect;

import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import java.util.Locale;
import java.util.Objects;

/**
 * An index PostgreSQL marks INVALID ({@code pg_index.indisvalid}: left by a failed {@code CREATE INDEX
 * CONCURRENTLY} or {@code REINDEX CONCURRENTLY}), or a foreign key or check added {@code NOT VALID} and never
 * validated ({@code pg_constraint.convalidated}). The model has no state for an index, and reads it as valid; a
 * constraint's NOT VALID is in the model too, and is a problem only where the expected model has it valid
 * ({@link #declaredIn}).
 *
 * @param kind  what the object is
 * @param table the table it belongs to
 * @param name  the index's or constraint's name
 */
public record InvalidObject(Kind kind, QualifiedName table, String name) {

    /** What the object is. */
    public enum Kind {
        /** An INVALID index: maintained by writes (a unique one still refuses duplicates), never used by queries. */
        INDEX,
        /** A foreign key added NOT VALID: enforced for new rows, not checked on the rows that were there. */
        FOREIGN_KEY,
        /** A check added NOT VALID: enforced for new rows, not checked on the rows that were there. */
        CHECK
    }

    public InvalidObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
    }

    /** Whether {@code expected} declares this constraint NOT VALID: then it is as it should be, not a problem. */
    public boolean declaredIn(SchemaModel expected) {
        return expected.table(table).map(t -> switch (kind) {
            case INDEX -> false;
            case FOREIGN_KEY -> t.foreignKeys().stream().anyMatch(f -> f.name().equals(name) && f.notValid());
            case CHECK -> t.checks().stream().anyMatch(c -> c.name().equals(name) && c.notValid());
        }).orElse(false);
    }

    /** {@code index}, {@code foreign key} or {@code check}, for messages. */
    public String kindText() {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** {@code index users_email_key on public.users}, for messages. */
    @Override
    public String toString() {
        return kindText() + " " + name + " on " + table;
    }
}
