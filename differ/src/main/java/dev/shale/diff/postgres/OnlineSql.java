package dev.shale.diff.postgres;

import dev.shale.diff.change.AddExclusion;
import dev.shale.diff.change.CreateExtension;
import dev.shale.diff.change.DropExclusion;
import dev.shale.diff.change.DropExtension;
import dev.shale.diff.change.UpdateExtension;
import dev.shale.diff.change.SetSequenceOwner;
import dev.shale.diff.change.AlterSequence;
import dev.shale.diff.change.DropSequence;
import dev.shale.diff.change.CreateSequence;
import dev.shale.diff.change.AddCheck;
import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.AddEnumValue;
import dev.shale.diff.change.AddForeignKey;
import dev.shale.diff.change.AddPrimaryKey;
import dev.shale.diff.change.AddUnique;
import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.AlterForeignKeyDeferrability;
import dev.shale.diff.change.Change;
import dev.shale.diff.change.ChangeVisitor;
import dev.shale.diff.change.ColumnAspect;
import dev.shale.diff.change.CreateEnum;
import dev.shale.diff.change.CreateIndex;
import dev.shale.diff.change.CreateSchema;
import dev.shale.diff.change.CreateTable;
import dev.shale.diff.change.DropCheck;
import dev.shale.diff.change.DropColumn;
import dev.shale.diff.change.DropEnum;
import dev.shale.diff.change.DropForeignKey;
import dev.shale.diff.change.DropIndex;
import dev.shale.diff.change.DropPrimaryKey;
import dev.shale.diff.change.DropSchema;
import dev.shale.diff.change.DropTable;
import dev.shale.diff.change.DropUnique;
import dev.shale.diff.change.InvalidateConstraint;
import dev.shale.diff.change.RecreateEnum;
import dev.shale.diff.change.RenameColumn;
import dev.shale.diff.change.RenameConstraint;
import dev.shale.diff.change.RenameEnum;
import dev.shale.diff.change.RenameEnumValue;
import dev.shale.diff.change.RenameIndex;
import dev.shale.diff.change.RenameTable;
import dev.shale.diff.change.SetColumnComment;
import dev.shale.diff.change.SetEnumComment;
import dev.shale.diff.change.SetReplicaIdentity;
import dev.shale.diff.change.SetTableComment;
import dev.shale.diff.change.SetTablePersistence;
import dev.shale.diff.change.ValidateConstraint;
import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.Deferrability;
import dev.shale.model.Identifiers;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.IndexMethod;
import dev.shale.model.KeyOptions;
import dev.shale.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The online forms of changes on a table that exists before the migration, where they are correct: indexes built
 * and dropped {@code CONCURRENTLY}; checks and foreign keys added {@code NOT VALID} and validated later (under a
 * SHARE UPDATE EXCLUSIVE lock, writes go on); {@code SET NOT NULL} through a validated
 * {@code CHECK (col IS NOT NULL)}, which PostgreSQL 12 and later take as proof and so skip the scan; unique
 * constraints and primary keys through a unique index built concurrently, then {@code ADD CONSTRAINT ... USING
 * INDEX}. Empty where the plain form is the one to use.
 */
final class OnlineSql {

    private static final ChangeVisitor<Optional<List<SqlStatement>>> FORMS = new Forms();

    private OnlineSql() {
    }

    /** The online statements of {@code change}, when it has an online form. */
    static Optional<List<SqlStatement>> of(Change change) {
        return change.accept(FORMS);
    }

    /**
     * Whether {@code change} sets NOT NULL through a check: not when it also rewrites the table or changes the
     * collation (the rewrite or the index rebuild holds the exclusive lock anyway, as one long statement) or makes
     * the column an identity (which needs NOT NULL first).
     */
    private static boolean setsNotNullOnline(AlterColumn change) {
        if (!change.aspects().contains(ColumnAspect.NULLABILITY) || change.to().nullable()) {
            return false;
        }
        boolean rewrites = change.aspects().contains(ColumnAspect.TYPE)
                && TypeChanges.rewrites(change.from().type(), change.to().type());
        boolean identity = change.aspects().contains(ColumnAspect.IDENTITY) && change.to().identity() != null;
        boolean rebuildsIndexes = change.aspects().contains(ColumnAspect.COLLATION);
        return !rewrites && !identity && !rebuildsIndexes;
    }

    private static List<SqlStatement> alterColumn(AlterColumn change) {
        List<SqlStatement> statements = new ArrayList<>();
        List<String> others = AlterColumnSql.othersThanSetNotNull(change);
        if (!others.isEmpty()) {
            statements.add(quick(AlterColumnSql.alterTable(change.table(), others), change));
        }
        if (change.fillsNulls()) {
            statements.add(new SqlStatement(FillSql.fill(change.table(), change.to().name(), change.fill()), change,
                    StatementMode.LONG));
        }
        statements.addAll(setNotNull(change.table(), change.to().name(), change));
        return statements;
    }

    /** ADD COLUMN without NOT NULL, its default for new rows, the fill, then NOT NULL through a check. */
    private static List<SqlStatement> addFilledColumn(AddColumn change) {
        Column column = change.column();
        String table = "ALTER TABLE " + change.table().sql() + " ";
        List<SqlStatement> statements = new ArrayList<>();
        statements.add(quick(table + "ADD COLUMN " + ColumnSql.definition(Column.of(column.name(), column.type(),
                true)), change));
        if (column.defaultExpression() != null) {
            statements.add(quick(table + "ALTER COLUMN " + Identifiers.quote(column.name()) + " SET DEFAULT "
                    + column.defaultExpression(), change));
        }
        statements.add(new SqlStatement(FillSql.fill(change.table(), column.name(), change.fill()), change,
                StatementMode.LONG));
        statements.addAll(setNotNull(change.table(), column.name(), change));
        if (column.comment() != null) {
            statements.add(quick(CommentSql.onColumn(change.table(), column.name(), column.comment()), change));
        }
        return statements;
    }

    /**
     * {@code CHECK (col IS NOT NULL) NOT VALID}, VALIDATE, {@code SET NOT NULL} (which finds the validated check and
     * does not scan), then the check dropped: the column ends as the plain form leaves it.
     */
    static List<SqlStatement> setNotNull(QualifiedName table, String column, Change change) {
        String name = notNullCheckName(table, column);
        CheckConstraint check = new CheckConstraint(name, Identifiers.quote(column) + " IS NOT NULL");
        List<SqlStatement> statements = new ArrayList<>(notValid(table, name, ConstraintSql.check(check), change));
        statements.add(quick("ALTER TABLE " + table.sql() + " ALTER COLUMN " + Identifiers.quote(column)
                + " SET NOT NULL", change));
        statements.add(quick(ConstraintSql.drop(table, name), change));
        return statements;
    }

    /** {@code orders_customer_id_not_null_check}, cut to 63 bytes the way PostgreSQL cuts names. */
    static String notNullCheckName(QualifiedName table, String column) {
        return Identifiers.objectName(table.name(), column, "not_null_check");
    }

    private static List<SqlStatement> notValid(QualifiedName table, String name, String clause, Change change) {
        return List.of(new SqlStatement(ConstraintSql.addNotValid(table, clause), change, StatementMode.ADDITION),
                new SqlStatement(ConstraintSql.validate(table, name), change, StatementMode.VALIDATE));
    }

    /** A unique index built concurrently under the constraint's name, then the constraint on it. */
    private static List<SqlStatement> usingIndex(QualifiedName table, String name, List<String> columns, String kind,
                                                 Deferrability deferrability, KeyOptions options, Change change) {
        // the index carries the key's options: ADD CONSTRAINT ... USING INDEX takes them from it
        Index index = new Index(name, columns.stream().map(IndexKey::column).toList(), true, IndexMethod.BTREE, null,
                options.include(), options.nullsNotDistinct(), options.storage());
        return List.of(concurrent(IndexSql.create(table, index, true), change),
                new SqlStatement(ConstraintSql.addUsingIndex(table, name, kind, deferrability), change, StatementMode.ADDITION));
    }

    private static SqlStatement concurrent(String sql, Change change) {
        return new SqlStatement(sql, change, StatementMode.CONCURRENT);
    }

    private static SqlStatement quick(String sql, Change change) {
        return new SqlStatement(sql, change, StatementMode.QUICK);
    }

    /** The online form of each kind of change, where it has one. */
    private static final class Forms implements ChangeVisitor<Optional<List<SqlStatement>>> {
        @Override
        public Optional<List<SqlStatement>> visit(CreateSchema c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<SqlStatement>> visit(DropSchema c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<SqlStatement>> visit(CreateExtension c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<SqlStatement>> visit(DropExtension c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<SqlStatement>> visit(UpdateExtension c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<SqlStatement>> visit(CreateEnum c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<SqlStatement>> visit(DropEnum c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<SqlStatement>> visit(RenameEnum c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<SqlStatement>> visit(AddEnumValue c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<SqlStatement>> visit(RenameEnumValue c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<SqlStatement>> visit(RecreateEnum c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<SqlStatement>> visit(SetEnumComment c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<SqlStatement>> visit(CreateTable c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<SqlStatement>> visit(DropTable c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<SqlStatement>> visit(RenameTable c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<SqlStatement>> visit(SetTableComment c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<SqlStatement>> visit(AddColumn c) {
            return c.fill() != null ? Optional.of(addFilledColumn(c)) : Optional.empty();
        }

        @Override
        public Optional<List<SqlStatement>> visit(DropColumn c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<SqlStatement>> visit(RenameColumn c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<SqlStatement>> visit(AlterColumn c) {
            return setsNotNullOnline(c) ? Optional.of(alterColumn(c)) : Optional.empty();
        }

        @Override
        public Optional<List<SqlStatement>> visit(SetColumnComment c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<SqlStatement>> visit(AddPrimaryKey c) {
            return Optional.of(usingIndex(c.table(), c.primaryKey().name(), c.primaryKey().columns(), "PRIMARY KEY",
                    c.primaryKey().deferrability(), c.primaryKey().options(), c));
        }

        @Override
        public Optional<List<SqlStatement>> visit(DropPrimaryKey c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<SqlStatement>> visit(AddUnique c) {
            return Optional.of(usingIndex(c.table(), c.unique().name(), c.unique().columns(), "UNIQUE",
                    c.unique().deferrability(), c.unique().options(), c));
        }

        @Override
        public Optional<List<SqlStatement>> visit(DropUnique c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<SqlStatement>> visit(AddCheck c) {
            if (c.check().notValid()) {
                return Optional.of(List.of(new SqlStatement(ConstraintSql.addNotValid(c.table(),
                        ConstraintSql.check(c.check())), c, StatementMode.ADDITION)));
            }
            return Optional.of(notValid(c.table(), c.check().name(), ConstraintSql.check(c.check()), c));
        }

        @Override
        public Optional<List<SqlStatement>> visit(DropCheck c) {
            return Optional.empty();
        }

        /** No online form: an exclusion constraint cannot be attached to an index built concurrently. */
        @Override
        public Optional<List<SqlStatement>> visit(AddExclusion c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<SqlStatement>> visit(DropExclusion c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<SqlStatement>> visit(AddForeignKey c) {
            if (c.newTable()) {
                return Optional.empty();
            }
            if (c.foreignKey().notValid()) {
                return Optional.of(List.of(new SqlStatement(ConstraintSql.addNotValid(c.table(),
                        ConstraintSql.foreignKey(c.foreignKey())), c, StatementMode.ADDITION)));
            }
            return Optional.of(notValid(c.table(), c.foreignKey().name(), ConstraintSql.foreignKey(c.foreignKey()), c));
        }

        @Override
        public Optional<List<SqlStatement>> visit(DropForeignKey c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<SqlStatement>> visit(RenameConstraint c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<SqlStatement>> visit(CreateIndex c) {
            return Optional.of(List.of(concurrent(IndexSql.create(c.table(), c.index(), true), c)));
        }

        @Override
        public Optional<List<SqlStatement>> visit(DropIndex c) {
            return Optional.of(List.of(concurrent(IndexSql.dropConcurrently(c.table(), c.index().name()), c)));
        }

        @Override
        public Optional<List<SqlStatement>> visit(RenameIndex c) {
            return Optional.empty();
        }

        /** Validation alone: its own later transaction, under a lock that lets writes through. */
        @Override
        public Optional<List<SqlStatement>> visit(ValidateConstraint c) {
            return Optional.of(List.of(new SqlStatement(ConstraintSql.validate(c.table(), c.name()), c,
                    StatementMode.VALIDATE)));
        }

        @Override
        public Optional<List<SqlStatement>> visit(InvalidateConstraint c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<SqlStatement>> visit(AlterForeignKeyDeferrability c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<SqlStatement>> visit(SetTablePersistence c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<SqlStatement>> visit(SetReplicaIdentity c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<SqlStatement>> visit(CreateSequence c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<SqlStatement>> visit(DropSequence c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<SqlStatement>> visit(AlterSequence c) {
            return Optional.empty();
        }

        @Override
        public Optional<List<SqlStatement>> visit(SetSequenceOwner c) {
            return Optional.empty();
        }
    }
}
