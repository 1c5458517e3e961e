package dev.shale.migrations.runner;

import dev.shale.api.PlannedMigration;
import dev.shale.api.PlannedStatement;
import dev.shale.migrations.runner.source.SourceFile;
import dev.shale.migrations.runner.source.SourceMigration;
import dev.shale.migrations.runner.sql.MigrationHeader;
import dev.shale.migrations.runner.sql.SqlStatement;
import java.util.List;
import java.util.Objects;

/** A file a run executes (an up or a down migration): its migration, the file, its header and statements. */
record Unit(SourceMigration migration, SourceFile file, MigrationHeader header, List<SqlStatement> statements) {

    Unit {
        Objects.requireNonNull(migration, "migration");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(header, "header");
        statements = List.copyOf(statements);
    }

    /** Whether a statement of the file may change the rows of existing tables (see {@link SqlStatement#mayChangeRows}). */
    boolean mayChangeRows() {
        return statements.stream().anyMatch(SqlStatement::mayChangeRows);
    }

    String version() {
        return migration.versionText();
    }

    /** The unit as the public plan shows it; {@code commitAfter} tells which statements are followed by a commit. */
    PlannedMigration toPlanned(java.util.function.Predicate<SqlStatement> commitAfter) {
        return new PlannedMigration(version(), migration.name(), file.display(), header.hazardCodes(),
                statements.stream().map(s -> new PlannedStatement(s.index(), s.line(), s.sql(), commitAfter.test(s)))
                        .toList());
    }
}
