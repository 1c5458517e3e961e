package dev.shale.roundtrip;

import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.EnumType;
import dev.shale.model.ForeignKey;
import dev.shale.model.Identifiers;
import dev.shale.model.Identity;
import dev.shale.model.Index;
import dev.shale.model.IndexMethod;
import dev.shale.model.QualifiedName;
import dev.shale.model.ReferentialAction;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
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
        return column.toBuilder().defaultExpression(defaultExpression).identity(null).generatedExpression(null).build();
    }

    static Column identity(String name, ColumnType type, Identity identity) {
        return Column.builder(name, type).notNull().identity(identity).build();
    }

    static Column generated(String name, ColumnType type, String expression) {
        return Column.builder(name, type).generatedExpression(expression).build();
    }

    static Column commented(Column column, String comment) {
        return column.toBuilder().comment(comment).build();
    }

    static EnumType enumOf(String qualified, String... labels) {
        return EnumType.of(QualifiedName.parse(qualified), labels);
    }

    static SchemaModel model(List<String> schemas, List<EnumType> enums, Table... tables) {
        return SchemaModel.builder().schemas(schemas).enums(enums).tables(List.of(tables)).build();
    }

    static SchemaModel model(Table... tables) {
        return SchemaModel.builder().tables(List.of(tables)).build();
    }

    static TableBuilder table(String qualified, Column... columns) {
        return new TableBuilder(QualifiedName.parse(qualified), List.of(columns));
    }

    /** A table being written with {@link Table.Builder}; keys, checks and indexes get PostgreSQL's default names. */
    static final class TableBuilder {
        private final String tableName;
        private final Table.Builder table;

        private TableBuilder(QualifiedName name, List<Column> columns) {
            this.tableName = name.name();
            this.table = Table.builder(name).columns(columns);
        }

        TableBuilder pk(String... keyColumns) {
            table.primaryKey(Identifiers.objectName(tableName, null, "pkey"), keyColumns);
            return this;
        }

        TableBuilder unique(String... keyColumns) {
            table.unique(Identifiers.objectName(tableName, Identifiers.joinForName(List.of(keyColumns)), "key"),
                    keyColumns);
            return this;
        }

        TableBuilder check(String column, String expression) {
            table.check(Identifiers.objectName(tableName, column, "check"), expression);
            return this;
        }

        TableBuilder fk(List<String> fkColumns, String target, List<String> targetColumns,
                ReferentialAction onDelete, ReferentialAction onUpdate) {
            table.foreignKey(ForeignKey.builder(Identifiers.objectName(tableName, Identifiers.joinForName(fkColumns),
                    "fkey"), QualifiedName.parse(target)).columns(fkColumns).referencedColumns(targetColumns)
                    .onDelete(onDelete).onUpdate(onUpdate));
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
            table.index(Index.builder(Identifiers.objectName(tableName, Identifiers.joinForName(List.of(keyColumns)),
                    "idx")).columns(keyColumns).unique(unique).method(method).where(where));
            return this;
        }

        /** An expression index, named as PostgreSQL names it after the function ({@code t_lower_idx}). */
        TableBuilder expressionIndex(String function, String expression) {
            table.index(Index.builder(Identifiers.objectName(tableName, function, "idx")).expression(expression));
            return this;
        }

        TableBuilder comment(String text) {
            table.comment(text);
            return this;
        }

        Table build() {
            return table.build();
        }
    }
}
