package dev.shale.reader;

import dev.shale.model.EnumType;
import dev.shale.model.Identifiers;
import dev.shale.model.NameRules;
import dev.shale.model.QualifiedName;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks every name the schema classes declare against PostgreSQL's rules: not blank, no control character
 * or lone surrogate, no reserved schema ({@link NameRules}), at most 63 bytes, and
 * unique where PostgreSQL needs it — tables and enum types per schema (they share the type
 * namespace), columns per table, constraints per table, and tables, primary keys, unique
 * constraints and indexes per schema (they share the relation namespace).
 */
final class NameValidator {

    private static final Set<String> TABLE_CONSTRAINTS =
            Set.of("primary key", "unique constraint", "check constraint", "foreign key");
    private static final Set<String> RELATIONS = Set.of("table", "primary key", "unique constraint", "index");

    /** One use of a name: by which class, which declaration. */
    private record Use(Class<?> type, DeclaredName name) {
        String describe() {
            return name.kind() + " " + name.name() + " declared on " + type.getName()
                    + (name.component() == null ? "" : "." + name.component());
        }
    }

    private final Problems problems;

    NameValidator(Problems problems) {
        this.problems = problems;
    }

    /** Reports every name that PostgreSQL would truncate or reject as a duplicate. */
    void validate(Map<Class<?>, EnumType> enums, List<TableDraft> tables) {
        Set<Class<?>> repeated = types(enums, tables);
        Map<String, Map<String, Use>> relations = new LinkedHashMap<>();
        for (TableDraft table : tables) {
            Map<String, Use> columns = new LinkedHashMap<>();
            Map<String, Use> constraints = new LinkedHashMap<>();
            Map<String, Use> schemaRelations = relations.computeIfAbsent(table.name().schema(), s -> new LinkedHashMap<>());
            String inTable = "names must be unique in table " + table.name();
            for (DeclaredName name : table.names()) {
                Use use = new Use(table.type(), name);
                if (!name.generated()) {
                    name(table.type(), name.component(), name.kind(), name.name());
                }
                if (name.kind().equals("column")) {
                    unique(columns, use, inTable);
                }
                if (TABLE_CONSTRAINTS.contains(name.kind())) {
                    unique(constraints, use, inTable);
                }
                if (RELATIONS.contains(name.kind()) && !repeated.contains(table.type())) {
                    Use first = schemaRelations.putIfAbsent(name.name(), use);
                    if (first != null && !reportedElsewhere(first, use)) {
                        clash(use, first, "tables, primary keys, unique constraints and indexes share one "
                                + "namespace in schema " + table.name().schema());
                    }
                }
            }
        }
    }

    /**
     * Checks the schemas and names of tables and enum types, and that no two share a name in a
     * schema; returns the classes whose table repeats an earlier one.
     */
    private Set<Class<?>> types(Map<Class<?>, EnumType> enums, List<TableDraft> tables) {
        Map<QualifiedName, Class<?>> types = new LinkedHashMap<>();
        Set<Class<?>> repeated = new HashSet<>();
        for (TableDraft table : tables) {
            schema(table.type(), table.name().schema());
            Class<?> first = types.putIfAbsent(table.name(), table.type());
            if (first != null) {
                repeated.add(table.type());
                problems.add(table.type(), null, "declares table " + table.name() + ", which " + first.getName()
                        + " declares too", "give one of them another name with @Table(\"...\")");
            }
        }
        enums.forEach((type, enumType) -> {
            schema(type, enumType.name().schema());
            name(type, null, "enum type", enumType.name().name());
            enumType.values().forEach(label -> name(type, NameRules.printable(label), "enum label", label));
            Class<?> first = types.putIfAbsent(enumType.name(), type);
            if (first != null && first.isEnum()) {
                problems.add(type, null, "declares enum type " + enumType.name() + ", which " + first.getName()
                        + " declares too", "give one of them another name with @PgEnum(\"...\")");
            } else if (first != null) {
                problems.add(type, null, "declares enum type " + enumType.name() + ", but " + first.getName()
                        + " declares a table of that name (tables and enum types share one namespace per schema)",
                        "give the enum type another name with @PgEnum(\"...\")");
            }
        });
        return repeated;
    }

    /** Table clashes are reported per class, constraint clashes within one table per table. */
    private static boolean reportedElsewhere(Use first, Use use) {
        boolean bothTables = first.name().kind().equals("table") && use.name().kind().equals("table");
        boolean sameTable = first.type() == use.type() && TABLE_CONSTRAINTS.contains(first.name().kind())
                && TABLE_CONSTRAINTS.contains(use.name().kind());
        return bothTables || sameTable;
    }

    private void unique(Map<String, Use> scope, Use use, String rule) {
        Use first = scope.putIfAbsent(use.name().name(), use);
        if (first != null) {
            clash(use, first, rule);
        }
    }

    private void clash(Use use, Use first, String rule) {
        DeclaredName name = use.name();
        problems.add(use.type(), name.component(), name.kind() + " name " + name.name() + " is already used by "
                + first.describe() + "; " + rule, name.kind().equals("column")
                ? "give one of them another name with @Column(name = \"...\")"
                : "give one of them another name with name = \"...\"");
    }

    private void schema(Class<?> type, String schema) {
        if (schema.isEmpty()) {
            problems.add(type, null, "has an empty schema name", "name the schema, or leave schema out for public");
        } else if (schema.startsWith("pg_")) {
            problems.add(type, null, "uses schema " + schema + ", but PostgreSQL reserves names starting with pg_ "
                    + "for system schemas", "choose another schema name");
        } else if (NameRules.schemaProblem(schema) != null) {
            problems.add(type, null, "uses schema \"" + NameRules.printable(schema) + "\", which "
                    + NameRules.schemaProblem(schema), "choose another schema name");
        } else {
            length(type, null, "schema", schema);
        }
    }

    /** Reports a name PostgreSQL would refuse, change or cut. */
    private void name(Class<?> type, String component, String kind, String name) {
        String problem = NameRules.problem(name);
        if (problem == null) {
            length(type, component, kind, name);
        } else {
            problems.add(type, component, kind + " name \"" + NameRules.printable(name) + "\" " + problem,
                    name.isBlank() ? "give the " + kind + " a name that is not blank"
                            : "write the name in printable characters (look for a \\u escape in the annotation)");
        }
    }

    private void length(Class<?> type, String component, String kind, String name) {
        int bytes = Identifiers.byteLength(name);
        if (bytes > Identifiers.MAX_BYTES) {
            problems.add(type, component, kind + " name " + name + " is " + bytes + " bytes long, but PostgreSQL "
                    + "keeps only 63 bytes of an identifier", "choose a name of at most 63 bytes, so that PostgreSQL "
                    + "does not silently cut it");
        }
    }
}
