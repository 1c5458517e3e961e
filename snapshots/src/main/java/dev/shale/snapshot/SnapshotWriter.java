package dev.shale.snapshot;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.shale.model.CheckConstraint;
import dev.shale.model.Collations;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.Deferrability;
import dev.shale.model.EnumType;
import dev.shale.model.ExclusionConstraint;
import dev.shale.model.ExclusionElement;
import dev.shale.model.ExpressionSite;
import dev.shale.model.Extension;
import dev.shale.model.ForeignKey;
import dev.shale.model.Identity;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.KeyOptions;
import dev.shale.model.PostgresSpellings;
import dev.shale.model.PrimaryKey;
import dev.shale.model.SchemaModel;
import dev.shale.model.Sequence;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import java.io.IOException;
import java.util.List;

/**
 * Writes a snapshot or a schema to a generator in the file's key order, leaving out {@code null} values,
 * empty lists and an array dimension of 0. The generator's pretty printer, if any, lays it out.
 */
final class SnapshotWriter {

    private final JsonGenerator out;

    SnapshotWriter(JsonGenerator out) {
        this.out = out;
    }

    void snapshot(Snapshot snapshot) throws IOException {
        out.writeStartObject();
        out.writeNumberField("formatVersion", snapshot.formatVersion());
        out.writeStringField("dialect", snapshot.dialect());
        out.writeStringField("id", snapshot.id());
        optional("previousId", snapshot.previousId());
        out.writeFieldName("schema");
        schema(snapshot.schema());
        postgresSpelling(snapshot.postgresSpelling());
        out.writeEndObject();
    }

    /** One object per expression, in site order; left out when there are none. */
    private void postgresSpelling(PostgresSpellings spellings) throws IOException {
        if (spellings.isEmpty()) {
            return;
        }
        out.writeArrayFieldStart("postgresSpelling");
        for (PostgresSpellings.Entry entry : spellings.entries()) {
            ExpressionSite site = entry.site();
            out.writeStartObject();
            out.writeStringField("schema", site.table().schema());
            out.writeStringField("table", site.table().name());
            out.writeStringField("kind", site.kind().word());
            out.writeStringField(site.kind().objectWord(), site.object());
            if (site.key() >= 0) {
                out.writeNumberField("key", site.key());
            }
            out.writeStringField("declared", entry.declared());
            out.writeStringField("postgres", entry.postgres());
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    void schema(SchemaModel schema) throws IOException {
        out.writeStartObject();
        strings("schemas", schema.schemas());
        if (!schema.enums().isEmpty()) {
            out.writeArrayFieldStart("enums");
            for (EnumType e : schema.enums()) {
                enumType(e);
            }
            out.writeEndArray();
        }
        if (!schema.tables().isEmpty()) {
            out.writeArrayFieldStart("tables");
            for (Table t : schema.tables()) {
                table(t);
            }
            out.writeEndArray();
        }
        // written only when there are some, so that a snapshot of a schema without extensions reads and hashes
        // as it did before extensions were modelled
        if (!schema.extensions().isEmpty()) {
            out.writeArrayFieldStart("extensions");
            for (Extension e : schema.extensions()) {
                out.writeStartObject();
                out.writeStringField("name", e.name());
                out.writeStringField("schema", e.schema());
                optional("version", e.version());
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        if (!schema.sequences().isEmpty()) {
            out.writeArrayFieldStart("sequences");
            for (Sequence s : schema.sequences()) {
                sequence(s);
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    /** A sequence; every option at PostgreSQL's default is left out, so a plain sequence is its name and type. */
    private void sequence(Sequence s) throws IOException {
        out.writeStartObject();
        out.writeStringField("schema", s.name().schema());
        out.writeStringField("name", s.name().name());
        out.writeStringField("dataType", s.dataType());
        if (s.start() != s.defaultStart()) {
            out.writeNumberField("start", s.start());
        }
        if (s.increment() != 1) {
            out.writeNumberField("increment", s.increment());
        }
        if (s.minValue() != null) {
            out.writeNumberField("minValue", s.minValue());
        }
        if (s.maxValue() != null) {
            out.writeNumberField("maxValue", s.maxValue());
        }
        if (s.cache() != 1) {
            out.writeNumberField("cache", s.cache());
        }
        if (s.cycle()) {
            out.writeBooleanField("cycle", true);
        }
        if (s.ownedBy() != null) {
            out.writeObjectFieldStart("ownedBy");
            out.writeStringField("schema", s.ownedBy().table().schema());
            out.writeStringField("table", s.ownedBy().table().name());
            out.writeStringField("column", s.ownedBy().column());
            out.writeEndObject();
        }
        out.writeEndObject();
    }

    private void enumType(EnumType e) throws IOException {
        out.writeStartObject();
        out.writeStringField("schema", e.name().schema());
        out.writeStringField("name", e.name().name());
        optional("comment", e.comment());
        strings("values", e.values());
        out.writeEndObject();
    }

    private void table(Table t) throws IOException {
        out.writeStartObject();
        out.writeStringField("schema", t.name().schema());
        out.writeStringField("name", t.name().name());
        optional("comment", t.comment());
        if (!t.columns().isEmpty()) {
            out.writeArrayFieldStart("columns");
            for (Column c : t.columns()) {
                column(c);
            }
            out.writeEndArray();
        }
        PrimaryKey pk = t.primaryKey();
        if (pk != null) {
            out.writeObjectFieldStart("primaryKey");
            out.writeStringField("name", pk.name());
            strings("columns", pk.columns());
            deferrability(pk.deferrability());
            keyOptions(pk.options());
            out.writeEndObject();
        }
        if (!t.uniques().isEmpty()) {
            out.writeArrayFieldStart("uniques");
            for (UniqueConstraint u : t.uniques()) {
                out.writeStartObject();
                out.writeStringField("name", u.name());
                strings("columns", u.columns());
                deferrability(u.deferrability());
                keyOptions(u.options());
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        if (!t.checks().isEmpty()) {
            out.writeArrayFieldStart("checks");
            for (CheckConstraint c : t.checks()) {
                out.writeStartObject();
                out.writeStringField("name", c.name());
                out.writeStringField("expression", c.expression());
                // written only when set, so snapshots without them keep their bytes and hashes
                if (c.notValid()) {
                    out.writeBooleanField("notValid", true);
                }
                if (c.noInherit()) {
                    out.writeBooleanField("noInherit", true);
                }
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        if (!t.foreignKeys().isEmpty()) {
            out.writeArrayFieldStart("foreignKeys");
            for (ForeignKey f : t.foreignKeys()) {
                foreignKey(f);
            }
            out.writeEndArray();
        }
        if (!t.indexes().isEmpty()) {
            out.writeArrayFieldStart("indexes");
            for (Index i : t.indexes()) {
                index(i);
            }
            out.writeEndArray();
        }
        // written only when present, so snapshots without them keep their bytes and hashes
        if (!t.exclusions().isEmpty()) {
            out.writeArrayFieldStart("exclusions");
            for (ExclusionConstraint x : t.exclusions()) {
                exclusion(x);
            }
            out.writeEndArray();
        }
        // written only when not PostgreSQL's default, so snapshots without them keep their bytes and hashes
        if (t.unlogged()) {
            out.writeBooleanField("unlogged", true);
        }
        optional("replicaIdentity", t.replicaIdentity().snapshotName());
        optional("replicaIdentityIndex", t.replicaIdentity().index());
        out.writeEndObject();
    }

    private void column(Column c) throws IOException {
        out.writeStartObject();
        out.writeStringField("name", c.name());
        ColumnType type = c.type();
        out.writeObjectFieldStart("type");
        optional("schema", type.schema());
        out.writeStringField("name", type.name());
        if (!type.modifiers().isEmpty()) {
            out.writeArrayFieldStart("modifiers");
            for (int modifier : type.modifiers()) {
                out.writeNumber(modifier);
            }
            out.writeEndArray();
        }
        if (type.dimensions() != 0) {
            out.writeNumberField("dimensions", type.dimensions());
        }
        out.writeEndObject();
        out.writeBooleanField("nullable", c.nullable());
        optional("default", c.defaultExpression());
        Identity identity = c.identity();
        if (identity != null) {
            out.writeObjectFieldStart("identity");
            out.writeBooleanField("always", identity.always());
            out.writeNumberField("start", identity.start());
            out.writeNumberField("increment", identity.increment());
            // written only when not PostgreSQL's default, so snapshots without them keep their bytes and hashes
            if (identity.minValue() != null) {
                out.writeNumberField("minValue", identity.minValue());
            }
            if (identity.maxValue() != null) {
                out.writeNumberField("maxValue", identity.maxValue());
            }
            if (identity.cache() != 1) {
                out.writeNumberField("cache", identity.cache());
            }
            if (identity.cycle()) {
                out.writeBooleanField("cycle", true);
            }
            out.writeEndObject();
        }
        optional("generated", c.generatedExpression());
        optional("comment", c.comment());
        optional("collation", c.collation());
        out.writeEndObject();
    }

    private void foreignKey(ForeignKey f) throws IOException {
        out.writeStartObject();
        out.writeStringField("name", f.name());
        strings("columns", f.columns());
        out.writeStringField("referencedSchema", f.referencedTable().schema());
        out.writeStringField("referencedTable", f.referencedTable().name());
        strings("referencedColumns", f.referencedColumns());
        out.writeStringField("onDelete", f.onDelete().sql());
        out.writeStringField("onUpdate", f.onUpdate().sql());
        deferrability(f.deferrability());
        if (f.notValid()) {
            out.writeBooleanField("notValid", true);
        }
        out.writeEndObject();
    }

    /** {@code "deferrable": "deferred"}; nothing for a constraint that is not deferrable, PostgreSQL's default. */
    private void deferrability(Deferrability deferrability) throws IOException {
        optional("deferrable", deferrability.snapshotName());
    }

    /** A key's index options, each written only when set, so that a snapshot without them reads and hashes as before. */
    private void keyOptions(KeyOptions options) throws IOException {
        strings("include", options.include());
        if (options.nullsNotDistinct()) {
            out.writeBooleanField("nullsNotDistinct", true);
        }
        strings("storage", options.storage().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    private void index(Index i) throws IOException {
        out.writeStartObject();
        out.writeStringField("name", i.name());
        out.writeBooleanField("unique", i.unique());
        out.writeStringField("method", i.method().sql());
        if (!i.keys().isEmpty()) {
            out.writeArrayFieldStart("keys");
            for (IndexKey k : i.keys()) {
                out.writeStartObject();
                indexKey(k);
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        optional("where", i.where());
        // the options below are written only when set, so that a snapshot without them reads and hashes as before
        strings("include", i.include());
        if (i.nullsNotDistinct()) {
            out.writeBooleanField("nullsNotDistinct", true);
        }
        strings("storage", i.storage().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        out.writeEndObject();
    }

    /** The fields of an index key, inside an object the caller opens and closes. */
    private void indexKey(IndexKey k) throws IOException {
        out.writeStringField(k.expression() ? "expression" : "column", k.text());
        // as declared (a pg_catalog collation by its bare name, as snapshots have always held it)
        optional("collation", k.collation() == null ? null : Collations.declared(k.collation()));
        optional("opclass", k.opclass());
        if (k.descending()) {
            out.writeBooleanField("descending", true);
        }
        if (k.nulls() != IndexKey.Nulls.DEFAULT) {
            out.writeStringField("nulls", k.nulls().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private void exclusion(ExclusionConstraint x) throws IOException {
        out.writeStartObject();
        out.writeStringField("name", x.name());
        out.writeStringField("method", x.method().sql());
        out.writeArrayFieldStart("elements");
        for (ExclusionElement e : x.elements()) {
            out.writeStartObject();
            indexKey(e.key());
            out.writeStringField("operator", e.operator());
            out.writeEndObject();
        }
        out.writeEndArray();
        strings("include", x.include());
        strings("storage", x.storage().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        optional("where", x.where());
        deferrability(x.deferrability());
        out.writeEndObject();
    }

    private void strings(String field, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        out.writeArrayFieldStart(field);
        for (String value : values) {
            out.writeString(value);
        }
        out.writeEndArray();
    }

    private void optional(String field, String value) throws IOException {
        if (value != null) {
            out.writeStringField(field, value);
        }
    }
}
