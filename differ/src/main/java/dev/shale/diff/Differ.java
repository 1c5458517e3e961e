package dev.shale.diff;

import dev.shale.diff.change.Change;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import java.util.List;

/** Compares two schema models and returns the changes that turn one into the other, in dependency order. */
public final class Differ {

    private Differ() {
    }

    /**
     * The ordered changes from {@code from} to {@code to}, honouring declared renames.
     *
     * @throws UnresolvedRenameException when a rename hint names something neither model has
     */
    public static List<Change> diff(SchemaModel from, SchemaModel to, RenameHints renames) {
        throw new UnsupportedOperationException("TODO");
    }
}
