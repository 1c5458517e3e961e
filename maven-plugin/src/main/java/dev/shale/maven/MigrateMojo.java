package dev.shale.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code shale:migrate}: applies the pending migrations to the database as one batch, under the migration lock. */
@Mojo(name = "migrate", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class MigrateMojo extends AbstractDatabaseMojo {

    /** Prints the SQL that would run, step by step, and changes nothing. */
    @Parameter(property = "shale.dryRun", defaultValue = "false")
    protected boolean dryRun;

    /** Applies migrations up to this version (14 digits) only ({@code --to}). */
    @Parameter(property = "shale.target")
    protected String target;

    /** Runs pg_dump into backups/ under the project first, when a migration is pending. */
    @Parameter(property = "shale.backup", defaultValue = "false")
    protected boolean backup;

    /** Applies pending migrations older than the newest applied one (merged from another branch). */
    @Parameter(property = "shale.allowOutOfOrder", defaultValue = "false")
    protected boolean allowOutOfOrder;

    /** Applies migrations that lose data the database holds. */
    @Parameter(property = "shale.allowDataLoss", defaultValue = "false")
    protected boolean allowDataLoss;

    /** Runs without the pre-flight data checks of the migrations. */
    @Parameter(property = "shale.skipDataChecks", defaultValue = "false")
    protected boolean skipDataChecks;

    /** batch: the whole run in one transaction (default); each: one transaction per migration. */
    @Parameter(property = "shale.transaction")
    protected String transaction;

    /** How long to wait for another runner's migration lock (default: 5m). */
    @Parameter(property = "shale.lockWait")
    protected String lockWait;

    /** Records that the database already has the schema up to this version without running it (a baseline). */
    @Parameter(property = "shale.baseline")
    protected String baseline;

    @Override
    protected ShaleArguments commandLine() {
        return withDatabaseOptions(new ShaleArguments("migrate")
                .flag("--dry-run", dryRun)
                .option("--to", target)
                .flag("--backup", backup)
                .flag("--allow-out-of-order", allowOutOfOrder)
                .flag("--allow-data-loss", allowDataLoss)
                .flag("--skip-data-checks", skipDataChecks)
                .option("--transaction", transaction)
                .option("--lock-wait", lockWait)
                .option("--baseline", baseline));
    }

    @Override
    protected String goal() {
        return "migrate";
    }
}
