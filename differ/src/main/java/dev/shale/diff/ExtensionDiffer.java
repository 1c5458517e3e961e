package dev.shale.diff;

import dev.shale.diff.change.Change;
import dev.shale.diff.change.CreateExtension;
import dev.shale.diff.change.DropExtension;
import dev.shale.diff.change.UpdateExtension;
import dev.shale.model.Extension;
import dev.shale.model.SchemaModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Diffs the extensions: created, dropped and updated ones. A version is compared only when the new side declares
 * one: an extension declared without a version accepts whichever the database has.
 *
 * @throws MovedExtensionException (from {@link #diff}) when an extension changes schema
 */
final class ExtensionDiffer {

    private ExtensionDiffer() {
    }

    static List<Change> diff(SchemaModel from, SchemaModel to) {
        List<Change> changes = new ArrayList<>();
        for (Extension wanted : to.extensions()) {
            Optional<Extension> had = from.extension(wanted.name());
            if (had.isEmpty()) {
                changes.add(new CreateExtension(wanted));
            } else if (!had.get().schema().equals(wanted.schema())) {
                throw new MovedExtensionException(wanted.name(), had.get().schema(), wanted.schema());
            } else if (wanted.version() != null && !wanted.version().equals(had.get().version())) {
                changes.add(new UpdateExtension(wanted.name(), had.get().version(), wanted.version()));
            }
        }
        for (Extension had : from.extensions()) {
            if (to.extension(had.name()).isEmpty()) {
                changes.add(new DropExtension(had));
            }
        }
        return changes;
    }
}
