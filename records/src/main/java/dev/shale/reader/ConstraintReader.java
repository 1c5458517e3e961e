package dev.shale.reader;

import dev.shale.dsl.Check;
import dev.shale.dsl.Deferrable;
import dev.shale.dsl.Exclude;
import dev.shale.dsl.Index;
import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.References;
import dev.shale.dsl.Unique;
import dev.shale.model.Deferrability;
import dev.shale.model.ExclusionConstraint;
import dev.shale.model.ExclusionElement;
import dev.shale.model.IndexKey;
import dev.shale.model.IndexMethod;
import dev.shale.model.KeyOptions;
import dev.shale.model.ReferentialAction;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the keys, checks, indexes, exclusion constraints and foreign keys a record declares, on its components and on
 * its type, and checks that the columns they name exist; {@link ConstraintNamer} names them.
 */
final class ConstraintReader {

    /** A primary key or unique constraint as declared. */
    record KeyDecl(String name, List<String> columns, Deferrability deferrability, KeyOptions options,
                   String component) {

        /** A key declared with its index's default options. */
        KeyDecl(String name, List<String> columns, Deferrability deferrability, String component) {
            this(name, columns, deferrability, KeyOptions.NONE, component);
        }
    }

    /** A check as declared: {@code column} is {@code null} for a check on the type. */
    record CheckDecl(String name, String column, String expression, boolean notValid, boolean noInherit,
                     String component) {
    }

    /** An index as declared. */
    record IndexDecl(String name, List<IndexKey> keys, boolean unique, IndexMethod method, String where,
                     List<String> include, boolean nullsNotDistinct, java.util.SortedMap<String, String> storage,
                     String component) {

        /** An index declared without INCLUDE, NULLS NOT DISTINCT or storage parameters. */
        IndexDecl(String name, List<IndexKey> keys, boolean unique, IndexMethod method, String where, String component) {
            this(name, keys, unique, method, where, List.of(), false, new java.util.TreeMap<>(), component);
        }
    }

    /** An exclusion constraint as declared: {@code name} is {@code null} for PostgreSQL's default. */
    record ExclusionDecl(String name, ExclusionConstraint.Builder exclusion) {
    }

    /** What one record declares, before naming. {@code primaryKey} is {@code null} when none is declared. */
    record Declarations(KeyDecl primaryKey, List<KeyDecl> uniques, List<CheckDecl> checks, List<IndexDecl> indexes,
                        List<ForeignKeyDraft> foreignKeys, List<ExclusionDecl> exclusions) {

        /** Declarations without exclusion constraints. */
        Declarations(KeyDecl primaryKey, List<KeyDecl> uniques, List<CheckDecl> checks, List<IndexDecl> indexes,
                     List<ForeignKeyDraft> foreignKeys) {
            this(primaryKey, uniques, checks, indexes, foreignKeys, List.of());
        }
    }

    private final Problems problems;

    ConstraintReader(Problems problems) {
        this.problems = problems;
    }

    /** The declarations of {@code type}, whose components have become {@code columns}. */
    Declarations read(Class<?> type, String table, List<RecordComponent> components, List<ColumnDraft> columns) {
        List<String> columnNames = columns.stream().map(ColumnDraft::name).toList();
        KeyColumns keyColumns = new KeyColumns(problems, type, table, columnNames);
        List<KeyDecl> componentKeys = new ArrayList<>();
        List<KeyDecl> uniques = new ArrayList<>();
        List<CheckDecl> checks = new ArrayList<>();
        List<IndexDecl> indexes = new ArrayList<>();
        List<ForeignKeyDraft> foreignKeys = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            RecordComponent component = components.get(i);
            String at = component.getName();
            List<String> own = List.of(columns.get(i).name());
            PrimaryKey key = component.getAnnotation(PrimaryKey.class);
            if (key != null) {
                onlyOnType(type, at, key.columns().length > 0, "@PrimaryKey(columns = ...)", "@PrimaryKey");
                componentKeys.add(new KeyDecl(name(key.name()), own, deferrability(key.deferrable()),
                        keyOptions(type, at, "@PrimaryKey", own, key.include(), false, key.with(), keyColumns), at));
            }
            for (Unique unique : component.getAnnotationsByType(Unique.class)) {
                onlyOnType(type, at, unique.columns().length > 0, "@Unique(columns = ...)", "@Unique");
                uniques.add(new KeyDecl(name(unique.name()), own, deferrability(unique.deferrable()),
                        keyOptions(type, at, "@Unique", own, unique.include(), unique.nullsNotDistinct(), unique.with(),
                                keyColumns), at));
            }
            if (columns.get(i).rangeCheck() != null) {
                checks.add(new CheckDecl(null, own.get(0), columns.get(i).rangeCheck(), false, false, at));
            }
            for (Check check : component.getAnnotationsByType(Check.class)) {
                checks.add(check(type, at, check, own.get(0)));
            }
            for (Index index : component.getAnnotationsByType(Index.class)) {
                boolean bare = index.columns().length == 0 && index.expressions().length == 0;
                index(type, at, index, keyColumns, bare ? own : null, indexes);
            }
            for (References references : component.getAnnotationsByType(References.class)) {
                onlyOnType(type, at, references.from().length > 0, "@References(from = ...)", "@References");
                foreignKeys.add(foreignKey(references, own, at));
            }
        }
        KeyDecl primaryKey = primaryKey(type, componentKeys, keyColumns);
        for (Unique unique : type.getAnnotationsByType(Unique.class)) {
            if (unique.columns().length == 0) {
                problems.add(type, null, "has @Unique on the type without columns", "list the columns: "
                        + "@Unique(columns = {\"a\", \"b\"}), or put @Unique on the component");
            } else {
                List<String> keyed = keyColumns.valid("@Unique", null, unique.columns());
                uniques.add(new KeyDecl(name(unique.name()), keyed, deferrability(unique.deferrable()),
                        keyOptions(type, null, "@Unique", keyed, unique.include(), unique.nullsNotDistinct(),
                                unique.with(), keyColumns), null));
            }
        }
        for (Check check : type.getAnnotationsByType(Check.class)) {
            checks.add(check(type, null, check, null));
        }
        for (Index index : type.getAnnotationsByType(Index.class)) {
            index(type, null, index, keyColumns, null, indexes);
        }
        for (References references : type.getAnnotationsByType(References.class)) {
            if (references.from().length == 0) {
                problems.add(type, null, "has @References on the type without from", "list the local columns: "
                        + "@References(table = Other.class, from = {\"a\", \"b\"})");
            } else {
                foreignKeys.add(foreignKey(references, keyColumns.valid("@References(from)", null, references.from()), null));
            }
        }
        List<ExclusionDecl> exclusions = new ArrayList<>();
        for (Exclude exclude : type.getAnnotationsByType(Exclude.class)) {
            exclusion(type, exclude, keyColumns, exclusions);
        }
        uniques.removeIf(u -> u.columns().isEmpty());
        foreignKeys.removeIf(f -> f.columns().isEmpty());
        return new Declarations(primaryKey, uniques, checks, indexes, foreignKeys, exclusions);
    }

    private KeyDecl primaryKey(Class<?> type, List<KeyDecl> componentKeys, KeyColumns keyColumns) {
        PrimaryKey onType = type.getAnnotation(PrimaryKey.class);
        for (KeyDecl extra : componentKeys.subList(Math.min(1, componentKeys.size()), componentKeys.size())) {
            problems.add(type, extra.component(), "has @PrimaryKey, and so does " + componentKeys.get(0).component()
                    + "; a table has one primary key", "declare a composite key on the type: @PrimaryKey(columns = {"
                    + String.join(", ", componentKeys.stream().map(k -> "\"" + k.columns().get(0) + "\"").toList())
                    + "})");
        }
        if (onType != null && !componentKeys.isEmpty()) {
            problems.add(type, componentKeys.get(0).component(), "has @PrimaryKey, and the record type declares "
                    + "@PrimaryKey too", "declare the key once: on the component for a one-column key, or on the "
                    + "type for a composite key");
        }
        if (onType != null) {
            if (onType.columns().length == 0) {
                problems.add(type, null, "has @PrimaryKey on the type without columns", "list the key columns: "
                        + "@PrimaryKey(columns = {\"a\", \"b\"}), or put @PrimaryKey on the key component");
                return null;
            }
            List<String> columns = keyColumns.valid("@PrimaryKey", null, onType.columns());
            return columns.isEmpty() ? null
                    : new KeyDecl(name(onType.name()), columns, deferrability(onType.deferrable()),
                            keyOptions(type, null, "@PrimaryKey", columns, onType.include(), false, onType.with(),
                                    keyColumns), null);
        }
        if (componentKeys.isEmpty()) {
            problems.add(type, null, "declares no primary key", "add @PrimaryKey to the key component, or "
                    + "@PrimaryKey(columns = {...}) to the record for a composite key");
            return null;
        }
        return componentKeys.get(0);
    }

    private CheckDecl check(Class<?> type, String at, Check check, String column) {
        if (check.value().isBlank()) {
            problems.add(type, at, "has @Check with an empty expression",
                    "write the boolean SQL expression, or remove @Check");
        } else {
            ExpressionFields.check(problems, type, at, "@Check", check.value());
        }
        return new CheckDecl(name(check.name()), column, check.value().trim(), check.notValid(), check.noInherit(), at);
    }

    /**
     * Reads one {@code @Index}: {@code own} is the component's column when the annotation on a component names
     * no keys, else {@code null} and the keys are read from {@code columns} and {@code expressions}.
     */
    private void index(Class<?> type, String at, Index index, KeyColumns keyColumns, List<String> own,
                       List<IndexDecl> out) {
        List<IndexKey> keys = new ArrayList<>();
        boolean valid = true;
        if (own != null) {
            own.forEach(c -> keys.add(IndexKey.column(c)));
        } else {
            List<IndexKey> columnKeys = new ArrayList<>();
            for (String text : index.columns()) {
                // a column's whole name (which may hold spaces) is the key as it stands
                IndexKeyText.Parsed parsed = keyColumns.has(text) ? new IndexKeyText.Parsed(IndexKey.column(text), null)
                        : parse(type, at, text, false);
                if (parsed.key() == null) {
                    valid = false;
                } else {
                    columnKeys.add(parsed.key());
                }
            }
            if (valid) {
                List<String> columns = keyColumns.valid("@Index", at,
                        columnKeys.stream().map(IndexKey::text).toArray(String[]::new));
                valid = columns.size() == columnKeys.size();
                keys.addAll(columnKeys);
            }
        }
        for (String expression : index.expressions()) {
            if (expression.isBlank()) {
                problems.add(type, at, "has @Index with an empty expression",
                        "write each expression as SQL, such as \"lower(email)\"");
                valid = false;
                continue;
            }
            IndexKeyText.Parsed parsed = parse(type, at, expression, true);
            if (parsed.key() == null) {
                valid = false;
            } else if (!ExpressionFields.check(problems, type, at, "@Index(expressions)", parsed.key().text())) {
                valid = false;
            } else {
                keys.add(parsed.key());
            }
        }
        if (keys.isEmpty() && valid) {
            problems.add(type, at, "has @Index without columns or expressions",
                    "list the columns or expressions: @Index(columns = {\"a\", \"b\"})");
        }
        IndexMethod method = switch (index.method()) {
            case BTREE -> IndexMethod.BTREE;
            case HASH -> IndexMethod.HASH;
            case GIN -> IndexMethod.GIN;
            case GIST -> IndexMethod.GIST;
            case BRIN -> IndexMethod.BRIN;
            case SPGIST -> IndexMethod.SPGIST;
        };
        if (index.unique() && method != IndexMethod.BTREE) {
            problems.add(type, at, "has @Index(unique = true, method = " + index.method()
                    + "), but only btree indexes can be unique", "use method = BTREE, or remove unique");
        }
        if (!index.where().isBlank() && !ExpressionFields.check(problems, type, at, "@Index(where)", index.where())) {
            valid = false;
        }
        if (method != IndexMethod.BTREE && keys.stream().anyMatch(k -> k.descending() || k.nulls() != IndexKey.Nulls.DEFAULT)) {
            problems.add(type, at, "has @Index(method = " + index.method() + ") with a key ordered by ASC/DESC or NULLS"
                    + " FIRST/LAST, but only btree indexes keep an order", "remove the order from the key, or use"
                    + " method = BTREE");
            valid = false;
        }
        List<String> include = List.of();
        if (index.include().length > 0) {
            if (method != IndexMethod.BTREE && method != IndexMethod.GIST) {
                problems.add(type, at, "has @Index(include = ...) on a " + index.method() + " index, but only btree"
                        + " and gist indexes take INCLUDE columns", "use method = BTREE (or GIST), or remove include");
                valid = false;
            }
            include = keyColumns.valid("@Index(include)", at, index.include());
            valid &= include.size() == index.include().length;
        }
        if (index.nullsNotDistinct() && !index.unique()) {
            problems.add(type, at, "has @Index(nullsNotDistinct = true) on an index that is not unique",
                    "add unique = true, or remove nullsNotDistinct");
            valid = false;
        }
        java.util.SortedMap<String, String> storage = storage(type, at, "@Index", index.with());
        valid &= storage != null;
        if (valid && !keys.isEmpty()) {
            String where = index.where().isBlank() ? null : index.where().trim();
            out.add(new IndexDecl(name(index.name()), keys, index.unique(), method, where, include,
                    index.nullsNotDistinct(), storage, at));
        }
    }

    /** Reads one {@code @Exclude} on the type: its elements, method, INCLUDE columns, storage, predicate. */
    private void exclusion(Class<?> type, Exclude exclude, KeyColumns keyColumns, List<ExclusionDecl> out) {
        boolean valid = true;
        List<ExclusionElement> elements = new ArrayList<>();
        for (String text : exclude.elements()) {
            ExclusionElementText.Parsed parsed = ExclusionElementText.parse(text, keyColumns::has);
            if (parsed.problem() != null) {
                problems.add(type, null, "has @Exclude(elements) element \"" + text + "\" that " + parsed.problem(),
                        "write it as " + ExclusionElementText.FORM);
                valid = false;
                continue;
            }
            IndexKey key = parsed.element().key();
            if (key.expression()) {
                valid &= ExpressionFields.check(problems, type, null, "@Exclude(elements)", key.text());
            } else {
                valid &= keyColumns.valid("@Exclude(elements)", null, new String[] {key.text()}).size() == 1;
            }
            elements.add(parsed.element());
        }
        if (exclude.elements().length == 0) {
            problems.add(type, null, "has @Exclude without elements",
                    "list the elements: @Exclude(elements = {\"room_id WITH =\", \"during WITH &&\"})");
            valid = false;
        }
        IndexMethod method = switch (exclude.method()) {
            case BTREE -> IndexMethod.BTREE;
            case HASH -> IndexMethod.HASH;
            case GIN -> IndexMethod.GIN;
            case GIST -> IndexMethod.GIST;
            case BRIN -> IndexMethod.BRIN;
            case SPGIST -> IndexMethod.SPGIST;
        };
        if (method == IndexMethod.GIN || method == IndexMethod.BRIN) {
            problems.add(type, null, "has @Exclude(method = " + exclude.method() + "), but a " + exclude.method()
                    + " index cannot back an exclusion constraint", "use method = GIST (the default), SPGIST, BTREE"
                    + " or HASH");
            valid = false;
        }
        if (method != IndexMethod.BTREE && elements.stream().anyMatch(e -> e.key().descending()
                || e.key().nulls() != IndexKey.Nulls.DEFAULT)) {
            problems.add(type, null, "has @Exclude(method = " + exclude.method() + ") with an element ordered by"
                    + " ASC/DESC or NULLS FIRST/LAST, but only btree indexes keep an order",
                    "remove the order from the element");
            valid = false;
        }
        List<String> include = List.of();
        if (exclude.include().length > 0) {
            if (method != IndexMethod.BTREE && method != IndexMethod.GIST) {
                problems.add(type, null, "has @Exclude(include = ...) on a " + exclude.method() + " index, but only"
                        + " gist and btree indexes take INCLUDE columns", "use method = GIST, or remove include");
                valid = false;
            }
            include = keyColumns.valid("@Exclude(include)", null, exclude.include());
            valid &= include.size() == exclude.include().length;
        }
        if (!exclude.where().isBlank()
                && !ExpressionFields.check(problems, type, null, "@Exclude(where)", exclude.where())) {
            valid = false;
        }
        java.util.SortedMap<String, String> storage = storage(type, null, "@Exclude", exclude.with());
        if (valid && storage != null) {
            out.add(new ExclusionDecl(name(exclude.name()), ExclusionConstraint.builder("").method(method)
                    .elements(elements).include(include).storage(storage)
                    .where(exclude.where().isBlank() ? null : exclude.where().trim())
                    .deferrability(deferrability(exclude.deferrable()))));
        }
    }

    /**
     * The index options of a primary key or unique constraint declared as {@code annotation} over {@code columns}:
     * problems recorded (and the options left out) for an INCLUDE column that is missing or also a key column, and
     * for a storage parameter not written name=value.
     */
    private KeyOptions keyOptions(Class<?> type, String at, String annotation, List<String> columns, String[] include,
                                  boolean nullsNotDistinct, String[] with, KeyColumns keyColumns) {
        List<String> included = include.length == 0 ? List.of()
                : keyColumns.valid(annotation + "(include)", at, include);
        boolean valid = included.size() == include.length;
        for (String column : included) {
            if (columns.contains(column)) {
                problems.add(type, at, "has " + annotation + "(include = ...) naming key column " + column,
                        "name in include only columns that are not in the key");
                valid = false;
            }
        }
        if (included.size() != new java.util.HashSet<>(included).size()) {
            problems.add(type, at, "has " + annotation + "(include = ...) naming a column twice",
                    "name each INCLUDE column once");
            valid = false;
        }
        java.util.SortedMap<String, String> storage = storage(type, at, annotation, with);
        return valid && storage != null ? new KeyOptions(included, nullsNotDistinct, storage) : KeyOptions.NONE;
    }

    /** The storage parameters {@code with} of {@code annotation}, or {@code null} with a problem recorded. */
    private java.util.SortedMap<String, String> storage(Class<?> type, String at, String annotation, String[] with) {
        java.util.SortedMap<String, String> storage = new java.util.TreeMap<>();
        boolean valid = true;
        for (String parameter : with) {
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? "" : parameter.substring(0, equals).strip();
            String value = equals < 0 ? "" : parameter.substring(equals + 1).strip();
            if (!name.matches("[a-z_][a-z0-9_]*") || value.isEmpty()) {
                problems.add(type, at, "has " + annotation + "(with = \"" + parameter + "\"), which is not a storage"
                        + " parameter written name=value", "write each as \"name=value\" with a lower-case name,"
                        + " such as \"fillfactor=70\"");
                valid = false;
            } else if (storage.put(name, value) != null) {
                problems.add(type, at, "has " + annotation + "(with = ...) setting " + name + " twice",
                        "set each parameter once");
                valid = false;
            }
        }
        return valid ? storage : null;
    }

    /** One key of {@code @Index} with its options; a problem recorded and a null key when it cannot be read. */
    private IndexKeyText.Parsed parse(Class<?> type, String at, String text, boolean expression) {
        IndexKeyText.Parsed parsed;
        try {
            parsed = expression ? IndexKeyText.expression(text) : IndexKeyText.column(text);
        } catch (IllegalArgumentException bad) {
            parsed = new IndexKeyText.Parsed(null, "is not a valid key: " + bad.getMessage());
        }
        if (parsed.problem() != null) {
            problems.add(type, at, "has @Index(" + (expression ? "expressions" : "columns") + ") key \"" + text + "\" that "
                    + parsed.problem(), "write it as " + (expression ? IndexKeyText.EXPRESSION_FORM
                    : IndexKeyText.COLUMN_FORM));
        }
        return parsed;
    }

    private static ForeignKeyDraft foreignKey(References references, List<String> columns, String at) {
        return new ForeignKeyDraft(name(references.name()), columns, references.table(),
                Arrays.asList(references.columns()), action(references.onDelete()), action(references.onUpdate()),
                deferrability(references.deferrable()), references.notValid(), at);
    }

    private static Deferrability deferrability(Deferrable deferrable) {
        return switch (deferrable) {
            case NOT_DEFERRABLE -> Deferrability.NOT_DEFERRABLE;
            case INITIALLY_IMMEDIATE -> Deferrability.DEFERRABLE;
            case INITIALLY_DEFERRED -> Deferrability.INITIALLY_DEFERRED;
        };
    }

    private static ReferentialAction action(dev.shale.dsl.Action action) {
        return switch (action) {
            case NO_ACTION -> ReferentialAction.NO_ACTION;
            case RESTRICT -> ReferentialAction.RESTRICT;
            case CASCADE -> ReferentialAction.CASCADE;
            case SET_NULL -> ReferentialAction.SET_NULL;
            case SET_DEFAULT -> ReferentialAction.SET_DEFAULT;
        };
    }

    private void onlyOnType(Class<?> type, String at, boolean wrong, String written, String annotation) {
        if (wrong) {
            problems.add(type, at, "has " + written + " on a component, which is only for the record type",
                    "remove the list (on a component, " + annotation + " applies to that column), or move "
                            + annotation + " to the record type");
        }
    }

    private static String name(String declared) {
        return declared.isEmpty() ? null : declared;
    }
}
