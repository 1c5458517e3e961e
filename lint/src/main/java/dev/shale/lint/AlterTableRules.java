package dev.shale.lint;

import dev.shale.diff.postgres.HazardCode;
import java.util.List;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.create.table.CheckConstraint;
import net.sf.jsqlparser.statement.create.table.ForeignKeyIndex;
import net.sf.jsqlparser.statement.create.table.Index;

/**
 * The rules of {@code ALTER TABLE}, action by action: added columns (NOT NULL without default, volatile default,
 * inline keys, references and checks), added constraints (NOT VALID or not, unique and primary keys), column type
 * changes, SET NOT NULL, drops, renames and VALIDATE CONSTRAINT; an action without a rule is unchecked.
 */
final class AlterTableRules {

    /** ALTER TABLE actions that change only the catalog: a brief lock, which the lock_timeout rule covers. */
    private static final List<List<String>> BRIEF_LOCK_ACTIONS = List.of(List.of("OWNER", "TO"),
            List.of("RENAME", "CONSTRAINT"), List.of("ENABLE", "TRIGGER"), List.of("DISABLE", "TRIGGER"),
            List.of("ALTER", "CONSTRAINT"));

    private final FileState state;

    AlterTableRules(FileState state) {
        this.state = state;
    }

    /** The findings of one ALTER TABLE statement into {@code out}. */
    void alter(LintStatement at, ParsedStatement parsed, Alter alter, List<FileRules.Raw> out) {
        String table = Names.key(alter.getTable().getFullyQualifiedName());
        boolean existing = !state.createdTables.contains(table);
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
                    out.add(new FileRules.Raw(HazardCode.DROP_COLUMN, column, "DROP COLUMN " + column));
                }
                if (!at.transactional() && !action.isUsingIfExists()) {
                    out.add(new FileRules.Raw(HazardCode.NOT_RETRY_SAFE, column, "DROP COLUMN without IF EXISTS in a"
                            + " non-transactional step"));
                }
            } else if (op == AlterOperation.DROP && action.getConstraintName() != null) {
                continue;
            } else if (op == AlterOperation.RENAME && action.getColumnOldName() != null) {
                if (existing) {
                    out.add(new FileRules.Raw(HazardCode.BACKWARD_INCOMPATIBLE_RENAME, table + "." + Names.key(
                            action.getColumnOldName()), "RENAME COLUMN " + action.getColumnOldName() + " TO "
                            + action.getColumnName()));
                }
            } else if (op == AlterOperation.RENAME_TABLE) {
                String to = Names.key(action.getNewTableName());
                if (existing) {
                    out.add(new FileRules.Raw(HazardCode.BACKWARD_INCOMPATIBLE_RENAME, table, "RENAME TO " + to));
                } else {
                    state.createdTables.add(to);
                }
            } else if (BRIEF_LOCK_ACTIONS.stream().anyMatch(form -> SqlTokens.startsAt(words, 0,
                    form.toArray(String[]::new))) || SqlTokens.startsAt(words, 0, "ALTER", "COLUMN")
                    && SqlTokens.contains(words, "SET", "STATISTICS")) {
                continue;
            } else {
                out.add(new FileRules.Raw(HazardCode.UNCHECKED_STATEMENT, table, "the linter has no rule for ALTER TABLE "
                        + words.stream().limit(3).map(SqlTokens.Token::upper).reduce((a, b) -> a + " " + b)
                        .orElse("")));
            }
        }
        if (locks) {
            state.strongLock(table, "ALTER TABLE", out);
        }
    }

    private void add(LintStatement at, String table, boolean existing, AlterExpression action, boolean notValid,
                     List<FileRules.Raw> out) {
        if (action.getColDataTypeList() != null) {
            for (AlterExpression.ColumnDataType column : action.getColDataTypeList()) {
                String name = table + "." + Names.key(column.getColumnName());
                ColumnSpec spec = ColumnSpec.of(column.getColDataType().toString(), column.getColumnSpecs());
                FileState.types(name, spec, out);
                if (!at.transactional() && !action.isUseIfNotExists()) {
                    out.add(new FileRules.Raw(HazardCode.NOT_RETRY_SAFE, name, "ADD COLUMN without IF NOT EXISTS in a"
                            + " non-transactional step"));
                }
                if (!existing) {
                    continue;
                }
                if (spec.defaultUnreadable()) {
                    out.add(new FileRules.Raw(HazardCode.UNCHECKED_STATEMENT, name, "the SQL parser cannot read the default "
                            + spec.defaultSql().orElse("")));
                }
                if (spec.rewritesOnAdd()) {
                    out.add(new FileRules.Raw(HazardCode.VOLATILE_DEFAULT, name, "ADD COLUMN " + name + " "
                            + (spec.serial() ? "serial" : spec.identity() ? "as identity" : spec.storedGenerated()
                            ? "generated stored" : "with the volatile default " + spec.defaultSql().orElse(""))));
                }
                if (spec.notNull() && !spec.fillsRows()) {
                    out.add(new FileRules.Raw(HazardCode.FAILS_ON_ROWS, name, "ADD COLUMN " + name + " NOT NULL without a"
                            + " default"));
                }
                if (spec.unique()) {
                    out.add(new FileRules.Raw(HazardCode.UNIQUE_UNDER_LOCK, name, "ADD COLUMN " + name
                            + " with an inline PRIMARY KEY or UNIQUE"));
                }
                if (spec.references() || spec.check()) {
                    out.add(new FileRules.Raw(HazardCode.CONSTRAINT_VALIDATED_UNDER_LOCK, name, "ADD COLUMN " + name
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
                state.notValidStep.put(name, at.step());
                if (index instanceof CheckConstraint check) {
                    notNullColumn(check).ifPresent(column -> state.notNullChecks.put(name, table + "." + column));
                }
            } else if (existing) {
                out.add(new FileRules.Raw(HazardCode.CONSTRAINT_VALIDATED_UNDER_LOCK, name, "ADD CONSTRAINT " + name + " "
                        + kind + " without NOT VALID"));
            }
        } else if (action.getPkColumns() != null || action.getUk() || action.getUkColumns() != null
                || index != null && index.getType() != null && (index.getType().toUpperCase(java.util.Locale.ROOT)
                .contains("UNIQUE") || index.getType().toUpperCase(java.util.Locale.ROOT).contains("PRIMARY"))) {
            if (existing) {
                out.add(new FileRules.Raw(HazardCode.UNIQUE_UNDER_LOCK, name, "ADD " + (action.getPkColumns() != null
                        || index != null && index.getType().toUpperCase(java.util.Locale.ROOT).contains("PRIMARY")
                        ? "PRIMARY KEY" : "UNIQUE") + " on " + table + " builds its index under lock"));
            }
        } else {
            out.add(new FileRules.Raw(HazardCode.UNCHECKED_STATEMENT, table, "the linter has no rule for " + action));
        }
    }

    private static java.util.Optional<String> notNullColumn(CheckConstraint check) {
        if (check.getExpression() instanceof net.sf.jsqlparser.expression.operators.relational.IsNullExpression is
                && is.isNot() && is.getLeftExpression() instanceof net.sf.jsqlparser.schema.Column column) {
            return java.util.Optional.of(Names.key(column.getColumnName()));
        }
        return java.util.Optional.empty();
    }

    private void alterColumn(String table, boolean existing, AlterExpression.ColumnDataType column, List<FileRules.Raw> out) {
        String name = table + "." + Names.key(column.getColumnName());
        List<String> specs = column.getColumnSpecs() == null ? List.of() : column.getColumnSpecs();
        String type = column.getColDataType() == null ? "" : column.getColDataType().toString();
        if (type.equalsIgnoreCase("SET") && specs.size() == 2 && specs.get(0).equalsIgnoreCase("NOT")) {
            if (existing && !state.validatedNotNull.contains(name)) {
                out.add(new FileRules.Raw(HazardCode.SET_NOT_NULL_SCAN, name, "SET NOT NULL on " + name
                        + " without a validated CHECK (" + Names.key(column.getColumnName()) + " IS NOT NULL)"));
            }
        } else if (type.isEmpty() && !specs.isEmpty() && specs.get(0).equalsIgnoreCase("DROP")) {
            return;
        } else if (!type.isEmpty() && !type.equalsIgnoreCase("SET")) {
            FileState.types(name, ColumnSpec.of(type, specs), out);
            if (existing && collationOnly(specs)) {
                // Shale writes a collation change as TYPE <the same type> COLLATE c, without USING: PostgreSQL keeps
                // the rows and rebuilds the column's indexes (a hand-written new type here would rewrite as well)
                out.add(new FileRules.Raw(HazardCode.COLLATION_CHANGE, name, "ALTER COLUMN " + name + " TYPE " + type
                        + " " + String.join(" ", specs) + " rebuilds the column's indexes, and rewrites the table if "
                        + type + " is not the column's type"));
            } else if (existing) {
                out.add(new FileRules.Raw(HazardCode.TYPE_CHANGE_REWRITE, name, "ALTER COLUMN " + name + " TYPE " + type));
            }
        } else {
            out.add(new FileRules.Raw(HazardCode.UNCHECKED_STATEMENT, name, "the linter has no rule for ALTER COLUMN "
                    + type + " " + String.join(" ", specs)));
        }
    }

    /** Whether a {@code TYPE} action's trailing words are a {@code COLLATE} clause and no {@code USING}. */
    private static boolean collationOnly(List<String> specs) {
        return specs.stream().anyMatch(w -> w.equalsIgnoreCase("COLLATE"))
                && specs.stream().noneMatch(w -> w.equalsIgnoreCase("USING"));
    }

    private void validate(LintStatement at, String table, String constraint, List<FileRules.Raw> out) {
        Integer step = state.notValidStep.get(constraint);
        if (step != null && step == at.step() && at.transactional()) {
            out.add(new FileRules.Raw(HazardCode.VALIDATE_IN_SAME_TRANSACTION, constraint, "VALIDATE CONSTRAINT " + constraint
                    + " in the step (transaction) that added it NOT VALID"));
        }
        String column = state.notNullChecks.get(constraint);
        if (column != null) {
            state.validatedNotNull.add(column);
        }
    }
}
