package dev.shale.cli.config;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each value of {@code shale.yaml} is: 1-based line and column by key ({@code database.url}, a list entry as
 * {@code schema.packages[0]}), as {@link ConfigFileReader} met them, so a problem found later names its line.
 */
final class NodePositions {

    /** A place in the file; {@code column} is 0 when unknown. */
    record Position(int line, int column) {

        /** {@code shale.yaml:4:16}, {@code shale.yaml:4}, or the bare file name when the line is unknown. */
        String in(String file) {
            return file + (line < 1 ? "" : ":" + line + (column < 1 ? "" : ":" + column));
        }
    }

    private final Map<String, Position> positions = new HashMap<>();

    void put(String key, int line, int column) {
        positions.putIfAbsent(key, new Position(line, column));
    }

    /** The position of {@code key}, else of the key it is an entry of ({@code schema.packages} for {@code [0]}). */
    Optional<Position> of(String key) {
        Position found = positions.get(key);
        if (found == null && key.endsWith("]") && key.contains("[")) {
            found = positions.get(key.substring(0, key.lastIndexOf('[')));
        }
        return Optional.ofNullable(found);
    }
}
