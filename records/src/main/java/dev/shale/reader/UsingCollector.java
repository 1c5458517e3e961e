package dev.shale.reader;

import dev.shale.dsl.Using;
import dev.shale.model.Conversions;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Gathers the type conversions declared with {@code @Using} on the record components of the tables read, reporting
 * one whose expression is empty or not one SQL expression, and one on a generated column (whose values PostgreSQL
 * computes, so there is nothing to convert).
 */
final class UsingCollector {

    private UsingCollector() {
    }

    /** The conversions the components of {@code tables} declare; problems go to {@code problems}. */
    static Conversions collect(Collection<TableDraft> tables, Problems problems) {
        List<Conversions.Conversion> out = new ArrayList<>();
        for (TableDraft table : tables) {
            Class<?> record = table.type();
            RecordComponent[] components = record.getRecordComponents();
            for (RecordComponent component : components) {
                Using using = component.getAnnotation(Using.class);
                if (using == null) {
                    continue;
                }
                ColumnDraft column = table.columns().stream().filter(c -> c.component().equals(component.getName()))
                        .findFirst().orElse(null);
                if (column != null) {
                    conversion(record, component.getName(), table, column, using, problems).ifPresent(out::add);
                }
            }
        }
        return new Conversions(out);
    }

    private static Optional<Conversions.Conversion> conversion(Class<?> record, String name, TableDraft table,
                                                                       ColumnDraft column, Using using,
                                                                       Problems problems) {
        if (using.value().isBlank()) {
            problems.add(record, name, "has @Using with an empty expression", "write the SQL expression that gives"
                    + " the new type's value, such as @Using(\"to_timestamp(" + column.column().name() + ")\"),"
                    + " or remove @Using");
            return Optional.empty();
        }
        if (column.column().generatedExpression() != null) {
            problems.add(record, name, "has @Using and @Generated; PostgreSQL computes every value of a generated"
                    + " column itself", "remove @Using");
            return Optional.empty();
        }
        if (!ExpressionFields.check(problems, record, name, "@Using", using.value())) {
            return Optional.empty();
        }
        String down = using.down().isBlank() ? null : using.down().trim();
        if (down != null && !ExpressionFields.check(problems, record, name, "@Using(down)", down)) {
            return Optional.empty();
        }
        return Optional.of(new Conversions.Conversion(table.name(), column.column().name(),
                using.value().trim(), down, record.getName() + "." + name));
    }
}
