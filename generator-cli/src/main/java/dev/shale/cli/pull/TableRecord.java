package dev.shale.cli.pull;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.shale.dsl.Action;
import dev.shale.dsl.Check;
import dev.shale.dsl.Column;
import dev.shale.dsl.Comment;
import dev.shale.dsl.Default;
import dev.shale.dsl.Deferrable;
import dev.shale.dsl.Exclude;
import dev.shale.dsl.Generated;
import dev.shale.dsl.Identity;
import dev.shale.dsl.Index;
import dev.shale.dsl.IndexMethod;
import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.References;
import dev.shale.dsl.Unique;
import dev.shale.model.CheckConstraint;
import dev.shale.model.Collations;
import dev.shale.model.Deferrability;
import dev.shale.model.ExclusionConstraint;
import dev.shale.model.ExclusionElement;
import dev.shale.model.ForeignKey;
import dev.shale.model.IndexKey;
import dev.shale.model.ReferentialAction;
import dev.shale.model.ReplicaIdentity;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import dev.shale.reader.DefaultNames;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The record that declares one table, annotated so that the reader reads back exactly that table:
 * one-column keys, uniques, checks and foreign keys on their component, the rest on the record type;
 * a constraint or index name only where it differs from the one the reader would give.
 */
final class TableRecord {

    private final SchemaModel model;
    private final ClassNaming naming;
    private final List<PullProblem> problems;

    TableRecord(SchemaModel model, ClassNaming naming, List<PullProblem> problems) {
        this.model = model;
        this.naming = naming;
        this.problems = problems;
    }

    /** The record of {@code table}, or empty after reporting why it cannot be declared. */
    Optional<TypeSpec> build(Table table) {
        int before = problems.size();
        String t = table.name().name();
        ClassName self = naming.table(table.name()).orElseThrow();
        if (table.primaryKey() == null) {
            problem(table, "has no primary key; Shale's records declare one for every table",
                    "add a primary key in the database (ALTER TABLE " + table.name().sql() + " ADD PRIMARY KEY (...)),"
                            + " or pull only the other schemas with --schema");
            return Optional.empty();
        }
        TypeSpec.Builder type = TypeSpec.recordBuilder(self).addModifiers(Modifier.PUBLIC)
                .addJavadoc("The table $L.\n", javadocText(table.name().toString()));
        AnnotationSpec.Builder tableAnnotation = AnnotationSpec.builder(dev.shale.dsl.Table.class)
                .addMember("value", "$S", t);
        if (!table.name().schema().equals("public")) {
            tableAnnotation.addMember("schema", "$S", table.name().schema());
        }
        if (table.unlogged()) {
            tableAnnotation.addMember("unlogged", "$L", true);
        }
        ReplicaIdentity identity = table.replicaIdentity();
        if (identity.kind() != ReplicaIdentity.Kind.DEFAULT) {
            tableAnnotation.addMember("replicaIdentity", "$T.$L", dev.shale.dsl.ReplicaIdentity.class,
                    identity.kind() == ReplicaIdentity.Kind.INDEX ? "USING_INDEX" : identity.kind().name());
            if (identity.index() != null) {
                tableAnnotation.addMember("replicaIdentityIndex", "$S", identity.index());
            }
        }
        type.addAnnotation(tableAnnotation.build());

        Map<String, List<AnnotationSpec>> onColumn = new HashMap<>();
        List<AnnotationSpec> onType = new ArrayList<>();
        declarePrimaryKey(table, onColumn, onType);
        declareUniques(table, onColumn, onType);
        declareChecks(table, onColumn, onType);
        declareForeignKeys(table, onColumn, onType);
        declareIndexes(table, onType);
        declareExclusions(table, onType);
        model.sequences().stream().filter(s -> s.ownedBy() != null && s.ownedBy().table().equals(table.name()))
                .forEach(s -> onType.add(sequence(s, table.name().schema())));
        onType.forEach(type::addAnnotation);
        if (table.comment() != null) {
            type.addAnnotation(AnnotationSpec.builder(Comment.class).addMember("value", "$S", table.comment()).build());
        }

        MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
        Set<String> taken = new HashSet<>();
        for (dev.shale.model.Column column : table.columns()) {
            component(table, column, taken, onColumn.getOrDefault(column.name(), List.of()))
                    .ifPresent(constructor::addParameter);
        }
        type.recordConstructor(constructor.build());
        return problems.size() == before ? Optional.of(type.build()) : Optional.empty();
    }

    /** Whether {@code type} is a type of a pulled extension that {@code @Column(type = ...)} can name unqualified. */
    private boolean isExtensionType(dev.shale.model.QualifiedName type) {
        return model.enumType(type).isEmpty() && dev.shale.reader.ExtensionTypes.extensionOf(type.name())
                .flatMap(model::extension).filter(e -> e.schema().equals(type.schema())).isPresent();
    }

    private Optional<ParameterSpec> component(Table table, dev.shale.model.Column column, Set<String> taken,
            List<AnnotationSpec> constraints) {
        String name = JavaNames.componentName(JavaNames.camelCase(column.name(), "column"), taken);
        boolean inKey = table.primaryKey().columns().contains(column.name());
        boolean notNull = !column.nullable();
        Optional<ColumnTyping.Typed> typed = ColumnTyping.of(column.type(), notNull,
                enumName -> model.enumType(enumName).flatMap(e -> naming.enumType(e.name())), this::isExtensionType);
        if (typed.isEmpty()) {
            problem(table, "column " + column.name() + " has the type " + column.type().sql()
                    + ", a user-defined type that is not an enum of the pulled schemas; records name other types"
                    + " only as built-in ones", "pull the schema that holds the enum too (--schema), or change the"
                    + " column to a built-in type");
            return Optional.empty();
        }
        ParameterSpec.Builder parameter = ParameterSpec.builder(typed.get().type(), name);
        constraints.stream().filter(a -> a.type().equals(ClassName.get(PrimaryKey.class))).forEach(parameter::addAnnotation);
        if (column.identity() != null) {
            AnnotationSpec.Builder identity = AnnotationSpec.builder(Identity.class);
            if (column.identity().always()) {
                identity.addMember("always", "$L", true);
            }
            if (column.identity().start() != 1) {
                identity.addMember("start", "$L", column.identity().start() + "L");
            }
            if (column.identity().increment() != 1) {
                identity.addMember("increment", "$L", column.identity().increment() + "L");
            }
            if (column.identity().minValue() != null) {
                identity.addMember("minValue", "$L", column.identity().minValue() + "L");
            }
            if (column.identity().maxValue() != null) {
                identity.addMember("maxValue", "$L", column.identity().maxValue() + "L");
            }
            if (column.identity().cache() != 1) {
                identity.addMember("cache", "$L", column.identity().cache() + "L");
            }
            if (column.identity().cycle()) {
                identity.addMember("cycle", "$L", true);
            }
            parameter.addAnnotation(identity.build());
        }
        boolean named = !JavaNames.snakeCasesTo(name, column.name());
        if (named || typed.get().columnType() != null || column.collation() != null) {
            AnnotationSpec.Builder annotation = AnnotationSpec.builder(Column.class);
            if (named) {
                annotation.addMember("name", "$S", column.name());
            }
            if (typed.get().columnType() != null) {
                annotation.addMember("type", "$S", typed.get().columnType());
            }
            if (column.collation() != null) {
                annotation.addMember("collation", "$S", Collations.declared(column.collation()));
            }
            parameter.addAnnotation(annotation.build());
        }
        if (notNull && !typed.get().primitive() && !inKey && column.identity() == null) {
            parameter.addAnnotation(NotNull.class);
        }
        typed.get().annotations().forEach(parameter::addAnnotation);
        if (column.defaultExpression() != null) {
            parameter.addAnnotation(AnnotationSpec.builder(Default.class)
                    .addMember("value", "$S", column.defaultExpression()).build());
        }
        if (column.generatedExpression() != null) {
            parameter.addAnnotation(AnnotationSpec.builder(Generated.class)
                    .addMember("value", "$S", column.generatedExpression()).build());
        }
        constraints.stream().filter(a -> !a.type().equals(ClassName.get(PrimaryKey.class))).forEach(parameter::addAnnotation);
        if (column.comment() != null) {
            parameter.addAnnotation(AnnotationSpec.builder(Comment.class).addMember("value", "$S", column.comment())
                    .build());
        }
        return Optional.of(parameter.build());
    }

    private void declarePrimaryKey(Table table, Map<String, List<AnnotationSpec>> onColumn, List<AnnotationSpec> onType) {
        dev.shale.model.PrimaryKey key = table.primaryKey();
        AnnotationSpec.Builder annotation = AnnotationSpec.builder(PrimaryKey.class);
        if (key.columns().size() > 1) {
            key.columns().forEach(c -> annotation.addMember("columns", "$S", c));
        }
        nameUnlessDefault(annotation, key.name(), DefaultNames.primaryKey(table.name().name()));
        deferrable(annotation, key.deferrability());
        keyOptions(annotation, key.options());
        if (key.columns().size() == 1) {
            add(onColumn, key.columns().get(0), annotation.build());
        } else {
            onType.add(annotation.build());
        }
    }

    /** {@code deferrable = Deferrable.INITIALLY_DEFERRED}; nothing for a key that is not deferrable. */
    private static void deferrable(AnnotationSpec.Builder annotation, Deferrability deferrability) {
        if (deferrability != Deferrability.NOT_DEFERRABLE) {
            annotation.addMember("deferrable", "$T.$L", Deferrable.class,
                    deferrability == Deferrability.DEFERRABLE ? "INITIALLY_IMMEDIATE" : "INITIALLY_DEFERRED");
        }
    }

    /** {@code include = {...}}, {@code nullsNotDistinct = true} and {@code with = {...}}, each only when set. */
    private static void keyOptions(AnnotationSpec.Builder annotation, dev.shale.model.KeyOptions options) {
        options.include().forEach(column -> annotation.addMember("include", "$S", column));
        if (options.nullsNotDistinct()) {
            annotation.addMember("nullsNotDistinct", "$L", true);
        }
        options.storage().forEach((name, value) -> annotation.addMember("with", "$S", name + "=" + value));
    }

    private static void declareUniques(Table table, Map<String, List<AnnotationSpec>> onColumn,
            List<AnnotationSpec> onType) {
        Set<String> done = new HashSet<>();
        for (UniqueConstraint unique : table.uniques()) {
            AnnotationSpec.Builder annotation = AnnotationSpec.builder(Unique.class);
            boolean single = unique.columns().size() == 1 && done.add(unique.columns().get(0));
            if (!single) {
                unique.columns().forEach(c -> annotation.addMember("columns", "$S", c));
            }
            nameUnlessDefault(annotation, unique.name(), DefaultNames.unique(table.name().name(), unique.columns()));
            deferrable(annotation, unique.deferrability());
            keyOptions(annotation, unique.options());
            if (single) {
                add(onColumn, unique.columns().get(0), annotation.build());
            } else {
                onType.add(annotation.build());
            }
        }
    }

    private static void declareChecks(Table table, Map<String, List<AnnotationSpec>> onColumn,
            List<AnnotationSpec> onType) {
        String t = table.name().name();
        for (CheckConstraint check : table.checks()) {
            AnnotationSpec.Builder annotation = AnnotationSpec.builder(Check.class)
                    .addMember("value", "$S", check.expression());
            if (check.notValid()) {
                annotation.addMember("notValid", "$L", true);
            }
            if (check.noInherit()) {
                annotation.addMember("noInherit", "$L", true);
            }
            Optional<String> column = table.columns().stream().map(dev.shale.model.Column::name)
                    .filter(c -> DefaultNames.check(t, c).equals(check.name())).findFirst();
            if (column.isPresent()) {
                add(onColumn, column.get(), annotation.build());
            } else {
                nameUnlessDefault(annotation, check.name(), DefaultNames.check(t, null));
                onType.add(annotation.build());
            }
        }
    }

    private void declareForeignKeys(Table table, Map<String, List<AnnotationSpec>> onColumn,
            List<AnnotationSpec> onType) {
        Set<String> done = new HashSet<>();
        for (ForeignKey fk : table.foreignKeys()) {
            Optional<ClassName> target = naming.table(fk.referencedTable());
            Optional<Table> targetTable = model.table(fk.referencedTable());
            if (target.isEmpty() || targetTable.isEmpty()) {
                problem(table, "foreign key " + fk.name() + " references " + fk.referencedTable()
                        + ", which is not among the pulled tables", "pull its schema too: --schema "
                        + fk.referencedTable().schema());
                continue;
            }
            AnnotationSpec.Builder annotation = AnnotationSpec.builder(References.class)
                    .addMember("table", "$T.class", target.get());
            dev.shale.model.PrimaryKey targetKey = targetTable.get().primaryKey();
            if (targetKey == null || !targetKey.columns().equals(fk.referencedColumns())) {
                fk.referencedColumns().forEach(c -> annotation.addMember("columns", "$S", c));
            }
            boolean single = fk.columns().size() == 1 && done.add(fk.columns().get(0));
            if (!single) {
                fk.columns().forEach(c -> annotation.addMember("from", "$S", c));
            }
            action(annotation, "onDelete", fk.onDelete());
            action(annotation, "onUpdate", fk.onUpdate());
            nameUnlessDefault(annotation, fk.name(), DefaultNames.foreignKey(table.name().name(), fk.columns()));
            deferrable(annotation, fk.deferrability());
            if (fk.notValid()) {
                annotation.addMember("notValid", "$L", true);
            }
            if (single) {
                add(onColumn, fk.columns().get(0), annotation.build());
            } else {
                onType.add(annotation.build());
            }
        }
    }

    private void declareIndexes(Table table, List<AnnotationSpec> onType) {
        for (dev.shale.model.Index index : table.indexes()) {
            int firstExpression = index.keys().size();
            for (int i = 0; i < index.keys().size(); i++) {
                if (index.keys().get(i).expression()) {
                    firstExpression = Math.min(firstExpression, i);
                } else if (i > firstExpression) {
                    problem(table, "index " + index.name() + " has the column key " + index.keys().get(i).text()
                            + " after an expression key; records list column keys before expression keys",
                            "recreate the index with its column keys first, or write the column as an expression"
                                    + " in the database, such as (" + index.keys().get(i).text() + " || '')");
                    break;
                }
            }
            AnnotationSpec.Builder annotation = AnnotationSpec.builder(Index.class);
            for (IndexKey key : index.keys()) {
                if (key.expression() && key.opclass() != null && !key.opclass().endsWith("_ops")) {
                    problem(table, "index " + index.name() + " keys the expression " + key.text() + " with operator"
                            + " class " + key.opclass() + ", whose name does not end in _ops as @Index(expressions)"
                            + " reads it", "declare the index by hand, or use a key without the operator class");
                }
                annotation.addMember(key.expression() ? "expressions" : "columns", "$S", declared(key));
            }
            for (String column : index.include()) {
                annotation.addMember("include", "$S", column);
            }
            if (index.unique()) {
                annotation.addMember("unique", "$L", true);
            }
            if (index.nullsNotDistinct()) {
                annotation.addMember("nullsNotDistinct", "$L", true);
            }
            index.storage().forEach((name, value) -> annotation.addMember("with", "$S", name + "=" + value));
            if (index.where() != null) {
                annotation.addMember("where", "$S", index.where());
            }
            if (index.method() != dev.shale.model.IndexMethod.BTREE) {
                annotation.addMember("method", "$T.$L", IndexMethod.class, index.method().name());
            }
            nameUnlessDefault(annotation, index.name(), DefaultNames.index(table.name().name(), index.keys()));
            onType.add(annotation.build());
        }
    }

    /** {@code @Exclude} on the type for each exclusion constraint, each option only where it is not the default. */
    private void declareExclusions(Table table, List<AnnotationSpec> onType) {
        for (ExclusionConstraint exclusion : table.exclusions()) {
            AnnotationSpec.Builder annotation = AnnotationSpec.builder(Exclude.class);
            for (ExclusionElement element : exclusion.elements()) {
                IndexKey key = element.key();
                if (key.expression() && key.opclass() != null && !key.opclass().endsWith("_ops")) {
                    problem(table, "exclusion constraint " + exclusion.name() + " has the expression " + key.text()
                            + " with operator class " + key.opclass() + ", whose name does not end in _ops as"
                            + " @Exclude(elements) reads it", "declare the constraint by hand, or use an element"
                            + " without the operator class");
                }
                annotation.addMember("elements", "$S", declared(key) + " WITH " + element.operator());
            }
            if (exclusion.method() != dev.shale.model.IndexMethod.GIST) {
                annotation.addMember("method", "$T.$L", IndexMethod.class, exclusion.method().name());
            }
            for (String column : exclusion.include()) {
                annotation.addMember("include", "$S", column);
            }
            exclusion.storage().forEach((name, value) -> annotation.addMember("with", "$S", name + "=" + value));
            if (exclusion.where() != null) {
                annotation.addMember("where", "$S", exclusion.where());
            }
            deferrable(annotation, exclusion.deferrability());
            nameUnlessDefault(annotation, exclusion.name(), DefaultNames.exclusion(table.name().name(),
                    exclusion.keys()));
            onType.add(annotation.build());
        }
    }

    /**
     * A key as {@code @Index(columns)} or {@code @Index(expressions)} reads it: the column (double-quoted when
     * options follow a name that is not one plain word) or the expression, then its options.
     */
    private static String declared(IndexKey key) {
        if (key.plain()) {
            return key.text();
        }
        StringBuilder out = new StringBuilder(key.expression() || key.text().matches("[a-z_][a-z0-9_$]*") ? key.text()
                : '"' + key.text().replace("\"", "\"\"") + '"');
        if (key.collation() != null) {
            // read back by @Index as @Column(collation) is: "C", or "public"."ci" for another schema's
            String declared = Collations.declared(key.collation());
            out.append(" COLLATE ").append(declared.indexOf('"') >= 0 ? declared
                    : '"' + declared.replace("\"", "\"\"") + '"');
        }
        if (key.opclass() != null) {
            out.append(' ').append(key.opclass());
        }
        if (key.descending()) {
            out.append(" DESC");
        }
        if (key.nulls() != IndexKey.Nulls.DEFAULT) {
            out.append(' ').append(key.nulls().sql());
        }
        return out.toString();
    }

    /**
     * {@code @Sequence(...)} of {@code sequence}, with each option that differs from the annotation's default;
     * the schema is left out where it is {@code defaultSchema} (the table's, or {@code public} on the holder).
     */
    static AnnotationSpec sequence(dev.shale.model.Sequence sequence, String defaultSchema) {
        AnnotationSpec.Builder annotation = AnnotationSpec.builder(dev.shale.dsl.Sequence.class)
                .addMember("name", "$S", sequence.name().name());
        if (!sequence.name().schema().equals(defaultSchema)) {
            annotation.addMember("schema", "$S", sequence.name().schema());
        }
        if (!sequence.dataType().equals("bigint")) {
            annotation.addMember("dataType", "$S", sequence.dataType());
        }
        if (sequence.start() != sequence.defaultStart()) {
            annotation.addMember("start", "$L", sequence.start() + "L");
        }
        if (sequence.increment() != 1) {
            annotation.addMember("increment", "$L", sequence.increment() + "L");
        }
        if (sequence.minValue() != null) {
            annotation.addMember("minValue", "$L", sequence.minValue() + "L");
        }
        if (sequence.maxValue() != null) {
            annotation.addMember("maxValue", "$L", sequence.maxValue() + "L");
        }
        if (sequence.cache() != 1) {
            annotation.addMember("cache", "$L", sequence.cache() + "L");
        }
        if (sequence.cycle()) {
            annotation.addMember("cycle", "$L", true);
        }
        if (sequence.ownedBy() != null) {
            annotation.addMember("ownedBy", "$S", sequence.ownedBy().column());
        }
        return annotation.build();
    }

    private static void action(AnnotationSpec.Builder annotation, String member, ReferentialAction action) {
        if (action != ReferentialAction.NO_ACTION) {
            annotation.addMember(member, "$T.$L", Action.class, action.name());
        }
    }

    private static void nameUnlessDefault(AnnotationSpec.Builder annotation, String name, String defaultName) {
        if (!name.equals(defaultName)) {
            annotation.addMember("name", "$S", name);
        }
    }

    private static void add(Map<String, List<AnnotationSpec>> onColumn, String column, AnnotationSpec annotation) {
        onColumn.computeIfAbsent(column, c -> new ArrayList<>()).add(annotation);
    }

    private void problem(Table table, String message, String fix) {
        problems.add(new PullProblem("table " + table.name(), message, fix));
    }

    /** Text safe inside a Javadoc comment. */
    static String javadocText(String text) {
        return text.replace("*/", "*&#47;");
    }
}
