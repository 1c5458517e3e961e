package dev.shale.reader;

import dev.shale.dsl.RenamedFrom;
import dev.shale.model.NameRules;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import dev.shale.model.RenameHints.ColumnRename;
import dev.shale.model.RenameHints.EnumRename;
import dev.shale.model.RenameHints.EnumValueRename;
import dev.shale.model.RenameHints.TableRename;
import java.util.ArrayList;
import java.util.List;

/** Gathers the renames declared with {@code @RenamedFrom} while the classes are read. */
final class RenameCollector {

    private final List<TableRename> tables = new ArrayList<>();
    private final List<ColumnRename> columns = new ArrayList<>();
    private final List<EnumRename> enums = new ArrayList<>();
    private final List<EnumValueRename> enumValues = new ArrayList<>();

    /** Records a table rename if {@code renamed} is present. */
    void table(RenamedFrom renamed, QualifiedName table, String declaredAt) {
        if (renamed != null) {
            tables.add(new TableRename(previousQualified(renamed, table), table, declaredAt));
        }
    }

    /** Records a column rename if {@code renamed} is present. */
    void column(RenamedFrom renamed, QualifiedName table, String column, String declaredAt) {
        if (renamed != null) {
            columns.add(new ColumnRename(table, previous(renamed, column), column, declaredAt));
        }
    }

    /** Records an enum type rename if {@code renamed} is present. */
    void enumType(RenamedFrom renamed, QualifiedName type, String declaredAt) {
        if (renamed != null) {
            enums.add(new EnumRename(previousQualified(renamed, type), type, declaredAt));
        }
    }

    /** Records an enum label rename if {@code renamed} is present. */
    void enumValue(RenamedFrom renamed, QualifiedName type, String label, String declaredAt) {
        if (renamed != null) {
            enumValues.add(new EnumValueRename(type, previous(renamed, label), label, declaredAt));
        }
    }

    /** The renames gathered, in the order declared. */
    RenameHints hints() {
        return new RenameHints(tables, columns, enums, enumValues);
    }

    private static QualifiedName previousQualified(RenamedFrom renamed, QualifiedName current) {
        String text = nonEmpty(renamed);
        QualifiedName previous = text.contains(".")
                ? QualifiedName.parse(text) : new QualifiedName(current.schema(), text);
        if (previous.schema().isEmpty() || previous.name().isEmpty()) {
            throw wrong("@RenamedFrom(\"" + NameRules.printable(text) + "\") is not a name or schema.name");
        }
        printable(text, previous.schema());
        printable(text, previous.name());
        if (previous.equals(current)) {
            throw wrong("@RenamedFrom(\"" + text + "\") repeats the current name");
        }
        return previous;
    }

    private static String previous(RenamedFrom renamed, String current) {
        String text = nonEmpty(renamed);
        printable(text, text);
        if (text.equals(current)) {
            throw wrong("@RenamedFrom(\"" + text + "\") repeats the current name");
        }
        return text;
    }

    private static String nonEmpty(RenamedFrom renamed) {
        String text = renamed.value().strip();  // not trim(): that would drop control characters at the ends
        if (text.isEmpty()) {
            throw wrong("@RenamedFrom has an empty previous name");
        }
        return text;
    }

    /** Refuses a previous name (or a part of one) that no PostgreSQL object can have had. */
    private static void printable(String text, String name) {
        String problem = NameRules.problem(name);
        if (problem != null) {
            throw wrong("@RenamedFrom(\"" + NameRules.printable(text) + "\") names \"" + NameRules.printable(name)
                    + "\", which " + problem);
        }
    }

    private static InvalidDeclaration wrong(String message) {
        return new InvalidDeclaration(message, "put the previous name in @RenamedFrom, or remove it");
    }
}
