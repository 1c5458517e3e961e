package dev.shale.cli.report.html;

import dev.shale.model.ForeignKey;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/** The key markers of a column: {@code PK} (in the primary key), {@code FK} (in a foreign key), {@code UQ} (unique). */
final class Keys {

    private Keys() {
    }

    /** The markers of {@code column}, space-separated, or an empty text. */
    static String markers(Table table, String column) {
        List<String> markers = new ArrayList<>();
        if (table.primaryKey() != null && table.primaryKey().columns().contains(column)) {
            markers.add("PK");
        }
        if (table.foreignKeys().stream().map(ForeignKey::columns).anyMatch(c -> c.contains(column))) {
            markers.add("FK");
        }
        boolean unique = table.uniques().stream().map(UniqueConstraint::columns).anyMatch(c -> c.equals(List.of(column)))
                || table.indexes().stream().anyMatch(i -> i.unique() && i.where() == null && i.keys().size() == 1
                        && !i.keys().get(0).expression() && i.keys().get(0).text().equals(column));
        if (unique) {
            markers.add("UQ");
        }
        return String.join(" ", markers);
    }
}
