package dev.shale.migrations.runner;

import dev.shale.migrations.runner.source.SourceFile;
import dev.shale.migrations.runner.source.SourceMigration;
import dev.shale.migrations.runner.sql.MigrationHeader;
import dev.shale.migrations.runner.sql.MigrationScript;
import dev.shale.migrations.runner.sql.ScriptStep;
import dev.shale.migrations.runner.sql.SqlStatement;
import java.util.List;
import java.util.Objects;

/**
 * A file a run executes (an up or a down migration): its migration, the file, its header and statements (the
 * restoring ones included), its steps as written ({@code marked} when by {@code -- shale:step} markers) and the
 * segments the runner records progress after ({@link Segment}).
 */
record Unit(SourceMigration migration, SourceFile file, MigrationHeader header, List<SqlStatement> statements,
            List<ScriptStep> fileSteps, boolean marked, List<Segment> segments) {

    Unit {
        Objects.requireNonNull(migration, "migration");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(header, "header");
        statements = List.copyOf(statements);
        fileSteps = List.copyOf(fileSteps);
        segments = List.copyOf(segments);
    }

    /** The unit of a read script. */
    static Unit of(SourceMigration migration, SourceFile file, MigrationScript script) {
        return new Unit(migration, file, script.header(), script.executed(), script.steps(), script.marked(),
                Segment.of(script.steps(), script.restores()));
    }

    /** Whether a statement of the file may change the rows of existing tables (see {@link SqlStatement#mayChangeRows}). */
    boolean mayChangeRows() {
        return statements.stream().anyMatch(SqlStatement::mayChangeRows);
    }

    /** Whether it holds a non-transactional step. */
    boolean hasNonTransactionalStep() {
        return fileSteps.stream().anyMatch(s -> !s.transactional());
    }

    String version() {
        return migration.versionText();
    }
}
