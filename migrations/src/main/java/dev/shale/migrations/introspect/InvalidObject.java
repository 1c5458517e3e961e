package dev.shale.migrations.introspect;

import dev.shale.model.QualifiedName;
import java.util.Locale;
import java.util.Objects;

/**
 * An index PostgreSQL marks INVALID ({@code pg_index.indisvalid}: left by a failed {@code CREATE INDEX
 * CONCURRENTLY} or {@code REINDEX CONCURRENTLY}), or a foreign key or check added {@code NOT VALID} and never
 * validated ({@code pg_constraint.convalidated}). The model has no such state, so it reads these as if they were
 * valid; this list says which are not.
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
