package dev.shale.model;

/** The options a sequence is numbered by, shared by a standalone {@link Sequence} and an {@link Identity}'s. */
public interface SequenceOptions {

    long start();

    long increment();

    /** {@code MINVALUE}; null for the type's default. */
    Long minValue();

    /** {@code MAXVALUE}; null for the type's default. */
    Long maxValue();

    long cache();

    boolean cycle();

    /**
     * The {@code MINVALUE m MAXVALUE M CACHE c CYCLE} clauses of the options that are not PostgreSQL's defaults, each
     * after a space ({@code ""} when all are), as {@code CREATE SEQUENCE} and an identity's options write them.
     */
    default String boundsSql() {
        return (minValue() == null ? "" : " MINVALUE " + minValue())
                + (maxValue() == null ? "" : " MAXVALUE " + maxValue())
                + (cache() == 1 ? "" : " CACHE " + cache())
                + (cycle() ? " CYCLE" : "");
    }
}
