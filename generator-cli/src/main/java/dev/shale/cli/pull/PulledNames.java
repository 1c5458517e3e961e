package dev.shale.cli.pull;

import dev.shale.model.EnumType;
import dev.shale.model.NameRules;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The names of a database that records may not declare ({@link NameRules}: PostgreSQL accepts control characters
 * in quoted identifiers, Shale does not): pulled, they would make records that {@code generate} refuses and a
 * baseline snapshot that no command reads.
 */
final class PulledNames {

    private PulledNames() {
    }

    /** A problem for each name of {@code model} that the rules refuse. */
    static List<PullProblem> problems(SchemaModel model) {
        List<PullProblem> out = new ArrayList<>();
        for (EnumType type : model.enums()) {
            String object = "enum " + NameRules.printable(type.name().toString());
            check(out, object, "schema", type.name().schema(), NameRules.schemaProblem(type.name().schema()));
            Stream.concat(Stream.of(type.name().name()), type.values().stream())
                    .forEach(name -> check(out, object, "name", name, NameRules.problem(name)));
        }
        for (Table table : model.tables()) {
            String object = "table " + NameRules.printable(table.name().toString());
            check(out, object, "schema", table.name().schema(), NameRules.schemaProblem(table.name().schema()));
            List<String> names = new ArrayList<>();
            names.add(table.name().name());
            table.columns().forEach(c -> names.add(c.name()));
            if (table.primaryKey() != null) {
                names.add(table.primaryKey().name());
            }
            table.uniques().forEach(u -> names.add(u.name()));
            table.checks().forEach(c -> names.add(c.name()));
            table.foreignKeys().forEach(f -> names.add(f.name()));
            table.indexes().forEach(i -> names.add(i.name()));
            table.exclusions().forEach(x -> names.add(x.name()));
            names.forEach(name -> check(out, object, "name", name, NameRules.problem(name)));
        }
        return out;
    }

    private static void check(List<PullProblem> out, String object, String what, String name, String problem) {
        if (problem != null) {
            out.add(new PullProblem(object, "has the " + what + " \"" + NameRules.printable(name) + "\", which "
                    + problem, "rename it in the database (ALTER ... RENAME TO), or pull only other schemas with"
                    + " --schema"));
        }
    }
}
