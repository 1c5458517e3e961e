package dev.shale.reader;

import dev.shale.dsl.Backfill;
import dev.shale.model.Backfills;
import dev.shale.model.Column;
import dev.shale.model.QualifiedName;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Gathers the backfills declared with {@code @Backfill} while the classes are read, reporting one that is not one
 * SQL expression or that sits on a column it can never fill (NULL-able, identity, generated).
 */
final class BackfillCollector {

    private final List<Backfills.Backfill> backfills = new ArrayList<>();
    private final Problems problems;

    BackfillCollector(Problems problems) {
        this.problems = problems;
    }

    /** Records the backfill of {@code component} (read as {@code column} of {@code table}) if it declares one. */
    void column(Class<?> record, RecordComponent component, QualifiedName table, Column column) {
        Backfill backfill = component.getAnnotation(Backfill.class);
        if (backfill == null) {
            return;
        }
        String name = component.getName();
        String text = backfill.value();
        if (text.isBlank()) {
            problems.add(record, name, "has @Backfill with an empty expression",
                    "write the SQL expression that gives existing rows their value, such as @Backfill(\"'UTC'\"),"
                            + " or remove @Backfill");
            return;
        }
        if (!ExpressionFields.check(problems, record, name, "@Backfill", text)) {
            return;
        }
        if (column.identity() != null || column.generatedExpression() != null) {
            String what = column.identity() != null ? "@Identity" : "@Generated";
            problems.add(record, name, "has @Backfill and " + what + "; PostgreSQL computes the value of every"
                    + " existing row of such a column itself", "remove @Backfill");
            return;
        }
        if (column.nullable()) {
            problems.add(record, name, "has @Backfill, but the column may hold NULL; a backfill gives existing rows"
                    + " a value when a column becomes NOT NULL", "make the column NOT NULL (@NotNull or a primitive"
                    + " type), or remove @Backfill");
            return;
        }
        backfills.add(new Backfills.Backfill(table, column.name(), text.trim(),
                record.getName() + "." + name));
    }

    /** The backfills gathered, in the order declared. */
    Backfills backfills() {
        return new Backfills(backfills);
    }
}
