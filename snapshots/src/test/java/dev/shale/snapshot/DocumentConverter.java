package dev.shale.snapshot;

import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.Deferrability;
import dev.shale.model.EnumType;
import dev.shale.model.ExclusionConstraint;
import dev.shale.model.ExclusionElement;
import dev.shale.model.ForeignKey;
import dev.shale.model.Identity;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.IndexMethod;
import dev.shale.model.KeyOptions;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.ReferentialAction;
import dev.shale.model.ReplicaIdentity;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import dev.shale.snapshot.SnapshotDocument.CheckDoc;
import dev.shale.snapshot.SnapshotDocument.ColumnDoc;
import dev.shale.snapshot.SnapshotDocument.EnumDoc;
import dev.shale.snapshot.SnapshotDocument.ExclusionDoc;
import dev.shale.snapshot.SnapshotDocument.ExclusionElementDoc;
import dev.shale.snapshot.SnapshotDocument.ForeignKeyDoc;
import dev.shale.snapshot.SnapshotDocument.IdentityDoc;
import dev.shale.snapshot.SnapshotDocument.IndexDoc;
import dev.shale.snapshot.SnapshotDocument.IndexKeyDoc;
import dev.shale.snapshot.SnapshotDocument.PrimaryKeyDoc;
import dev.shale.snapshot.SnapshotDocument.SchemaDoc;
import dev.shale.snapshot.SnapshotDocument.TableDoc;
import dev.shale.snapshot.SnapshotDocument.TypeDoc;
import dev.shale.snapshot.SnapshotDocument.UniqueDoc;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Converts between the model and its JSON document. Writing omits {@code null} values and, through
 * the mapper, empty lists; reading treats an absent list as empty and an absent required value as
 * an error naming its path ({@code schema.tables[0].columns[2].type}).
 */
final class DocumentConverter {

    /** A value in the document that cannot become a model value; the message names its path. */
    static final class InvalidDocument extends RuntimeException {
        final boolean missing;

        InvalidDocument(String message, boolean missing) {
            super(message);
            this.missing = missing;
        }
    }

    private DocumentConverter() {
    }

    // ---- model -> document

    static SchemaDoc toDocument(SchemaModel model) {
        return new SchemaDoc(model.schemas(), map(model.enums(), DocumentConverter::enumDoc),
                map(model.tables(), DocumentConverter::tableDoc));
    }

    private static EnumDoc enumDoc(EnumType e) {
        return new EnumDoc(e.name().schema(), e.name().name(), e.comment(), e.values());
    }

    private static TableDoc tableDoc(Table t) {
        PrimaryKey pk = t.primaryKey();
        return new TableDoc(t.name().schema(), t.name().name(), t.comment(),
                map(t.columns(), DocumentConverter::columnDoc),
                pk == null ? null : new PrimaryKeyDoc(pk.name(), pk.columns(),
                        pk.deferrability().snapshotName(), include(pk.options()), nullsNotDistinct(pk.options()),
                        storage(pk.options())),
                map(t.uniques(), u -> new UniqueDoc(u.name(), u.columns(), u.deferrability().snapshotName(),
                        include(u.options()), nullsNotDistinct(u.options()), storage(u.options()))),
                map(t.checks(), c -> new CheckDoc(c.name(), c.expression(), c.notValid() ? true : null,
                        c.noInherit() ? true : null)),
                map(t.foreignKeys(), DocumentConverter::foreignKeyDoc),
                map(t.indexes(), DocumentConverter::indexDoc), map(t.exclusions(), DocumentConverter::exclusionDoc),
                t.unlogged() ? true : null,
                t.replicaIdentity().snapshotName(), t.replicaIdentity().index());
    }

    private static List<String> include(KeyOptions options) {
        return options.include().isEmpty() ? null : options.include();
    }

    private static Boolean nullsNotDistinct(KeyOptions options) {
        return options.nullsNotDistinct() ? Boolean.TRUE : null;
    }

    private static List<String> storage(KeyOptions options) {
        return options.storage().isEmpty() ? null
                : options.storage().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
    }

    private static KeyOptions keyOptions(List<String> include, Boolean nullsNotDistinct, List<String> storage,
                                         String path) {
        return new KeyOptions(include == null ? List.of() : strings(include, path + ".include"),
                Boolean.TRUE.equals(nullsNotDistinct),
                storage(storage == null ? null : strings(storage, path + ".storage")));
    }

    private static ColumnDoc columnDoc(Column c) {
        ColumnType type = c.type();
        Identity identity = c.identity();
        return new ColumnDoc(c.name(),
                new TypeDoc(type.schema(), type.name(), type.modifiers(),
                        type.dimensions() == 0 ? null : type.dimensions()),
                c.nullable(), c.defaultExpression(),
                identity == null ? null : new IdentityDoc(identity.always(), identity.start(), identity.increment(),
                        identity.minValue(), identity.maxValue(), identity.cache() == 1 ? null : identity.cache(),
                        identity.cycle() ? true : null),
                c.generatedExpression(), c.comment(), c.collation());
    }

    private static ForeignKeyDoc foreignKeyDoc(ForeignKey f) {
        return new ForeignKeyDoc(f.name(), f.columns(), f.referencedTable().schema(), f.referencedTable().name(),
                f.referencedColumns(), f.onDelete().sql(), f.onUpdate().sql(), f.deferrability().snapshotName(),
                f.notValid() ? true : null);
    }

    private static ExclusionDoc exclusionDoc(ExclusionConstraint x) {
        return new ExclusionDoc(x.name(), x.method().sql(),
                map(x.elements(), e -> {
                    IndexKeyDoc k = keyDoc(e.key());
                    return new ExclusionElementDoc(k.column(), k.expression(), k.collation(), k.opclass(),
                            k.descending(), k.nulls(), e.operator());
                }),
                x.include(), x.storage().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList(),
                x.where(), x.deferrability().snapshotName());
    }

    private static IndexKeyDoc keyDoc(IndexKey k) {
        return new IndexKeyDoc(k.expression() ? null : k.text(), k.expression() ? k.text() : null,
                k.collation(), k.opclass(), k.descending() ? Boolean.TRUE : null,
                k.nulls() == IndexKey.Nulls.DEFAULT ? null : k.nulls().name().toLowerCase(java.util.Locale.ROOT));
    }

    private static IndexDoc indexDoc(Index i) {
        return new IndexDoc(i.name(), i.unique(), i.method().sql(),
                map(i.keys(), k -> new IndexKeyDoc(k.expression() ? null : k.text(), k.expression() ? k.text() : null,
                        k.collation() == null ? null : dev.shale.model.Collations.declared(k.collation()), k.opclass(),
                        k.descending() ? Boolean.TRUE : null,
                        k.nulls() == IndexKey.Nulls.DEFAULT ? null : k.nulls().name().toLowerCase(java.util.Locale.ROOT))),
                i.where(), i.include(), i.nullsNotDistinct() ? Boolean.TRUE : null,
                i.storage().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    // ---- document -> model

    static SchemaModel toModel(SchemaDoc doc, String path) {
        required(doc, path);
        return new SchemaModel(
                indexed(doc.schemas(), path + ".schemas", (s, p) -> required(s, p)),
                indexed(doc.enums(), path + ".enums", DocumentConverter::enumType),
                indexed(doc.tables(), path + ".tables", DocumentConverter::table));
    }

    private static EnumType enumType(EnumDoc e, String path) {
        required(e, path);
        return new EnumType(qualified(e.schema(), e.name(), path), strings(e.values(), path + ".values"), e.comment());
    }

    private static Table table(TableDoc t, String path) {
        required(t, path);
        PrimaryKeyDoc pk = t.primaryKey();
        String pkPath = path + ".primaryKey";
        return new Table(qualified(t.schema(), t.name(), path),
                indexed(t.columns(), path + ".columns", DocumentConverter::column),
                pk == null ? null : new PrimaryKey(required(pk.name(), pkPath + ".name"),
                        strings(pk.columns(), pkPath + ".columns"), deferrability(pk.deferrable(), pkPath + ".deferrable"),
                        keyOptions(pk.include(), pk.nullsNotDistinct(), pk.storage(), pkPath)),
                indexed(t.uniques(), path + ".uniques", (u, p) -> new UniqueConstraint(
                        required(required(u, p).name(), p + ".name"), strings(u.columns(), p + ".columns"),
                        deferrability(u.deferrable(), p + ".deferrable"),
                        keyOptions(u.include(), u.nullsNotDistinct(), u.storage(), p))),
                indexed(t.checks(), path + ".checks", (c, p) -> new CheckConstraint(
                        required(required(c, p).name(), p + ".name"), required(c.expression(), p + ".expression"),
                        Boolean.TRUE.equals(c.notValid()), Boolean.TRUE.equals(c.noInherit()))),
                indexed(t.foreignKeys(), path + ".foreignKeys", DocumentConverter::foreignKey),
                indexed(t.indexes(), path + ".indexes", DocumentConverter::index),
                t.comment(), Boolean.TRUE.equals(t.unlogged()),
                replicaIdentity(t.replicaIdentity(), t.replicaIdentityIndex(), path + ".replicaIdentity"),
                indexed(t.exclusions(), path + ".exclusions", DocumentConverter::exclusion));
    }

    private static ExclusionConstraint exclusion(ExclusionDoc x, String path) {
        required(x, path);
        List<ExclusionElement> elements = indexed(x.elements(), path + ".elements", (e, p) -> {
            required(e, p);
            IndexKey key = indexKey(new IndexKeyDoc(e.column(), e.expression(), e.collation(), e.opclass(),
                    e.descending(), e.nulls()), p);
            return valid(p, () -> new ExclusionElement(key, required(e.operator(), p + ".operator")));
        });
        return valid(path, () -> new ExclusionConstraint(required(x.name(), path + ".name"),
                method(x.method(), path + ".method"), elements,
                x.include() == null ? List.of() : strings(x.include(), path + ".include"),
                storage(x.storage() == null ? null : strings(x.storage(), path + ".storage")), x.where(),
                deferrability(x.deferrable(), path + ".deferrable")));
    }

    private static Column column(ColumnDoc c, String path) {
        required(c, path);
        IdentityDoc id = c.identity();
        String idPath = path + ".identity";
        Identity identity = id == null ? null : valid(idPath, () -> new Identity(
                required(id.always(), idPath + ".always"), required(id.start(), idPath + ".start"),
                required(id.increment(), idPath + ".increment"), id.minValue(), id.maxValue(),
                id.cache() == null ? 1 : id.cache(), Boolean.TRUE.equals(id.cycle())));
        ColumnType type = type(c.type(), path + ".type");
        return valid(path, () -> new Column(required(c.name(), path + ".name"), type,
                required(c.nullable(), path + ".nullable"), c.defaultExpression(), identity,
                c.generatedExpression(), c.comment(), c.collation()));
    }

    private static ColumnType type(TypeDoc t, String path) {
        required(t, path);
        List<Integer> modifiers = indexed(t.modifiers(), path + ".modifiers", (m, p) -> required(m, p));
        int dimensions = t.dimensions() == null ? 0 : t.dimensions();
        return valid(path, () -> new ColumnType(t.schema(), required(t.name(), path + ".name"), modifiers, dimensions));
    }

    private static ForeignKey foreignKey(ForeignKeyDoc f, String path) {
        required(f, path);
        return new ForeignKey(required(f.name(), path + ".name"), strings(f.columns(), path + ".columns"),
                new QualifiedName(required(f.referencedSchema(), path + ".referencedSchema"),
                        required(f.referencedTable(), path + ".referencedTable")),
                strings(f.referencedColumns(), path + ".referencedColumns"),
                action(f.onDelete(), path + ".onDelete"), action(f.onUpdate(), path + ".onUpdate"),
                deferrability(f.deferrable(), path + ".deferrable"), Boolean.TRUE.equals(f.notValid()));
    }

    private static Index index(IndexDoc i, String path) {
        required(i, path);
        return new Index(required(i.name(), path + ".name"),
                indexed(i.keys(), path + ".keys", DocumentConverter::indexKey),
                required(i.unique(), path + ".unique"), method(i.method(), path + ".method"), i.where(),
                i.include() == null ? List.of() : strings(i.include(), path + ".include"),
                Boolean.TRUE.equals(i.nullsNotDistinct()),
                storage(i.storage() == null ? null : strings(i.storage(), path + ".storage")));
    }

    private static java.util.SortedMap<String, String> storage(List<String> parameters) {
        java.util.SortedMap<String, String> out = new java.util.TreeMap<>();
        for (String parameter : parameters == null ? List.<String>of() : parameters) {
            out.put(parameter.substring(0, parameter.indexOf('=')), parameter.substring(parameter.indexOf('=') + 1));
        }
        return out;
    }

    private static IndexKey indexKey(IndexKeyDoc k, String path) {
        required(k, path);
        if ((k.column() == null) == (k.expression() == null)) {
            throw new InvalidDocument(path + " must have exactly one of \"column\" and \"expression\"", false);
        }
        try {
            return new IndexKey(k.column() != null ? k.column() : k.expression(), k.column() == null,
                    k.collation() == null || k.collation().isEmpty() ? k.collation()
                            : dev.shale.model.Collations.fromName(k.collation()),
                    k.opclass(), Boolean.TRUE.equals(k.descending()),
                    k.nulls() == null ? IndexKey.Nulls.DEFAULT : IndexKey.Nulls.valueOf(k.nulls().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException bad) {
            throw new InvalidDocument(path + ": " + bad.getMessage(), false);
        }
    }

    private static ReferentialAction action(String text, String path) {
        required(text, path);
        return Arrays.stream(ReferentialAction.values()).filter(a -> a.sql().equals(text)).findFirst()
                .orElseThrow(() -> new InvalidDocument(path + " is \"" + text + "\", not one of "
                        + Arrays.stream(ReferentialAction.values()).map(ReferentialAction::sql).toList(), false));
    }

    private static ReplicaIdentity replicaIdentity(String kind, String index, String path) {
        if (kind == null && index == null) {
            return ReplicaIdentity.DEFAULT;
        }
        if ("full".equals(kind) && index == null) {
            return ReplicaIdentity.FULL;
        }
        if ("nothing".equals(kind) && index == null) {
            return ReplicaIdentity.NOTHING;
        }
        if ("index".equals(kind) && index != null) {
            return ReplicaIdentity.usingIndex(index);
        }
        throw new InvalidDocument(path + " is \"" + kind + (index == null ? "" : " " + index) + "\", not one of "
                + "[full, nothing, index (with replicaIdentityIndex)]", false);
    }

    private static Deferrability deferrability(String text, String path) {
        if (text == null || text.equals("deferrable") || text.equals("deferred")) {
            return Deferrability.ofSnapshotName(text);
        }
        throw new InvalidDocument(path + " is \"" + text + "\", not one of [deferrable, deferred]", false);
    }

    private static IndexMethod method(String text, String path) {
        required(text, path);
        return Arrays.stream(IndexMethod.values()).filter(m -> m.sql().equals(text)).findFirst()
                .orElseThrow(() -> new InvalidDocument(path + " is \"" + text + "\", not one of "
                        + Arrays.stream(IndexMethod.values()).map(IndexMethod::sql).toList(), false));
    }

    private static QualifiedName qualified(String schema, String name, String path) {
        return new QualifiedName(required(schema, path + ".schema"), required(name, path + ".name"));
    }

    private static List<String> strings(List<String> values, String path) {
        return indexed(values, path, (s, p) -> required(s, p));
    }

    private static <T> T required(T value, String path) {
        if (value == null) {
            throw new InvalidDocument(path, true);
        }
        return value;
    }

    private static <T> T valid(String path, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidDocument(path + ": " + e.getMessage(), false);
        }
    }

    /** Converts each element, naming it {@code path[i]}; an absent list is empty. */
    private static <D, M> List<M> indexed(List<D> docs, String path, BiFunction<D, String, M> convert) {
        if (docs == null) {
            return List.of();
        }
        List<M> out = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            out.add(convert.apply(docs.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    private static <D, M> List<M> map(List<D> values, Function<D, M> convert) {
        return values.stream().map(convert).toList();
    }
}
