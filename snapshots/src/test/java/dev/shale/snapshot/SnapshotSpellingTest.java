package dev.shale.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.model.ExpressionSite;
import dev.shale.model.PostgresSpellings;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A snapshot's {@code postgresSpelling}: written after the schema, read back, outside the id, checked strictly. */
class SnapshotSpellingTest {

    private static final String FILE = "snapshots/20261121093000_create_users.json";
    private static final QualifiedName USERS = new QualifiedName("public", "users");

    private static PostgresSpellings spellings() {
        return new PostgresSpellings(List.of(
                new PostgresSpellings.Entry(new ExpressionSite(USERS, ExpressionSite.Kind.INDEX_KEY,
                        "users_email_lower_idx", 0), "lower(email)", "lower(email)"),
                new PostgresSpellings.Entry(ExpressionSite.of(USERS, ExpressionSite.Kind.CHECK, "users_balance_check"),
                        "balance >= 0", "balance >= 0::numeric")));
    }

    @Test
    void roundTripsInSiteOrderAndLeavesTheIdAlone() {
        Snapshot plain = Snapshot.next(null, Models.rich());
        Snapshot spelled = plain.withPostgresSpelling(spellings());

        String json = SnapshotJson.write(spelled);
        Snapshot read = SnapshotJson.read(json, FILE);

        assertEquals(spelled, read);
        assertEquals(plain.id(), read.id());
        assertTrue(json.endsWith("""
                  "postgresSpelling": [
                    {
                      "schema": "public",
                      "table": "users",
                      "kind": "check",
                      "check": "users_balance_check",
                      "declared": "balance >= 0",
                      "postgres": "balance >= 0::numeric"
                    },
                    {
                      "schema": "public",
                      "table": "users",
                      "kind": "index key",
                      "index": "users_email_lower_idx",
                      "key": 0,
                      "declared": "lower(email)",
                      "postgres": "lower(email)"
                    }
                  ]
                }
                """), json);
    }

    @Test
    void aSnapshotWithoutSpellingsReadsAsBeforeAndIsWrittenAsBefore() {
        Snapshot plain = Snapshot.next(null, Models.rich());
        String json = SnapshotJson.write(plain);

        Snapshot read = SnapshotJson.read(json, FILE);

        assertEquals(PostgresSpellings.NONE, read.postgresSpelling());
        assertEquals(json, SnapshotJson.write(read));
        assertTrue(!json.contains("postgresSpelling"));
    }

    @Test
    void aSpellingThatIsNotOneExpressionOrHasAnUnknownFieldIsRefused() {
        String json = SnapshotJson.write(Snapshot.next(null, SchemaModel.EMPTY).withPostgresSpelling(spellings()));

        SnapshotException injected = assertThrows(SnapshotException.class, () -> SnapshotJson.read(
                json.replace("\"balance >= 0::numeric\"", "\"0); DROP TABLE users; --\""), FILE));
        assertTrue(injected.getMessage().contains("postgresSpelling[0]") && injected.getMessage().contains(
                "is not one SQL expression"), injected.getMessage());

        SnapshotException unknown = assertThrows(SnapshotException.class, () -> SnapshotJson.read(
                json.replace("\"declared\": \"balance >= 0\"", "\"declared\": \"balance >= 0\", \"extra\": 1"), FILE));
        assertTrue(unknown.getMessage().contains("unknown field \"postgresSpelling[0].extra\""), unknown.getMessage());
    }
}
