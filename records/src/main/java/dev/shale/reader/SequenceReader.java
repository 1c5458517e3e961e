package dev.shale.reader;

import dev.shale.dsl.Sequence;
import dev.shale.dsl.Table;
import dev.shale.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the {@code @Sequence} declarations of one type: a {@code @Table} record or a holder of sequences. */
final class SequenceReader {

    private final Problems problems;

    SequenceReader(Problems problems) {
        this.problems = problems;
    }

    /**
     * The sequences {@code type} declares; {@code table} is the table a {@code @Table} record declares (with its
     * column names), null for another type.
     */
    List<dev.shale.model.Sequence> read(Class<?> type, QualifiedName table, Set<String> columns) {
        List<dev.shale.model.Sequence> out = new ArrayList<>();
        for (Sequence declared : type.getAnnotationsByType(Sequence.class)) {
            String at = "@Sequence(name = \"" + declared.name() + "\")";
            String schema = !declared.schema().isEmpty() ? declared.schema() : table != null ? table.schema() : "public";
            if (declared.name().isBlank()) {
                problems.add(type, null, at + " has no name", "give the sequence a name");
                continue;
            }
            dev.shale.model.Sequence.Builder sequence = dev.shale.model.Sequence
                    .builder(new QualifiedName(schema, declared.name()))
                    .dataType(declared.dataType()).increment(declared.increment())
                    .cache(declared.cache()).cycle(declared.cycle());
            Long start = single(type, at, "start", declared.start());
            Long min = single(type, at, "minValue", declared.minValue());
            Long max = single(type, at, "maxValue", declared.maxValue());
            sequence.minValue(min).maxValue(max);
            if (start != null) {
                sequence.start(start);
            }
            if (!declared.ownedBy().isEmpty()) {
                if (table == null) {
                    problems.add(type, null, at + " names ownedBy \"" + declared.ownedBy() + "\" but "
                                    + type.getSimpleName() + " is not a @Table record",
                            "put the @Sequence on the @Table record whose column owns it, or remove ownedBy");
                    continue;
                }
                if (!columns.contains(declared.ownedBy())) {
                    problems.add(type, null, at + " is owned by \"" + declared.ownedBy() + "\", which is no column of "
                                    + table, "name one of the columns " + columns);
                    continue;
                }
                sequence.ownedBy(table, declared.ownedBy());
            }
            try {
                out.add(sequence.build());
            } catch (IllegalArgumentException e) {
                problems.add(type, null, at + ": " + e.getMessage(),
                        "fix the options: dataType smallint, integer or bigint, increment not 0, cache at least 1,"
                                + " start between minValue and maxValue");
            }
        }
        return out;
    }

    private Long single(Class<?> type, String at, String attribute, long[] values) {
        if (values.length > 1) {
            problems.add(type, null, at + " gives " + attribute + " " + values.length + " values",
                    "give one value, or none for PostgreSQL's default");
            return null;
        }
        return values.length == 0 ? null : values[0];
    }

    /** Whether {@code type} declares sequences and nothing else (no table, no enum). */
    static boolean holdsSequencesOnly(Class<?> type) {
        return type.getAnnotationsByType(Sequence.class).length > 0 && !type.isAnnotationPresent(Table.class)
                && !type.isAnnotationPresent(dev.shale.dsl.PgEnum.class);
    }
}
