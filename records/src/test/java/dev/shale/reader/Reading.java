package dev.shale.reader;

import dev.shale.model.Table;
import java.util.ArrayList;
import java.util.List;

/** Test shortcuts: read classes and pick out one table. */
final class Reading {

    private Reading() {
    }

    /** The table {@code record} declares, read together with {@code others}. */
    static Table table(Class<?> record, Class<?>... others) {
        List<Class<?>> classes = new ArrayList<>(List.of(others));
        classes.add(record);
        DeclaredSchema declared = new RecordSchemaReader().read(classes);
        return declared.model().tables().stream()
                .filter(t -> declared.model().tables().size() == 1 || t.name().name().equals(tableName(record)))
                .findFirst().orElseThrow();
    }

    private static String tableName(Class<?> record) {
        String value = record.getAnnotation(dev.shale.dsl.Table.class).value();
        return value.isEmpty() ? dev.shale.model.Identifiers.snakeCase(record.getSimpleName()) : value;
    }
}
