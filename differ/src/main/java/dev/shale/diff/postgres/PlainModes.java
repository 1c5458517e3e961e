package dev.shale.diff.postgres;

import dev.shale.diff.change.AddCheck;
import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.AddEnumValue;
import dev.shale.diff.change.AddForeignKey;
import dev.shale.diff.change.AddPrimaryKey;
import dev.shale.diff.change.AddUnique;
import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.Change;
import dev.shale.diff.change.ColumnAspect;
import dev.shale.diff.change.CreateIndex;
import dev.shale.diff.change.RecreateEnum;

/**
 * How each statement of a change's plain form runs: {@code ADD VALUE} alone (committed before its use); the
 * validation of a constraint; a fill in a step of its own; on a table that exists before the migration, statements
 * that scan or rewrite it (index builds, rewriting type changes, NOT NULL, enum swaps), which need no statement
 * timeout; the rest quick.
 */
final class PlainModes {

    private PlainModes() {
    }

    /** The mode of statement {@code index} of the plain form of {@code change}. */
    static StatementMode of(Change change, int index, boolean existingTable) {
        if (change instanceof AddEnumValue) {
            return StatementMode.ALONE;
        }
        if ((change instanceof AddCheck || change instanceof AddForeignKey f && !f.newTable()) && index == 1) {
            return StatementMode.VALIDATE;
        }
        if (change instanceof AddColumn add && add.fill() != null && index == fillIndex(add)) {
            return StatementMode.LONG;
        }
        if (change instanceof AlterColumn alter && alter.fillsNulls() && index == fillIndex(alter)) {
            return StatementMode.LONG;
        }
        boolean scans = change instanceof CreateIndex || change instanceof AddUnique
                || change instanceof AddPrimaryKey || change instanceof RecreateEnum
                || change instanceof AlterColumn alter && scans(alter);
        return scans && existingTable ? StatementMode.SCAN : StatementMode.QUICK;
    }

    /** Whether the plain form of {@code change} scans or rewrites its table: a rewriting type, NOT NULL. */
    private static boolean scans(AlterColumn change) {
        boolean rewrites = change.aspects().contains(ColumnAspect.TYPE)
                && TypeChanges.rewrites(change.from().type(), change.to().type());
        boolean notNull = change.aspects().contains(ColumnAspect.NULLABILITY) && !change.to().nullable();
        return rewrites || notNull;
    }

    /** Where the fill comes in an ADD COLUMN's plain form: after ADD COLUMN and, with a default, SET DEFAULT. */
    private static int fillIndex(AddColumn change) {
        return change.column().defaultExpression() == null ? 1 : 2;
    }

    /** Where the fill comes in an ALTER COLUMN's plain form: first, or after the other actions. */
    private static int fillIndex(AlterColumn change) {
        return AlterColumnSql.othersThanSetNotNull(change).isEmpty() ? 0 : 1;
    }
}
