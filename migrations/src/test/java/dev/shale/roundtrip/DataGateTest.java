package dev.shale.roundtrip;

import static dev.shale.roundtrip.Models.INTEGER;
import static dev.shale.roundtrip.Models.TEXT;
import static dev.shale.roundtrip.Models.model;
import static dev.shale.roundtrip.Models.notNull;
import static dev.shale.roundtrip.Models.nullable;
import static dev.shale.roundtrip.Models.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabases;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How the round trip treats its {@link DataGate}: without a refusal a change that fails on rows fails the round
 * trip, naming the change; a real refusal lets the pair go on with empty tables; a refusal of a change that
 * applies on the rows fails the round trip.
 */
@ExtendWith(PostgresExtension.class)
class DataGateTest {

    /** A seed whose rows fill {@code public.t} (checked by each test through the gate or the failure). */
    private static final long ROWS = 3L;

    private static final SchemaModel FROM = model(table("public.t", notNull("id", INTEGER), nullable("v", TEXT))
            .pk("id").build());

    /** Adds a NOT NULL column without a default: fails on any table with rows. */
    private static final RoundTrip.Pair NOT_NULL_ADD = new RoundTrip.Pair("add NOT NULL column to a table with rows",
            FROM, model(table("public.t", notNull("id", INTEGER), nullable("v", TEXT), notNull("w", INTEGER))
                    .pk("id").build()), RenameHints.NONE, ROWS);

    /** Adds a nullable column: applies whatever the rows. */
    private static final RoundTrip.Pair NULLABLE_ADD = new RoundTrip.Pair("add nullable column", FROM,
            model(table("public.t", notNull("id", INTEGER), nullable("v", TEXT), nullable("w", INTEGER))
                    .pk("id").build()), RenameHints.NONE, ROWS);

    @Test
    void withoutARefusalAChangeThatFailsOnRowsFailsTheRoundTrip(TestDatabases databases) {
        AssertionError error = assertThrows(AssertionError.class,
                () -> RoundTrip.check(NOT_NULL_ADD, databases, DataGates.NONE));
        String first = error.getMessage().lines().findFirst().orElseThrow();
        assertTrue(first.startsWith("plan(from, to).up on A holding rows: PostgreSQL refused statement 0 [AddColumn]:"),
                first);
        assertTrue(first.contains("contains null values"), first);
    }

    @Test
    void aRealRefusalLetsThePairGoOnWithEmptyTables(TestDatabases databases) {
        List<String> asked = new ArrayList<>();
        DataGate rowsRefuseNotNull = (plan, direction, connection) -> {
            try (Statement statement = connection.createStatement();
                    ResultSet count = statement.executeQuery("SELECT count(*) FROM public.t")) {
                count.next();
                asked.add(direction.word() + " " + count.getLong(1));
                return count.getLong(1) > 0 ? Optional.of(new DataGate.Refusal("t has rows and w has no default")) : Optional.empty();
            }
        };
        RoundTrip.check(NOT_NULL_ADD, databases, rowsRefuseNotNull);
        assertEquals(1, asked.size(), asked.toString());
        assertTrue(asked.get(0).startsWith("up ") && !asked.get(0).equals("up 0"), asked.toString());
    }

    @Test
    void aRefusalOfAChangeThatAppliesFailsTheRoundTrip(TestDatabases databases) {
        DataGate refusesAll = (plan, direction, connection) -> Optional.of(new DataGate.Refusal("refused for the test"));
        AssertionError error = assertThrows(AssertionError.class,
                () -> RoundTrip.check(NULLABLE_ADD, databases, refusesAll));
        assertTrue(error.getMessage().startsWith("the data gate refused the up (\"refused for the test\"), but it"
                + " applies on these rows"), error.getMessage());
    }

    @Test
    void aPairThatKeepsItsRowsPassesBothWays(TestDatabases databases) {
        List<String> asked = new ArrayList<>();
        RoundTrip.check(NULLABLE_ADD, databases, (plan, direction, connection) -> {
            asked.add(direction.word());
            return Optional.empty();
        });
        assertEquals(List.of("up", "down"), asked);
    }
}
