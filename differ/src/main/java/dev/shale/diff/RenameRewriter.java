package dev.shale.diff;

import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.EnumType;
import dev.shale.model.ExclusionConstraint;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Sequence;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import dev.shale.sql.EnumLiterals;
import dev.shale.sql.SequenceCalls;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Rewrites a model as if one rename had run, with every reference following it the way
 * PostgreSQL's references (by OID) do: expressions of a table name its renamed column anew
 * ({@link ColumnReferences}), and enum defaults name a renamed label anew ({@link EnumLiterals}).
 */
final class RenameRewriter {

    private RenameRewriter() {
    }

    /** The enum type {@code from} is now {@code to}; columns of that type follow. */
    static SchemaModel renameEnum(SchemaModel model, QualifiedName from, QualifiedName to) {
        List<EnumType> enums = model.enums().stream()
                .map(e -> e.name().equals(from) ? new EnumType(to, e.values(), e.comment()) : e)
                .toList();
        List<Table> tables = model.tables().stream()
                .map(t -> withColumns(t, t.columns().stream().map(c -> retype(c, from, to)).toList()))
                .toList();
        return new SchemaModel(model.schemas(), enums, tables, model.extensions(), model.sequences());
    }

    /** Label {@code from} of enum {@code type} is now {@code to}; defaults of columns of that type naming it follow. */
    static SchemaModel renameEnumValue(SchemaModel model, QualifiedName type, String from, String to) {
        List<EnumType> enums = model.enums().stream()
                .map(e -> e.name().equals(type) ? new EnumType(e.name(), rename(e.values(), from, to), e.comment()) : e)
                .toList();
        List<Table> tables = model.tables().stream()
                .map(t -> withColumns(t, t.columns().stream().map(c -> relabelDefault(c, type, from, to)).toList()))
                .toList();
        return new SchemaModel(model.schemas(), enums, tables, model.extensions(), model.sequences());
    }

    /**
     * Table {@code from} is now {@code to}; foreign keys referring to it and sequences it owns follow. A table moved
     * to another schema takes the sequences it owns along, as {@code ALTER TABLE ... SET SCHEMA} does, and the
     * defaults calling them then name them in that schema.
     */
    static SchemaModel renameTable(SchemaModel model, QualifiedName from, QualifiedName to) {
        java.util.Map<QualifiedName, QualifiedName> moved = new java.util.TreeMap<>();
        if (!from.schema().equals(to.schema())) {
            model.sequences().stream()
                    .filter(s -> s.ownedBy() != null && s.ownedBy().table().equals(from))
                    .forEach(s -> moved.put(s.name(), new QualifiedName(to.schema(), s.name().name())));
        }
        List<Table> tables = model.tables().stream()
                .map(t -> t.name().equals(from) ? t.withName(to) : t)
                .map(t -> withForeignKeys(t, t.foreignKeys().stream()
                        .map(fk -> fk.referencedTable().equals(from) ? retarget(fk, to) : fk)
                        .toList()))
                .map(t -> moved.isEmpty() ? t : withColumns(t, t.columns().stream()
                        .map(c -> c.toBuilder().defaultExpression(
                                SequenceCalls.retarget(c.defaultExpression(), moved)).build())
                        .toList()))
                .toList();
        List<Sequence> sequences = model.sequences().stream()
                .map(s -> s.ownedBy() != null && s.ownedBy().table().equals(from)
                        ? s.toBuilder().name(moved.getOrDefault(s.name(), s.name()))
                                .ownedBy(to, s.ownedBy().column()).build() : s)
                .toList();
        return new SchemaModel(model.schemas(), model.enums(), tables, model.extensions(), sequences);
    }

    /**
     * Column {@code from} of {@code table} is now {@code to}; keys, indexes, exclusion constraints, foreign keys and
     * owned sequences follow.
     */
    static SchemaModel renameColumn(SchemaModel model, QualifiedName table, String from, String to) {
        UnaryOperator<List<String>> names = list -> rename(list, from, to);
        List<Table> tables = model.tables().stream()
                .map(t -> t.name().equals(table) ? renameOwnColumn(t, from, to, names) : t)
                .map(t -> withForeignKeys(t, t.foreignKeys().stream()
                        .map(fk -> fk.referencedTable().equals(table) ? fk.toBuilder()
                                .referencedColumns(names.apply(fk.referencedColumns())).build()
                                : fk)
                        .toList()))
                .toList();
        List<Sequence> sequences = model.sequences().stream()
                .map(s -> s.ownedBy() != null && s.ownedBy().table().equals(table) && s.ownedBy().column().equals(from)
                        ? s.toBuilder().ownedBy(table, to).build() : s)
                .toList();
        return new SchemaModel(model.schemas(), model.enums(), tables, model.extensions(), sequences);
    }

    private static Table renameOwnColumn(Table t, String from, String to, UnaryOperator<List<String>> names) {
        UnaryOperator<String> sql = expression -> ColumnReferences.rename(expression, from, to);
        List<Column> columns = t.columns().stream()
                .map(c -> c.name().equals(from) ? c.withName(to) : c)
                .map(c -> new Column(c.name(), c.type(), c.nullable(), c.defaultExpression(), c.identity(),
                        sql.apply(c.generatedExpression()), c.comment(), c.collation()))
                .toList();
        PrimaryKey pk = t.primaryKey() == null ? null
                : new PrimaryKey(t.primaryKey().name(), names.apply(t.primaryKey().columns()),
                        t.primaryKey().deferrability(), t.primaryKey().options().renamed(names::apply));
        List<UniqueConstraint> uniques = t.uniques().stream()
                .map(u -> new UniqueConstraint(u.name(), names.apply(u.columns()), u.deferrability(),
                        u.options().renamed(names::apply)))
                .toList();
        List<ForeignKey> foreignKeys = t.foreignKeys().stream()
                .map(fk -> fk.toBuilder().columns(names.apply(fk.columns())).build())
                .toList();
        List<CheckConstraint> checks = t.checks().stream()
                .map(c -> c.withExpression(sql.apply(c.expression())))
                .toList();
        List<Index> indexes = t.indexes().stream()
                .map(i -> i.toBuilder().keys(i.keys().stream()
                        .map(k -> k.expression() ? k.withText(sql.apply(k.text()))
                                : k.text().equals(from) ? k.withText(to) : k)
                        .toList()).where(sql.apply(i.where()))
                        .include(i.include().stream().map(c -> c.equals(from) ? to : c).toList()).build())
                .toList();
        List<ExclusionConstraint> exclusions = t.exclusions().stream()
                .map(x -> x.toBuilder().elements(x.elements().stream()
                        .map(e -> e.withKey(e.key().expression() ? e.key().withText(sql.apply(e.key().text()))
                                : e.key().text().equals(from) ? e.key().withText(to) : e.key()))
                        .toList()).where(sql.apply(x.where())).include(names.apply(x.include())).build())
                .toList();
        return new Table(t.name(), columns, pk, uniques, checks, foreignKeys, indexes, t.comment(), t.unlogged(),
                t.replicaIdentity(), exclusions);
    }

    private static Column retype(Column c, QualifiedName from, QualifiedName to) {
        ColumnType type = c.type();
        if (!type.isUserType() || !type.userTypeName().equals(from)) {
            return c;
        }
        ColumnType renamed = new ColumnType(to.schema(), to.name(), type.modifiers(), type.dimensions());
        return new Column(c.name(), renamed, c.nullable(), c.defaultExpression(), c.identity(),
                c.generatedExpression(), c.comment(), c.collation());
    }

    private static Column relabelDefault(Column c, QualifiedName type, String from, String to) {
        if (!c.type().isUserType() || c.type().dimensions() > 0 || !c.type().userTypeName().equals(type)) {
            return c;
        }
        return new Column(c.name(), c.type(), c.nullable(), EnumLiterals.relabel(c.defaultExpression(), from, to),
                c.identity(), c.generatedExpression(), c.comment(), c.collation());
    }

    private static ForeignKey retarget(ForeignKey fk, QualifiedName table) {
        return fk.toBuilder().referencedTable(table).build();
    }

    private static Table withColumns(Table t, List<Column> columns) {
        return t.toBuilder().columns(columns).build();
    }

    private static Table withForeignKeys(Table t, List<ForeignKey> foreignKeys) {
        return t.toBuilder().foreignKeys(foreignKeys).build();
    }

    private static List<String> rename(List<String> names, String from, String to) {
        return names.stream().map(n -> n.equals(from) ? to : n).toList();
    }
}
