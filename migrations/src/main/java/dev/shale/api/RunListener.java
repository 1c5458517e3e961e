package dev.shale.api;

/**
 * What a run reports while it works, for the caller to show (the runner itself never prints): today, each retry
 * after a lock timeout. The default ({@link #NONE}) ignores everything.
 */
@FunctionalInterface
public interface RunListener {

    /** A listener that ignores every event. */
    RunListener NONE = retry -> {
    };

    /** A statement or transaction hit {@code lock_timeout} (SQLSTATE 55P03) and is run again after a wait. */
    void lockRetry(LockRetry retry);
}
