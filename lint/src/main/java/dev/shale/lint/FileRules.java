package dev.shale.lint;

import dev.shale.diff.postgres.HazardCode;
import dev.shale.migrations.runner.sql.ControlStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.jsqlparser.statement.SetStatement;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.CheckConstraint;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.ForeignKeyIndex;
import net.sf.jsqlparser.statement.create.table.Index;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.truncate.Truncate;

/**
 * The rules, applied statement by statement to one file, remembering what the file did before: the tables and
 * indexes it created (nothing to protect on them), whether {@code lock_timeout} is set, the constraints it added
 * {@code NOT VALID} (and in which step), and the {@code CHECK (col IS NOT NULL)} constraints it validated.
 */
final class FileRules {

    /** A finding before allows are applied: its code, object and what was found. */
    record Raw(HazardCode code, String object, String message) {
    }

    /** Statement kinds JSqlParser reads whose locks and data the rules have nothing to say about. */
    private static final Set<String> QUIET = Set.of("Insert", "Update", "Delete", "Merge", "Select", "PlainSelect",
            "SetOperationList", "ParenthesedSelect", "Values", "Comment", "Grant", "CreateView", "AlterView",
            "CreateFunction", "CreateProcedure", "CreateFunctionalStatement", "CreateSchema", "CreateSequence",
            "AlterSequence", "Commit", "ResetStatement", "Analyze", "CreateSynonym");
    /** Statements the tokens tell, where JSqlParser fails: new objects and settings, no lock on existing tables. */
    private static final List<List<String>> QUIET_FORMS = List.of(List.of("CREATE", "TYPE"),
            List.of("CREATE", "EXTENSION"), List.of("CREATE", "SCHEMA"), List.of("CREATE", "DOMAIN"),
            List.of("COMMENT", "ON"), List.of("GRANT"), List.of("REVOKE"), List.of("ANALYZE"), List.of("RESET"),
            List.of("ALTER", "TYPE"), List.of("CREATE", "SEQUENCE"), List.of("DROP", "TYPE"),
            List.of("DROP", "EXTENSION"), List.of("DROP", "DOMAIN"));

    /** ALTER TABLE actions that change only the catalog: a brief lock, which the lock_timeout rule covers. */
    private static final List<List<String>> BRIEF_LOCK_ACTIONS = List.of(List.of("OWNER", "TO"),
            List.of("RENAME", "CONSTRAINT"), List.of("ENABLE", "TRIGGER"), List.of("DISABLE", "TRIGGER"),
            List.of("ALTER", "CONSTRAINT"));

    private final Set<String> createdTables = new HashSet<>();
    private final Set<String> createdIndexes = new HashSet<>();
    private final Map<String, Integer> notValidStep = new HashMap<>();
    private final Map<String, String> notNullChecks = new HashMap<>();
    private final Set<String> validatedNotNull = new HashSet<>();
    private boolean lockTimeout;

    /** The raw findings of one statement, in the order of its actions. */
    List<Raw> check(LintStatement at, ParsedStatement parsed) {
        List<Raw> out = new ArrayList<>();
        String first = String.join(" ", at.statement().leadingTokens().subList(0,
                Math.min(3, at.statement().leadingTokens().size())));
        var control = ControlStatement.of(at.statement());
        if (control.isPresent() && control.get().kind() == ControlStatement.Kind.TRANSACTION_CONTROL) {
            out.add(new Raw(HazardCode.TRANSACTION_NESTING, first, first + " in a migration"));
            return out;
        }
        if (parsed.startsWith("SET") || parsed.startsWith("RESET")) {
            setting(parsed);
            return out;
        }
        if (parsed.startsWith("DROP", "DATABASE")) {
            out.add(new Raw(HazardCode.DROP_DATABASE, name(parsed, 2), "DROP DATABASE"));
            return out;
        }
        Statement tree = parsed.tree().orElse(null);
        if (tree instanceof CreateTable t) {
            createTable(at, t, out);
        } else if (tree instanceof CreateIndex i) {
            createIndex(at, parsed, i, out);
        } else if (tree instanceof Drop d) {
            drop(at, parsed, d, out);
        } else if (tree instanceof Alter a) {
            alter(at, parsed, a, out);
        } else if (tree instanceof Truncate t) {
            strongLock(Names.key(t.getTable().getFullyQualifiedName()), "TRUNCATE", out);
        } else if (tree != null && QUIET.contains(tree.getClass().getSimpleName())) {
            return out;
        } else if (parsed.startsWith("ALTER", "INDEX") && SqlTokens.find(parsed.tokens(), 0, "RENAME") == 3
                || parsed.startsWith("ALTER", "INDEX", "IF", "EXISTS") && SqlTokens.find(parsed.tokens(), 0,
                "RENAME") == 5) {
            // renaming an index changes only the catalog
            return out;
        } else if (parsed.startsWith("LOCK")) {
            strongLock(first, "LOCK", out);
        } else if (usingIndex(parsed)) {
            // ADD CONSTRAINT ... UNIQUE | PRIMARY KEY USING INDEX: the online form; a short ACCESS EXCLUSIVE lock
            strongLock(Names.key(name(parsed, tableNameAt(parsed))), "ADD CONSTRAINT ... USING INDEX", out);
        } else if (QUIET_FORMS.stream().noneMatch(form -> parsed.startsWith(form.toArray(String[]::new)))) {
            out.add(new Raw(HazardCode.UNCHECKED_STATEMENT, first, tree == null
                    ? "the SQL parser cannot read this statement" : "the linter has no rules for "
                    + tree.getClass().getSimpleName() + " statements"));
        }
        return out;
    }

    private void setting(ParsedStatement parsed) {
        List<SqlTokens.Token> tokens = parsed.tokens();
        int at = 1;
        if (tokens.size() > at && (tokens.get(at).is("SESSION") || tokens.get(at).is("LOCAL"))) {
            at++;
        }
        if (tokens.size() <= at || !tokens.get(at).upper().equals("LOCK_TIMEOUT")) {
            return;
        }
        if (parsed.startsWith("RESET") || tokens.size() <= at + 2) {
            lockTimeout = false;
            return;
        }
        String value = tokens.get(at + 2).text().replace("'", "").strip();
        lockTimeout = !(value.equals("0") || value.equalsIgnoreCase("DEFAULT") || value.isEmpty());
    }

    private void createTable(LintStatement at, CreateTable table, List<Raw> out) {
        String name = Names.key(table.getTable().getFullyQualifiedName());
        createdTables.add(name);
        if (!at.transactional() && !table.isIfNotExists()) {
            out.add(new Raw(HazardCode.NOT_RETRY_SAFE, name, "CREATE TABLE without IF NOT EXISTS in a"
                    + " non-transactional step"));
        }
        if (table.getColumnDefinitions() != null) {
            for (ColumnDefinition column : table.getColumnDefinitions()) {
                ColumnSpec spec = ColumnSpec.of(column.getColDataType().toString(), column.getColumnSpecs());
                types(name + "." + Names.key(column.getColumnName()), spec, out);
            }
        }
    }

    private void createIndex(LintStatement at, ParsedStatement parsed, CreateIndex index, List<Raw> out) {
        String table = Names.key(index.getTable().getFullyQualifiedName());
        String name = index.getIndex().getName() == null ? table : Names.key(index.getIndex().getName());
        boolean existing = !createdTables.contains(table);
        if (parsed.concurrently() && at.transactional()) {
            out.add(new Raw(HazardCode.CONCURRENT_IN_TRANSACTION, name, "CREATE INDEX CONCURRENTLY in a transactional"
                    + " step"));
        }
        if (!parsed.concurrently() && existing) {
            out.add(new Raw(HazardCode.INDEX_NOT_CONCURRENT, name, "CREATE INDEX on " + table
                    + " without CONCURRENTLY"));
            strongLock(table, "CREATE INDEX", out);
        }
        if (!at.transactional() && !index.isUsingIfNotExists()) {
            out.add(new Raw(HazardCode.NOT_RETRY_SAFE, name, "CREATE INDEX without IF NOT EXISTS in a"
                    + " non-transactional step"));
        }
        createdIndexes.add(name);
    }

    private void drop(LintStatement at, ParsedStatement parsed, Drop drop, List<Raw> out) {
        String type = drop.getType().toUpperCase(java.util.Locale.ROOT);
        String name = Names.key(drop.getName().getFullyQualifiedName());
        switch (type) {
            case "TABLE" -> {
                if (!createdTables.contains(name)) {
                    out.add(new Raw(HazardCode.DROP_TABLE, name, "DROP TABLE " + name));
                    strongLock(name, "DROP TABLE", out);
                }
            }
            case "INDEX" -> {
                if (parsed.concurrently() && at.transactional()) {
                    out.add(new Raw(HazardCode.CONCURRENT_IN_TRANSACTION, name, "DROP INDEX CONCURRENTLY in a"
                            + " transactional step"));
                }
                if (!parsed.concurrently() && !createdIndexes.contains(name)) {
                    out.add(new Raw(HazardCode.DROP_INDEX_NOT_CONCURRENT, name, "DROP INDEX " + name
                            + " without CONCURRENTLY"));
                    strongLock(name, "DROP INDEX", out);
                }
            }
            case "SCHEMA" -> out.add(new Raw(HazardCode.DROP_SCHEMA, name, "DROP SCHEMA " + name));
            default -> {
                return;
            }
        }
        if (!at.transactional() && !drop.isIfExists()) {
            out.add(new Raw(HazardCode.NOT_RETRY_SAFE, name, "DROP " + type + " without IF EXISTS in a"
                    + " non-transactional step"));
        }
    }

    private void alter(LintStatement at, ParsedStatement parsed, Alter alter, List<Raw> out) {
        String table = Names.key(alter.getTable().getFullyQualifiedName());
        boolean existing = !createdTables.contains(table);
        boolean locks = false;
        List<AlterExpression> actions = alter.getAlterExpressions() == null ? List.of() : alter.getAlterExpressions();
        for (int i = 0; i < actions.size(); i++) {
            AlterExpression action = actions.get(i);
            boolean notValid = parsed.notValidActions().contains(i);
            List<SqlTokens.Token> words = SqlTokens.of(action.toString());
            if (SqlTokens.startsAt(words, 0, "VALIDATE", "CONSTRAINT") && words.size() > 2) {
                validate(at, table, Names.key(words.get(2).text()), out);
                continue;
            }
            locks |= existing;
            AlterOperation op = action.getOperation();
            if (op == AlterOperation.ADD) {
                add(at, table, existing, action, notValid, out);
            } else if (op == AlterOperation.ALTER && action.getColDataTypeList() != null) {
                for (AlterExpression.ColumnDataType column : action.getColDataTypeList()) {
                    alterColumn(table, existing, column, out);
                }
            } else if (op == AlterOperation.ALTER && (action.getColumnSetDefaultList() != null
                    || action.getColumnDropDefaultList() != null || action.getColumnDropNotNullList() != null)) {
                continue;
            } else if (op == AlterOperation.DROP && action.getColumnName() != null) {
                String column = table + "." + Names.key(action.getColumnName());
                if (existing) {
                    out.add(new Raw(HazardCode.DROP_COLUMN, column, "DROP COLUMN " + column));
                }
                if (!at.transactional() && !action.isUsingIfExists()) {
                    out.add(new Raw(HazardCode.NOT_RETRY_SAFE, column, "DROP COLUMN without IF EXISTS in a"
                            + " non-transactional step"));
                }
            } else if (op == AlterOperation.DROP && action.getConstraintName() != null) {
                continue;
            } else if (op == AlterOperation.RENAME && action.getColumnOldName() != null) {
                if (existing) {
                    out.add(new Raw(HazardCode.BACKWARD_INCOMPATIBLE_RENAME, table + "." + Names.key(
                            action.getColumnOldName()), "RENAME COLUMN " + action.getColumnOldName() + " TO "
                            + action.getColumnName()));
                }
            } else if (op == AlterOperation.RENAME_TABLE) {
                String to = Names.key(action.getNewTableName());
                if (existing) {
                    out.add(new Raw(HazardCode.BACKWARD_INCOMPATIBLE_RENAME, table, "RENAME TO " + to));
                } else {
                    createdTables.add(to);
                }
            } else if (BRIEF_LOCK_ACTIONS.stream().anyMatch(form -> SqlTokens.startsAt(words, 0,
                    form.toArray(String[]::new))) || SqlTokens.startsAt(words, 0, "ALTER", "COLUMN")
                    && SqlTokens.contains(words, "SET", "STATISTICS")) {
                continue;
            } else {
                out.add(new Raw(HazardCode.UNCHECKED_STATEMENT, table, "the linter has no rule for ALTER TABLE "
                        + words.stream().limit(3).map(SqlTokens.Token::upper).reduce((a, b) -> a + " " + b)
                        .orElse("")));
            }
        }
        if (locks) {
            strongLock(table, "ALTER TABLE", out);
        }
    }

    private void add(LintStatement at, String table, boolean existing, AlterExpression action, boolean notValid,
                     List<Raw> out) {
        if (action.getColDataTypeList() != null) {
            for (AlterExpression.ColumnDataType column : action.getColDataTypeList()) {
                String name = table + "." + Names.key(column.getColumnName());
                ColumnSpec spec = ColumnSpec.of(column.getColDataType().toString(), column.getColumnSpecs());
                types(name, spec, out);
                if (!at.transactional() && !action.isUseIfNotExists()) {
                    out.add(new Raw(HazardCode.NOT_RETRY_SAFE, name, "ADD COLUMN without IF NOT EXISTS in a"
                            + " non-transactional step"));
                }
                if (!existing) {
                    continue;
                }
                if (spec.defaultUnreadable()) {
                    out.add(new Raw(HazardCode.UNCHECKED_STATEMENT, name, "the SQL parser cannot read the default "
                            + spec.defaultSql().orElse("")));
                }
                if (spec.rewritesOnAdd()) {
                    out.add(new Raw(HazardCode.VOLATILE_DEFAULT, name, "ADD COLUMN " + name + " "
                            + (spec.serial() ? "serial" : spec.identity() ? "as identity" : spec.storedGenerated()
                            ? "generated stored" : "with the volatile default " + spec.defaultSql().orElse(""))));
                }
                if (spec.notNull() && !spec.fillsRows()) {
                    out.add(new Raw(HazardCode.FAILS_ON_ROWS, name, "ADD COLUMN " + name + " NOT NULL without a"
                            + " default"));
                }
                if (spec.unique()) {
                    out.add(new Raw(HazardCode.UNIQUE_UNDER_LOCK, name, "ADD COLUMN " + name
                            + " with an inline PRIMARY KEY or UNIQUE"));
                }
                if (spec.references() || spec.check()) {
                    out.add(new Raw(HazardCode.CONSTRAINT_VALIDATED_UNDER_LOCK, name, "ADD COLUMN " + name
                            + " with an inline " + (spec.references() ? "REFERENCES" : "CHECK")
                            + " (validated at once)"));
                }
            }
            return;
        }
        Index index = action.getIndex();
        String name = index != null && index.getName() != null ? Names.key(index.getName()) : table;
        if (index instanceof ForeignKeyIndex || index instanceof CheckConstraint) {
            String kind = index instanceof ForeignKeyIndex ? "FOREIGN KEY" : "CHECK";
            if (notValid) {
                notValidStep.put(name, at.step());
                if (index instanceof CheckConstraint check) {
                    notNullColumn(check).ifPresent(column -> notNullChecks.put(name, table + "." + column));
                }
            } else if (existing) {
                out.add(new Raw(HazardCode.CONSTRAINT_VALIDATED_UNDER_LOCK, name, "ADD CONSTRAINT " + name + " "
                        + kind + " without NOT VALID"));
            }
        } else if (action.getPkColumns() != null || action.getUk() || action.getUkColumns() != null
                || index != null && index.getType() != null && (index.getType().toUpperCase(java.util.Locale.ROOT)
                .contains("UNIQUE") || index.getType().toUpperCase(java.util.Locale.ROOT).contains("PRIMARY"))) {
            if (existing) {
                out.add(new Raw(HazardCode.UNIQUE_UNDER_LOCK, name, "ADD " + (action.getPkColumns() != null
                        || index != null && index.getType().toUpperCase(java.util.Locale.ROOT).contains("PRIMARY")
                        ? "PRIMARY KEY" : "UNIQUE") + " on " + table + " builds its index under lock"));
            }
        } else {
            out.add(new Raw(HazardCode.UNCHECKED_STATEMENT, table, "the linter has no rule for " + action));
        }
    }

    private static java.util.Optional<String> notNullColumn(CheckConstraint check) {
        if (check.getExpression() instanceof net.sf.jsqlparser.expression.operators.relational.IsNullExpression is
                && is.isNot() && is.getLeftExpression() instanceof net.sf.jsqlparser.schema.Column column) {
            return java.util.Optional.of(Names.key(column.getColumnName()));
        }
        return java.util.Optional.empty();
    }

    private void alterColumn(String table, boolean existing, AlterExpression.ColumnDataType column, List<Raw> out) {
        String name = table + "." + Names.key(column.getColumnName());
        List<String> specs = column.getColumnSpecs() == null ? List.of() : column.getColumnSpecs();
        String type = column.getColDataType() == null ? "" : column.getColDataType().toString();
        if (type.equalsIgnoreCase("SET") && specs.size() == 2 && specs.get(0).equalsIgnoreCase("NOT")) {
            if (existing && !validatedNotNull.contains(name)) {
                out.add(new Raw(HazardCode.SET_NOT_NULL_SCAN, name, "SET NOT NULL on " + name
                        + " without a validated CHECK (" + Names.key(column.getColumnName()) + " IS NOT NULL)"));
            }
        } else if (type.isEmpty() && !specs.isEmpty() && specs.get(0).equalsIgnoreCase("DROP")) {
            return;
        } else if (!type.isEmpty() && !type.equalsIgnoreCase("SET")) {
            types(name, ColumnSpec.of(type, specs), out);
            if (existing) {
                out.add(new Raw(HazardCode.TYPE_CHANGE_REWRITE, name, "ALTER COLUMN " + name + " TYPE " + type));
            }
        } else {
            out.add(new Raw(HazardCode.UNCHECKED_STATEMENT, name, "the linter has no rule for ALTER COLUMN "
                    + type + " " + String.join(" ", specs)));
        }
    }

    private void validate(LintStatement at, String table, String constraint, List<Raw> out) {
        Integer step = notValidStep.get(constraint);
        if (step != null && step == at.step() && at.transactional()) {
            out.add(new Raw(HazardCode.VALIDATE_IN_SAME_TRANSACTION, constraint, "VALIDATE CONSTRAINT " + constraint
                    + " in the step (transaction) that added it NOT VALID"));
        }
        String column = notNullChecks.get(constraint);
        if (column != null) {
            validatedNotNull.add(column);
        }
    }

    private static void types(String column, ColumnSpec spec, List<Raw> out) {
        for (HazardCode code : spec.typeFindings()) {
            out.add(new Raw(code, column, column + " " + spec.type()));
        }
    }

    private void strongLock(String object, String what, List<Raw> out) {
        if (!lockTimeout) {
            out.add(new Raw(HazardCode.LOCK_WITHOUT_TIMEOUT, object, what + " takes a strong lock and no"
                    + " lock_timeout is set before it"));
        }
    }

    private static boolean usingIndex(ParsedStatement parsed) {
        return parsed.startsWith("ALTER", "TABLE") && SqlTokens.contains(parsed.tokens(), "USING", "INDEX")
                && SqlTokens.find(parsed.tokens(), 0, "ADD") > 0
                && parsed.tokens().stream().noneMatch(t -> t.depth() == 0 && t.text().equals(","));
    }

    private static int tableNameAt(ParsedStatement parsed) {
        int at = 2;
        List<SqlTokens.Token> tokens = parsed.tokens();
        while (at < tokens.size() && (tokens.get(at).is("ONLY") || tokens.get(at).is("IF")
                || tokens.get(at).is("EXISTS"))) {
            at++;
        }
        return at;
    }

    private static String name(ParsedStatement parsed, int at) {
        List<SqlTokens.Token> tokens = parsed.tokens();
        while (at < tokens.size() && (tokens.get(at).is("IF") || tokens.get(at).is("EXISTS"))) {
            at++;
        }
        return at < tokens.size() ? tokens.get(at).text() : "";
    }
}
