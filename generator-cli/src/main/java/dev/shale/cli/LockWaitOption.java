package dev.shale.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** The {@code --lock-wait} option of the commands that take the migration lock (migrate, rollback). */
final class LockWaitOption {

    @Option(names = "--lock-wait", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long to wait for another runner's migration lock (default: 5m).")
    Duration lockWait;
}
