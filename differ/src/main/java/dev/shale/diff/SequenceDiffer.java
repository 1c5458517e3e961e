package dev.shale.diff;

import dev.shale.diff.change.AlterSequence;
import dev.shale.diff.change.Change;
import dev.shale.diff.change.CreateSequence;
import dev.shale.diff.change.DropColumn;
import dev.shale.diff.change.DropSequence;
import dev.shale.diff.change.DropTable;
import dev.shale.diff.change.SetSequenceOwner;
import dev.shale.model.SchemaModel;
import dev.shale.model.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Diffs sequences: created, dropped, options altered (never restarted) and owners set. A sequence that is created
 * gets its owner by a change of its own, after the owning column exists; one that is dropped loses its owner first,
 * so that dropping the owning column does not drop it behind the migration's back.
 */
final class SequenceDiffer {

    private SequenceDiffer() {
    }

    static List<Change> diff(SchemaModel from, SchemaModel to) {
        List<Change> changes = new ArrayList<>();
        for (Sequence now : to.sequences()) {
            Optional<Sequence> before = from.sequence(now.name());
            if (before.isEmpty()) {
                changes.add(new CreateSequence(now));
                if (now.ownedBy() != null) {
                    changes.add(new SetSequenceOwner(now.name(), null, now.ownedBy()));
                }
                continue;
            }
            Sequence old = before.get();
            if (!old.sameOptions(now)) {
                changes.add(new AlterSequence(old, now));
            }
            if (!Objects.equals(old.ownedBy(), now.ownedBy())) {
                changes.add(new SetSequenceOwner(now.name(), old.ownedBy(), now.ownedBy()));
            }
        }
        for (Sequence old : from.sequences()) {
            if (to.sequence(old.name()).isEmpty()) {
                if (old.ownedBy() != null) {
                    changes.add(new SetSequenceOwner(old.name(), old.ownedBy(), null));
                }
                changes.add(new DropSequence(old));
            }
        }
        return changes;
    }

    /**
     * Keeps a sequence that stays owned by the same column alive where that column (or its table) is dropped and
     * created again: its owner is taken away before the drop and given back after the creation.
     */
    static List<Change> keepOwnedAcrossRecreation(SchemaModel from, SchemaModel to, List<Change> changes) {
        List<Change> out = new ArrayList<>(changes);
        for (Sequence now : to.sequences()) {
            Sequence.OwnedBy owner = now.ownedBy();
            Optional<Sequence> before = from.sequence(now.name());
            if (owner == null || before.isEmpty() || !owner.equals(before.get().ownedBy())) {
                continue;
            }
            boolean dropped = changes.stream().anyMatch(c ->
                    c instanceof DropTable d && d.table().name().equals(owner.table())
                    || c instanceof DropColumn e && e.table().equals(owner.table())
                            && e.column().name().equals(owner.column()));
            if (dropped) {
                out.add(new SetSequenceOwner(now.name(), owner, null));
                out.add(new SetSequenceOwner(now.name(), null, owner));
            }
        }
        return out;
    }
}
