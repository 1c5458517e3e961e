package dev.shale.diff.postgres;

import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.Change;
import dev.shale.diff.change.ColumnAspect;
import java.util.Optional;

/**
 * The note a migration's header gives a type change that rewrites its table: Shale writes it as asked (there is no
 * online form of a rewrite), and names the expand/contract alternative for a large table.
 */
public final class RewriteNotes {

    private RewriteNotes() {
    }

    /** The note on {@code change}, when it changes a column's type in a way that rewrites the table. */
    public static Optional<String> of(Change change) {
        if (!(change instanceof AlterColumn alter) || !alter.aspects().contains(ColumnAspect.TYPE)
                || !TypeChanges.rewrites(alter.from().type(), alter.to().type())) {
            return Optional.empty();
        }
        String column = alter.table() + "." + alter.to().name();
        String type = alter.to().type().sql();
        return Optional.of(column + " " + alter.from().type().sql() + " -> " + type + " rewrites " + alter.table()
                + " and its indexes; alternative: add a column of type " + type + ", fill it in batches and keep it"
                + " in step, switch reads and writes to it, then drop " + alter.to().name() + ".");
    }
}
