package dev.shale.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The operator class PostgreSQL picks for a key of a built-in type when none is named (the {@code opcdefault} one of
 * {@code pg_opclass} for the type, or for {@code text} under {@code varchar}; {@code array_ops} for an array), per
 * index method, as PostgreSQL 13 to 18 list them. Introspection reads a default operator class as none, so a key
 * that names it is the same key: {@link #withoutDefaults} drops it, and a key collation that is its column's.
 */
public final class DefaultOpclasses {

    /** Type name to its default operator class, per method. */
    private static final Map<IndexMethod, Map<String, String>> DEFAULTS = Map.of(
            IndexMethod.BTREE, Map.ofEntries(
                    Map.entry("bigint", "int8_ops"), Map.entry("integer", "int4_ops"), Map.entry("smallint", "int2_ops"),
                    Map.entry("boolean", "bool_ops"), Map.entry("double precision", "float8_ops"),
                    Map.entry("real", "float4_ops"), Map.entry("numeric", "numeric_ops"), Map.entry("text", "text_ops"),
                    Map.entry("varchar", "text_ops"), Map.entry("char", "bpchar_ops"), Map.entry("uuid", "uuid_ops"),
                    Map.entry("timestamptz", "timestamptz_ops"), Map.entry("timestamp", "timestamp_ops"),
                    Map.entry("date", "date_ops"), Map.entry("time", "time_ops"), Map.entry("timetz", "timetz_ops"),
                    Map.entry("interval", "interval_ops"), Map.entry("bytea", "bytea_ops"),
                    Map.entry("jsonb", "jsonb_ops"), Map.entry("money", "money_ops"), Map.entry("inet", "inet_ops"),
                    Map.entry("cidr", "inet_ops"), Map.entry("macaddr", "macaddr_ops"),
                    Map.entry("macaddr8", "macaddr8_ops"), Map.entry("tsvector", "tsvector_ops"),
                    Map.entry("tsquery", "tsquery_ops"), Map.entry("pg_lsn", "pg_lsn_ops"), Map.entry("oid", "oid_ops"),
                    Map.entry("name", "name_ops"), Map.entry("bit", "bit_ops"), Map.entry("varbit", "varbit_ops")),
            IndexMethod.HASH, Map.ofEntries(
                    Map.entry("bigint", "int8_ops"), Map.entry("integer", "int4_ops"), Map.entry("smallint", "int2_ops"),
                    Map.entry("boolean", "bool_ops"), Map.entry("double precision", "float8_ops"),
                    Map.entry("real", "float4_ops"), Map.entry("numeric", "numeric_ops"), Map.entry("text", "text_ops"),
                    Map.entry("varchar", "text_ops"), Map.entry("char", "bpchar_ops"), Map.entry("uuid", "uuid_ops"),
                    Map.entry("timestamptz", "timestamptz_ops"), Map.entry("timestamp", "timestamp_ops"),
                    Map.entry("date", "date_ops"), Map.entry("time", "time_ops"), Map.entry("timetz", "timetz_ops"),
                    Map.entry("interval", "interval_ops"), Map.entry("bytea", "bytea_ops"),
                    Map.entry("jsonb", "jsonb_ops"), Map.entry("inet", "inet_ops"), Map.entry("cidr", "inet_ops"),
                    Map.entry("macaddr", "macaddr_ops"), Map.entry("macaddr8", "macaddr8_ops"),
                    Map.entry("pg_lsn", "pg_lsn_ops"), Map.entry("oid", "oid_ops"), Map.entry("name", "name_ops")),
            IndexMethod.GIN, Map.of("jsonb", "jsonb_ops", "tsvector", "tsvector_ops"),
            IndexMethod.GIST, Map.of("tsvector", "tsvector_ops", "tsquery", "tsquery_ops", "box", "box_ops",
                    "circle", "circle_ops", "point", "point_ops", "polygon", "poly_ops"),
            IndexMethod.SPGIST, Map.of("text", "text_ops", "varchar", "text_ops", "inet", "inet_ops", "cidr", "inet_ops",
                    "point", "quad_point_ops", "box", "box_ops", "polygon", "poly_ops"),
            IndexMethod.BRIN, Map.ofEntries(
                    Map.entry("bigint", "int8_minmax_ops"), Map.entry("integer", "int4_minmax_ops"),
                    Map.entry("smallint", "int2_minmax_ops"), Map.entry("double precision", "float8_minmax_ops"),
                    Map.entry("real", "float4_minmax_ops"), Map.entry("numeric", "numeric_minmax_ops"),
                    Map.entry("text", "text_minmax_ops"), Map.entry("varchar", "text_minmax_ops"),
                    Map.entry("char", "bpchar_minmax_ops"), Map.entry("uuid", "uuid_minmax_ops"),
                    Map.entry("timestamptz", "timestamptz_minmax_ops"), Map.entry("timestamp", "timestamp_minmax_ops"),
                    Map.entry("date", "date_minmax_ops"), Map.entry("time", "time_minmax_ops"),
                    Map.entry("timetz", "timetz_minmax_ops"), Map.entry("interval", "interval_minmax_ops"),
                    Map.entry("bytea", "bytea_minmax_ops"), Map.entry("inet", "inet_inclusion_ops"),
                    Map.entry("cidr", "inet_inclusion_ops"), Map.entry("box", "box_inclusion_ops"),
                    Map.entry("pg_lsn", "pg_lsn_minmax_ops"), Map.entry("oid", "oid_minmax_ops"),
                    Map.entry("macaddr", "macaddr_minmax_ops"), Map.entry("macaddr8", "macaddr8_minmax_ops"),
                    Map.entry("name", "name_minmax_ops"), Map.entry("bit", "bit_minmax_ops"),
                    Map.entry("varbit", "varbit_minmax_ops")));

    private DefaultOpclasses() {
    }

    /**
     * Whether {@code opclass} is the one PostgreSQL picks for a key of {@code type} under {@code method}: known for
     * built-in types and arrays of them only, so a user's or an extension's type answers false.
     */
    public static boolean isDefault(ColumnType type, IndexMethod method, String opclass) {
        Objects.requireNonNull(opclass, "opclass");
        if (type.schema() != null) {
            return false;
        }
        if (type.dimensions() > 0) {
            return opclass.equals("array_ops")
                    && (method == IndexMethod.BTREE || method == IndexMethod.HASH || method == IndexMethod.GIN);
        }
        return opclass.equals(DEFAULTS.getOrDefault(method, Map.of()).get(type.name()));
    }

    /**
     * {@code index} with each column key's operator class left out where it is its column's type's default, and
     * its collation where it is its column's own; {@code columns} are the table's.
     */
    public static Index withoutDefaults(Index index, List<Column> columns) {
        List<IndexKey> keys = new ArrayList<>();
        boolean changed = false;
        for (IndexKey key : index.keys()) {
            IndexKey kept = key;
            Column column = key.expression() ? null
                    : columns.stream().filter(c -> c.name().equals(key.text())).findFirst().orElse(null);
            if (column != null && key.opclass() != null && isDefault(column.type(), index.method(), key.opclass())) {
                kept = kept.withOpclass(null);
            }
            if (column != null && key.collation() != null && key.collation().equals(column.collation())) {
                kept = kept.withCollation(null);
            }
            changed |= kept != key;
            keys.add(kept);
        }
        return changed ? index.toBuilder().keys(keys).build() : index;
    }
}
