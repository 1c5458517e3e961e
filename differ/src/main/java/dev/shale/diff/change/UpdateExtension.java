package dev.shale.diff.change;

import java.util.Objects;

/**
 * {@code ALTER EXTENSION ... UPDATE}: the extension {@code name} from version {@code from} to version {@code to}.
 * A {@code null} version is the server's default one (what {@code CREATE EXTENSION} without a version installs).
 */
public record UpdateExtension(String name, String from, String to) implements Change {
    public UpdateExtension {
        Objects.requireNonNull(name, "name");
        if (Objects.equals(from, to)) {
            throw new IllegalArgumentException("extension " + name + " updates to the version it has: " + to);
        }
    }

    @Override
    public UpdateExtension reverse() {
        return new UpdateExtension(name, to, from);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
