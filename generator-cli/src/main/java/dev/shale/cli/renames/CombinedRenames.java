package dev.shale.cli.renames;

import dev.shale.cli.CommandException;
import dev.shale.cli.ExitCode;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The renames of one comparison: those the records declare ({@code @RenamedFrom}, when the records are the new side)
 * and those the command line declares. Both apply; an option that repeats an annotation is kept once, and two hints
 * that contradict each other (one old name to two new ones, or two old names onto one new name) are refused, since
 * neither can be right for sure. An option must name its new object in the new side.
 */
public final class CombinedRenames {

    private CombinedRenames() {
    }

    /** {@code declared} and {@code options} together; a usage error (exit 2) when two of them contradict. */
    public static RenameHints combine(RenameHints declared, RenameHints options) {
        return new RenameHints(
                merge(declared.tables(), options.tables(), "table", RenameHints.TableRename::from,
                        RenameHints.TableRename::to, RenameHints.TableRename::declaredAt),
                merge(declared.columns(), options.columns(), "column", h -> List.of(h.table(), h.from()),
                        h -> List.of(h.table(), h.to()), RenameHints.ColumnRename::declaredAt),
                merge(declared.enums(), options.enums(), "enum type", RenameHints.EnumRename::from,
                        RenameHints.EnumRename::to, RenameHints.EnumRename::declaredAt),
                merge(declared.enumValues(), options.enumValues(), "enum value",
                        h -> List.of(h.enumType(), h.from()), h -> List.of(h.enumType(), h.to()),
                        RenameHints.EnumValueRename::declaredAt));
    }

    /**
     * Refuses an option whose new name the new side ({@code to}, named {@code side} in messages) does not hold: the
     * object renamed there would otherwise be dropped right after.
     */
    public static void requireTargets(RenameHints options, SchemaModel to, String side) {
        for (RenameHints.TableRename h : options.tables()) {
            if (to.table(h.to()).isEmpty()) {
                throw missing(h.declaredAt(), "table " + h.to(), side);
            }
        }
        for (RenameHints.ColumnRename h : options.columns()) {
            if (to.table(h.table()).flatMap(t -> t.column(h.to())).isEmpty()) {
                throw missing(h.declaredAt(), "column \"" + h.to() + "\" of table " + h.table(), side);
            }
        }
        for (RenameHints.EnumRename h : options.enums()) {
            if (to.enumType(h.to()).isEmpty()) {
                throw missing(h.declaredAt(), "enum type " + h.to(), side);
            }
        }
        for (RenameHints.EnumValueRename h : options.enumValues()) {
            if (!to.enumType(h.enumType()).map(e -> e.values().contains(h.to())).orElse(false)) {
                throw missing(h.declaredAt(), "label \"" + h.to() + "\" of enum type " + h.enumType(), side);
            }
        }
    }

    private static CommandException missing(String declaredAt, String what, String side) {
        return new CommandException(ExitCode.USAGE, declaredAt + ": " + side + " has no " + what
                + "; nothing was written", "name the new object as " + side + " has it (a table or type by its"
                + " schema-qualified name, a member by its table's or type's new name), or remove the option");
    }

    private static <T> List<T> merge(List<T> declared, List<T> options, String kind, Function<T, Object> oldName,
            Function<T, Object> newName, Function<T, String> declaredAt) {
        List<T> out = new ArrayList<>();
        List<T> all = new ArrayList<>(declared);
        all.addAll(options);
        for (T hint : all) {
            T same = null;
            for (T kept : out) {
                boolean sameOld = oldName.apply(kept).equals(oldName.apply(hint));
                boolean sameNew = newName.apply(kept).equals(newName.apply(hint));
                if (sameOld && sameNew) {
                    same = kept;
                } else if (sameOld || sameNew) {
                    throw new CommandException(ExitCode.USAGE, shown(hint, declaredAt) + " contradicts "
                            + shown(kept, declaredAt) + ": both rename " + (sameOld ? "the " + kind + " "
                            + name(oldName.apply(hint)) : "onto the " + kind + " " + name(newName.apply(hint)))
                            + "; nothing was written",
                            "keep one of them: remove or fix the option, or the @RenamedFrom annotation");
                }
            }
            if (same == null) {
                out.add(hint);
            }
        }
        return out;
    }

    /** An option as typed, or the record an annotation is on. */
    private static <T> String shown(T hint, Function<T, String> declaredAt) {
        String at = declaredAt.apply(hint);
        return RenameHints.fromOption(at) ? at : "@RenamedFrom on " + at;
    }

    private static String name(Object key) {
        if (key instanceof List<?> pair) {
            return "\"" + pair.get(1) + "\" of " + pair.get(0);
        }
        return Objects.toString(key);
    }
}
