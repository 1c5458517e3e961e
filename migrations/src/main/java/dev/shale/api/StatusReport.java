package dev.shale.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * Every migration's state, in version order, with totals; what {@code shale status} shows and
 * {@code shale status --format json} prints. Serialises with any Jackson {@code ObjectMapper} (or
 * {@link #toJson()}) to this stable shape, fit for a health endpoint ({@code formatVersion} changes
 * only when a field is removed or changes meaning; new fields may be added):
 * <pre>{@code
 * {
 *   "formatVersion" : 1,
 *   "upToDate" : false,                      // nothing pending, modified, missing, out of order; no problems
 *   "historyTable" : "\"public\".\"shale_migrations\"",
 *   "totals" : { "applied" : 1, "pending" : 1, "modified" : 0, "missing" : 0, "outOfOrder" : 0, "total" : 2 },
 *   "migrations" : [ {
 *     "version" : "20261121093000", "name" : "create_users", "state" : "APPLIED",
 *     "file" : "migrations/20261121093000_create_users.sql", "batch" : 1,
 *     "appliedAt" : "2026-11-21T09:31:02.123Z", "executionMs" : 12, "appliedBy" : "app@host-1"
 *   }, {
 *     "version" : "20261122100000", "name" : "add_role", "state" : "PENDING",
 *     "file" : "migrations/20261122100000_add_role.sql", "batch" : null,
 *     "appliedAt" : null, "executionMs" : null, "appliedBy" : null
 *   } ],
 *   "problems" : [ ]                         // sentences: shale.sum mismatches, misnamed files
 * }
 * }</pre>
 * {@code state} is one of {@link MigrationState}'s names.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"formatVersion", "upToDate", "historyTable", "totals", "migrations", "problems"})
public record StatusReport(String historyTable, List<MigrationStatus> migrations, List<String> problems) {

    /** The JSON shape's version. */
    public static final int FORMAT_VERSION = 1;

    public StatusReport {
        Objects.requireNonNull(historyTable, "historyTable");
        migrations = List.copyOf(migrations);
        problems = List.copyOf(problems);
    }

    /** {@value #FORMAT_VERSION}. */
    @JsonProperty("formatVersion")
    public int formatVersion() {
        return FORMAT_VERSION;
    }

    /** The count of migrations in each state. */
    @JsonProperty("totals")
    public StatusTotals totals() {
        return new StatusTotals(count(MigrationState.APPLIED), count(MigrationState.PENDING),
                count(MigrationState.MODIFIED), count(MigrationState.MISSING), count(MigrationState.OUT_OF_ORDER),
                migrations.size());
    }

    /** Whether every migration is applied and unchanged, and the files have no problem. */
    @JsonProperty("upToDate")
    public boolean upToDate() {
        return problems.isEmpty() && migrations.stream().allMatch(m -> m.state() == MigrationState.APPLIED);
    }

    /** The migrations in this state, in version order. */
    public List<MigrationStatus> inState(MigrationState state) {
        return migrations.stream().filter(m -> m.state() == state).toList();
    }

    /** The report as pretty JSON in the shape above, ending without a newline. */
    public String toJson() {
        try {
            return Json.MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int count(MigrationState state) {
        return (int) migrations.stream().filter(m -> m.state() == state).count();
    }

    /** The mapper, made on first use: building one costs a tenth of a second, which most runs do not need. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
}
