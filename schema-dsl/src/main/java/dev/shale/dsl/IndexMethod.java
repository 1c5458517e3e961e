package dev.shale.dsl;

/** PostgreSQL index access methods. */
public enum IndexMethod {
    BTREE, HASH, GIN, GIST, BRIN, SPGIST
}
