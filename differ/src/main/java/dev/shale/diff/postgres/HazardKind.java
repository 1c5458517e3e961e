package dev.shale.diff.postgres;

/** The kinds of risk a change carries, in plain words for migration headers. */
public enum HazardKind {
    /** Rows or values are discarded: dropped table or column, narrowing type, removed enum value. */
    DATA_LOSS("data-loss", "data loss"),
    /** PostgreSQL rewrites the whole table under an exclusive lock. */
    TABLE_REWRITE("table-rewrite", "table rewrite"),
    /** A long exclusive lock without a rewrite: a scan to validate, an index build. */
    LONG_LOCK("long-lock", "long lock"),
    /** The change fails on a table with rows (or with NULLs in the column): nothing gives those rows a value. */
    FAILS_ON_ROWS("fails-on-rows", "fails on rows"),
    /** The release still running breaks: it reads a dropped or renamed object, or its inserts miss a column. */
    BACKWARD_INCOMPATIBLE("backward-incompatible", "backward incompatible"),
    /** A step runs outside a transaction: not rolled back, resumed instead. */
    NON_TRANSACTIONAL("non-transactional", "non-transactional"),
    /** The down cannot restore what the up discards. */
    IRREVERSIBLE("irreversible", "irreversible"),
    /** Found by lint in a migration file: a statement it could not check, or a file that the runner cannot run as meant. */
    MIGRATION_FILE("migration-file", "migration file"),
    /** A column type that is safe today but costly to change later. */
    COLUMN_TYPE("column-type", "column type");

    private final String code;
    private final String words;

    HazardKind(String code, String words) {
        this.code = code;
        this.words = words;
    }

    /** The machine-readable code written in migration headers: {@code data-loss}. */
    public String code() {
        return code;
    }

    /** Plain words: {@code data loss}. */
    public String words() {
        return words;
    }
}
