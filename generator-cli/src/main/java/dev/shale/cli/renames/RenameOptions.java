package dev.shale.cli.renames;

import dev.shale.cli.CommandException;
import dev.shale.cli.ExitCode;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The renames declared on the command line ({@code --rename-table}, {@code --rename-column}, {@code --rename-type},
 * {@code --rename-value}), as the raw option values. {@link #hints()} parses them all before anything is read or
 * printed; each hint's {@code declaredAt} is the option as typed ({@code --rename-table public.a=billing.a}), which the
 * differ's refusals then name instead of a record.
 */
public record RenameOptions(List<String> tables, List<String> columns, List<String> types, List<String> values) {

    /** The option names. */
    public static final String TABLE = "--rename-table";
    public static final String COLUMN = "--rename-column";
    public static final String TYPE = "--rename-type";
    public static final String VALUE = "--rename-value";

    /** No option given. */
    public static final RenameOptions NONE = new RenameOptions(List.of(), List.of(), List.of(), List.of());

    public RenameOptions {
        tables = List.copyOf(Objects.requireNonNull(tables, "tables"));
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        types = List.copyOf(Objects.requireNonNull(types, "types"));
        values = List.copyOf(Objects.requireNonNull(values, "values"));
    }

    /** Whether no rename option is given. */
    public boolean isEmpty() {
        return tables.isEmpty() && columns.isEmpty() && types.isEmpty() && values.isEmpty();
    }

    /** Every option parsed into hints; a usage error (exit 2) naming the first bad option and its fix. */
    public RenameHints hints() {
        RenameHints.Builder hints = RenameHints.builder();
        for (String text : tables) {
            QualifiedName[] names = parse(TABLE, text, () -> RenameOptionParser.names(text));
            hints.table(names[0], names[1], declaredAt(TABLE, text));
        }
        for (String text : columns) {
            RenameOptionParser.Member m = parse(COLUMN, text, () -> RenameOptionParser.member(text, "table", false));
            hints.column(m.owner(), m.from(), m.to(), declaredAt(COLUMN, text));
        }
        for (String text : types) {
            QualifiedName[] names = parse(TYPE, text, () -> RenameOptionParser.names(text));
            hints.enumType(names[0], names[1], declaredAt(TYPE, text));
        }
        for (String text : values) {
            RenameOptionParser.Member m = parse(VALUE, text, () -> RenameOptionParser.member(text, "type", true));
            hints.enumValue(m.owner(), m.from(), m.to(), declaredAt(VALUE, text));
        }
        return hints.build();
    }

    /** The schemas the hints name on their old side ({@code old}) or their new side: a database is read in them. */
    public static List<String> schemas(RenameHints hints, boolean old) {
        TreeSet<String> schemas = new TreeSet<>();
        hints.tables().forEach(h -> schemas.add((old ? h.from() : h.to()).schema()));
        hints.enums().forEach(h -> schemas.add((old ? h.from() : h.to()).schema()));
        hints.columns().forEach(h -> schemas.add(h.table().schema()));
        hints.enumValues().forEach(h -> schemas.add(h.enumType().schema()));
        return new ArrayList<>(schemas);
    }

    private static String declaredAt(String option, String text) {
        return option + " " + text;
    }

    private static <T> T parse(String option, String text, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new CommandException(ExitCode.USAGE, option + " " + text + ": " + e.getMessage()
                    + "; nothing was read or written", fix(option));
        }
    }

    /** How to write a value of {@code option}. */
    static String fix(String option) {
        String shape = switch (option) {
            case TABLE -> "OLD=NEW, such as " + TABLE + " public.invoices=billing.invoices (a move) or "
                    + TABLE + " billing.invoice=billing.invoices";
            case COLUMN -> "TABLE.OLD=NEW with the table by its new name, such as " + COLUMN
                    + " billing.invoices.total=amount";
            case TYPE -> "OLD=NEW, such as " + TYPE + " public.status=billing.status";
            default -> "TYPE.OLD=NEW with the type by its new name, such as " + VALUE
                    + " billing.status.open='Open'";
        };
        return "write " + shape + "; a name is in public unless qualified, a bare name is folded to lower case as in"
                + " SQL, and a mixed-case or spaced one is double-quoted: '\"Billing\".\"Invoice Lines\"'"
                + (option.equals(VALUE) ? "; a label is a bare word as written or 'quoted'" : "");
    }
}
