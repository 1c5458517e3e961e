package dev.shale.diff.postgres;

import dev.shale.model.Identifiers;
import dev.shale.model.QualifiedName;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * What existing rows must satisfy for a change to succeed, as the runner can check it read-only before anything
 * runs: no NULLs before {@code SET NOT NULL}, an empty table before a NOT NULL column without default is added, no
 * duplicates before a unique constraint, unique index or primary key, no violating row before a CHECK, no orphan
 * before a foreign key, no row using an enum value a type swap removes, no value a type change's cast rejects or
 * alters, no row on which an added generated column's expression raises an error. Written in a migration's header as one {@code -- shale:requires ...} line each (see {@link #headerText()}),
 * objects named as they are when the file starts.
 */
public sealed interface DataRequirement {

    /** The table the rows are in, or the enum type. */
    QualifiedName relation();

    /** Calls the method of {@code visitor} for this kind of requirement and returns its result. */
    <R> R accept(DataRequirementVisitor<R> visitor);

    /** The header keyword after {@code shale:requires}. */
    String code();

    /** The text after {@code shale:requires} (keyword included). */
    String text();

    /** What must hold, in words, unquoted: {@code no NULLs in public.users.email}. */
    String describe();

    /**
     * The text after {@code shale:requires}, or empty when it holds a control character (a line break would end
     * the comment line): such a requirement is not written, and its change is found out when it runs, as before.
     */
    default Optional<String> headerText() {
        String text = text();
        return text.codePoints().anyMatch(Character::isISOControl) ? Optional.empty() : Optional.of(text);
    }

    /** Column {@code column} of {@code table} holds no NULL ({@code no-nulls public.users.email}). */
    record NoNulls(QualifiedName table, String column) implements DataRequirement {

        @Override
        public <R> R accept(DataRequirementVisitor<R> visitor) {
            return visitor.visit(this);
        }
        public NoNulls {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
        }

        @Override
        public QualifiedName relation() {
            return table;
        }

        @Override
        public String code() {
            return "no-nulls";
        }

        @Override
        public String text() {
            return code() + " " + qualified(table, column);
        }

        @Override
        public String describe() {
            return "no NULLs in " + table + "." + column + " (SET NOT NULL)";
        }
    }

    /**
     * Table {@code table} has no rows, since NOT NULL column {@code column} is added to it without a default
     * ({@code empty public.users.timezone}).
     */
    record Empty(QualifiedName table, String column) implements DataRequirement {

        @Override
        public <R> R accept(DataRequirementVisitor<R> visitor) {
            return visitor.visit(this);
        }
        public Empty {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
        }

        @Override
        public QualifiedName relation() {
            return table;
        }

        @Override
        public String code() {
            return "empty";
        }

        @Override
        public String text() {
            return code() + " " + qualified(table, column);
        }

        @Override
        public String describe() {
            return "no rows in " + table + " (column " + column + " is added NOT NULL without a default)";
        }
    }

    /**
     * No two rows of {@code table} where {@code where} holds (every row when null) share the values of
     * {@code keys} (SQL: quoted column names, or parenthesised expressions), rows with a NULL key aside; for
     * constraint or index {@code name} ({@code unique public.users users_email_key (email, org_id)}, an index
     * predicate after {@code where}).
     */
    record Unique(QualifiedName table, String name, List<String> keys, String where) implements DataRequirement {

        @Override
        public <R> R accept(DataRequirementVisitor<R> visitor) {
            return visitor.visit(this);
        }
        public Unique {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(name, "name");
            keys = List.copyOf(keys);
            if (keys.isEmpty()) {
                throw new IllegalArgumentException("unique " + name + " needs a key");
            }
        }

        /**
         * The keys the rows of unique index {@code index} must not share. Under NULLS NOT DISTINCT a NULL key
         * counts too: each key is checked as {@code ARRAY[key]}, never NULL itself, whose NULL elements compare
         * as equal.
         */
        public static List<String> keys(dev.shale.model.Index index) {
            return index.keys().stream().map(k -> index.nullsNotDistinct() ? "ARRAY[" + k.sql() + "]" : k.sql())
                    .toList();
        }

        @Override
        public QualifiedName relation() {
            return table;
        }

        @Override
        public String code() {
            return "unique";
        }

        @Override
        public String text() {
            return code() + " " + table.sql() + " " + Identifiers.quote(name) + " (" + String.join(", ", keys) + ")"
                    + (where == null ? "" : " where " + where);
        }

        @Override
        public String describe() {
            return "no duplicate (" + String.join(", ", keys) + ") in " + table + (where == null ? "" : " where "
                    + where) + " (" + name + ")";
        }
    }

    /** No row of {@code table} makes CHECK {@code name}'s {@code expression} false ({@code check public.t ck x > 0}). */
    record Check(QualifiedName table, String name, String expression) implements DataRequirement {

        @Override
        public <R> R accept(DataRequirementVisitor<R> visitor) {
            return visitor.visit(this);
        }
        public Check {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(expression, "expression");
        }

        @Override
        public QualifiedName relation() {
            return table;
        }

        @Override
        public String code() {
            return "check";
        }

        @Override
        public String text() {
            return code() + " " + table.sql() + " " + Identifiers.quote(name) + " " + expression;
        }

        @Override
        public String describe() {
            return "no row of " + table + " violating check " + name + " (" + expression + ")";
        }
    }

    /**
     * Every row of {@code table} whose {@code columns} are all non-NULL has its values in {@code targetColumns} of
     * {@code target}, for foreign key {@code name}
     * ({@code references public.orders orders_user_id_fkey (user_id) public.users (id)}).
     */
    record References(QualifiedName table, String name, List<String> columns, QualifiedName target,
                      List<String> targetColumns) implements DataRequirement {

        @Override
        public <R> R accept(DataRequirementVisitor<R> visitor) {
            return visitor.visit(this);
        }
        public References {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(name, "name");
            columns = List.copyOf(columns);
            Objects.requireNonNull(target, "target");
            targetColumns = List.copyOf(targetColumns);
            if (columns.isEmpty() || columns.size() != targetColumns.size()) {
                throw new IllegalArgumentException("references " + name + " needs as many columns as it references");
            }
        }

        @Override
        public QualifiedName relation() {
            return table;
        }

        @Override
        public String code() {
            return "references";
        }

        @Override
        public String text() {
            return code() + " " + table.sql() + " " + Identifiers.quote(name) + " " + columnList(columns) + " "
                    + target.sql() + " " + columnList(targetColumns);
        }

        @Override
        public String describe() {
            return "no row of " + table + " (" + String.join(", ", columns) + ") without its match in " + target
                    + " (" + String.join(", ", targetColumns) + ") (foreign key " + name + ")";
        }
    }

    /** No row uses label {@code value} of enum {@code type}, which a type swap removes. */
    record EnumUnused(QualifiedName type, String value) implements DataRequirement {

        @Override
        public <R> R accept(DataRequirementVisitor<R> visitor) {
            return visitor.visit(this);
        }
        public EnumUnused {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public QualifiedName relation() {
            return type;
        }

        @Override
        public String code() {
            return "enum-unused";
        }

        @Override
        public String text() {
            return code() + " " + type.sql() + " " + Identifiers.literal(value);
        }

        @Override
        public String describe() {
            return "no row using enum value " + type + " '" + value + "' (removed)";
        }
    }

    /**
     * Every non-NULL value of {@code column} of {@code table} converts from type {@code from} to {@code to} (SQL
     * types, as {@link dev.shale.model.ColumnType#sql()} writes them) and back unchanged
     * ({@code cast public.t.amount numeric(10,2) -> integer}).
     */
    record Cast(QualifiedName table, String column, String from, String to) implements DataRequirement {

        @Override
        public <R> R accept(DataRequirementVisitor<R> visitor) {
            return visitor.visit(this);
        }
        public Cast {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public QualifiedName relation() {
            return table;
        }

        @Override
        public String code() {
            return "cast";
        }

        @Override
        public String text() {
            return code() + " " + qualified(table, column) + " " + from + " -> " + to;
        }

        @Override
        public String describe() {
            return "every value of " + table + "." + column + " converting from " + from + " to " + to + " unchanged";
        }

        /** The conversion of {@code value} (SQL) from {@code from} to {@code to}, as the migration writes it. */
        public String forward(String value) {
            return convert(value, from, to);
        }

        /** The conversion of {@code value} (SQL) back from {@code to} to {@code from}. */
        public String backward(String value) {
            return convert(value, to, from);
        }

        /** {@code value::to}; out of an enum (a schema-qualified type) through text, as {@code AlterColumnSql} does. */
        private static String convert(String value, String from, String to) {
            String element = from.replaceAll("(\\[])+$", "");
            String text = "text" + from.substring(element.length());
            return isUserType(element) && !to.equals(text) ? value + "::" + text + "::" + to : value + "::" + to;
        }

        private static boolean isUserType(String type) {
            boolean quoted = false;
            for (char c : type.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == '.' && !quoted) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Every row of {@code table} computes generated column {@code column} from {@code expression} without an error
     * (an overflow, a division by zero, a rejected cast), since adding the column computes it for every row
     * ({@code computes public.orders.total_cents price_cents * quantity}). Its columns are named as when the file
     * starts; the generated column itself is not there yet.
     */
    record Computes(QualifiedName table, String column, String expression) implements DataRequirement {

        @Override
        public <R> R accept(DataRequirementVisitor<R> visitor) {
            return visitor.visit(this);
        }
        public Computes {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(expression, "expression");
        }

        @Override
        public QualifiedName relation() {
            return table;
        }

        @Override
        public String code() {
            return "computes";
        }

        @Override
        public String text() {
            return code() + " " + qualified(table, column) + " " + expression;
        }

        @Override
        public String describe() {
            return "every row of " + table + " computing generated column " + column + " (" + expression
                    + ") without an error";
        }
    }

    /**
     * The current value of sequence {@code sequence} lies within {@code min}..{@code max}, the range an
     * {@code ALTER SEQUENCE} narrows it to ({@code sequence-in-range public.invoice_numbers 1 1000}): PostgreSQL
     * refuses the change otherwise, and Shale never restarts a sequence.
     */
    record SequenceInRange(QualifiedName sequence, long min, long max) implements DataRequirement {

        public SequenceInRange {
            Objects.requireNonNull(sequence, "sequence");
        }

        @Override
        public <R> R accept(DataRequirementVisitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        public QualifiedName relation() {
            return sequence;
        }

        @Override
        public String code() {
            return "sequence-in-range";
        }

        @Override
        public String text() {
            return code() + " " + sequence.sql() + " " + min + " " + max;
        }

        @Override
        public String describe() {
            return "the current value of sequence " + sequence + " within " + min + ".." + max;
        }
    }

    /**
     * Reads the text after {@code shale:requires} as {@link #headerText()} writes it.
     *
     * @throws IllegalArgumentException saying what is wrong and how to write it
     */
    static DataRequirement parse(String text) {
        int space = text.indexOf(' ');
        String code = space < 0 ? text : text.substring(0, space);
        HeaderReader reader = new HeaderReader(space < 0 ? "" : text.substring(space + 1).strip());
        DataRequirement requirement = switch (code) {
            case "no-nulls" -> column(reader, code, NoNulls::new);
            case "empty" -> column(reader, code, Empty::new);
            case "unique" -> {
                QualifiedName table = table(reader, code);
                String name = reader.name();
                List<String> keys = reader.list(code);
                yield new Unique(table, name, keys, reader.word("where") ? reader.rest("unique's predicate") : null);
            }
            case "check" -> new Check(table(reader, code), reader.name(), reader.rest("check's expression"));
            case "references" -> {
                QualifiedName table = table(reader, code);
                String name = reader.name();
                List<String> columns = names(reader.list(code));
                QualifiedName target = table(reader, code);
                yield new References(table, name, columns, target, names(reader.list(code)));
            }
            case "enum-unused" -> new EnumUnused(table(reader, code), reader.literal(code));
            case "cast" -> column(reader, code, (table, column) -> new Cast(table, column,
                    reader.until(" -> ", "cast needs FROM -> TO"), reader.rest("cast's target type")));
            case "computes" -> column(reader, code, (table, column) -> new Computes(table, column,
                    reader.rest("generated column's expression")));
            case "sequence-in-range" -> {
                QualifiedName sequence = table(reader, code);
                String[] bounds = reader.rest("sequence's bounds").split(" ");
                try {
                    if (bounds.length != 2) {
                        throw new NumberFormatException();
                    }
                    yield new SequenceInRange(sequence, Long.parseLong(bounds[0]), Long.parseLong(bounds[1]));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("sequence-in-range needs SCHEMA.SEQUENCE MIN MAX (two integers)");
                }
            }
            default -> throw new IllegalArgumentException("\"" + code + "\" is not something a migration requires;"
                    + " write no-nulls SCHEMA.TABLE.COLUMN, empty SCHEMA.TABLE.COLUMN, unique SCHEMA.TABLE NAME (KEYS)"
                    + " [where PREDICATE], check SCHEMA.TABLE NAME EXPRESSION, references SCHEMA.TABLE NAME (COLUMNS)"
                    + " SCHEMA.TABLE (COLUMNS), enum-unused SCHEMA.TYPE 'VALUE', cast SCHEMA.TABLE.COLUMN FROM -> TO"
                    + ", computes SCHEMA.TABLE.COLUMN EXPRESSION or sequence-in-range SCHEMA.SEQUENCE MIN MAX");
        };
        reader.requireEnd();
        return requirement;
    }

    /** Reads {@code SCHEMA.TABLE.COLUMN}, then makes the requirement of that column (reading the rest, if any). */
    private static DataRequirement column(HeaderReader reader, String code,
            BiFunction<QualifiedName, String, DataRequirement> requirement) {
        List<String> names = reader.names();
        if (names.size() != 3) {
            throw new IllegalArgumentException(code + " needs SCHEMA.TABLE.COLUMN (quote a name as SQL when it must be)");
        }
        return requirement.apply(new QualifiedName(names.get(0), names.get(1)), names.get(2));
    }

    /** {@code schema.table.column} as the header writes it, each part quoted only when it must be. */
    private static String qualified(QualifiedName table, String column) {
        return table.sql() + "." + Identifiers.quote(column);
    }

    private static QualifiedName table(HeaderReader reader, String code) {
        List<String> names = reader.names();
        if (names.size() != 2) {
            throw new IllegalArgumentException(code + " needs SCHEMA.NAME (quote a name as SQL when it must be)");
        }
        return new QualifiedName(names.get(0), names.get(1));
    }

    /** The identifiers of a list read as SQL texts. */
    private static List<String> names(List<String> items) {
        return items.stream().map(item -> {
            HeaderReader one = new HeaderReader(item);
            String name = one.name();
            one.requireEnd();
            return name;
        }).toList();
    }

    private static String columnList(List<String> columns) {
        return "(" + String.join(", ", columns.stream().map(Identifiers::quote).toList()) + ")";
    }
}
