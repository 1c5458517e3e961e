package dev.shale.diff;

import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.EnumType;
import dev.shale.model.ForeignKey;
import dev.shale.model.Identity;
import dev.shale.model.Index;
import dev.shale.model.QualifiedName;
import dev.shale.model.ReferentialAction;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.Arrays;
import java.util.List;

/** A compact way to build models, tables, columns and rename hints by hand in tests. */
final class Fixtures {

    static final ColumnType BIGINT = ColumnType.builtIn("bigint");
    static final ColumnType BOOLEAN = ColumnType.builtIn("boolean");
    static final ColumnType INTEGER = ColumnType.builtIn("integer");
    static final ColumnType TEXT = ColumnType.builtIn("text");
    static final ColumnType UUID = ColumnType.builtIn("uuid");
    static final ColumnType TIMESTAMPTZ = ColumnType.builtIn("timestamptz");

    private Fixtures() {
    }

    /** {@code "users"} is {@code public.users}; {@code "billing.invoices"} names its schema. */
    static QualifiedName name(String text) {
        return QualifiedName.parse(text);
    }

    static ColumnType varchar(int length) {
        return ColumnType.builtIn("varchar", length);
    }

    static ColumnType enumOf(String type) {
        return ColumnType.userType(name(type));
    }

    /** A nullable column with nothing else. */
    static Col col(String columnName, ColumnType type) {
        return new Col(Column.of(columnName, type, true));
    }

    /** A column being built, each step a copy: a {@code Col} can be shared between tests. */
    record Col(Column column) {
        Col notNull() {
            return new Col(column.toBuilder().notNull().build());
        }

        Col type(ColumnType type) {
            return new Col(column.toBuilder().type(type).build());
        }

        Col defaultTo(String expression) {
            return new Col(column.toBuilder().defaultExpression(expression).build());
        }

        Col identity(Identity identity) {
            return new Col(column.toBuilder().identity(identity).build());
        }

        Col generated(String expression) {
            return new Col(column.toBuilder().generatedExpression(expression).build());
        }

        Col comment(String comment) {
            return new Col(column.toBuilder().comment(comment).build());
        }

        Col collation(String collation) {
            return new Col(column.toBuilder().collation(collation).build());
        }
    }

    static TableBuilder table(String qualifiedName) {
        return new TableBuilder(name(qualifiedName));
    }

    /** A table being built: {@link Table.Builder} under the short names these tests use. */
    static final class TableBuilder {
        private final Table.Builder table;

        private TableBuilder(QualifiedName tableName) {
            table = Table.builder(tableName);
        }

        TableBuilder col(Col... cols) {
            Arrays.stream(cols).map(Col::column).forEach(table::column);
            return this;
        }

        TableBuilder pk(String constraintName, String... pkColumns) {
            table.primaryKey(constraintName, pkColumns);
            return this;
        }

        TableBuilder pk(dev.shale.model.PrimaryKey key) {
            table.primaryKey(key);
            return this;
        }

        TableBuilder unique(dev.shale.model.UniqueConstraint unique) {
            table.unique(unique);
            return this;
        }

        TableBuilder unique(String constraintName, String... uniqueColumns) {
            table.unique(constraintName, uniqueColumns);
            return this;
        }

        TableBuilder check(String constraintName, String expression) {
            table.check(constraintName, expression);
            return this;
        }

        TableBuilder fk(ForeignKey foreignKey) {
            table.foreignKey(foreignKey);
            return this;
        }

        TableBuilder index(Index index) {
            table.index(index);
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

    /** A foreign key with NO ACTION on delete and update. */
    static ForeignKey fk(String constraintName, List<String> columns, String table, List<String> referenced) {
        return fk(constraintName, columns, table, referenced, ReferentialAction.NO_ACTION);
    }

    static ForeignKey fk(String constraintName, List<String> columns, String table, List<String> referenced,
                         ReferentialAction onDelete) {
        return ForeignKey.builder(constraintName, name(table)).columns(columns).referencedColumns(referenced)
                .onDelete(onDelete).build();
    }

    /** A btree index on columns. */
    static Index index(String indexName, String... columns) {
        return Index.builder(indexName).columns(columns).build();
    }

    static Index uniqueIndex(String indexName, String... columns) {
        return Index.builder(indexName).columns(columns).unique().build();
    }

    static EnumType enumType(String typeName, String... values) {
        return EnumType.of(name(typeName), values);
    }

    static ModelBuilder model() {
        return new ModelBuilder();
    }

    /** A model being built: {@link SchemaModel.Builder}, taking this file's table builders too. */
    static final class ModelBuilder {
        private final SchemaModel.Builder model = SchemaModel.builder();

        ModelBuilder schema(String schemaName) {
            model.schema(schemaName);
            return this;
        }

        ModelBuilder enumType(EnumType type) {
            model.enumType(type);
            return this;
        }

        ModelBuilder table(TableBuilder table) {
            return table(table.build());
        }

        ModelBuilder table(Table table) {
            model.table(table);
            return this;
        }

        SchemaModel build() {
            return model.build();
        }
    }

    static HintsBuilder hints() {
        return new HintsBuilder();
    }

    /** Rename hints being built, names as text; each is declared at a made-up {@code com.example} location. */
    static final class HintsBuilder {
        private final RenameHints.Builder hints = RenameHints.builder();

        HintsBuilder table(String from, String to, String declaredAt) {
            hints.table(name(from), name(to), declaredAt);
            return this;
        }

        HintsBuilder column(String table, String from, String to, String declaredAt) {
            hints.column(name(table), from, to, declaredAt);
            return this;
        }

        HintsBuilder enumType(String from, String to, String declaredAt) {
            hints.enumType(name(from), name(to), declaredAt);
            return this;
        }

        HintsBuilder enumValue(String type, String from, String to, String declaredAt) {
            hints.enumValue(name(type), from, to, declaredAt);
            return this;
        }

        RenameHints build() {
            return hints.build();
        }
    }
}
