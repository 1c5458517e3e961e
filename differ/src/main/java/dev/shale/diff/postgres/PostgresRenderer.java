package dev.shale.diff.postgres;

import dev.shale.diff.change.AddCheck;
import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.AddEnumValue;
import dev.shale.diff.change.AddForeignKey;
import dev.shale.diff.change.AddPrimaryKey;
import dev.shale.diff.change.AddUnique;
import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.Change;
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
import dev.shale.diff.change.RecreateEnum;
import dev.shale.diff.change.RenameColumn;
import dev.shale.diff.change.RenameConstraint;
import dev.shale.diff.change.RenameEnum;
import dev.shale.diff.change.RenameEnumValue;
import dev.shale.diff.change.RenameIndex;
import dev.shale.diff.change.RenameTable;
import dev.shale.diff.change.SetColumnComment;
import dev.shale.diff.change.SetEnumComment;
import dev.shale.diff.change.SetTableComment;
import dev.shale.model.Column;
import dev.shale.model.Identifiers;
import dev.shale.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Renders changes as PostgreSQL statements and names their hazards. Pure. */
public final class PostgresRenderer {

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

    // One branch per permitted Change; Java 17 has no pattern matching for switch without preview.
    private static List<String> sql(Change change) {
        if (change instanceof CreateSchema c) {
            return List.of("CREATE SCHEMA " + Identifiers.quote(c.name()));
        } else if (change instanceof DropSchema c) {
            return List.of("DROP SCHEMA " + Identifiers.quote(c.name()));
        } else if (change instanceof CreateEnum c) {
            return EnumSql.create(c.type());
        } else if (change instanceof DropEnum c) {
            return List.of(EnumSql.drop(c.type().name()));
        } else if (change instanceof RenameEnum c) {
            return EnumSql.rename(c);
        } else if (change instanceof AddEnumValue c) {
            return List.of(EnumSql.addValue(c));
        } else if (change instanceof RenameEnumValue c) {
            return List.of(EnumSql.renameValue(c.type(), c.from(), c.to()));
        } else if (change instanceof RecreateEnum c) {
            return EnumSql.recreate(c);
        } else if (change instanceof SetEnumComment c) {
            return List.of(CommentSql.onType(c.type(), c.to()));
        } else if (change instanceof CreateTable c) {
            return TableSql.create(c.table());
        } else if (change instanceof DropTable c) {
            return List.of(TableSql.drop(c.table()));
        } else if (change instanceof RenameTable c) {
            return Renames.table(c);
        } else if (change instanceof SetTableComment c) {
            return List.of(CommentSql.onTable(c.table(), c.to()));
        } else if (change instanceof AddColumn c) {
            return addColumn(c);
        } else if (change instanceof DropColumn c) {
            return List.of(alterTable(c.table()) + "DROP COLUMN " + Identifiers.quote(c.column().name()));
        } else if (change instanceof RenameColumn c) {
            return Renames.column(c);
        } else if (change instanceof AlterColumn c) {
            return AlterColumnSql.statements(c);
        } else if (change instanceof SetColumnComment c) {
            return List.of(CommentSql.onColumn(c.table(), c.column(), c.to()));
        } else if (change instanceof AddPrimaryKey c) {
            return List.of(ConstraintSql.add(c.table(), ConstraintSql.primaryKey(c.primaryKey())));
        } else if (change instanceof DropPrimaryKey c) {
            return List.of(ConstraintSql.drop(c.table(), c.primaryKey().name()));
        } else if (change instanceof AddUnique c) {
            return List.of(ConstraintSql.add(c.table(), ConstraintSql.unique(c.unique())));
        } else if (change instanceof DropUnique c) {
            return List.of(ConstraintSql.drop(c.table(), c.unique().name()));
        } else if (change instanceof AddCheck c) {
            return ConstraintSql.addThenValidate(c.table(), c.check().name(), ConstraintSql.check(c.check()));
        } else if (change instanceof DropCheck c) {
            return List.of(ConstraintSql.drop(c.table(), c.check().name()));
        } else if (change instanceof AddForeignKey c) {
            String clause = ConstraintSql.foreignKey(c.foreignKey());
            return c.newTable()
                    ? List.of(ConstraintSql.add(c.table(), clause))
                    : ConstraintSql.addThenValidate(c.table(), c.foreignKey().name(), clause);
        } else if (change instanceof DropForeignKey c) {
            return List.of(ConstraintSql.drop(c.table(), c.foreignKey().name()));
        } else if (change instanceof RenameConstraint c) {
            return List.of(ConstraintSql.rename(c.table(), c.from(), c.to()));
        } else if (change instanceof CreateIndex c) {
            return List.of(IndexSql.create(c.table(), c.index()));
        } else if (change instanceof DropIndex c) {
            return List.of(IndexSql.drop(c.table(), c.index().name()));
        } else if (change instanceof RenameIndex c) {
            return List.of(IndexSql.rename(c.table(), c.from(), c.to()));
        }
        throw new AssertionError("no rendering for " + change.getClass().getName());
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
                    column.identity(), column.generatedExpression(), column.comment());
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
}
