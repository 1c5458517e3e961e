package dev.shale.spring.actuate;

import dev.shale.api.MigrationRefusedException;
import dev.shale.api.MigrationState;
import dev.shale.api.MigrationStatus;
import dev.shale.api.StatusReport;
import dev.shale.spring.ShaleMigrator;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health of the migrations: UP when every migration is applied and unchanged, DOWN when one is pending or out of
 * order (up to {@code shale.target}, when set), modified or missing, or the files have problems; the details give
 * the count in each state and name the migrations that are not applied. A database that cannot be read is DOWN
 * with the error.
 */
public class ShaleHealthIndicator extends AbstractHealthIndicator {

    private final ShaleMigrator shale;

    public ShaleHealthIndicator(ShaleMigrator shale) {
        super("Shale health check failed");
        this.shale = Objects.requireNonNull(shale, "shale");
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        StatusReport report;
        try {
            report = shale.status();
        } catch (MigrationRefusedException e) {
            if (e.reason() == MigrationRefusedException.Reason.SOURCE_NOT_FOUND && !shale.failOnMissingLocations()) {
                builder.unknown().withDetail("source", shale.source().describe()).withDetail("error", e.getMessage());
                return;
            }
            throw e;
        }
        String target = shale.options().to();
        List<MigrationStatus> due = report.migrations().stream()
                .filter(m -> m.state() == MigrationState.PENDING || m.state() == MigrationState.OUT_OF_ORDER)
                .filter(m -> target == null || m.version().compareTo(target) <= 0)
                .toList();
        List<MigrationStatus> changed = report.migrations().stream()
                .filter(m -> m.state() == MigrationState.MODIFIED || m.state() == MigrationState.MISSING)
                .toList();
        boolean up = due.isEmpty() && changed.isEmpty() && report.problems().isEmpty();
        (up ? builder.up() : builder.down())
                .withDetail("source", shale.source().describe())
                .withDetail("historyTable", report.historyTable())
                .withDetail("totals", report.totals());
        if (target != null) {
            builder.withDetail("target", target);
        }
        List<String> notApplied = report.migrations().stream().filter(m -> m.state() != MigrationState.APPLIED)
                .map(m -> m.version() + "_" + m.name() + ": " + m.state()).toList();
        if (!notApplied.isEmpty()) {
            builder.withDetail("notApplied", notApplied);
        }
        if (!report.problems().isEmpty()) {
            builder.withDetail("problems", report.problems());
        }
    }
}
