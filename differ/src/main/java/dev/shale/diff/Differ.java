package dev.shale.diff;

import dev.shale.diff.change.AddEnumValue;
import dev.shale.diff.change.Change;
import dev.shale.diff.change.RecreateEnum;
import dev.shale.diff.order.ChangeOrder;
import dev.shale.model.Backfills;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Compares two schema models and returns the changes that turn one into the other, in dependency order. */
public final class Differ {

    private Differ() {
    }

    /**
     * The ordered changes from {@code from} to {@code to}, honouring declared renames. The same
     * inputs always give the same list; {@code diff(x, x, hints)} is empty, unless the hints swap names (refused).
     *
     * @throws UnresolvedRenameException when a rename hint names something neither model has
     * @throws RenameOntoTakenNameException when a rename hint's new name is held by an old object the new model drops
     * @throws RenameSwapException when rename hints swap names in a cycle whose every name both models hold
     */
    public static List<Change> diff(SchemaModel from, SchemaModel to, RenameHints renames) {
        return diff(from, to, renames, Backfills.NONE, true);
    }

    /**
     * As {@link #diff(SchemaModel, SchemaModel, RenameHints)}, giving a column that becomes NOT NULL its declared
     * backfill (see {@link Fills}); a backfill of a column that stays as it was is inert.
     */
    public static List<Change> diff(SchemaModel from, SchemaModel to, RenameHints renames, Backfills backfills) {
        return diff(from, to, renames, backfills, true);
    }

    /**
     * The changes from {@code from} to {@code to}, applying only the renames whose old name is in
     * {@code from}: for a {@code from} that is a live database or an empty schema, where a declared rename
     * may already be done or not apply at all.
     */
    public static List<Change> diffApplyingPresentRenames(SchemaModel from, SchemaModel to, RenameHints renames) {
        return diff(from, to, renames, Backfills.NONE, false);
    }

    /** As {@link #diffApplyingPresentRenames(SchemaModel, SchemaModel, RenameHints)}, with declared backfills. */
    public static List<Change> diffApplyingPresentRenames(SchemaModel from, SchemaModel to, RenameHints renames,
                                                          Backfills backfills) {
        return diff(from, to, renames, backfills, false);
    }

    private static List<Change> diff(SchemaModel from, SchemaModel to, RenameHints renames, Backfills backfills,
                                     boolean strict) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(renames, "renames");
        Objects.requireNonNull(backfills, "backfills");
        RenameResolver.Resolution resolved = RenameResolver.resolve(from, to, renames, strict);
        SchemaModel renamed = resolved.renamed();
        if (resolved.renames().isEmpty() && renamed.equals(to)) {
            return List.of(); // the common case of nothing to do, without walking every table
        }
        List<Change> changes = new ArrayList<>(resolved.renames());
        changes.addAll(SchemaDiffer.diff(renamed, to));
        changes.addAll(ExtensionDiffer.diff(renamed, to));
        EnumDiffer.Result enums = EnumDiffer.diff(renamed, to);
        changes.addAll(enums.changes());
        Set<QualifiedName> swapped = new TreeSet<>();
        for (Change change : enums.changes()) {
            if (change instanceof RecreateEnum c) {
                swapped.add(c.to().name());
            } else if (change instanceof AddEnumValue c) {
                // Its reverse recreates the type.
                swapped.add(c.to().name());
            }
        }
        changes.addAll(SequenceDiffer.diff(renamed, to));
        changes.addAll(TableDiffer.diff(resolved.withRenamed(enums.after()), to, swapped));
        changes = SequenceDiffer.keepOwnedAcrossRecreation(renamed, to, changes);
        return ChangeOrder.sort(Fills.attach(changes, backfills));
    }
}
