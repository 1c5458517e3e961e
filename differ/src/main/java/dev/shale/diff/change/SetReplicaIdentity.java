package dev.shale.diff.change;

import dev.shale.model.QualifiedName;
import dev.shale.model.ReplicaIdentity;
import java.util.Objects;

/** {@code ALTER TABLE ... REPLICA IDENTITY ...}: what logical replication sends to identify a changed row. */
public record SetReplicaIdentity(QualifiedName table, ReplicaIdentity from, ReplicaIdentity to) implements Change {
    public SetReplicaIdentity {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public SetReplicaIdentity reverse() {
        return new SetReplicaIdentity(table, to, from);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
