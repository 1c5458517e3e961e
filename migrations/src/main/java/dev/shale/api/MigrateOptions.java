package dev.shale.api;

import java.util.Objects;
import java.util.Optional;

/**
 * Options of {@code migrate}. Defaults ({@link #DEFAULTS}): every pending migration, applied for real,
 * out-of-order migrations and migrations losing data refused, {@link TransactionMode#BATCH}, {@link RunnerSettings#DEFAULTS}.
 *
 * @param to the last version to apply (14 digits), or null for all
 * @param dryRun compute the SQL that would run, batch by batch, and change nothing (not even create
 *     the history table); the lock is not taken
 * @param allowOutOfOrder apply pending migrations older than the newest applied one
 * @param allowDataLoss apply migrations that lose data the database holds (by their {@code shale:loses} header
 *     lines), and those whose header declares {@code data-loss} without such lines
 * @param listener told of retries and other events while the run works
 * @param skipDataChecks run without the pre-flight data checks ({@code shale:requires} header lines): a migration
 *     the rows make fail then fails when it runs, and its transaction is rolled back
 */
public record MigrateOptions(String to, boolean dryRun, boolean allowOutOfOrder, boolean allowDataLoss,
        TransactionMode transactionMode, RunnerSettings settings, boolean skipDataChecks,
        RunListener listener) {

    public static final MigrateOptions DEFAULTS =
            new MigrateOptions(null, false, false, false, TransactionMode.BATCH, RunnerSettings.DEFAULTS);

    public MigrateOptions {
        Objects.requireNonNull(transactionMode, "transactionMode");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(listener, "listener");
    }

    /** Options that report no event. */
    public MigrateOptions(String to, boolean dryRun, boolean allowOutOfOrder, boolean allowDataLoss,
            TransactionMode transactionMode, RunnerSettings settings, boolean skipDataChecks) {
        this(to, dryRun, allowOutOfOrder, allowDataLoss, transactionMode, settings, skipDataChecks, RunListener.NONE);
    }

    /** Options that run the pre-flight data checks. */
    public MigrateOptions(String to, boolean dryRun, boolean allowOutOfOrder, boolean allowDataLoss,
            TransactionMode transactionMode, RunnerSettings settings) {
        this(to, dryRun, allowOutOfOrder, allowDataLoss, transactionMode, settings, false);
    }

    /** The target version, if any. */
    public Optional<String> target() {
        return Optional.ofNullable(to);
    }

    public MigrateOptions withTo(String version) {
        return new MigrateOptions(version, dryRun, allowOutOfOrder, allowDataLoss, transactionMode, settings, skipDataChecks, listener);
    }

    public MigrateOptions withDryRun(boolean value) {
        return new MigrateOptions(to, value, allowOutOfOrder, allowDataLoss, transactionMode, settings, skipDataChecks, listener);
    }

    public MigrateOptions withAllowOutOfOrder(boolean value) {
        return new MigrateOptions(to, dryRun, value, allowDataLoss, transactionMode, settings, skipDataChecks, listener);
    }

    public MigrateOptions withAllowDataLoss(boolean value) {
        return new MigrateOptions(to, dryRun, allowOutOfOrder, value, transactionMode, settings, skipDataChecks, listener);
    }

    public MigrateOptions withTransactionMode(TransactionMode value) {
        return new MigrateOptions(to, dryRun, allowOutOfOrder, allowDataLoss, value, settings, skipDataChecks, listener);
    }

    public MigrateOptions withSettings(RunnerSettings value) {
        return new MigrateOptions(to, dryRun, allowOutOfOrder, allowDataLoss, transactionMode, value, skipDataChecks);
    }

    public MigrateOptions withSkipDataChecks(boolean value) {
        return new MigrateOptions(to, dryRun, allowOutOfOrder, allowDataLoss, transactionMode, settings, value, listener);
    }

    /** These options reporting retries and other events of the run to {@code value}. */
    public MigrateOptions withListener(RunListener value) {
        return new MigrateOptions(to, dryRun, allowOutOfOrder, allowDataLoss, transactionMode, settings, skipDataChecks, value);
    }
}
