package dev.shale.diff;

import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.EnumType;
import dev.shale.model.ForeignKey;
import dev.shale.model.Identity;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.IndexMethod;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.ReferentialAction;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import java.util.ArrayList;
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

    /** A column being built. */
    record Col(Column column) {
        Col notNull() {
            return with(column.name(), column.type(), false, column.defaultExpression(), column.identity(),
                    column.generatedExpression(), column.comment());
        }

        Col type(ColumnType type) {
            return with(column.name(), type, column.nullable(), column.defaultExpression(), column.identity(),
                    column.generatedExpression(), column.comment());
        }

        Col defaultTo(String expression) {
            return with(column.name(), column.type(), column.nullable(), expression, column.identity(),
                    column.generatedExpression(), column.comment());
        }

        Col identity(Identity identity) {
            return with(column.name(), column.type(), column.nullable(), column.defaultExpression(), identity,
                    column.generatedExpression(), column.comment());
        }

        Col generated(String expression) {
            return with(column.name(), column.type(), column.nullable(), column.defaultExpression(),
                    column.identity(), expression, column.comment());
        }

        Col comment(String comment) {
            return with(column.name(), column.type(), column.nullable(), column.defaultExpression(),
                    column.identity(), column.generatedExpression(), comment);
        }

        private static Col with(String n, ColumnType t, boolean nullable, String d, Identity i, String g, String c) {
            return new Col(new Column(n, t, nullable, d, i, g, c));
        }
    }

    static TableBuilder table(String qualifiedName) {
        return new TableBuilder(name(qualifiedName));
    }

    /** A table being built; {@link #pk} with no name takes PostgreSQL's {@code <table>_pkey}. */
    static final class TableBuilder {
        private final QualifiedName tableName;
        private final List<Column> columns = new ArrayList<>();
        private PrimaryKey primaryKey;
        private final List<UniqueConstraint> uniques = new ArrayList<>();
        private final List<CheckConstraint> checks = new ArrayList<>();
        private final List<ForeignKey> foreignKeys = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();
        private String comment;

        private TableBuilder(QualifiedName tableName) {
            this.tableName = tableName;
        }

        TableBuilder col(Col... cols) {
            Arrays.stream(cols).map(Col::column).forEach(columns::add);
            return this;
        }

        TableBuilder pk(String constraintName, String... pkColumns) {
            primaryKey = new PrimaryKey(constraintName, List.of(pkColumns));
            return this;
        }

        TableBuilder unique(String constraintName, String... uniqueColumns) {
            uniques.add(new UniqueConstraint(constraintName, List.of(uniqueColumns)));
            return this;
        }

        TableBuilder check(String constraintName, String expression) {
            checks.add(new CheckConstraint(constraintName, expression));
            return this;
        }

        TableBuilder fk(ForeignKey foreignKey) {
            foreignKeys.add(foreignKey);
            return this;
        }

        TableBuilder index(Index index) {
            indexes.add(index);
            return this;
        }

        TableBuilder comment(String text) {
            comment = text;
            return this;
        }

        Table build() {
            return new Table(tableName, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment);
        }
    }

    /** A foreign key with NO ACTION on delete and update. */
    static ForeignKey fk(String constraintName, List<String> columns, String table, List<String> referenced) {
        return fk(constraintName, columns, table, referenced, ReferentialAction.NO_ACTION);
    }

    static ForeignKey fk(String constraintName, List<String> columns, String table, List<String> referenced,
                         ReferentialAction onDelete) {
        return new ForeignKey(constraintName, columns, name(table), referenced, onDelete, ReferentialAction.NO_ACTION);
    }

    /** A btree index on columns. */
    static Index index(String indexName, String... columns) {
        return new Index(indexName, Arrays.stream(columns).map(IndexKey::column).toList(), false, IndexMethod.BTREE, null);
    }

    static Index uniqueIndex(String indexName, String... columns) {
        return new Index(indexName, Arrays.stream(columns).map(IndexKey::column).toList(), true, IndexMethod.BTREE, null);
    }

    static EnumType enumType(String typeName, String... values) {
        return new EnumType(name(typeName), List.of(values));
    }

    static ModelBuilder model() {
        return new ModelBuilder();
    }

    /** A model being built. */
    static final class ModelBuilder {
        private final List<String> schemas = new ArrayList<>();
        private final List<EnumType> enums = new ArrayList<>();
        private final List<Table> tables = new ArrayList<>();

        ModelBuilder schema(String schemaName) {
            schemas.add(schemaName);
            return this;
        }

        ModelBuilder enumType(EnumType type) {
            enums.add(type);
            return this;
        }

        ModelBuilder table(TableBuilder table) {
            tables.add(table.build());
            return this;
        }

        ModelBuilder table(Table table) {
            tables.add(table);
            return this;
        }

        SchemaModel build() {
            return new SchemaModel(schemas, enums, tables);
        }
    }

    static HintsBuilder hints() {
        return new HintsBuilder();
    }

    /** Rename hints being built; each is declared at a made-up {@code com.example} location. */
    static final class HintsBuilder {
        private final List<RenameHints.TableRename> tables = new ArrayList<>();
        private final List<RenameHints.ColumnRename> columns = new ArrayList<>();
        private final List<RenameHints.EnumRename> enums = new ArrayList<>();
        private final List<RenameHints.EnumValueRename> values = new ArrayList<>();

        HintsBuilder table(String from, String to, String declaredAt) {
            tables.add(new RenameHints.TableRename(name(from), name(to), declaredAt));
            return this;
        }

        HintsBuilder column(String table, String from, String to, String declaredAt) {
            columns.add(new RenameHints.ColumnRename(name(table), from, to, declaredAt));
            return this;
        }

        HintsBuilder enumType(String from, String to, String declaredAt) {
            enums.add(new RenameHints.EnumRename(name(from), name(to), declaredAt));
            return this;
        }

        HintsBuilder enumValue(String type, String from, String to, String declaredAt) {
            values.add(new RenameHints.EnumValueRename(name(type), from, to, declaredAt));
            return this;
        }

        RenameHints build() {
            return new RenameHints(tables, columns, enums, values);
        }
    }
}
