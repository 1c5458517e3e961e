package dev.shale.snapshot;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The JSON shape of a snapshot, apart from the model so the model carries no Jackson annotations.
 * Every field is boxed so that a missing field reads as {@code null} and is reported by name.
 */
@JsonPropertyOrder({"formatVersion", "dialect", "id", "previousId", "schema"})
record SnapshotDocument(Integer formatVersion, String dialect, String id, String previousId, SchemaDoc schema) {

    @JsonPropertyOrder({"schemas", "enums", "tables"})
    record SchemaDoc(List<String> schemas, List<EnumDoc> enums, List<TableDoc> tables) {
    }

    @JsonPropertyOrder({"schema", "name", "comment", "values"})
    record EnumDoc(String schema, String name, String comment, List<String> values) {
    }

    @JsonPropertyOrder({"schema", "name", "comment", "columns", "primaryKey", "uniques", "checks", "foreignKeys",
            "indexes", "exclusions", "unlogged", "replicaIdentity", "replicaIdentityIndex"})
    record TableDoc(
            String schema,
            String name,
            String comment,
            List<ColumnDoc> columns,
            PrimaryKeyDoc primaryKey,
            List<UniqueDoc> uniques,
            List<CheckDoc> checks,
            List<ForeignKeyDoc> foreignKeys,
            List<IndexDoc> indexes,
            List<ExclusionDoc> exclusions,
            Boolean unlogged,
            String replicaIdentity,
            String replicaIdentityIndex) {
    }

    @JsonPropertyOrder({"name", "type", "nullable", "default", "identity", "generated", "comment", "collation"})
    record ColumnDoc(
            String name,
            TypeDoc type,
            Boolean nullable,
            @JsonProperty("default") String defaultExpression,
            IdentityDoc identity,
            @JsonProperty("generated") String generatedExpression,
            String comment,
            String collation) {
    }

    /** {@code dimensions} is {@code null} (omitted) for a scalar. */
    @JsonPropertyOrder({"schema", "name", "modifiers", "dimensions"})
    record TypeDoc(String schema, String name, List<Integer> modifiers, Integer dimensions) {
    }

    /** The options after {@code increment} are {@code null} (omitted) when PostgreSQL's default. */
    @JsonPropertyOrder({"always", "start", "increment", "minValue", "maxValue", "cache", "cycle"})
    record IdentityDoc(Boolean always, Long start, Long increment, Long minValue, Long maxValue, Long cache,
                       Boolean cycle) {
    }

    @JsonPropertyOrder({"name", "columns", "deferrable", "include", "nullsNotDistinct", "storage"})
    record PrimaryKeyDoc(String name, List<String> columns, String deferrable, List<String> include,
                         Boolean nullsNotDistinct, List<String> storage) {
    }

    @JsonPropertyOrder({"name", "columns", "deferrable", "include", "nullsNotDistinct", "storage"})
    record UniqueDoc(String name, List<String> columns, String deferrable, List<String> include,
                     Boolean nullsNotDistinct, List<String> storage) {
    }

    @JsonPropertyOrder({"name", "expression", "notValid", "noInherit"})
    record CheckDoc(String name, String expression, Boolean notValid, Boolean noInherit) {
    }

    @JsonPropertyOrder({"name", "columns", "referencedSchema", "referencedTable", "referencedColumns", "onDelete",
            "onUpdate", "deferrable", "notValid"})
    record ForeignKeyDoc(
            String name,
            List<String> columns,
            String referencedSchema,
            String referencedTable,
            List<String> referencedColumns,
            String onDelete,
            String onUpdate,
            String deferrable,
            Boolean notValid) {
    }

    @JsonPropertyOrder({"name", "unique", "method", "keys", "where", "include", "nullsNotDistinct", "storage"})
    record IndexDoc(String name, Boolean unique, String method, List<IndexKeyDoc> keys, String where,
                    List<String> include, Boolean nullsNotDistinct, List<String> storage) {
    }

    /** Exactly one of {@code column} and {@code expression} is set; the options only when not the default. */
    @JsonPropertyOrder({"column", "expression", "collation", "opclass", "descending", "nulls"})
    record IndexKeyDoc(String column, String expression, String collation, String opclass, Boolean descending,
                       String nulls) {
    }

    @JsonPropertyOrder({"name", "method", "elements", "include", "storage", "where", "deferrable"})
    record ExclusionDoc(String name, String method, List<ExclusionElementDoc> elements, List<String> include,
                        List<String> storage, String where, String deferrable) {
    }

    /** An index key's fields and the operator. */
    @JsonPropertyOrder({"column", "expression", "collation", "opclass", "descending", "nulls", "operator"})
    record ExclusionElementDoc(String column, String expression, String collation, String opclass,
                               Boolean descending, String nulls, String operator) {
    }
}
