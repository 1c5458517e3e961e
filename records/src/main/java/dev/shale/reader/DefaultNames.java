package dev.shale.reader;

import dev.shale.model.IndexKey;
import java.util.List;

/**
 * The names the reader gives constraints and indexes declared without {@code name = "..."}: PostgreSQL's
 * own defaults, cut to 63 bytes. Code that writes declarations (such as {@code shale pull}) uses them to
 * leave out a name exactly when the reader would give the same one.
 */
public final class DefaultNames {

    private DefaultNames() {
    }

    /** {@code <table>_pkey}. */
    public static String primaryKey(String table) {
        return ConstraintNames.primaryKey(table);
    }

    /** {@code <table>_<columns>_key}. */
    public static String unique(String table, List<String> columns) {
        return ConstraintNames.unique(table, columns);
    }

    /** {@code <table>_<column>_check}, or {@code <table>_check} when {@code column} is {@code null}. */
    public static String check(String table, String column) {
        return ConstraintNames.check(table, column, 0);
    }

    /** {@code <table>_<columns>_fkey}. */
    public static String foreignKey(String table, List<String> columns) {
        return ConstraintNames.foreignKey(table, columns, 0);
    }

    /** {@code <table>_<element keys>_excl}, the name the reader gives an exclusion constraint declared without one. */
    public static String exclusion(String table, List<IndexKey> keys) {
        return ConstraintNames.exclusion(table, keys);
    }

    /** {@code <table>_<keys>_idx}, expression keys named as PostgreSQL names them. */
    public static String index(String table, List<IndexKey> keys) {
        return ConstraintNames.index(table, keys);
    }
}
