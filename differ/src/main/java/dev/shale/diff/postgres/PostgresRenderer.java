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
import dev.shale.model.Column;
import dev.shale.model.Identifiers;
import dev.shale.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Renders changes as PostgreSQL statements and names their hazards. Pure. */
public final class PostgresRenderer {

    private static final ChangeVisitor<List<String>> PLAIN_SQL = new PlainSql();

    /** The statements that perform {@code change}, in order, in plain DDL. */
    public List<SqlStatement> render(Change change) {
        return render(change, DdlForm.PLAIN, true);
    }

    /**
     * The statements that perform {@code change}, in order: its online form when {@code form} asks for it, the
     * change is on a table that exists before the migration ({@code existingTable}) and it has one
     * ({@link OnlineSql}); else plain DDL, each statement marked with how it must run.
     */
    public List<SqlStatement> render(Change change, DdlForm form, boolean existingTable) {
        if (form == DdlForm.ONLINE && existingTable) {
            Optional<List<SqlStatement>> online = OnlineSql.of(change);
            if (online.isPresent()) {
                return online.get();
            }
        }
        List<String> statements = sql(change);
        List<SqlStatement> out = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            out.add(new SqlStatement(statements.get(i), change, PlainModes.of(change, i, existingTable)));
        }
        return out;
    }

    /** The hazards of performing {@code change} on a populated database, written as plain DDL. */
    public List<Hazard> hazards(Change change) {
        return hazards(change, false);
    }

    /**
     * The hazards of performing {@code change} on a populated database; {@code online} says whether changes on
     * existing tables are written in their online forms, which changes their lock hazards.
     */
    public List<Hazard> hazards(Change change, boolean online) {
        return HazardRules.of(change, online);
    }

    /** The {@link HazardCode#IRREVERSIBLE_DOWN} hazard that goes with an up migration's data-loss hazard. */
    public Hazard irreversibleDown(Hazard dataLoss) {
        if (dataLoss.kind() != HazardKind.DATA_LOSS) {
            throw new IllegalArgumentException("only a data-loss hazard makes a down irreversible, not "
                    + dataLoss.code().code());
        }
        return HazardRules.irreversibleDown(dataLoss);
    }

    /** What existing rows must satisfy for {@code change} to succeed, named as when it runs. */
    public List<DataRequirement> requirements(Change change) {
        return RequirementRules.of(change);
    }

    private static List<String> sql(Change change) {
        return change.accept(PLAIN_SQL);
    }

    /**
     * {@code ADD COLUMN}; with a fill: ADD COLUMN NULL-able without default (existing rows get NULL), SET DEFAULT
     * (for rows inserted from then on), the fill, SET NOT NULL; a column added back with a refill is added with it
     * as default, so that existing rows get it, and the default is dropped at once, leaving the column as declared.
     */
    private static List<String> addColumn(AddColumn change) {
        List<String> statements = new ArrayList<>();
        Column column = change.column();
        if (change.fill() != null) {
            String name = Identifiers.quote(column.name());
            statements.add(alterTable(change.table()) + "ADD COLUMN "
                    + ColumnSql.definition(Column.of(column.name(), column.type(), true)));
            if (column.defaultExpression() != null) {
                statements.add(alterTable(change.table()) + "ALTER COLUMN " + name + " SET DEFAULT "
                        + column.defaultExpression());
            }
            statements.add(FillSql.fill(change.table(), column.name(), change.fill()));
            statements.add(alterTable(change.table()) + "ALTER COLUMN " + name + " SET NOT NULL");
        } else if (change.refill() != null) {
            Column filled = new Column(column.name(), column.type(), column.nullable(), change.refill(),
                    column.identity(), column.generatedExpression(), column.comment(), column.collation());
            statements.add(alterTable(change.table()) + "ADD COLUMN " + ColumnSql.definition(filled));
            statements.add(alterTable(change.table()) + "ALTER COLUMN " + Identifiers.quote(column.name())
                    + " DROP DEFAULT");
        } else {
            statements.add(alterTable(change.table()) + "ADD COLUMN " + ColumnSql.definition(column));
        }
        if (change.column().comment() != null) {
            statements.add(CommentSql.onColumn(change.table(), change.column().name(), change.column().comment()));
        }
        return statements;
    }

    private static String alterTable(QualifiedName table) {
        return "ALTER TABLE " + table.sql() + " ";
    }

    /** The plain statements of each kind of change. */
    private static final class PlainSql implements ChangeVisitor<List<String>> {
        @Override
        public List<String> visit(CreateSchema c) {
            return List.of("CREATE SCHEMA " + Identifiers.quote(c.name()));
        }

        @Override
        public List<String> visit(DropSchema c) {
            return List.of("DROP SCHEMA " + Identifiers.quote(c.name()));
        }

        @Override
        public List<String> visit(CreateExtension c) {
            return List.of(ExtensionSql.create(c.extension()));
        }

        @Override
        public List<String> visit(DropExtension c) {
            return List.of(ExtensionSql.drop(c.extension()));
        }

        @Override
        public List<String> visit(UpdateExtension c) {
            return List.of(ExtensionSql.update(c.name(), c.to()));
        }

        @Override
        public List<String> visit(CreateEnum c) {
            return EnumSql.create(c.type());
        }

        @Override
        public List<String> visit(DropEnum c) {
            return List.of(EnumSql.drop(c.type().name()));
        }

        @Override
        public List<String> visit(RenameEnum c) {
            return EnumSql.rename(c);
        }

        @Override
        public List<String> visit(AddEnumValue c) {
            return List.of(EnumSql.addValue(c));
        }

        @Override
        public List<String> visit(RenameEnumValue c) {
            return List.of(EnumSql.renameValue(c.type(), c.from(), c.to()));
        }

        @Override
        public List<String> visit(RecreateEnum c) {
            return EnumSql.recreate(c);
        }

        @Override
        public List<String> visit(SetEnumComment c) {
            return List.of(CommentSql.onType(c.type(), c.to()));
        }

        @Override
        public List<String> visit(CreateTable c) {
            return TableSql.create(c.table());
        }

        @Override
        public List<String> visit(DropTable c) {
            return List.of(TableSql.drop(c.table()));
        }

        @Override
        public List<String> visit(RenameTable c) {
            return Renames.table(c);
        }

        @Override
        public List<String> visit(SetTableComment c) {
            return List.of(CommentSql.onTable(c.table(), c.to()));
        }

        @Override
        public List<String> visit(AddColumn c) {
            return addColumn(c);
        }

        @Override
        public List<String> visit(DropColumn c) {
            return List.of(alterTable(c.table()) + "DROP COLUMN " + Identifiers.quote(c.column().name()));
        }

        @Override
        public List<String> visit(RenameColumn c) {
            return Renames.column(c);
        }

        @Override
        public List<String> visit(AlterColumn c) {
            return AlterColumnSql.statements(c);
        }

        @Override
        public List<String> visit(SetColumnComment c) {
            return List.of(CommentSql.onColumn(c.table(), c.column(), c.to()));
        }

        @Override
        public List<String> visit(AddPrimaryKey c) {
            return List.of(ConstraintSql.add(c.table(), ConstraintSql.primaryKey(c.primaryKey())));
        }

        @Override
        public List<String> visit(DropPrimaryKey c) {
            return List.of(ConstraintSql.drop(c.table(), c.primaryKey().name()));
        }

        @Override
        public List<String> visit(AddUnique c) {
            return List.of(ConstraintSql.add(c.table(), ConstraintSql.unique(c.unique())));
        }

        @Override
        public List<String> visit(DropUnique c) {
            return List.of(ConstraintSql.drop(c.table(), c.unique().name()));
        }

        @Override
        public List<String> visit(AddCheck c) {
            return ConstraintSql.addMaybeValidated(c.table(), c.check().name(), ConstraintSql.check(c.check()),
                    c.check().notValid());
        }

        @Override
        public List<String> visit(DropCheck c) {
            return List.of(ConstraintSql.drop(c.table(), c.check().name()));
        }

        @Override
        public List<String> visit(AddExclusion c) {
            return List.of(ConstraintSql.add(c.table(), ConstraintSql.exclusion(c.exclusion())));
        }

        @Override
        public List<String> visit(DropExclusion c) {
            return List.of(ConstraintSql.drop(c.table(), c.exclusion().name()));
        }

        @Override
        public List<String> visit(AddForeignKey c) {
            String clause = ConstraintSql.foreignKey(c.foreignKey());
            if (c.foreignKey().notValid()) {
                return List.of(ConstraintSql.addNotValid(c.table(), clause));
            }
            return c.newTable()
                    ? List.of(ConstraintSql.add(c.table(), clause))
                    : ConstraintSql.addThenValidate(c.table(), c.foreignKey().name(), clause);
        }

        @Override
        public List<String> visit(DropForeignKey c) {
            return List.of(ConstraintSql.drop(c.table(), c.foreignKey().name()));
        }

        @Override
        public List<String> visit(RenameConstraint c) {
            return List.of(ConstraintSql.rename(c.table(), c.from(), c.to()));
        }

        @Override
        public List<String> visit(CreateIndex c) {
            return List.of(IndexSql.create(c.table(), c.index()));
        }

        @Override
        public List<String> visit(DropIndex c) {
            return List.of(IndexSql.drop(c.table(), c.index().name()));
        }

        @Override
        public List<String> visit(RenameIndex c) {
            return List.of(IndexSql.rename(c.table(), c.from(), c.to()));
        }

        @Override
        public List<String> visit(ValidateConstraint c) {
            return List.of(ConstraintSql.validate(c.table(), c.name()));
        }

        /** PostgreSQL cannot mark a constraint not valid: dropped, and added back NOT VALID without a scan. */
        @Override
        public List<String> visit(InvalidateConstraint c) {
            String clause = c.check() != null ? ConstraintSql.check(c.check()) : ConstraintSql.foreignKey(c.foreignKey());
            return List.of(ConstraintSql.drop(c.table(), c.name()), ConstraintSql.addNotValid(c.table(), clause));
        }

        @Override
        public List<String> visit(AlterForeignKeyDeferrability c) {
            return List.of(ConstraintSql.alterDeferrability(c.table(), c.foreignKey().name(), c.to()));
        }

        @Override
        public List<String> visit(SetTablePersistence c) {
            return List.of(TableSql.setPersistence(c.table(), c.unlogged()));
        }

        @Override
        public List<String> visit(SetReplicaIdentity c) {
            return List.of(TableSql.replicaIdentity(c.table(), c.to()));
        }

        @Override
        public List<String> visit(CreateSequence c) {
            return List.of(SequenceSql.create(c.sequence()));
        }

        @Override
        public List<String> visit(DropSequence c) {
            return List.of(SequenceSql.drop(c.sequence()));
        }

        @Override
        public List<String> visit(AlterSequence c) {
            return SequenceSql.alter(c);
        }

        @Override
        public List<String> visit(SetSequenceOwner c) {
            return List.of(SequenceSql.owner(c));
        }
    }
}
