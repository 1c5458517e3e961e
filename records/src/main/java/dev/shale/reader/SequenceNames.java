package dev.shale.reader;

import dev.shale.model.Index;
import dev.shale.model.QualifiedName;
import dev.shale.model.Sequence;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that no declared sequence takes the name of a table, primary key, unique constraint or index of its schema:
 * PostgreSQL keeps them all in one relation namespace, so {@code CREATE SEQUENCE} (or the other's {@code CREATE})
 * would fail with "relation already exists".
 */
final class SequenceNames {

    private SequenceNames() {
    }

    /** Reports each sequence of {@code sequences} (declared on the classes {@code declaredOn}) whose name is taken. */
    static void check(Map<QualifiedName, Sequence> sequences, Map<QualifiedName, Class<?>> declaredOn,
            List<Table> tables, Map<QualifiedName, String> tableClasses, Problems problems) {
        Map<QualifiedName, String> relations = new LinkedHashMap<>();
        for (Table table : tables) {
            String schema = table.name().schema();
            String declared = " declared on " + tableClasses.get(table.name());
            String on = " of table " + table.name() + declared;
            relations.putIfAbsent(table.name(), "table " + table.name() + declared);
            if (table.primaryKey() != null) {
                relations.putIfAbsent(new QualifiedName(schema, table.primaryKey().name()), "primary key "
                        + table.primaryKey().name() + on);
            }
            for (UniqueConstraint unique : table.uniques()) {
                relations.putIfAbsent(new QualifiedName(schema, unique.name()), "unique constraint " + unique.name()
                        + on);
            }
            for (Index index : table.indexes()) {
                relations.putIfAbsent(new QualifiedName(schema, index.name()), "index " + index.name() + on);
            }
        }
        sequences.forEach((name, sequence) -> {
            String taken = relations.get(name);
            if (taken != null) {
                problems.add(declaredOn.get(name), null, "declares sequence " + name + ", but that name is taken by "
                        + taken + ": tables, indexes, views and sequences share one namespace in schema "
                        + name.schema(), "give the sequence another name with @Sequence(name = \"...\"), or rename the"
                        + " other object");
            }
        });
    }
}
