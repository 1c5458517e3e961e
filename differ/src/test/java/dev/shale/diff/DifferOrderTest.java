package dev.shale.diff;

import static dev.shale.diff.DiffAssert.assertDiff;
import static dev.shale.diff.DiffAssert.assertReplays;
import static dev.shale.diff.Fixtures.BIGINT;
import static dev.shale.diff.Fixtures.TEXT;
import static dev.shale.diff.Fixtures.col;
import static dev.shale.diff.Fixtures.enumOf;
import static dev.shale.diff.Fixtures.enumType;
import static dev.shale.diff.Fixtures.fk;
import static dev.shale.diff.Fixtures.hints;
import static dev.shale.diff.Fixtures.index;
import static dev.shale.diff.Fixtures.model;
import static dev.shale.diff.Fixtures.name;
import static dev.shale.diff.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.shale.diff.Fixtures.Col;
import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.AddEnumValue;
import dev.shale.diff.change.AddForeignKey;
import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.Change;
import dev.shale.diff.change.ColumnAspect;
import dev.shale.diff.change.CreateEnum;
import dev.shale.diff.change.CreateSchema;
import dev.shale.diff.change.CreateTable;
import dev.shale.diff.change.DropColumn;
import dev.shale.diff.change.DropEnum;
import dev.shale.diff.change.DropForeignKey;
import dev.shale.diff.change.DropIndex;
import dev.shale.diff.change.DropSchema;
import dev.shale.diff.change.DropTable;
import dev.shale.diff.change.EnumUsage;
import dev.shale.diff.change.RecreateEnum;
import dev.shale.diff.change.RenameColumn;
import dev.shale.diff.change.RenameConstraint;
import dev.shale.diff.change.RenameTable;
import dev.shale.diff.change.SetTableComment;
import dev.shale.diff.order.ChangeOrder;
import dev.shale.model.Column;
import dev.shale.model.ForeignKey;
import dev.shale.model.Identity;
import dev.shale.model.ReferentialAction;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DifferOrderTest {

    private static final Column STATUS = col("status", enumOf("status")).notNull().defaultTo("'NEW'::public.status").column();
    private static final Column NOTE = col("note", TEXT).column();
    private static final Column CHANNEL = col("channel", enumOf("channel")).column();
    private static final Column FLAG = col("flag", enumOf("legacy_flag")).column();
    private static final ForeignKey ORDER_CUSTOMER = fk("orders_customer_id_fkey", List.of("customer_id"), "customers",
            List.of("id"));
    private static final ForeignKey ORDER_CLIENT_CASCADE = fk("orders_customer_id_fkey", List.of("customer_id"),
            "clients", List.of("id"), ReferentialAction.CASCADE);
    private static final ForeignKey AUDIT_ORDER = fk("old_audit_order_id_fkey", List.of("order_id"), "orders", List.of("id"));
    private static final ForeignKey INVOICE_ORDER = fk("invoices_order_id_fkey", List.of("order_id"), "orders",
            List.of("id"), ReferentialAction.CASCADE);

    private static final Table OLD_AUDIT = table("old_audit").col(col("order_id", BIGINT)).col(new Col(FLAG))
            .fk(AUDIT_ORDER).build();
    private static final Table INVOICES = table("billing.invoices")
            .col(col("id", BIGINT).notNull().identity(Identity.ALWAYS), col("order_id", BIGINT).notNull())
            .pk("invoices_pkey", "id").fk(INVOICE_ORDER).build();

    /** A shop before: customers, orders with a note, an audit table on a legacy enum, an empty schema. */
    static final SchemaModel BEFORE = model()
            .schema("archive")
            .enumType(enumType("status", "NEW", "PAID", "SHIPPED"))
            .enumType(enumType("legacy_flag", "X"))
            .table(table("customers").col(col("id", BIGINT).notNull(), col("email", TEXT), col("name", TEXT))
                    .pk("customers_pkey", "id").index(index("customers_name_idx", "name")))
            .table(table("orders").col(col("id", BIGINT).notNull(), col("customer_id", BIGINT))
                    .col(new Col(STATUS), new Col(NOTE))
                    .pk("orders_pkey", "id").fk(ORDER_CUSTOMER).index(index("orders_note_idx", "note")))
            .table(OLD_AUDIT)
            .build();

    /**
     * The shop after: customers renamed clients (name renamed full_name, its index dropped, email
     * required, a comment), the order foreign key cascading, a status label and a channel added, note
     * and the audit table gone, invoices in a new billing schema.
     */
    static final SchemaModel AFTER = model()
            .schema("billing")
            .enumType(enumType("status", "NEW", "PAID", "SHIPPED", "REFUNDED"))
            .enumType(enumType("channel", "WEB", "STORE"))
            .table(table("clients").col(col("id", BIGINT).notNull(), col("email", TEXT).notNull(), col("full_name", TEXT))
                    .pk("clients_pkey", "id").comment("Who buys"))
            .table(table("orders").col(col("id", BIGINT).notNull(), col("customer_id", BIGINT))
                    .col(new Col(STATUS), new Col(CHANNEL))
                    .pk("orders_pkey", "id").fk(ORDER_CLIENT_CASCADE))
            .table(INVOICES)
            .build();

    static final RenameHints HINTS = hints()
            .table("customers", "clients", "com.shop.Client")
            .column("clients", "name", "full_name", "com.shop.Client.fullName")
            .build();

    @Test
    void mixedDiffRunsPhaseByPhase() {
        assertDiff(BEFORE, AFTER, HINTS, List.of(
                // 0 create schemas
                new CreateSchema("billing"),
                // 1 drop foreign keys, in the old names
                new DropForeignKey(name("old_audit"), AUDIT_ORDER, true),
                new DropForeignKey(name("orders"), ORDER_CUSTOMER, false),
                // 2 drop indexes, checks, uniques, primary keys, in the old names
                new DropIndex(name("customers"), index("customers_name_idx", "name")),
                new DropIndex(name("orders"), index("orders_note_idx", "note")),
                // 3 renames: tables, columns, constraints
                new RenameTable(name("customers"), name("clients"), List.of()),
                new RenameColumn(name("clients"), "name", "full_name", false),
                new RenameConstraint(name("clients"), "customers_pkey", "clients_pkey"),
                // 4 create enums, add labels
                new CreateEnum(enumType("channel", "WEB", "STORE")),
                new AddEnumValue(enumType("status", "NEW", "PAID", "SHIPPED"),
                        enumType("status", "NEW", "PAID", "SHIPPED", "REFUNDED"), "REFUNDED",
                        List.of(new EnumUsage(name("orders"), STATUS))),
                // 6 create tables
                new CreateTable(INVOICES),
                // 7 add columns
                new AddColumn(name("orders"), CHANNEL),
                // 8 alter columns
                new AlterColumn(name("clients"), col("email", TEXT).column(), col("email", TEXT).notNull().column(),
                        Set.of(ColumnAspect.NULLABILITY)),
                // 9 drop columns
                new DropColumn(name("orders"), NOTE),
                // 11 add foreign keys
                new AddForeignKey(name("billing.invoices"), INVOICE_ORDER, true),
                new AddForeignKey(name("orders"), ORDER_CLIENT_CASCADE, false),
                // 12 drop tables
                new DropTable(OLD_AUDIT),
                // 13 drop enums, schemas
                new DropEnum(enumType("legacy_flag", "X")),
                new DropSchema("archive"),
                // 14 comments
                new SetTableComment(name("clients"), null, "Who buys")));
    }

    @Test
    void downIsTheReversedListOfReversesAndIsAValidOrderToo() {
        // Each up step depends only on earlier ones, so undoing them last-first never removes
        // something a later undo still needs: the replay checks every step's preconditions.
        List<Change> up = Differ.diff(BEFORE, AFTER, HINTS);
        assertReplays(BEFORE, AFTER, up);
        List<Change> down = ChangeReplay.down(up);
        assertEquals(up.size(), down.size());
        assertEquals(up.get(up.size() - 1).reverse(), down.get(0));
    }

    @Test
    void reverseOfReverseIsTheOriginal() {
        List<Change> changes = new ArrayList<>(Differ.diff(BEFORE, AFTER, HINTS));
        changes.addAll(Differ.diff(AFTER, BEFORE, RenameHints.NONE));
        for (Change change : changes) {
            assertNotEquals(change, change.reverse());
            if (change instanceof AddEnumValue add) {
                // The one exception: undoing an added label recreates the type, and so does redoing it.
                assertEquals(new RecreateEnum(add.from(), add.to(), add.usages()), change.reverse().reverse());
            } else {
                assertEquals(change, change.reverse().reverse());
            }
        }
    }

    @Test
    void downOfTheDownMigrationReplaysLikeTheUpMigration() {
        List<Change> up = Differ.diff(BEFORE, AFTER, HINTS);
        List<Change> downOfDown = ChangeReplay.down(ChangeReplay.down(up));
        assertEquals(up.size(), downOfDown.size());
        assertReplays(BEFORE, AFTER, downOfDown);
    }

    @Test
    void diffOfAModelWithItselfIsEmpty() {
        assertEquals(List.of(), Differ.diff(BEFORE, BEFORE, RenameHints.NONE));
        assertEquals(List.of(), Differ.diff(AFTER, AFTER, RenameHints.NONE));
        assertEquals(List.of(), Differ.diff(SchemaModel.EMPTY, SchemaModel.EMPTY, RenameHints.NONE));
    }

    @Test
    void sameInputsGiveTheSameListWhateverTheOrderOfHintsAndDeclarations() {
        List<Change> expected = Differ.diff(BEFORE, AFTER, HINTS);
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            RenameHints hints = RenameHints.builder().tables(shuffled(HINTS.tables(), random))
                    .columns(shuffled(HINTS.columns(), random)).build();
            SchemaModel from = SchemaModel.builder()
                    .schemas(shuffled(BEFORE.schemas(), random))
                    .enums(shuffled(BEFORE.enums(), random))
                    .tables(shuffled(BEFORE.tables(), random))
                    .build();
            SchemaModel to = SchemaModel.builder()
                    .schemas(shuffled(AFTER.schemas(), random))
                    .enums(shuffled(AFTER.enums(), random))
                    .tables(shuffled(AFTER.tables(), random))
                    .build();
            assertEquals(expected, Differ.diff(from, to, hints));
        }
    }

    @Test
    void theOppositeDiffAlsoReplays() {
        List<Change> back = Differ.diff(AFTER, BEFORE, RenameHints.NONE);
        assertReplays(AFTER, BEFORE, back);
    }

    @Test
    void orderDoesNotDependOnTheOrderChangesWereFound() {
        List<Change> sorted = Differ.diff(BEFORE, AFTER, HINTS);
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            assertEquals(sorted, ChangeOrder.sort(shuffled(sorted, random)));
        }
    }

    private static <T> List<T> shuffled(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }
}
