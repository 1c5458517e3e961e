package dev.shale.diff;

import static dev.shale.diff.Fixtures.BIGINT;
import static dev.shale.diff.Fixtures.INTEGER;
import static dev.shale.diff.Fixtures.TEXT;
import static dev.shale.diff.Fixtures.col;
import static dev.shale.diff.Fixtures.enumType;
import static dev.shale.diff.Fixtures.fk;
import static dev.shale.diff.Fixtures.index;
import static dev.shale.diff.Fixtures.model;
import static dev.shale.diff.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.diff.postgres.DdlForm;
import dev.shale.diff.postgres.MigrationStep;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.model.Backfills;
import dev.shale.model.Backfills.Backfill;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The online forms, up and down, pinned by golden files ({@code online-forms/<case>.sql} under the test
 * resources): each step with its mode and timeouts, then its statements. Run with
 * {@code -Dshale.golden.update=true} to rewrite the files after a deliberate change, and read the difference.
 */
class OnlineFormsPlanTest {

    static SchemaModel orders(Fixtures.TableBuilder orders) {
        return model().table(table("customers").col(col("id", BIGINT).notNull(), col("email", TEXT))
                .pk("customers_pkey", "id")).table(orders).build();
    }

    static Fixtures.TableBuilder ordersTable() {
        return table("orders").col(col("id", BIGINT).notNull(), col("customer_id", BIGINT), col("total", INTEGER),
                col("note", TEXT));
    }

    @Test
    void indexIsBuiltAndDroppedConcurrently() {
        golden("index", orders(ordersTable().pk("orders_pkey", "id")),
                orders(ordersTable().pk("orders_pkey", "id").index(index("orders_total_idx", "total"))));
    }

    @Test
    void foreignKeyAndCheckAreValidatedInALaterStep() {
        golden("foreign-key-and-check", orders(ordersTable().pk("orders_pkey", "id")),
                orders(ordersTable().pk("orders_pkey", "id")
                        .fk(fk("orders_customer_fk", List.of("customer_id"), "customers", List.of("id")))
                        .check("orders_total_check", "total >= 0")));
    }

    @Test
    void notNullGoesThroughAValidatedCheck() {
        golden("set-not-null", orders(ordersTable().pk("orders_pkey", "id")),
                orders(table("orders").col(col("id", BIGINT).notNull(), col("customer_id", BIGINT),
                        col("total", INTEGER).notNull(), col("note", TEXT)).pk("orders_pkey", "id")));
    }

    @Test
    void filledNotNullKeepsTheFillBeforeTheCheck() {
        SchemaModel to = orders(table("orders").col(col("id", BIGINT).notNull(), col("customer_id", BIGINT),
                col("total", INTEGER).notNull(), col("note", TEXT)).pk("orders_pkey", "id"));
        Backfills fills = new Backfills(List.of(new Backfill(Fixtures.name("orders"), "total", "0", "test")));
        golden("filled-not-null", orders(ordersTable().pk("orders_pkey", "id")), to, fills);
    }

    @Test
    void uniqueConstraintAndPrimaryKeyGoThroughAConcurrentIndex() {
        golden("unique-and-primary-key", orders(ordersTable()),
                orders(ordersTable().pk("orders_pkey", "id").unique("orders_note_key", "note")));
    }

    @Test
    void keyOptionsGoOnTheConcurrentIndex() {
        golden("unique-and-primary-key-options", orders(ordersTable()),
                orders(ordersTable().pk(new dev.shale.model.PrimaryKey("orders_pkey", List.of("id"),
                                dev.shale.model.Deferrability.NOT_DEFERRABLE,
                                dev.shale.model.KeyOptions.NONE.withStorage("fillfactor", "80")))
                        .unique(new dev.shale.model.UniqueConstraint("orders_note_key", List.of("note"),
                                dev.shale.model.Deferrability.NOT_DEFERRABLE, dev.shale.model.KeyOptions.NONE
                                .withInclude(List.of("total")).withNullsNotDistinct(true)))));
    }

    @Test
    void foreignKeyToAUniqueBuiltOnlineComesAfterIt() {
        SchemaModel from = orders(ordersTable().pk("orders_pkey", "id"));
        SchemaModel to = model().table(table("customers").col(col("id", BIGINT).notNull(), col("email", TEXT))
                        .pk("customers_pkey", "id").unique("customers_email_key", "email"))
                .table(ordersTable().col(col("customer_email", TEXT)).pk("orders_pkey", "id")
                        .fk(fk("orders_customer_email_fk", List.of("customer_email"), "customers", List.of("email"))))
                .build();
        golden("foreign-key-after-unique", from, to);
    }

    @Test
    void newTablesStayPlainAndTransactional() {
        SchemaModel from = model().table(table("customers").col(col("id", BIGINT).notNull()).pk("customers_pkey",
                "id")).build();
        golden("new-table", from, orders(ordersTable().pk("orders_pkey", "id").index(index("orders_total_idx",
                "total")).fk(fk("orders_customer_fk", List.of("customer_id"), "customers", List.of("id")))));
    }

    @Test
    void addedEnumValueIsCommittedInItsOwnStepBeforeItsUse() {
        SchemaModel from = model().enumType(enumType("mood", "happy"))
                .table(table("notes").col(col("id", BIGINT).notNull(), col("mood", Fixtures.enumOf("mood")))
                        .pk("notes_pkey", "id")).build();
        SchemaModel to = model().enumType(enumType("mood", "happy", "sad"))
                .table(table("notes").col(col("id", BIGINT).notNull(), col("mood", Fixtures.enumOf("mood"))
                        .defaultTo("'sad'::mood")).pk("notes_pkey", "id")
                        .index(index("notes_mood_idx", "mood"))).build();
        golden("enum-value", from, to);
    }

    @Test
    void plainFormIsTodaysDdlInOneTransactionalStep() {
        SchemaModel from = orders(ordersTable().pk("orders_pkey", "id"));
        SchemaModel to = orders(ordersTable().pk("orders_pkey", "id").index(index("orders_total_idx", "total"))
                .fk(fk("orders_customer_fk", List.of("customer_id"), "customers", List.of("id"))));
        assertGolden("plain", text(MigrationPlanner.plan(from, to, RenameHints.NONE, Backfills.NONE,
                DdlForm.PLAIN)));
    }

    private static void golden(String name, SchemaModel from, SchemaModel to) {
        golden(name, from, to, Backfills.NONE);
    }

    private static void golden(String name, SchemaModel from, SchemaModel to, Backfills fills) {
        MigrationPlan plan = MigrationPlanner.plan(from, to, RenameHints.NONE, fills, DdlForm.ONLINE);
        assertGolden(name, text(plan));
    }

    static String text(MigrationPlan plan) {
        return "-- up\n" + steps(plan.upSteps()) + "-- down\n" + steps(plan.downSteps());
    }

    private static String steps(List<MigrationStep> steps) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            MigrationStep step = steps.get(i);
            out.append("-- step ").append(i + 1).append(step.transactional() ? " transactional" : " non-transactional")
                    .append(" (lock_timeout ").append(step.timeouts().lockTimeout()).append(", statement_timeout ")
                    .append(step.timeouts().statementTimeout()).append(")\n");
            step.statements().stream().map(SqlStatement::sql).forEach(sql -> out.append(sql).append(";\n"));
        }
        return out.toString();
    }

    private static void assertGolden(String name, String actual) {
        String resource = "/online-forms/" + name + ".sql";
        if (Boolean.getBoolean("shale.golden.update")) {
            try {
                Path file = Path.of("src/test/resources/online-forms", name + ".sql");
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        try (InputStream in = OnlineFormsPlanTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("no golden file " + resource + "; run with -Dshale.golden.update=true");
            }
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
