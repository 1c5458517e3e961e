package dev.shale.diff.postgres;

import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.ColumnAspect;
import dev.shale.model.Column;
import dev.shale.model.Identity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What an AlterColumn changes, in words: {@code type varchar(100) -> varchar(255), drop not null}. */
final class AlterColumnDescriptions {

    private AlterColumnDescriptions() {
    }

    static String of(AlterColumn change) {
        Column from = change.from();
        Column to = change.to();
        List<String> parts = new ArrayList<>();
        if (change.aspects().contains(ColumnAspect.TYPE)) {
            parts.add("type " + from.type().sql() + " -> " + to.type().sql());
        }
        if (change.aspects().contains(ColumnAspect.COLLATION)) {
            parts.add("collation " + collation(from) + " -> " + collation(to));
        }
        if (change.aspects().contains(ColumnAspect.NULLABILITY)) {
            parts.add(nullability(change));
        }
        if (change.aspects().contains(ColumnAspect.DEFAULT)) {
            parts.add(defaults(from.defaultExpression(), to.defaultExpression()));
        }
        if (change.aspects().contains(ColumnAspect.IDENTITY)) {
            parts.addAll(identity(from.identity(), to.identity()));
        }
        return String.join(", ", parts);
    }

    private static String collation(Column column) {
        return column.collation() == null ? "default" : column.collation();
    }

    private static String nullability(AlterColumn change) {
        if (change.fill() == null) {
            return change.to().nullable() ? "drop not null" : "set not null";
        }
        return change.to().nullable() ? "drop not null (the values the up migration filled in stay)"
                : "set not null, NULLs filled with " + change.fill() + " first, in batches of " + FillSql.BATCH
                        + " inside this migration's transaction";
    }

    private static String defaults(String from, String to) {
        if (to == null) {
            return "drop default";
        }
        return from == null ? "set default " + to : "default " + from + " -> " + to;
    }

    private static List<String> identity(Identity from, Identity to) {
        if (from == null) {
            return List.of("add identity");
        }
        if (to == null) {
            return List.of("drop identity");
        }
        List<String> parts = new ArrayList<>();
        if (from.always() != to.always()) {
            parts.add("identity " + generation(from) + " -> " + generation(to));
        }
        if (from.start() != to.start()) {
            parts.add("identity start " + from.start() + " -> " + to.start());
        }
        if (from.increment() != to.increment()) {
            parts.add("identity increment " + from.increment() + " -> " + to.increment());
        }
        if (!Objects.equals(from.minValue(), to.minValue())) {
            parts.add("identity minValue " + bound(from.minValue()) + " -> " + bound(to.minValue()));
        }
        if (!Objects.equals(from.maxValue(), to.maxValue())) {
            parts.add("identity maxValue " + bound(from.maxValue()) + " -> " + bound(to.maxValue()));
        }
        if (from.cache() != to.cache()) {
            parts.add("identity cache " + from.cache() + " -> " + to.cache());
        }
        if (from.cycle() != to.cycle()) {
            parts.add(to.cycle() ? "identity cycle" : "identity no cycle");
        }
        return parts;
    }

    private static String bound(Long bound) {
        return bound == null ? "default" : bound.toString();
    }

    private static String generation(Identity identity) {
        return identity.always() ? "always" : "by default";
    }
}
