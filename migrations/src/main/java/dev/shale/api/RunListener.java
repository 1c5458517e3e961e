package dev.shale.api;

/**
 * What a run reports while it works, for the caller to show (the runner itself never prints): each retry after a
 * lock timeout, each migration as it finishes, and warnings before it starts. The default ({@link #NONE}) ignores everything.
 */
@FunctionalInterface
public interface RunListener {

    /** A listener that ignores every event. */
    RunListener NONE = retry -> {
    };

    /** A statement or transaction hit {@code lock_timeout} (SQLSTATE 55P03) and is run again after a wait. */
    void lockRetry(LockRetry retry);

    /**
     * A migration (in a rollback, a down migration) ran to its end, with the time it took, as the run goes on: once
     * per migration, in order. In a run of one transaction (the default batch) it is told when its statements have
     * run, before the transaction commits, so a later failure still rolls it back. A listener other than
     * {@link #NONE} makes the runner send each migration's statements to the server by itself (one round trip per
     * migration at least), so that the time is the migration's own.
     */
    default void migrationFinished(ExecutedMigration migration) {
    }

    /**
     * Something the caller should know before the run goes on, as a sentence: an object Shale does not manage (a
     * view, a trigger) depends on a table or column a pending migration drops or changes the type of, so that the
     * migration will fail or drop it. Told before the migrations run, in a dry run too.
     */
    default void warning(String message) {
    }
}
