package dev.shale.roundtrip;

import dev.shale.diff.postgres.DataLoss;
import dev.shale.diff.postgres.Hazard;
import dev.shale.diff.postgres.HazardKind;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.testing.TableRows;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What a migration must do to the rows of a round trip: after the up, every table of {@code from} that is still
 * there (under its name or a declared new one) has as many rows, and every kept or renamed column the same
 * values, compared as multisets (so no order is assumed) in a form both types print alike (numbers by value, in
 * single precision when one side is {@code real}; enum labels through declared value renames); after the down,
 * the same against {@code from} for every column that survived both. A value may be lost only where the plan's
 * data-loss hazards say so: a table's rows, a column's values, or an enum value's uses. Generated columns are
 * not compared: their values follow their expression.
 */
final class KeptData {

    private static final Set<String> NUMBERS = Set.of("smallint", "integer", "bigint", "numeric", "real",
            "double precision");
    private static final int SHOWN = 3;

    private final SchemaModel from;
    private final SchemaModel to;
    private final Map<QualifiedName, QualifiedName> tables = new LinkedHashMap<>();
    private final Map<QualifiedName, Map<String, String>> columns = new HashMap<>();
    private final Map<QualifiedName, Map<String, String>> labels = new HashMap<>();
    private final Set<String> filled = new java.util.HashSet<>();

    private KeptData(SchemaModel from, SchemaModel to, RenameHints renames) {
        this.from = from;
        this.to = to;
        for (Table table : from.tables()) {
            QualifiedName target = renamed(table.name(), to.tables().stream().map(Table::name).toList(),
                    renames.tables().stream().map(r -> List.of(r.from(), r.to())).toList());
            if (target == null) {
                continue;
            }
            tables.put(table.name(), target);
            Table after = to.table(target).orElseThrow();
            Map<String, String> kept = new LinkedHashMap<>();
            List<List<String>> columnRenames = renames.columns().stream().filter(r -> r.table().equals(target))
                    .map(r -> List.of(r.from(), r.to())).toList();
            for (Column column : table.columns()) {
                String name = renamed(column.name(), after.columns().stream().map(Column::name).toList(), columnRenames);
                if (name != null && column.generatedExpression() == null
                        && after.column(name).orElseThrow().generatedExpression() == null) {
                    kept.put(column.name(), name);
                }
            }
            columns.put(table.name(), kept);
        }
        renames.enumValues().forEach(r -> labels.computeIfAbsent(r.enumType(), k -> new HashMap<>()).put(r.from(), r.to()));
        for (RenameHints.EnumRename rename : renames.enums()) {
            Map<String, String> values = labels.remove(rename.to());
            if (values != null) {
                labels.put(rename.from(), values);
            }
        }
    }

    /** How the rows of {@code from} must be found after {@code plan(from, to)}. */
    static KeptData of(SchemaModel from, SchemaModel to, RenameHints renames) {
        return new KeptData(from, to, renames);
    }

    /**
     * Declares that the up fills the NULLs of column {@code column} of {@code table} (named as in {@code to}): a
     * column turning NOT NULL with a backfill or default. Its NULLs may then hold any value after the up, and after
     * the down too (the down keeps the filled values); its other values must be kept.
     */
    KeptData filling(QualifiedName table, String column) {
        filled.add(table + "\u0000" + column);
        return this;
    }

    /** Null when every non-NULL value of {@code before} is among {@code after}, else what is missing. */
    private static String compareFilled(String beforeName, String afterName, List<String> before, List<String> after) {
        List<String> rest = new ArrayList<>(after);
        List<String> missing = new ArrayList<>();
        for (String value : before) {
            if (value != null && !rest.remove(value)) {
                missing.add(value);
            }
        }
        return missing.isEmpty() ? null : "values of " + beforeName + " changed in " + afterName + " (whose NULLs"
                + " the migration fills): lost " + shown(missing);
    }

    /** {@code name} in the other model: declared new name, or the same name when nothing renamed it or took it. */
    private static <T> T renamed(T name, Collection<T> present, List<List<T>> renames) {
        for (List<T> rename : renames) {
            if (rename.get(0).equals(name)) {
                return present.contains(rename.get(1)) ? rename.get(1) : null;
            }
        }
        boolean taken = renames.stream().anyMatch(r -> r.get(1).equals(name));
        return !taken && present.contains(name) ? name : null;
    }

    // ---------------------------------------------------------------- the two checks

    /** What went wrong with the rows after the up: {@code before} read from {@code from}, {@code after} from {@code to}. */
    List<String> afterUp(Map<QualifiedName, TableRows> before, Map<QualifiedName, TableRows> after, List<Hazard> upHazards) {
        Losses losses = new Losses(upHazards);
        List<String> problems = new ArrayList<>();
        for (Table table : from.tables()) {
            TableRows rows = before.get(table.name());
            QualifiedName target = tables.get(table.name());
            if (target == null) {
                if (!rows.rows().isEmpty() && !losses.table(table.name())) {
                    problems.add("table " + table.name() + " is gone with its " + rows.rows().size()
                            + " rows, and no data-loss hazard names it");
                }
                continue;
            }
            TableRows kept = after.get(target);
            if (kept.rows().size() != rows.rows().size()) {
                if (!losses.table(table.name(), target)) {
                    problems.add("table " + table.name() + " had " + rows.rows().size() + " rows, " + target + " has "
                            + kept.rows().size() + " after the up");
                }
                continue;
            }
            Table targetTable = to.table(target).orElseThrow();
            List<String> compared = new ArrayList<>();
            List<UnaryOperator<String>> beforeForms = new ArrayList<>();
            List<UnaryOperator<String>> afterForms = new ArrayList<>();
            for (Column column : table.columns()) {
                if (column.generatedExpression() != null) {
                    continue;
                }
                String name = columns.get(table.name()).get(column.name());
                boolean announced = losses.column(table.name(), target, column.name(), name)
                        || losses.enumValue(column.type());
                if (name == null) {
                    if (!announced && rows.column(column.name()).stream().anyMatch(Objects::nonNull)) {
                        problems.add("column " + table.name() + "." + column.name() + " is gone with its values,"
                                + " and no data-loss hazard names it");
                    }
                    continue;
                }
                if (announced) {
                    continue;
                }
                ColumnType type = targetTable.column(name).orElseThrow().type();
                Form form = Form.of(column.type(), type);
                UnaryOperator<String> relabel = relabel(column.type());
                UnaryOperator<String> beforeForm = v -> form.apply(relabel.apply(v));
                if (filled.contains(target + "\u0000" + name)) {
                    String problem = compareFilled(table.name() + "." + column.name(), target + "." + name,
                            rows.column(column.name()).stream().map(v -> v == null ? null : beforeForm.apply(v))
                                    .toList(),
                            kept.column(name).stream().map(v -> v == null ? null : form.apply(v)).toList());
                    if (problem != null) {
                        problems.add(problem);
                    }
                    continue;
                }
                String problem = compare(table.name() + "." + column.name() + " (" + column.type() + ")",
                        target + "." + name + " (" + type + ")",
                        rows.column(column.name()).stream().map(v -> v == null ? null : beforeForm.apply(v)).toList(),
                        kept.column(name).stream().map(v -> v == null ? null : form.apply(v)).toList());
                if (problem != null) {
                    problems.add(problem);
                    continue;
                }
                compared.add(column.name() + "\u0000" + name);
                beforeForms.add(beforeForm);
                afterForms.add(form);
            }
            String rowsProblem = compareRows(table.name(), rows, kept, compared, beforeForms, afterForms);
            if (rowsProblem != null) {
                problems.add(rowsProblem);
            }
        }
        return problems;
    }

    /**
     * What went wrong with the rows after the down: {@code before} and {@code after} both read from {@code from};
     * a column or table that did not survive the up is not compared (the up announced its loss, or had nothing).
     */
    List<String> afterDown(Map<QualifiedName, TableRows> before, Map<QualifiedName, TableRows> after,
            List<Hazard> upHazards, List<Hazard> downHazards) {
        List<Hazard> hazards = new ArrayList<>(upHazards);
        hazards.addAll(downHazards);
        Losses losses = new Losses(hazards);
        List<String> problems = new ArrayList<>();
        for (Table table : from.tables()) {
            QualifiedName target = tables.get(table.name());
            if (target == null) {
                continue;
            }
            TableRows rows = before.get(table.name());
            TableRows back = after.get(table.name());
            if (back.rows().size() != rows.rows().size()) {
                if (!losses.table(table.name(), target)) {
                    problems.add("table " + table.name() + " had " + rows.rows().size() + " rows before the up, "
                            + back.rows().size() + " after the down");
                }
                continue;
            }
            List<String> compared = new ArrayList<>();
            for (Column column : table.columns()) {
                String name = columns.get(table.name()).get(column.name());
                if (name == null || losses.column(table.name(), target, column.name(), name)
                        || losses.enumValue(column.type())) {
                    continue;
                }
                String problem = filled.contains(target + "\u0000" + name)
                        ? compareFilled(table.name() + "." + column.name() + " before the up",
                                table.name() + "." + column.name() + " after the down", rows.column(column.name()),
                                back.column(column.name()))
                        : compare(table.name() + "." + column.name() + " before the up",
                                table.name() + "." + column.name() + " after the down",
                                rows.column(column.name()), back.column(column.name()));
                if (problem == null && filled.contains(target + "\u0000" + name)) {
                    continue;
                }
                if (problem != null) {
                    problems.add(problem);
                    continue;
                }
                compared.add(column.name() + "\u0000" + column.name());
            }
            List<UnaryOperator<String>> same = compared.stream().map(c -> (UnaryOperator<String>) v -> v).toList();
            String rowsProblem = compareRows(table.name(), rows, back, compared, same, same);
            if (rowsProblem != null) {
                problems.add(rowsProblem);
            }
        }
        return problems;
    }

    // ---------------------------------------------------------------- comparing

    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    /** Null when the two columns hold the same multiset of values, else what differs. */
    private static String compare(String beforeName, String afterName, List<String> before, List<String> after) {
        List<String> a = new ArrayList<>(before);
        List<String> b = new ArrayList<>(after);
        a.sort(NULLS_FIRST);
        b.sort(NULLS_FIRST);
        if (a.equals(b)) {
            return null;
        }
        List<String> missing = new ArrayList<>(a);
        b.forEach(missing::remove);
        List<String> extra = new ArrayList<>(b);
        a.forEach(extra::remove);
        return "values of " + beforeName + " changed in " + afterName + " without a data-loss hazard: lost "
                + shown(missing) + ", found " + shown(extra);
    }

    private static String compareRows(QualifiedName table, TableRows before, TableRows after, List<String> pairs,
            List<UnaryOperator<String>> beforeForms, List<UnaryOperator<String>> afterForms) {
        if (pairs.size() < 2) {
            return null;
        }
        List<String> a = tuples(before, pairs, 0, beforeForms);
        List<String> b = tuples(after, pairs, 1, afterForms);
        if (a.equals(b)) {
            return null;
        }
        return "rows of " + table + " changed: each column kept its values but not their rows (" + pairs.stream()
                .map(p -> p.replace('\u0000', '>')).toList() + ")";
    }

    private static List<String> tuples(TableRows rows, List<String> pairs, int side, List<UnaryOperator<String>> forms) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < rows.rows().size(); r++) {
            StringBuilder tuple = new StringBuilder();
            for (int i = 0; i < pairs.size(); i++) {
                String value = rows.rows().get(r).get(rows.columns().indexOf(pairs.get(i).split("\u0000")[side]));
                tuple.append(value == null ? "\u0002" : forms.get(i).apply(value)).append('\u0001');
            }
            out.add(tuple.toString());
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private static String shown(List<String> values) {
        return values.size() <= SHOWN ? values.toString()
                : values.subList(0, SHOWN) + " and " + (values.size() - SHOWN) + " more";
    }

    /** Maps the labels of an enum column (or array of one) through the declared value renames. */
    private UnaryOperator<String> relabel(ColumnType type) {
        if (!type.isUserType()) {
            return v -> v;
        }
        Map<String, String> renamed = labels.get(type.userTypeName());
        if (renamed == null || renamed.isEmpty()) {
            return v -> v;
        }
        if (type.dimensions() == 0) {
            return v -> renamed.getOrDefault(v, v);
        }
        return v -> String.join("\u0001", PgArrays.elements(v).stream()
                .map(e -> e == null ? "\u0002" : renamed.getOrDefault(e, e)).toList());
    }

    /**
     * How both sides of a kept column print for comparison: as PostgreSQL printed them, numbers by value (in the
     * narrower floating-point precision when one side is floating point), or an enum array as its elements joined
     * by U+0001 ({@link #relabel} already gives the {@code before} side in that form when labels were renamed).
     */
    private enum Form implements UnaryOperator<String> {
        EXACT, DECIMAL, FLOAT32, FLOAT64, ARRAY;

        static Form of(ColumnType before, ColumnType after) {
            if (before.dimensions() > 0 && before.isUserType()) {
                return ARRAY;
            }
            if (before.dimensions() > 0 || after.dimensions() > 0 || before.isUserType() || after.isUserType()
                    || before.equals(after) || !NUMBERS.contains(before.name()) || !NUMBERS.contains(after.name())) {
                return EXACT;
            }
            if (before.name().equals("real") || after.name().equals("real")) {
                return FLOAT32;
            }
            if (before.name().equals("double precision") || after.name().equals("double precision")) {
                return FLOAT64;
            }
            return DECIMAL;
        }

        @Override
        public String apply(String value) {
            return switch (this) {
                case EXACT -> value;
                case DECIMAL -> new BigDecimal(value).stripTrailingZeros().toPlainString();
                case FLOAT32 -> Float.toString(Float.parseFloat(value));
                case FLOAT64 -> Double.toString(Double.parseDouble(value));
                case ARRAY -> value.indexOf('\u0001') >= 0 || !value.startsWith("{") ? value
                        : String.join("\u0001", PgArrays.elements(value).stream().map(e -> e == null ? "\u0002" : e).toList());
            };
        }
    }

    /** The data-loss facts of a plan's hazards, looked up by name (a loss may name an object before or after a rename). */
    private static final class Losses {
        private final Set<String> named = new HashSet<>();

        Losses(List<Hazard> hazards) {
            for (Hazard hazard : hazards) {
                if (hazard.kind() != HazardKind.DATA_LOSS) {
                    continue;
                }
                for (DataLoss loss : hazard.losses()) {
                    named.add(loss.kind() + " " + loss.relation() + (loss.member() == null ? "" : " " + loss.member()));
                    if (loss.kind() == DataLoss.Kind.ENUM_VALUE) {
                        named.add("ENUM " + loss.relation());
                    }
                }
            }
        }

        boolean table(QualifiedName... names) {
            for (QualifiedName name : names) {
                if (named.contains(DataLoss.Kind.TABLE + " " + name)) {
                    return true;
                }
            }
            return false;
        }

        boolean column(QualifiedName table, QualifiedName target, String column, String renamed) {
            if (table(table, target)) {
                return true;
            }
            for (QualifiedName t : List.of(table, target)) {
                for (String c : new String[] {column, renamed}) {
                    if (c != null && named.contains(DataLoss.Kind.COLUMN + " " + t + " " + c)) {
                        return true;
                    }
                }
            }
            return false;
        }

        boolean enumValue(ColumnType type) {
            return type.isUserType() && named.contains("ENUM " + type.userTypeName());
        }
    }
}
