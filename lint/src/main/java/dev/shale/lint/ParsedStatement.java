package dev.shale.lint;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.statement.Statement;

/**
 * A statement as the linter reads it: its tokens, JSqlParser's tree of its text without the PostgreSQL words
 * JSqlParser does not know (empty when even that does not parse), and those words as facts: {@code CONCURRENTLY}
 * after {@code INDEX}, and which depth-0 actions (numbered from 0, split at top-level commas) end in
 * {@code NOT VALID}.
 */
record ParsedStatement(List<SqlTokens.Token> tokens, Optional<Statement> tree, boolean concurrently,
                       Set<Integer> notValidActions) {

    ParsedStatement {
        tokens = List.copyOf(tokens);
        notValidActions = Set.copyOf(notValidActions);
    }

    /** Whether the statement starts with these bare words. */
    boolean startsWith(String... words) {
        return SqlTokens.startsAt(tokens, 0, words);
    }
}
