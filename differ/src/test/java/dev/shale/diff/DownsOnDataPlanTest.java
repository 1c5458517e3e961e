package dev.shale.diff;

import static dev.shale.diff.Fixtures.BIGINT;
import static dev.shale.diff.Fixtures.BOOLEAN;
import static dev.shale.diff.Fixtures.TEXT;
import static dev.shale.diff.Fixtures.col;
import static dev.shale.diff.Fixtures.enumOf;
import static dev.shale.diff.Fixtures.enumType;
import static dev.shale.diff.Fixtures.fk;
import static dev.shale.diff.Fixtures.model;
import static dev.shale.diff.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.diff.Fixtures.Col;
import dev.shale.diff.Fixtures.TableBuilder;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.diff.postgres.Unrestorable;
import dev.shale.model.ColumnType;
import dev.shale.model.EnumType;
import dev.shale.model.Identity;
import dev.shale.model.Index;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The SQL of downs that roll back on tables with rows: a dropped NOT NULL column comes back filled with the zero of
 * its type (and is named as unrestorable), an identity comes back numbering after the largest value, and an enum
 * swap drops and rebuilds every dependent that mentions the type, in the up and in the down.
 */
class DownsOnDataPlanTest {

    private static final Col ID = col("id", BIGINT).notNull();

    private static SchemaModel payments(Col... extra) {
        TableBuilder table = table("payments").col(ID).pk("payments_pkey", "id");
        table.col(extra);
        return model().enumType(enumType("currency", "EUR", "USD")).table(table).build();
    }

    private static String sql(List<SqlStatement> statements) {
        return statements.stream().map(s -> s.sql() + ";\n").collect(Collectors.joining());
    }

    @Test
    void droppedNotNullColumnsComeBackFilledWithTheZeroOfTheirType() {
        MigrationPlan plan = MigrationPlanner.plan(payments(
                col("amount_cents", BIGINT).notNull(),
                col("note", TEXT).notNull(),
                col("paid", BOOLEAN).notNull(),
                col("currency", enumOf("currency")).notNull(),
                col("tags", TEXT.arrayOf()).notNull(),
                col("booked_at", ColumnType.builtIn("timestamptz")).notNull(),
                col("payload", ColumnType.builtIn("jsonb")).notNull(),
                col("origin", ColumnType.builtIn("inet")).notNull(),
                col("fee", BIGINT).notNull().defaultTo("0"),
                col("memo", TEXT)), payments(), RenameHints.NONE);

        assertEquals("""
                ALTER TABLE public.payments ADD COLUMN tags text[] DEFAULT '{}' NOT NULL;
                ALTER TABLE public.payments ALTER COLUMN tags DROP DEFAULT;
                ALTER TABLE public.payments ADD COLUMN payload jsonb DEFAULT 'null' NOT NULL;
                ALTER TABLE public.payments ALTER COLUMN payload DROP DEFAULT;
                ALTER TABLE public.payments ADD COLUMN paid boolean DEFAULT false NOT NULL;
                ALTER TABLE public.payments ALTER COLUMN paid DROP DEFAULT;
                ALTER TABLE public.payments ADD COLUMN origin inet NOT NULL;
                ALTER TABLE public.payments ADD COLUMN note text DEFAULT '' NOT NULL;
                ALTER TABLE public.payments ALTER COLUMN note DROP DEFAULT;
                ALTER TABLE public.payments ADD COLUMN memo text;
                ALTER TABLE public.payments ADD COLUMN fee bigint DEFAULT 0 NOT NULL;
                ALTER TABLE public.payments ADD COLUMN currency public.currency DEFAULT enum_first(NULL::public.currency) NOT NULL;
                ALTER TABLE public.payments ALTER COLUMN currency DROP DEFAULT;
                ALTER TABLE public.payments ADD COLUMN booked_at timestamptz DEFAULT 'epoch' NOT NULL;
                ALTER TABLE public.payments ALTER COLUMN booked_at DROP DEFAULT;
                ALTER TABLE public.payments ADD COLUMN amount_cents bigint DEFAULT 0 NOT NULL;
                ALTER TABLE public.payments ALTER COLUMN amount_cents DROP DEFAULT;
                """, sql(plan.down()));
        assertEquals(List.of(
                "Adding back NOT NULL column public.payments.tags cannot restore its values: existing rows get '{}'.",
                "Adding back NOT NULL column public.payments.payload cannot restore its values: existing rows get"
                        + " 'null'.",
                "Adding back NOT NULL column public.payments.paid cannot restore its values: existing rows get false.",
                "Adding back NOT NULL column public.payments.origin cannot restore its values, and Shale knows no value"
                        + " of its type to fill existing rows with: on a table with rows this down fails (nothing is"
                        + " changed); fill the column by hand in a custom migration.",
                "Adding back NOT NULL column public.payments.note cannot restore its values: existing rows get ''.",
                "Adding back NOT NULL column public.payments.currency cannot restore its values: existing rows get"
                        + " enum_first(NULL::public.currency).",
                "Adding back NOT NULL column public.payments.booked_at cannot restore its values: existing rows get"
                        + " 'epoch'.",
                "Adding back NOT NULL column public.payments.amount_cents cannot restore its values: existing rows get"
                        + " 0."), plan.downUnrestorable().stream().map(Unrestorable::message).toList());
        assertEquals("column public.payments.amount_cents",
                plan.downUnrestorable().get(plan.downUnrestorable().size() - 1).headerText().orElseThrow());
    }

    @Test
    void anUnrestorableColumnIsNamedAsTheTableIsCalledWhenTheDownStarts() {
        SchemaModel from = model().table(table("orders").col(ID, col("total", BIGINT).notNull())).build();
        SchemaModel to = model().table(table("purchases").col(ID)).build();
        MigrationPlan plan = MigrationPlanner.plan(from, to, Fixtures.hints().table("orders", "purchases", "com.x.Purchase").build());

        assertEquals(List.of("column public.purchases.total"),
                plan.downUnrestorable().stream().map(u -> u.headerText().orElseThrow()).toList());
    }

    @Test
    void identityAddedOrRestoredContinuesAfterTheLargestValue() {
        SchemaModel numbered = model().table(table("tickets")
                .col(col("id", BIGINT).notNull().identity(Identity.BY_DEFAULT)).pk("tickets_pkey", "id")).build();
        SchemaModel plain = model().table(table("tickets").col(ID).pk("tickets_pkey", "id")).build();
        MigrationPlan drop = MigrationPlanner.plan(numbered, plain, RenameHints.NONE);

        assertEquals("ALTER TABLE public.tickets ALTER COLUMN id DROP IDENTITY;\n", sql(drop.up()));
        assertEquals("""
                ALTER TABLE public.tickets ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY;
                SELECT setval(pg_get_serial_sequence('public.tickets', 'id'), greatest(max(id) + 1, 1), false) FROM public.tickets;
                """, sql(drop.down()));

        SchemaModel descending = model().table(table("tickets")
                .col(col("id", BIGINT).notNull().identity(Identity.builder().always(true).start(-10).increment(-5)
                        .build())).pk("tickets_pkey", "id"))
                .build();
        assertEquals("""
                ALTER TABLE public.tickets ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (START WITH -10 INCREMENT BY -5);
                SELECT setval(pg_get_serial_sequence('public.tickets', 'id'), least(min(id) - 1, -10), false) FROM public.tickets;
                """, sql(MigrationPlanner.plan(plain, descending, RenameHints.NONE).up()));
    }

    /** A registration table whose status column is of the enum, with every kind of dependent on it. */
    private static SchemaModel registrations(EnumType status) {
        Index confirmed = Index.builder("registrations_confirmed_idx").columns("event_id")
                .where("status = 'CONFIRMED'::public.registration_status").build();
        Index lowered = Index.builder("registrations_status_text_idx").expression("status::text").build();
        return model().enumType(status)
                .table(table("events").col(ID, col("status", enumOf("registration_status")).notNull())
                        .pk("events_pkey", "id").unique("events_id_status_key", "id", "status"))
                .table(table("registrations")
                        .col(ID, col("event_id", BIGINT).notNull(),
                                col("status", enumOf("registration_status")).notNull()
                                        .defaultTo("'PENDING'::public.registration_status"),
                                col("confirmed", BOOLEAN).notNull()
                                        .generated("status = 'CONFIRMED'::public.registration_status"),
                                col("note", TEXT))
                        .pk("registrations_pkey", "id")
                        .check("registrations_status_check", "status <> 'CANCELLED'::public.registration_status")
                        .check("registrations_note_check", "note <> ''")
                        .fk(fk("registrations_event_fkey", List.of("event_id", "status"), "events",
                                List.of("id", "status")))
                        .index(confirmed).index(lowered)
                        .index(Fixtures.index("registrations_status_idx", "status")))
                .build();
    }

    private static final String DROP_DEPENDENTS = """
            ALTER TABLE public.registrations DROP CONSTRAINT registrations_event_fkey;
            DROP INDEX public.registrations_confirmed_idx;
            DROP INDEX public.registrations_status_text_idx;
            ALTER TABLE public.registrations DROP CONSTRAINT registrations_status_check;
            ALTER TABLE public.registrations DROP COLUMN confirmed;
            """;

    private static final String ADD_DEPENDENTS = """
            ALTER TABLE public.registrations ADD COLUMN confirmed boolean GENERATED ALWAYS AS (status = 'CONFIRMED'::public.registration_status) STORED NOT NULL;
            ALTER TABLE public.registrations ADD CONSTRAINT registrations_status_check CHECK (status <> 'CANCELLED'::public.registration_status) NOT VALID;
            ALTER TABLE public.registrations VALIDATE CONSTRAINT registrations_status_check;
            CREATE INDEX registrations_confirmed_idx ON public.registrations (event_id) WHERE status = 'CONFIRMED'::public.registration_status;
            CREATE INDEX registrations_status_text_idx ON public.registrations ((status::text));
            ALTER TABLE public.registrations ADD CONSTRAINT registrations_event_fkey FOREIGN KEY (event_id, status) REFERENCES public.events (id, status) NOT VALID;
            ALTER TABLE public.registrations VALIDATE CONSTRAINT registrations_event_fkey;
            """;

    /** The down reverses the up's changes, so the two indexes come in the other order. */
    private static final String DOWN_DROP_DEPENDENTS = swapLines(DROP_DEPENDENTS, "registrations_confirmed_idx;",
            "registrations_status_text_idx;");

    private static final String DOWN_ADD_DEPENDENTS = swapLines(ADD_DEPENDENTS, "CREATE INDEX registrations_confirmed",
            "CREATE INDEX registrations_status_text");

    private static String swapLines(String text, String first, String second) {
        List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n")));
        int a = -1;
        int b = -1;
        for (int i = 0; i < lines.size(); i++) {
            a = lines.get(i).contains(first) ? i : a;
            b = lines.get(i).contains(second) ? i : b;
        }
        java.util.Collections.swap(lines, a, b);
        return String.join("\n", lines) + "\n";
    }

    private static String swap(String... labels) {
        return "ALTER TYPE public.registration_status RENAME TO registration_status__old;\n"
                + "CREATE TYPE public.registration_status AS ENUM ("
                + java.util.Arrays.stream(labels).map(l -> "'" + l + "'").collect(Collectors.joining(", ")) + ");\n"
                + "ALTER TABLE public.events ALTER COLUMN status TYPE public.registration_status"
                + " USING status::text::public.registration_status;\n"
                + "ALTER TABLE public.registrations\n"
                + "    ALTER COLUMN status DROP DEFAULT,\n"
                + "    ALTER COLUMN status TYPE public.registration_status"
                + " USING status::text::public.registration_status,\n"
                + "    ALTER COLUMN status SET DEFAULT 'PENDING'::public.registration_status;\n"
                + "DROP TYPE public.registration_status__old;\n";
    }

    @Test
    void removingAValueRebuildsEveryDependentOfTheTypeBothWays() {
        SchemaModel from = registrations(enumType("registration_status", "PENDING", "CONFIRMED", "WAITLISTED",
                "CANCELLED"));
        SchemaModel to = registrations(enumType("registration_status", "PENDING", "CONFIRMED", "CANCELLED"));
        MigrationPlan plan = MigrationPlanner.plan(from, to, RenameHints.NONE);

        assertEquals(DROP_DEPENDENTS + swap("PENDING", "CONFIRMED", "CANCELLED") + ADD_DEPENDENTS, sql(plan.up()));
        assertEquals(DOWN_DROP_DEPENDENTS + swap("PENDING", "CONFIRMED", "WAITLISTED", "CANCELLED")
                + DOWN_ADD_DEPENDENTS, sql(plan.down()));
    }

    @Test
    void reorderingValuesRebuildsTheDependentsToo() {
        SchemaModel from = registrations(enumType("registration_status", "PENDING", "CONFIRMED", "CANCELLED"));
        SchemaModel to = registrations(enumType("registration_status", "CONFIRMED", "PENDING", "CANCELLED"));

        assertEquals(DROP_DEPENDENTS + swap("CONFIRMED", "PENDING", "CANCELLED") + ADD_DEPENDENTS,
                sql(MigrationPlanner.plan(from, to, RenameHints.NONE).up()));
    }

    @Test
    void theDownOfAnAddedValueRebuildsTheDependentsAroundItsSwap() {
        SchemaModel from = registrations(enumType("registration_status", "PENDING", "CONFIRMED", "CANCELLED"));
        SchemaModel to = registrations(enumType("registration_status", "PENDING", "CONFIRMED", "WAITLISTED",
                "CANCELLED"));
        MigrationPlan plan = MigrationPlanner.plan(from, to, RenameHints.NONE);

        assertEquals(DROP_DEPENDENTS
                + "ALTER TYPE public.registration_status ADD VALUE IF NOT EXISTS 'WAITLISTED' AFTER 'CONFIRMED';\n"
                + ADD_DEPENDENTS, sql(plan.up()));
        assertEquals(DOWN_DROP_DEPENDENTS + swap("PENDING", "CONFIRMED", "CANCELLED") + DOWN_ADD_DEPENDENTS,
                sql(plan.down()));
    }
}
