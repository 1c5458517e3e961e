package dev.shale.diff.postgres;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The catalog of hazards, each with a stable code (written in headers, JSON, SARIF and
 * {@code -- shale:allow <code> <reason>}), its kind, a severity, one sentence of why it matters and the safer
 * alternative. Codes never change meaning once released; a retired code is kept, never reused.
 */
public enum HazardCode {
    // data loss
    DROP_TABLE("drop-table", HazardKind.DATA_LOSS, HazardSeverity.ERROR,
            "Dropping a table deletes all of its rows.",
            "Stop reading the table in a release first, back it up or rename it, and drop it in a later migration."),
    DROP_COLUMN("drop-column", HazardKind.DATA_LOSS, HazardSeverity.ERROR,
            "Dropping a column deletes its values.",
            "Stop reading the column in a release first, then drop it in a later migration."),
    NARROWING_TYPE("narrowing-type", HazardKind.DATA_LOSS, HazardSeverity.ERROR,
            "A narrowing type change may cut, round or reject existing values.",
            "Add a column of the new type, backfill it with an explicit conversion, and switch readers over."),
    DROP_ENUM_VALUE("drop-enum-value", HazardKind.DATA_LOSS, HazardSeverity.ERROR,
            "Removing an enum value fails on rows that still hold it, and loses the value where it is cast away.",
            "Update the rows holding the value in a data migration first."),
    DROP_SCHEMA("drop-schema", HazardKind.DATA_LOSS, HazardSeverity.ERROR,
            "Dropping a schema drops everything in it.",
            "Move or drop the schema's objects explicitly first."),
    DROP_EXTENSION("drop-extension", HazardKind.DATA_LOSS, HazardSeverity.ERROR,
            "Dropping an extension removes its functions, types and operators, which code the records do not show"
                    + " may use, and the rows of its configuration tables.",
            "Declare the extension with @Extension to keep it; drop it by hand once nothing uses it."),
    DROP_SEQUENCE("drop-sequence", HazardKind.DATA_LOSS, HazardSeverity.ERROR,
            "Dropping a sequence loses its current value: created again, it starts over and hands out numbers it"
                    + " gave before.",
            "Keep the sequence until nothing reads its numbers, or note its last_value and restart a new one past it."),
    // rewrites
    TYPE_CHANGE_REWRITE("type-change-rewrite", HazardKind.TABLE_REWRITE, HazardSeverity.WARNING,
            "Changing a column's type rewrites the table and its indexes under an ACCESS EXCLUSIVE lock.",
            "Expand and contract: add a column of the new type, backfill it in batches, switch readers and writers,"
                    + " then drop the old column."),
    VOLATILE_DEFAULT("volatile-default", HazardKind.TABLE_REWRITE, HazardSeverity.WARNING,
            "Adding a column with a volatile default (or as identity or stored generated) rewrites the table under"
                    + " an ACCESS EXCLUSIVE lock.",
            "Add the column without a default, set the default, and backfill existing rows in batches."),
    ENUM_RECREATE_REWRITE("enum-recreate-rewrite", HazardKind.TABLE_REWRITE, HazardSeverity.WARNING,
            "Recreating an enum converts every column using it, rewriting those tables under an ACCESS EXCLUSIVE lock.",
            "Only add enum values (ADD VALUE), or move the column to text with a check in an expand/contract migration."),
    PERSISTENCE_REWRITE("persistence-rewrite", HazardKind.TABLE_REWRITE, HazardSeverity.WARNING,
            "SET LOGGED or SET UNLOGGED rewrites the table and its indexes under an ACCESS EXCLUSIVE lock (SET LOGGED"
                    + " also writes all of it to the WAL).",
            "Create a table with the wanted persistence, copy the rows in batches and switch over, or run it in a"
                    + " maintenance window."),
    // locks
    INDEX_NOT_CONCURRENT("index-not-concurrent", HazardKind.LONG_LOCK, HazardSeverity.ERROR,
            "CREATE INDEX without CONCURRENTLY blocks writes to the table while the index builds.",
            "CREATE INDEX CONCURRENTLY in a non-transactional step."),
    DROP_INDEX_NOT_CONCURRENT("drop-index-not-concurrent", HazardKind.LONG_LOCK, HazardSeverity.WARNING,
            "DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the table.",
            "DROP INDEX CONCURRENTLY in a non-transactional step."),
    CONSTRAINT_VALIDATED_UNDER_LOCK("constraint-validated-under-lock", HazardKind.LONG_LOCK, HazardSeverity.ERROR,
            "Adding a foreign key or check without NOT VALID scans the table while holding a lock that blocks writes"
                    + " (both tables' for a foreign key).",
            "ADD CONSTRAINT ... NOT VALID, then VALIDATE CONSTRAINT in a later transaction."),
    VALIDATE_IN_SAME_TRANSACTION("validate-in-same-transaction", HazardKind.LONG_LOCK, HazardSeverity.ERROR,
            "VALIDATE CONSTRAINT in the transaction that added the constraint NOT VALID keeps the strong lock for the"
                    + " whole scan, so NOT VALID brings nothing.",
            "Run VALIDATE CONSTRAINT in a later step (its own transaction)."),
    SET_NOT_NULL_SCAN("set-not-null-scan", HazardKind.LONG_LOCK, HazardSeverity.ERROR,
            "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock.",
            "Add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it in a later transaction, then SET NOT NULL (which uses"
                    + " the check and skips the scan) and drop the check."),
    UNIQUE_UNDER_LOCK("unique-under-lock", HazardKind.LONG_LOCK, HazardSeverity.ERROR,
            "Adding a unique constraint or primary key builds its index while blocking writes to the table.",
            "CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... USING INDEX."),
    EXCLUSION_UNDER_LOCK("exclusion-under-lock", HazardKind.LONG_LOCK, HazardSeverity.ERROR,
            "Adding an exclusion constraint scans the table and builds its index under an ACCESS EXCLUSIVE lock,"
                    + " blocking reads and writes; PostgreSQL has no concurrent form.",
            "Add it while the table is new or small, or in a maintenance window."),
    LOCK_WITHOUT_TIMEOUT("lock-without-timeout", HazardKind.LONG_LOCK, HazardSeverity.WARNING,
            "A statement that needs a strong lock, run without lock_timeout, queues every query of the application"
                    + " behind it while it waits for a long transaction.",
            "SET lock_timeout (about 2s) before it, and retry on timeout."),
    // rows
    SEQUENCE_RANGE("sequence-range", HazardKind.FAILS_ON_ROWS, HazardSeverity.ERROR,
            "Narrowing a sequence's range (a lower MAXVALUE, a higher MINVALUE, a smaller AS type) fails when its"
                    + " current value lies outside the new range: PostgreSQL refuses the ALTER SEQUENCE.",
            "Read the sequence's last_value first and narrow the range only where it still fits; restart the sequence"
                    + " by hand in a migration of its own if it must move."),
    FAILS_ON_ROWS("fails-on-rows", HazardKind.FAILS_ON_ROWS, HazardSeverity.ERROR,
            "The change fails on a table with rows (or with NULLs in the column): nothing gives those rows a value.",
            "Declare a default or @Backfill, or fill the rows in a data migration before this one."),
    // the running application
    BACKWARD_INCOMPATIBLE_DROP("backward-incompatible-drop", HazardKind.BACKWARD_INCOMPATIBLE, HazardSeverity.WARNING,
            "The release still running reads the dropped table or column, and fails until it is replaced.",
            "Deploy a release that no longer uses it first, then drop it."),
    BACKWARD_INCOMPATIBLE_RENAME("backward-incompatible-rename", HazardKind.BACKWARD_INCOMPATIBLE,
            HazardSeverity.WARNING,
            "The release still running uses the old name, and fails until it is replaced.",
            "Expand and contract: add the new column (or a view under the new name), write both, switch, then drop the"
                    + " old one."),
    NOT_NULL_WITHOUT_DEFAULT("not-null-without-default", HazardKind.BACKWARD_INCOMPATIBLE, HazardSeverity.WARNING,
            "The release still running inserts rows without the new NOT NULL column, and those inserts fail.",
            "Give the column a default, or make it NOT NULL only after every release writes it."),
    // how it runs
    NON_TRANSACTIONAL_STEP("non-transactional-step", HazardKind.NON_TRANSACTIONAL, HazardSeverity.NOTE,
            "A non-transactional step is not rolled back when a later statement fails; the runner resumes it instead.",
            "None needed: the step is written to be retried; review it as such."),
    IRREVERSIBLE_DOWN("irreversible-down", HazardKind.IRREVERSIBLE, HazardSeverity.WARNING,
            "The down migration cannot restore what the up discards.",
            "Back the data up before migrating, or keep the old column until the change is proven."),
    // found by shale lint in migration files
    UNCHECKED_STATEMENT("unchecked-statement", HazardKind.MIGRATION_FILE, HazardSeverity.WARNING,
            "shale lint could not parse or classify this statement, so none of its hazards were checked.",
            "Review it by hand and accept it with -- shale:allow unchecked-statement <reason>, or write it in a form"
                    + " the linter reads."),
    DROP_DATABASE("drop-database", HazardKind.DATA_LOSS, HazardSeverity.ERROR,
            "Dropping a database deletes everything in it.",
            "Drop databases by hand, never from a migration."),
    TRANSACTION_NESTING("transaction-nesting", HazardKind.MIGRATION_FILE, HazardSeverity.ERROR,
            "BEGIN, COMMIT or ROLLBACK in a migration ends or nests the transaction the runner holds for the step,"
                    + " so the step is no longer applied as one unit.",
            "Remove it and split the file into steps (-- shale:step N transactional|non-transactional)."),
    CONCURRENT_IN_TRANSACTION("concurrent-in-transaction", HazardKind.MIGRATION_FILE, HazardSeverity.ERROR,
            "CREATE or DROP INDEX CONCURRENTLY cannot run inside a transaction block: the statement fails.",
            "Put it in a step of its own marked -- shale:step N non-transactional."),
    NOT_RETRY_SAFE("not-retry-safe", HazardKind.NON_TRANSACTIONAL, HazardSeverity.WARNING,
            "A statement in a non-transactional step that fails on a rerun (object already there or already gone)"
                    + " keeps a resumed migration failing.",
            "Write it with IF NOT EXISTS or IF EXISTS so that it can be run again."),
    CHAR_FIELD("char-field", HazardKind.COLUMN_TYPE, HazardSeverity.NOTE,
            "char(n) pads values with spaces and is no faster than text or varchar.",
            "Use text (with a CHECK on length if needed) or varchar(n)."),
    INT_COLUMN("int-column", HazardKind.COLUMN_TYPE, HazardSeverity.NOTE,
            "A 32-bit (or 16-bit) integer key runs out of values, and widening it later rewrites the table.",
            "Use bigint (bigserial or bigint GENERATED ... AS IDENTITY) for keys and counters."),
    VARCHAR_FIELD("varchar-field", HazardKind.COLUMN_TYPE, HazardSeverity.NOTE,
            "Changing a varchar(n) limit later takes an ACCESS EXCLUSIVE lock, and narrowing it rewrites the table.",
            "Use text with a CHECK (length(col) <= n) constraint, which can be changed NOT VALID."),
    TIMESTAMP_WITHOUT_TIME_ZONE("timestamp-without-time-zone", HazardKind.COLUMN_TYPE, HazardSeverity.NOTE,
            "timestamp without time zone stores wall-clock times whose meaning depends on the writer's time zone.",
            "Use timestamptz, unless the value really is a local date and time."),
    SERIAL_COLUMN("serial-column", HazardKind.COLUMN_TYPE, HazardSeverity.NOTE,
            "serial columns own a separate sequence with its own permissions and ownership quirks.",
            "Use GENERATED BY DEFAULT AS IDENTITY (or ALWAYS)."),
    UNUSED_ALLOW("unused-allow", HazardKind.MIGRATION_FILE, HazardSeverity.WARNING,
            "A -- shale:allow comment accepts a finding that the statement below it does not have.",
            "Remove the comment, or move it directly above the statement it is meant for."),
    INVALID_ALLOW("invalid-allow", HazardKind.MIGRATION_FILE, HazardSeverity.ERROR,
            "A -- shale:allow comment without a known code and a reason accepts nothing.",
            "Write -- shale:allow <code> <reason>, with a code from the catalog and the reason it is safe here."),
    // fills, on the generate side
    BACKFILL_REWRITE("backfill-rewrite", HazardKind.TABLE_REWRITE, HazardSeverity.WARNING,
            "Filling a new NOT NULL column writes every row of the table while the migration's transaction holds an"
                    + " exclusive lock on it.",
            "Add the column NULL-able with its default, fill the existing rows in batches in a data migration, then"
                    + " make it NOT NULL through a validated check."),
    BACKFILL_UNDER_LOCK("backfill-under-lock", HazardKind.LONG_LOCK, HazardSeverity.WARNING,
            "Filling a column's NULLs writes those rows inside the migration's transaction, which keeps them locked"
                    + " until it commits.",
            "Fill the NULLs in batches in a data migration before this one."),
    COLLATION_CHANGE("collation-change", HazardKind.LONG_LOCK, HazardSeverity.WARNING,
            "Changing a column's collation keeps its rows but rebuilds every index on the column under an ACCESS"
                    + " EXCLUSIVE lock, and changes the order of ORDER BY and comparisons on it.",
            "Expand and contract: add a column with the new collation, fill it in batches and index it concurrently,"
                    + " switch readers and writers, then drop the old column.");

    private final String code;
    private final HazardKind kind;
    private final HazardSeverity severity;
    private final String why;
    private final String alternative;

    HazardCode(String code, HazardKind kind, HazardSeverity severity, String why, String alternative) {
        this.code = code;
        this.kind = kind;
        this.severity = severity;
        this.why = why;
        this.alternative = alternative;
    }

    /** The stable code: {@code drop-column}. */
    public String code() {
        return code;
    }

    /** The kind of risk, as the header's {@code shale:hazards} line lists it. */
    public HazardKind kind() {
        return kind;
    }

    /** How much it matters. */
    public HazardSeverity severity() {
        return severity;
    }

    /** One sentence: why it matters. */
    public String why() {
        return why;
    }

    /** The safer way to do the same thing. */
    public String alternative() {
        return alternative;
    }

    /** The entry with this code, if there is one. */
    public static Optional<HazardCode> byCode(String code) {
        Objects.requireNonNull(code, "code");
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
