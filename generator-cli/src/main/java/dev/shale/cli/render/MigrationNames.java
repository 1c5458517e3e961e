package dev.shale.cli.render;

import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.AddEnumValue;
import dev.shale.diff.change.AddForeignKey;
import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.Change;
import dev.shale.diff.change.CreateEnum;
import dev.shale.diff.change.CreateTable;
import dev.shale.diff.change.DropColumn;
import dev.shale.diff.change.DropTable;
import dev.shale.diff.change.RenameColumn;
import dev.shale.diff.change.RenameTable;
import dev.shale.diff.change.SetColumnComment;
import dev.shale.diff.change.SetEnumComment;
import dev.shale.diff.change.SetTableComment;
import java.util.List;
import java.util.Locale;

/** Suggests a migration name from its changes when {@code --name} is not given. */
public final class MigrationNames {

    private static final int MAX_LENGTH = 60;

    private MigrationNames() {
    }

    /** A snake_case name such as {@code create_users_projects} or {@code add_users_active}. */
    public static String suggest(List<Change> changes) {
        List<Change> main = changes.stream().filter(c -> !isSecondary(c, changes)).toList();
        if (main.isEmpty()) {
            return "schema_change";
        }
        if (main.stream().allMatch(c -> c instanceof CreateTable || c instanceof CreateEnum)) {
            List<String> tables = main.stream().filter(c -> c instanceof CreateTable)
                    .map(c -> ((CreateTable) c).table().name().name()).toList();
            return fit("create_" + String.join("_", tables.isEmpty() ? List.of("types") : tables), "create_tables");
        }
        if (main.size() == 1) {
            return fit(single(main.get(0)), "schema_change");
        }
        return "schema_change";
    }

    private static boolean isSecondary(Change change, List<Change> all) {
        if (change instanceof AddForeignKey fk) {
            return fk.newTable();
        }
        return change instanceof SetTableComment || change instanceof SetColumnComment
                || change instanceof SetEnumComment;
    }

    private static String single(Change change) {
        if (change instanceof CreateTable c) {
            return "create_" + c.table().name().name();
        } else if (change instanceof DropTable c) {
            return "drop_" + c.table().name().name();
        } else if (change instanceof RenameTable c) {
            return "rename_" + c.from().name() + "_to_" + c.to().name();
        } else if (change instanceof AddColumn c) {
            return "add_" + c.table().name() + "_" + c.column().name();
        } else if (change instanceof DropColumn c) {
            return "drop_" + c.table().name() + "_" + c.column().name();
        } else if (change instanceof RenameColumn c) {
            return "rename_" + c.table().name() + "_" + c.from() + "_to_" + c.to();
        } else if (change instanceof AlterColumn c) {
            return "alter_" + c.table().name() + "_" + c.to().name();
        } else if (change instanceof AddEnumValue c) {
            return "add_" + c.to().name().name() + "_" + c.value();
        }
        return "schema_change";
    }

    private static String fit(String name, String fallback) {
        String cleaned = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_").replaceAll("_+", "_");
        return cleaned.length() <= MAX_LENGTH ? cleaned : fallback;
    }
}
