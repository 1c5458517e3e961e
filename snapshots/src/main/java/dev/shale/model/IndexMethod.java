package dev.shale.model;

import java.util.Locale;

/** An index access method. */
public enum IndexMethod {
    BTREE, HASH, GIN, GIST, BRIN, SPGIST;

    /** The method as SQL: {@code btree}. */
    public String sql() {
        return name().toLowerCase(Locale.ROOT);
    }
}
