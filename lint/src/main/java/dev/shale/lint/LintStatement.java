package dev.shale.lint;

import dev.shale.migrations.runner.sql.SqlStatement;
import java.util.List;

/**
 * A statement of a migration file with where it runs: its step (numbered from 1), whether that step is
 * transactional, and the {@code shale:allow} comments directly above it.
 */
record LintStatement(SqlStatement statement, int step, boolean transactional, List<AllowComment> allows) {

    LintStatement {
        allows = List.copyOf(allows);
    }
}
