package dev.shale.spring.actuate;

import dev.shale.api.MigrationStatus;
import dev.shale.api.StatusReport;
import dev.shale.api.StatusTotals;
import dev.shale.spring.ShaleMigrator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.context.ApplicationContext;

/**
 * The {@code shale} actuator endpoint: every migration's state (applied with batch and time, pending, modified,
 * missing, out of order) for each {@link ShaleMigrator} bean of the context and its parents, like Spring Boot's
 * {@code flyway} endpoint.
 */
@Endpoint(id = "shale")
public class ShaleEndpoint {

    private final ApplicationContext context;

    public ShaleEndpoint(ApplicationContext context) {
        this.context = context;
    }

    /** The state of every migration, by context and bean. */
    @ReadOperation
    public ShaleBeans shaleBeans() {
        Map<String, ContextShaleBeans> contexts = new TreeMap<>();
        for (ApplicationContext target = context; target != null; target = target.getParent()) {
            Map<String, ShaleDescriptor> beans = new TreeMap<>();
            target.getBeansOfType(ShaleMigrator.class).forEach((name, shale) -> beans.put(name,
                    ShaleDescriptor.of(shale.source().describe(), shale.status())));
            ApplicationContext parent = target.getParent();
            contexts.put(target.getId(), new ContextShaleBeans(beans, parent == null ? null : parent.getId()));
        }
        return new ShaleBeans(contexts);
    }

    /** The endpoint's answer: the application's contexts by id. */
    public record ShaleBeans(Map<String, ContextShaleBeans> contexts) implements OperationResponseBody {
    }

    /** The {@link ShaleMigrator} beans of one context, by name, and the id of its parent. */
    public record ContextShaleBeans(Map<String, ShaleDescriptor> shaleBeans, String parentId) {
    }

    /** One database's migrations: where they are read from, the history table, totals, each migration's state. */
    public record ShaleDescriptor(String source, String historyTable, boolean upToDate, StatusTotals totals,
            List<MigrationStatus> migrations, List<String> problems) {

        static ShaleDescriptor of(String source, StatusReport report) {
            return new ShaleDescriptor(source, report.historyTable(), report.upToDate(), report.totals(),
                    report.migrations(), report.problems());
        }
    }
}
