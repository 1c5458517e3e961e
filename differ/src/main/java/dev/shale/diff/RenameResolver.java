package dev.shale.diff;

import dev.shale.diff.change.Change;
import dev.shale.diff.change.RenameColumn;
import dev.shale.diff.change.RenameEnum;
import dev.shale.diff.change.RenameEnumValue;
import dev.shale.diff.change.RenameTable;
import dev.shale.model.Column;
import dev.shale.model.EnumType;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import dev.shale.model.RenameHints.ColumnRename;
import dev.shale.model.RenameHints.EnumRename;
import dev.shale.model.RenameHints.EnumValueRename;
import dev.shale.model.RenameHints.TableRename;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Applies declared renames to the old model: yields the renamed view of it to diff against,
 * and the rename changes that produce that view. Stale hints are ignored; unresolvable ones fail.
 * A table or type that changes schema and name goes the way its names are free at that point
 * ({@link Namespace#via}).
 */
final class RenameResolver {

    /**
     * The old model with every applicable rename applied, those renames as changes, and each old
     * table by its new name: drops that run before the renames must name things the old way.
     */
    record Resolution(SchemaModel renamed, List<Change> renames, Map<QualifiedName, Table> originals) {
        Resolution {
            renames = List.copyOf(renames);
            originals = Collections.unmodifiableMap(new TreeMap<>(originals));
        }

        /** The same renames, with the renamed view replaced by {@code view} (the same tables, later changes applied). */
        Resolution withRenamed(SchemaModel view) {
            return new Resolution(view, renames, originals);
        }

        /** The old model's table that is now called {@code renamedTable}. */
        Table original(QualifiedName renamedTable) {
            return originals.get(renamedTable);
        }
    }

    private static final String FIX = " in the latest snapshot; remove the annotation or fix the name";
    private static final String OPTION_FIX = " in the old schema; fix the name or remove the option";

    private RenameResolver() {
    }

    /**
     * Applies the hints that rename something of {@code from}. With {@code strict}, a hint that names
     * nothing (neither its old nor its new name is in {@code from}) is an error; otherwise it is skipped,
     * which is right when {@code from} is a database or an empty schema rather than the latest snapshot. A hint from a
     * command-line option ({@link RenameHints#fromOption}) is always strict: the user named that object just now.
     * A hint whose new name {@code from} still holds is done already, unless its old name is in {@code from} too
     * and not in {@code to}: then it renames onto a name whose object the migration drops, which is refused
     * ({@link RenameOntoTakenNameException}). Renames in a chain (a to b, b to c) apply the later link first. Renames in
     * a cycle (a to b, b to a) whose names both models hold are refused ({@link RenameSwapException}).
     */
    static Resolution resolve(SchemaModel from, SchemaModel to, RenameHints hints, boolean strict) {
        SchemaModel model = from;
        List<Change> renames = new ArrayList<>();
        Map<QualifiedName, Table> originals = new TreeMap<>();
        from.tables().forEach(t -> originals.put(t.name(), t));
        SchemaModel old = model;
        refuseSwaps(sorted(hints.enums(), Comparator.comparing(EnumRename::from)), EnumRename::from, EnumRename::to,
                n -> old.enumType((QualifiedName) n).isPresent() && to.enumType((QualifiedName) n).isPresent(),
                cycle -> new RenameSwapException("enum type",
                        cycle.stream().map(h -> annotation(h.from(), h.to(), h.declaredAt())).toList(),
                        cycle.stream().map(EnumRename::declaredAt).toList(),
                        cycle.stream().map(h -> h.from().toString()).toList(),
                        cycle.stream().map(h -> h.to().toString()).toList(), ""));
        for (EnumRename hint : chained(sorted(hints.enums(), Comparator.comparing(EnumRename::to)),
                EnumRename::from, EnumRename::to)) {
            if (model.enumType(hint.to()).isPresent()) {
                if (model.enumType(hint.from()).isPresent() && to.enumType(hint.from()).isEmpty()) {
                    throw new RenameOntoTakenNameException(hint.declaredAt(),
                            annotation(hint.from(), hint.to(), hint.declaredAt()), "enum type",
                            hint.from().toString(), hint.to().toString());
                }
                continue;
            }
            if (model.enumType(hint.from()).isEmpty()) {
                if (!strict && !RenameHints.fromOption(hint.declaredAt())) {
                    continue;
                }
                throw new UnresolvedRenameException(hint.declaredAt(), annotation(hint.from(), hint.to(), hint.declaredAt())
                        + " names no enum type " + hint.from() + fix(hint.declaredAt()));
            }
            Namespace names = new Namespace(List.of(model), Set.of(hint.from()));
            renames.add(new RenameEnum(hint.from(), hint.to(),
                    Namespace.via(hint.from(), hint.to(), n -> names.typeTaken(n.schema(), n.name()))));
            model = RenameRewriter.renameEnum(model, hint.from(), hint.to());
        }
        SchemaModel typesRenamed = model;
        refuseSwaps(sorted(hints.enumValues(), Comparator.comparing(EnumValueRename::enumType)
                        .thenComparing(EnumValueRename::from)),
                h -> List.of(h.enumType(), h.from()), h -> List.of(h.enumType(), h.to()),
                k -> hasValue(typesRenamed, (List<?>) k) && hasValue(to, (List<?>) k),
                cycle -> new RenameSwapException("enum value",
                        cycle.stream().map(h -> annotation(h.from(), h.declaredAt())).toList(),
                        cycle.stream().map(EnumValueRename::declaredAt).toList(),
                        cycle.stream().map(EnumValueRename::from).toList(),
                        cycle.stream().map(EnumValueRename::to).toList(), " of enum type " + cycle.get(0).enumType()));
        for (EnumValueRename hint : chained(sorted(hints.enumValues(),
                Comparator.comparing(EnumValueRename::enumType).thenComparing(EnumValueRename::to)),
                h -> List.of(h.enumType(), h.from()), h -> List.of(h.enumType(), h.to()))) {
            Optional<EnumType> type = model.enumType(hint.enumType());
            if (type.isPresent() && type.get().values().contains(hint.to())) {
                if (type.get().values().contains(hint.from())
                        && !to.enumType(hint.enumType()).map(e -> e.values().contains(hint.from())).orElse(false)) {
                    throw new RenameOntoTakenNameException(hint.declaredAt(), annotation(hint.from(), hint.declaredAt()),
                            "enum value", "\"" + hint.from() + "\" of " + hint.enumType(),
                            "\"" + hint.to() + "\" of " + hint.enumType());
                }
                continue;
            }
            if (type.isEmpty() || !type.get().values().contains(hint.from())) {
                if (!strict && !RenameHints.fromOption(hint.declaredAt())) {
                    continue;
                }
                throw new UnresolvedRenameException(hint.declaredAt(), annotation(hint.from(), hint.declaredAt())
                        + " names no value \"" + hint.from() + "\" of enum type " + hint.enumType()
                        + fix(hint.declaredAt()));
            }
            renames.add(new RenameEnumValue(hint.enumType(), hint.from(), hint.to()));
            model = RenameRewriter.renameEnumValue(model, hint.enumType(), hint.from(), hint.to());
        }
        SchemaModel beforeTables = model;
        refuseSwaps(sorted(hints.tables(), Comparator.comparing(TableRename::from)), TableRename::from, TableRename::to,
                n -> beforeTables.table((QualifiedName) n).isPresent() && to.table((QualifiedName) n).isPresent(),
                cycle -> new RenameSwapException("table",
                        cycle.stream().map(h -> annotation(h.from(), h.to(), h.declaredAt())).toList(),
                        cycle.stream().map(TableRename::declaredAt).toList(),
                        cycle.stream().map(h -> h.from().toString()).toList(),
                        cycle.stream().map(h -> h.to().toString()).toList(), ""));
        for (TableRename hint : chained(sorted(hints.tables(), Comparator.comparing(TableRename::to)),
                TableRename::from, TableRename::to)) {
            if (model.table(hint.to()).isPresent()) {
                if (model.table(hint.from()).isPresent() && to.table(hint.from()).isEmpty()) {
                    throw new RenameOntoTakenNameException(hint.declaredAt(),
                            annotation(hint.from(), hint.to(), hint.declaredAt()), "table",
                            hint.from().toString(), hint.to().toString());
                }
                continue;
            }
            Optional<Table> table = model.table(hint.from());
            if (table.isEmpty()) {
                if (!strict && !RenameHints.fromOption(hint.declaredAt())) {
                    continue;
                }
                throw new UnresolvedRenameException(hint.declaredAt(), annotation(hint.from(), hint.to(), hint.declaredAt())
                        + " names no table " + hint.from() + fix(hint.declaredAt()));
            }
            if (!hint.from().schema().equals(hint.to().schema())) {
                refuseTakenSequenceNames(model, hint);
            }
            List<String> identities = table.get().columns().stream()
                    .filter(c -> c.identity() != null)
                    .map(Column::name)
                    .toList();
            Namespace names = new Namespace(List.of(model), Set.of(hint.from()));
            // the owned sequences the move takes along and that stay: one the migration drops (with its serial
            // column) is released and dropped by its moved name after the move, which gives it that name
            List<String> owned = model.sequences().stream()
                    .filter(s -> s.ownedBy() != null && s.ownedBy().table().equals(hint.from()))
                    .map(s -> s.name().name())
                    .filter(n -> to.sequence(new QualifiedName(hint.to().schema(), n)).isPresent())
                    .sorted().toList();
            renames.add(new RenameTable(hint.from(), hint.to(), identities,
                    Namespace.via(hint.from(), hint.to(), n -> names.tableNameTaken(n, identities)), owned));
            model = RenameRewriter.renameTable(model, hint.from(), hint.to());
            originals.put(hint.to(), originals.remove(hint.from()));
        }
        SchemaModel tablesRenamed = model;
        refuseSwaps(sorted(hints.columns(), Comparator.comparing(ColumnRename::table).thenComparing(ColumnRename::from)),
                h -> List.of(h.table(), h.from()), h -> List.of(h.table(), h.to()),
                k -> hasColumn(tablesRenamed, (List<?>) k) && hasColumn(to, (List<?>) k),
                cycle -> new RenameSwapException("column",
                        cycle.stream().map(h -> annotation(h.from(), h.declaredAt())).toList(),
                        cycle.stream().map(ColumnRename::declaredAt).toList(),
                        cycle.stream().map(ColumnRename::from).toList(),
                        cycle.stream().map(ColumnRename::to).toList(), " of table " + cycle.get(0).table()));
        for (ColumnRename hint : chained(sorted(hints.columns(),
                Comparator.comparing(ColumnRename::table).thenComparing(ColumnRename::to)),
                h -> List.of(h.table(), h.from()), h -> List.of(h.table(), h.to()))) {
            Optional<Table> table = model.table(hint.table());
            if (table.isPresent() && table.get().column(hint.to()).isPresent()) {
                if (table.get().column(hint.from()).isPresent()
                        && to.table(hint.table()).flatMap(t -> t.column(hint.from())).isEmpty()) {
                    throw new RenameOntoTakenNameException(hint.declaredAt(), annotation(hint.from(), hint.declaredAt()),
                            "column", "\"" + hint.from() + "\" of table " + hint.table(),
                            "\"" + hint.to() + "\" of table " + hint.table());
                }
                continue;
            }
            Optional<Column> column = table.flatMap(t -> t.column(hint.from()));
            if (column.isEmpty()) {
                if (!strict && !RenameHints.fromOption(hint.declaredAt())) {
                    continue;
                }
                throw new UnresolvedRenameException(hint.declaredAt(), annotation(hint.from(), hint.declaredAt())
                        + " names no column \"" + hint.from() + "\" of table " + hint.table()
                        + fix(hint.declaredAt()));
            }
            renames.add(new RenameColumn(hint.table(), hint.from(), hint.to(),
                    column.get().identity() != null));
            model = RenameRewriter.renameColumn(model, hint.table(), hint.from(), hint.to());
        }
        return new Resolution(model, renames, originals);
    }

    /**
     * Refuses hints that rename in a cycle (a to b, b to a; a to b, b to c, c to a) when {@code inBoth} holds for every
     * name of it, that is when both models have all of them: the swap to do and a swap an earlier migration did already
     * look the same, so matching by name could keep each object's data under the other's name. Keys compare by
     * equality; {@code hints} sorted, so the cycle reported starts at its first hint.
     */
    private static <T> void refuseSwaps(List<T> hints, Function<T, Object> oldName, Function<T, Object> newName,
            Predicate<Object> inBoth, Function<List<T>, RuntimeException> refusal) {
        Map<Object, T> byOldName = new HashMap<>();
        hints.forEach(h -> byOldName.putIfAbsent(oldName.apply(h), h));
        List<T> inCycles = new ArrayList<>();
        for (T start : hints) {
            if (inCycles.contains(start)) {
                continue;
            }
            List<T> path = new ArrayList<>();
            T current = start;
            while (current != null && !path.contains(current)) {
                path.add(current);
                current = byOldName.get(newName.apply(current));
            }
            if (current != start || path.size() < 2) {
                continue;
            }
            inCycles.addAll(path);
            if (path.stream().allMatch(h -> inBoth.test(oldName.apply(h)))) {
                throw refusal.apply(path);
            }
        }
    }

    /**
     * Refuses to move a table into a schema where a relation already has the name of a sequence the table owns:
     * {@code ALTER TABLE ... SET SCHEMA} moves the sequence along, and PostgreSQL would fail on the name.
     */
    private static void refuseTakenSequenceNames(SchemaModel model, TableRename hint) {
        Namespace target = new Namespace(List.of(model), Set.of(hint.from()));
        for (dev.shale.model.Sequence sequence : model.sequences()) {
            if (sequence.ownedBy() != null && sequence.ownedBy().table().equals(hint.from())
                    && target.relationTaken(hint.to().schema(), sequence.name().name())) {
                throw new MovedSequenceNameTakenException(hint.declaredAt(),
                        annotation(hint.from(), hint.to(), hint.declaredAt()), hint.from(), hint.to(),
                        sequence.name());
            }
        }
    }

    /** Whether {@code model} has the column {@code key} names: (table, column). */
    private static boolean hasColumn(SchemaModel model, List<?> key) {
        return model.table((QualifiedName) key.get(0)).flatMap(t -> t.column((String) key.get(1))).isPresent();
    }

    /** Whether {@code model} has the enum value {@code key} names: (enum type, label). */
    private static boolean hasValue(SchemaModel model, List<?> key) {
        return model.enumType((QualifiedName) key.get(0)).map(e -> e.values().contains((String) key.get(1)))
                .orElse(false);
    }

    /** How to mend an unresolved hint declared at {@code declaredAt}: an annotation's, or an option's. */
    private static String fix(String declaredAt) {
        return RenameHints.fromOption(declaredAt) ? OPTION_FIX : FIX;
    }

    /**
     * {@code @RenamedFrom("old") on com.x.Type}, the old name as a user would write it; a hint from a command-line
     * option is the option as typed.
     */
    private static String annotation(QualifiedName from, QualifiedName to, String declaredAt) {
        return annotation(from.schema().equals(to.schema()) ? from.name() : from.toString(), declaredAt);
    }

    private static String annotation(String from, String declaredAt) {
        if (RenameHints.fromOption(declaredAt)) {
            return declaredAt;
        }
        return "@RenamedFrom(\"" + from + "\") on " + declaredAt;
    }

    /**
     * The hints with every link of a chain after the hint that frees its new name (a to b after b to c); the hints of
     * a cycle keep their order. Keys compare by equality.
     */
    private static <T> List<T> chained(List<T> hints, Function<T, Object> oldName, Function<T, Object> newName) {
        List<T> pending = new ArrayList<>(hints);
        List<T> ordered = new ArrayList<>();
        while (!pending.isEmpty()) {
            T next = pending.stream()
                    .filter(h -> pending.stream().noneMatch(o -> o != h && oldName.apply(o).equals(newName.apply(h))))
                    .findFirst()
                    .orElse(pending.get(0));
            pending.remove(next);
            ordered.add(next);
        }
        return ordered;
    }

    private static <T> List<T> sorted(List<T> hints, Comparator<T> order) {
        return hints.stream().sorted(order).toList();
    }
}
