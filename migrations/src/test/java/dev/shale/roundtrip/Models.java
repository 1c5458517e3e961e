package dev.shale.roundtrip;

import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.EnumType;
import dev.shale.model.ForeignKey;
import dev.shale.model.Identifiers;
import dev.shale.model.Identity;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.IndexMethod;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.ReferentialAction;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Short ways to write models by hand in tests, with PostgreSQL's default names for keys and indexes. */
final class Models {

    static final ColumnType INTEGER = ColumnType.builtIn("integer");
    static final ColumnType BIGINT = ColumnType.builtIn("bigint");
    static final ColumnType TEXT = ColumnType.builtIn("text");
    static final ColumnType JSONB = ColumnType.builtIn("jsonb");
    static final ColumnType TIMESTAMPTZ = ColumnType.builtIn("timestamptz");

    private Models() {
    }

    static ColumnType varchar(int length) {
        return ColumnType.builtIn("varchar", length);
    }

    static ColumnType numeric(int precision, int scale) {
        return ColumnType.builtIn("numeric", precision, scale);
    }

    static ColumnType enumType(String qualified) {
        return ColumnType.userType(QualifiedName.parse(qualified));
    }

    static Column nullable(String name, ColumnType type) {
        return Column.of(name, type, true);
    }

    static Column notNull(String name, ColumnType type) {
        return Column.of(name, type, false);
    }

    static Column withDefault(Column column, String defaultExpression) {
        return new Column(column.name(), column.type(), column.nullable(), defaultExpression, null, null,
                column.comment());
    }

    static Column identity(String name, ColumnType type, Identity identity) {
        return new Column(name, type, false, null, identity, null, null);
    }

    static Column generated(String name, ColumnType type, String expression) {
        return new Column(name, type, true, null, null, expression, null);
    }

    static Column commented(Column column, String comment) {
        return new Column(column.name(), column.type(), column.nullable(), column.defaultExpression(),
                column.identity(), column.generatedExpression(), comment);
    }

    static EnumType enumOf(String qualified, String... labels) {
        return new EnumType(QualifiedName.parse(qualified), List.of(labels));
    }

    static SchemaModel model(List<String> schemas, List<EnumType> enums, Table... tables) {
        return new SchemaModel(schemas, enums, List.of(tables));
    }

    static SchemaModel model(Table... tables) {
        return new SchemaModel(List.of(), List.of(), List.of(tables));
    }

    static TableBuilder table(String qualified, Column... columns) {
        return new TableBuilder(QualifiedName.parse(qualified), List.of(columns));
    }

    /** A table being written; names of keys, checks and indexes are PostgreSQL's defaults. */
    static final class TableBuilder {
        private final QualifiedName name;
        private final List<Column> columns;
        private PrimaryKey primaryKey;
        private final List<UniqueConstraint> uniques = new ArrayList<>();
        private final List<CheckConstraint> checks = new ArrayList<>();
        private final List<ForeignKey> foreignKeys = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();
        private String comment;

        private TableBuilder(QualifiedName name, List<Column> columns) {
            this.name = name;
            this.columns = columns;
        }

        TableBuilder pk(String... keyColumns) {
            primaryKey = new PrimaryKey(Identifiers.objectName(name.name(), null, "pkey"), List.of(keyColumns));
            return this;
        }

        TableBuilder unique(String... keyColumns) {
            uniques.add(new UniqueConstraint(Identifiers.objectName(name.name(),
                    Identifiers.joinForName(List.of(keyColumns)), "key"), List.of(keyColumns)));
            return this;
        }

        TableBuilder check(String column, String expression) {
            checks.add(new CheckConstraint(Identifiers.objectName(name.name(), column, "check"), expression));
            return this;
        }

        TableBuilder fk(List<String> fkColumns, String target, List<String> targetColumns,
                ReferentialAction onDelete, ReferentialAction onUpdate) {
            foreignKeys.add(new ForeignKey(Identifiers.objectName(name.name(), Identifiers.joinForName(fkColumns), "fkey"),
                    fkColumns, QualifiedName.parse(target), targetColumns, onDelete, onUpdate));
            return this;
        }

        TableBuilder fk(String column, String target, String targetColumn) {
            return fk(List.of(column), target, List.of(targetColumn), ReferentialAction.NO_ACTION,
                    ReferentialAction.NO_ACTION);
        }

        /** A plain btree index on columns. */
        TableBuilder index(String... keyColumns) {
            return index(false, IndexMethod.BTREE, null, keyColumns);
        }

        TableBuilder index(boolean unique, IndexMethod method, String where, String... keyColumns) {
            List<IndexKey> keys = Arrays.stream(keyColumns).map(IndexKey::column).toList();
            indexes.add(new Index(Identifiers.objectName(name.name(), Identifiers.joinForName(List.of(keyColumns)), "idx"),
                    keys, unique, method, where));
            return this;
        }

        /** An expression index, named as PostgreSQL names it after the function ({@code t_lower_idx}). */
        TableBuilder expressionIndex(String function, String expression) {
            indexes.add(new Index(Identifiers.objectName(name.name(), function, "idx"),
                    List.of(IndexKey.expression(expression)), false, IndexMethod.BTREE, null));
            return this;
        }

        TableBuilder comment(String text) {
            comment = text;
            return this;
        }

        Table build() {
            return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment);
        }
    }
}
