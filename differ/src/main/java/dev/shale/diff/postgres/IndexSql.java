package dev.shale.diff.postgres;

import dev.shale.model.Identifiers;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.IndexMethod;
import dev.shale.model.QualifiedName;
import java.util.stream.Collectors;

/** {@code CREATE [UNIQUE] INDEX [CONCURRENTLY]}, {@code DROP INDEX [CONCURRENTLY]} and {@code ALTER INDEX ... RENAME TO}. */
final class IndexSql {

    private IndexSql() {
    }

    /** {@code CREATE UNIQUE INDEX name ON public.t USING gin (col, (expr)) WHERE pred}; btree is left implicit. */
    static String create(QualifiedName table, Index index) {
        return create(table, index, false);
    }

    /**
     * {@code CREATE [UNIQUE] INDEX CONCURRENTLY IF NOT EXISTS name ON ...} when {@code concurrently}: the build
     * takes a SHARE UPDATE EXCLUSIVE lock, so writes go on; IF NOT EXISTS lets a rerun find the built index.
     */
    static String create(QualifiedName table, Index index, boolean concurrently) {
        StringBuilder out = new StringBuilder("CREATE ");
        if (index.unique()) {
            out.append("UNIQUE ");
        }
        out.append("INDEX ");
        if (concurrently) {
            out.append("CONCURRENTLY IF NOT EXISTS ");
        }
        out.append(Identifiers.quote(index.name())).append(" ON ").append(table.sql());
        if (index.method() != IndexMethod.BTREE) {
            out.append(" USING ").append(index.method().sql());
        }
        out.append(index.keys().stream().map(IndexKey::definition).collect(Collectors.joining(", ", " (", ")")));
        out.append(options(index));
        if (index.where() != null) {
            out.append(" WHERE ").append(index.where());
        }
        return out.toString();
    }

    /**
     * What follows the keys: {@code INCLUDE (a, b)}, {@code NULLS NOT DISTINCT} (PostgreSQL 15 and later) and
     * {@code WITH (fillfactor = 70)}, each only when set, in the order {@code CREATE INDEX} takes them.
     */
    static String options(Index index) {
        StringBuilder out = new StringBuilder();
        if (!index.include().isEmpty()) {
            out.append(index.include().stream().map(Identifiers::quote).collect(Collectors.joining(", ", " INCLUDE (", ")")));
        }
        if (index.nullsNotDistinct()) {
            out.append(" NULLS NOT DISTINCT");
        }
        if (!index.storage().isEmpty()) {
            out.append(storage(index.storage()));
        }
        return out.toString();
    }

    /** {@code " WITH (deduplicate_items = off, fillfactor = 70)"}, the parameters in their (sorted) order; empty for none. */
    static String storage(java.util.Map<String, String> parameters) {
        if (parameters.isEmpty()) {
            return "";
        }
        return parameters.entrySet().stream().map(e -> e.getKey() + " = " + value(e.getValue()))
                .collect(Collectors.joining(", ", " WITH (", ")"));
    }

    /** A storage parameter's value: bare when a number or a plain word ({@code 70}, {@code off}), else a literal. */
    private static String value(String text) {
        return text.matches("[A-Za-z0-9_.+-]+") && !text.startsWith("-") ? text : Identifiers.literal(text);
    }

    /** {@code DROP INDEX public.name}: an index lives in its table's schema. */
    static String drop(QualifiedName table, String index) {
        return "DROP INDEX " + new QualifiedName(table.schema(), index).sql();
    }

    /** {@code DROP INDEX CONCURRENTLY IF EXISTS public.name}: waits for the queries using it, blocks none. */
    static String dropConcurrently(QualifiedName table, String index) {
        return "DROP INDEX CONCURRENTLY IF EXISTS " + new QualifiedName(table.schema(), index).sql();
    }

    /** {@code ALTER INDEX public.a RENAME TO b}. */
    static String rename(QualifiedName table, String from, String to) {
        return "ALTER INDEX " + new QualifiedName(table.schema(), from).sql() + " RENAME TO " + Identifiers.quote(to);
    }
}
