package dev.shale.cli.check;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.shale.cli.JsonText;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shale.api.MigrationStatus;
import dev.shale.api.UnmanagedChange;
import dev.shale.diff.drift.DriftItem;
import java.util.List;

/**
 * {@code shale check --format json}: a stable shape for CI ({@code formatVersion} changes only when a field
 * is removed or changes meaning; fields may be added):
 * <pre>{@code
 * {
 *   "formatVersion" : 1,
 *   "outcome" : "DRIFT",                 // CLEAN, SUM_MISMATCH, INVALID_MIGRATION, CHAIN_BROKEN, MISSING_DOWN,
 *                                        // UNGENERATED_CHANGES, HISTORY_MISMATCH, NOT_VALID, DRIFT,
 *                                        // UNMANAGED_CHANGED
 *   "exitCode" : 7,
 *   "findings" : [ { "kind" : "DRIFT", "exitCode" : 7, "message" : "...", "file" : "snapshots/..json",
 *                    "files" : [ "snapshots/..json" ], "fix" : "..." } ],
 *   "changes" : [ "add column public.users.nickname" ],      // ungenerated changes
 *   "latestSnapshot" : "snapshots/20261121213641_add_super_admin_role.json",
 *   "notes" : [ ],
 *   "database" : "jdbc:postgresql://localhost:5432/app?user=app",   // null without --db; the rest too
 *   "lastApplied" : "20261121213641_add_super_admin_role",
 *   "expectedSnapshot" : "snapshots/20261121213641_add_super_admin_role.json",
 *   "pending" : 0,
 *   "history" : [ { "version" : "20261121093000", "name" : "create_users", "state" : "MODIFIED",   // what migrate
 *                   "file" : "migrations/20261121093000_create_users.sql" } ],                    // refuses; file null
 *                                                                                                  // when MISSING
 *   "notValid" : [ { "objectType" : "index", "name" : "users_email_key", "table" : "public.users",
 *                    "inSnapshot" : false, "message" : "...", "fixSql" : [ "DROP INDEX CONCURRENTLY ..." ] } ],
 *   "drift" : [ { "object" : "users.nickname", "objectType" : "column", "kind" : "EXTRA", "aspect" : null,
 *                 "expected" : null, "actual" : "text", "message" : "column users.nickname exists ..." } ],
 *   "fixSql" : [ "ALTER TABLE public.users DROP COLUMN nickname" ],
 *   "unmanaged" : [ "view public.active_users" ],
 *   "unmanagedChanges" : [ { "change" : "CHANGED", "object" : "view public.active_users",   // null without a
 *                            "message" : "view public.active_users was changed ..." } ]      // record (see notes)
 * }
 * }</pre>
 */
public final class CheckJson {

    /** The JSON shape's version. */
    public static final int FORMAT_VERSION = 1;


    private CheckJson() {
    }

    /** The report as pretty JSON, ending without a newline. */
    public static String write(CheckReport report) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schemaVersion", FORMAT_VERSION);
        root.put("command", "check");
        root.put("formatVersion", FORMAT_VERSION);
        root.put("outcome", report.outcome().name());
        root.put("exitCode", report.exitCode());
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : report.findings()) {
            ObjectNode node = findings.addObject();
            node.put("kind", finding.outcome().name());
            node.put("exitCode", finding.outcome().exitCode());
            node.put("message", finding.message());
            node.put("file", finding.file());
            strings(node.putArray("files"), finding.files());
            node.put("fix", finding.fix());
        }
        strings(root.putArray("changes"), report.changes());
        root.put("latestSnapshot", report.latestSnapshot());
        DatabaseReport db = report.database();
        ArrayNode notes = root.putArray("notes");
        strings(notes, report.notes());
        if (db != null) {
            strings(notes, db.notes());
        }
        root.put("database", db == null ? null : db.database());
        root.put("lastApplied", db == null ? null : db.lastApplied());
        root.put("expectedSnapshot", db == null ? null : db.expectedFrom());
        if (db == null) {
            root.putNull("pending");
            root.putNull("history");
            root.putNull("notValid");
            root.putNull("drift");
            root.putNull("fixSql");
            root.putNull("unmanaged");
            root.putNull("unmanagedChanges");
        } else {
            root.put("pending", db.pending());
            ArrayNode history = root.putArray("history");
            for (MigrationStatus migration : db.history()) {
                ObjectNode node = history.addObject();
                node.put("version", migration.version());
                node.put("name", migration.name());
                node.put("state", migration.state().name());
                node.put("file", migration.file());
            }
            ArrayNode notValid = root.putArray("notValid");
            for (NotValid item : db.notValid()) {
                ObjectNode node = notValid.addObject();
                node.put("objectType", item.object().kindText());
                node.put("name", item.object().name());
                node.put("table", item.object().table().toString());
                node.put("inSnapshot", item.inSnapshot());
                node.put("message", item.message());
                strings(node.putArray("fixSql"), item.fixSql());
            }
            ArrayNode drift = root.putArray("drift");
            for (DriftItem item : db.drift()) {
                ObjectNode node = drift.addObject();
                node.put("object", item.object());
                node.put("objectType", item.objectType());
                node.put("kind", item.kind().name());
                node.put("aspect", item.aspect());
                node.put("expected", item.expected());
                node.put("actual", item.actual());
                node.put("message", item.message());
            }
            strings(root.putArray("fixSql"), db.fixSql());
            strings(root.putArray("unmanaged"), db.unmanaged());
            if (db.unmanagedChanges() == null) {
                root.putNull("unmanagedChanges");
            } else {
                ArrayNode changes = root.putArray("unmanagedChanges");
                for (UnmanagedChange change : db.unmanagedChanges()) {
                    ObjectNode node = changes.addObject();
                    node.put("change", change.kind().name());
                    node.put("object", change.object());
                    node.put("message", change.message());
                }
            }
        }
        return JsonText.of(root);
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
