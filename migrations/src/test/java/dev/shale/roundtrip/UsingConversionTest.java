package dev.shale.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.diff.MigrationPlan;
import dev.shale.diff.MigrationPlanner;
import dev.shale.diff.UncastableTypeException;
import dev.shale.diff.postgres.DdlForm;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.model.Backfills;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.Conversions;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A type change no cast can do ({@code bigint} seconds since the epoch to {@code timestamptz}) on a table with rows:
 * refused without a conversion (and PostgreSQL indeed refuses the cast), written with a declared {@code @Using} so
 * that every row converts, and converted back by the down migration.
 */
@ExtendWith(PostgresExtension.class)
class UsingConversionTest {

    private static final QualifiedName EVENTS = QualifiedName.parse("public.events");

    private static final Conversions TO_TIMESTAMP = new Conversions(List.of(new Conversions.Conversion(EVENTS,
            "happened_at", "to_timestamp(happened_at)", "extract(epoch from happened_at)::bigint", "Event.happenedAt")));

    private static SchemaModel events(String type) {
        return new SchemaModel(List.of(), List.of(), List.of(new Table(EVENTS, List.of(
                Column.of("id", ColumnType.builtIn("bigint"), false),
                Column.of("happened_at", ColumnType.builtIn(type), true)),
                new PrimaryKey("events_pkey", List.of("id")), List.of(), List.of(), List.of(), List.of(), null)));
    }

    private static List<String> sql(List<SqlStatement> statements) {
        return statements.stream().map(SqlStatement::sql).toList();
    }

    private static void createWithRows(TestDatabase db) {
        db.execute(sql(MigrationPlanner.plan(SchemaModel.EMPTY, events("bigint"), RenameHints.NONE).up()));
        db.execute("INSERT INTO public.events VALUES (1, 0), (2, 1700000000), (3, NULL), (4, -86400)");
    }

    @Test
    void rowsConvertWithTheDeclaredUsingAndBackInTheDown(TestDatabase db) {
        createWithRows(db);
        MigrationPlan plan = MigrationPlanner.plan(events("bigint"), events("timestamptz"), RenameHints.NONE,
                Backfills.NONE, TO_TIMESTAMP, DdlForm.PLAIN);
        assertEquals(List.of("ALTER TABLE public.events ALTER COLUMN happened_at TYPE timestamptz"
                + " USING to_timestamp(happened_at)"), sql(plan.up()));

        db.execute(sql(plan.up()));
        assertEquals(List.of("timestamp with time zone"), db.firstColumn("SELECT data_type FROM"
                + " information_schema.columns WHERE table_name = 'events' AND column_name = 'happened_at'"));
        assertEquals(List.of("1970-01-01T00:00:00Z", "2023-11-14T22:13:20Z", "null", "1969-12-31T00:00:00Z"),
                db.firstColumn("SELECT coalesce(to_char(happened_at AT TIME ZONE 'UTC',"
                        + " 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), 'null') FROM public.events ORDER BY id"));

        db.execute(sql(plan.down()));
        assertEquals(List.of("0", "1700000000", "null", "-86400"),
                db.firstColumn("SELECT coalesce(happened_at::text, 'null') FROM public.events ORDER BY id"));
        assertEquals(List.of("bigint"), db.firstColumn("SELECT data_type FROM information_schema.columns"
                + " WHERE table_name = 'events' AND column_name = 'happened_at'"));
    }

    @Test
    void withoutAConversionThePlanIsRefusedAndPostgresqlRefusesTheCastToo(TestDatabase db) {
        createWithRows(db);
        UncastableTypeException refused = assertThrows(UncastableTypeException.class,
                () -> MigrationPlanner.plan(events("bigint"), events("timestamptz"), RenameHints.NONE));
        assertEquals("public.events", refused.table().toString());
        assertEquals("happened_at", refused.column());
        assertTrue(refused.fix().contains("@Using(value = \"to_timestamp(happened_at)\""), refused.fix());

        // the statement a cast would have written fails on PostgreSQL: the refusal is not over-cautious
        RuntimeException failed = assertThrows(RuntimeException.class, () -> db.execute(
                "ALTER TABLE public.events ALTER COLUMN happened_at TYPE timestamptz USING happened_at::timestamptz"));
        assertTrue(String.valueOf(failed.getMessage()).contains("cannot cast type bigint to timestamp with time zone")
                || String.valueOf(failed.getCause()).contains("cannot cast type bigint to timestamp with time zone"),
                String.valueOf(failed));
        assertEquals(List.of("0", "1700000000", "null", "-86400"),
                db.firstColumn("SELECT coalesce(happened_at::text, 'null') FROM public.events ORDER BY id"));
    }
}
