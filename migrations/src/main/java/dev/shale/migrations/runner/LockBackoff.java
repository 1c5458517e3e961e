package dev.shale.migrations.runner;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The wait before a retry after a lock timeout: {@code backoff} doubled for each earlier retry, at most
 * {@link dev.shale.api.RunnerSettings#MAX_LOCK_RETRY_WAIT}, and drawn between half of that and all of it (jitter), so
 * runners that timed out together do not come back together.
 */
final class LockBackoff {

    private LockBackoff() {
    }

    /** The wait before retry {@code attempt} (from 1). */
    static Duration wait(Duration backoff, int attempt) {
        long cap = dev.shale.api.RunnerSettings.MAX_LOCK_RETRY_WAIT.toMillis();
        long base = Math.min(backoff.toMillis(), cap);
        for (int i = 1; i < attempt && base < cap; i++) {
            base = Math.min(base * 2, cap);
        }
        long half = base / 2;
        return Duration.ofMillis(half + (base - half == 0 ? 0 : ThreadLocalRandom.current().nextLong(base - half + 1)));
    }
}
