package dev.shale.lint;

import dev.shale.diff.postgres.HazardCode;
import dev.shale.migrations.runner.sql.ControlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.truncate.Truncate;

/**
 * The rules, applied statement by statement to one file in order, with what the file did before in its
 * {@link FileState}: transaction control, settings, CREATE TABLE, CREATE INDEX, DROP, TRUNCATE, LOCK and the
 * PostgreSQL forms read off the tokens here, ALTER TABLE in {@link AlterTableRules}; a statement none of them
 * reads is unchecked.
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
            List.of("DROP", "EXTENSION"), List.of("ALTER", "EXTENSION"), List.of("DROP", "DOMAIN"));

    private final FileState state = new FileState();
    private final AlterTableRules alters = new AlterTableRules(state);

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
            state.setting(parsed);
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
            alters.alter(at, parsed, a, out);
        } else if (tree instanceof Truncate t) {
            state.strongLock(Names.key(t.getTable().getFullyQualifiedName()), "TRUNCATE", out);
        } else if (tree != null && QUIET.contains(tree.getClass().getSimpleName())) {
            return out;
        } else if (parsed.startsWith("ALTER", "INDEX") && SqlTokens.find(parsed.tokens(), 0, "RENAME") == 3
                || parsed.startsWith("ALTER", "INDEX", "IF", "EXISTS") && SqlTokens.find(parsed.tokens(), 0,
                "RENAME") == 5) {
            // renaming an index changes only the catalog
            return out;
        } else if (parsed.startsWith("LOCK")) {
            state.strongLock(first, "LOCK", out);
        } else if (usingIndex(parsed)) {
            // ADD CONSTRAINT ... UNIQUE | PRIMARY KEY USING INDEX: the online form; a short ACCESS EXCLUSIVE lock
            state.strongLock(Names.key(name(parsed, tableNameAt(parsed))), "ADD CONSTRAINT ... USING INDEX", out);
        } else if (QUIET_FORMS.stream().noneMatch(form -> parsed.startsWith(form.toArray(String[]::new)))) {
            out.add(new Raw(HazardCode.UNCHECKED_STATEMENT, first, tree == null
                    ? "the SQL parser cannot read this statement" : "the linter has no rules for "
                    + tree.getClass().getSimpleName() + " statements"));
        }
        return out;
    }

    private void createTable(LintStatement at, CreateTable table, List<Raw> out) {
        String name = Names.key(table.getTable().getFullyQualifiedName());
        state.createdTables.add(name);
        if (!at.transactional() && !table.isIfNotExists()) {
            out.add(new Raw(HazardCode.NOT_RETRY_SAFE, name, "CREATE TABLE without IF NOT EXISTS in a"
                    + " non-transactional step"));
        }
        if (table.getColumnDefinitions() != null) {
            for (ColumnDefinition column : table.getColumnDefinitions()) {
                ColumnSpec spec = ColumnSpec.of(column.getColDataType().toString(), column.getColumnSpecs());
                FileState.types(name + "." + Names.key(column.getColumnName()), spec, out);
            }
        }
    }

    private void createIndex(LintStatement at, ParsedStatement parsed, CreateIndex index, List<Raw> out) {
        String table = Names.key(index.getTable().getFullyQualifiedName());
        String name = index.getIndex().getName() == null ? table : Names.key(index.getIndex().getName());
        boolean existing = !state.createdTables.contains(table);
        if (parsed.concurrently() && at.transactional()) {
            out.add(new Raw(HazardCode.CONCURRENT_IN_TRANSACTION, name, "CREATE INDEX CONCURRENTLY in a transactional"
                    + " step"));
        }
        if (!parsed.concurrently() && existing) {
            out.add(new Raw(HazardCode.INDEX_NOT_CONCURRENT, name, "CREATE INDEX on " + table
                    + " without CONCURRENTLY"));
            state.strongLock(table, "CREATE INDEX", out);
        }
        if (!at.transactional() && !index.isUsingIfNotExists()) {
            out.add(new Raw(HazardCode.NOT_RETRY_SAFE, name, "CREATE INDEX without IF NOT EXISTS in a"
                    + " non-transactional step"));
        }
        state.createdIndexes.add(name);
    }

    private void drop(LintStatement at, ParsedStatement parsed, Drop drop, List<Raw> out) {
        String type = drop.getType().toUpperCase(java.util.Locale.ROOT);
        String name = Names.key(drop.getName().getFullyQualifiedName());
        switch (type) {
            case "TABLE" -> {
                if (!state.createdTables.contains(name)) {
                    out.add(new Raw(HazardCode.DROP_TABLE, name, "DROP TABLE " + name));
                    state.strongLock(name, "DROP TABLE", out);
                }
            }
            case "INDEX" -> {
                if (parsed.concurrently() && at.transactional()) {
                    out.add(new Raw(HazardCode.CONCURRENT_IN_TRANSACTION, name, "DROP INDEX CONCURRENTLY in a"
                            + " transactional step"));
                }
                if (!parsed.concurrently() && !state.createdIndexes.contains(name)) {
                    out.add(new Raw(HazardCode.DROP_INDEX_NOT_CONCURRENT, name, "DROP INDEX " + name
                            + " without CONCURRENTLY"));
                    state.strongLock(name, "DROP INDEX", out);
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
