package dev.shale.diff.postgres;

import static dev.shale.diff.postgres.Fixtures.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.diff.MigrationPlanner;
import dev.shale.diff.change.AlterSequence;
import dev.shale.diff.change.CreateSequence;
import dev.shale.diff.change.DropSequence;
import dev.shale.diff.change.SetSequenceOwner;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.model.Sequence;
import dev.shale.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequenceRenderingTest {

    private static final QualifiedName ORDERS = QualifiedName.of("orders");
    private static final Sequence PLAIN = Sequence.builder(new QualifiedName("billing", "numbers")).build();

    @Test
    void createWritesOnlyTheOptionsThatAreNotPostgresDefaults() {
        assertEquals("CREATE SEQUENCE billing.numbers AS bigint;\n", sql(new CreateSequence(PLAIN)));
        Sequence every = PLAIN.toBuilder().dataType("smallint").increment(-2).minValue(-100L).maxValue(50L).start(40)
                .cache(5).cycle(true).build();
        assertEquals("CREATE SEQUENCE billing.numbers AS smallint INCREMENT BY -2 MINVALUE -100 MAXVALUE 50"
                + " START WITH 40 CACHE 5 CYCLE;\n", sql(new CreateSequence(every)));
        // a decreasing sequence starts at its largest value unless told
        assertEquals("CREATE SEQUENCE billing.numbers AS bigint INCREMENT BY -1;\n",
                sql(new CreateSequence(Sequence.builder(PLAIN.name()).increment(-1).build())));
    }

    @Test
    void dropAndOwner() {
        assertEquals("DROP SEQUENCE billing.numbers;\n", sql(new DropSequence(PLAIN)));
        assertEquals("ALTER SEQUENCE billing.numbers OWNED BY public.orders.\"Id\";\n",
                sql(new SetSequenceOwner(PLAIN.name(), null, new Sequence.OwnedBy(ORDERS, "Id"))));
        assertEquals("ALTER SEQUENCE billing.numbers OWNED BY NONE;\n",
                sql(new SetSequenceOwner(PLAIN.name(), new Sequence.OwnedBy(ORDERS, "Id"), null)));
    }

    @Test
    void alterWritesTheChangedOptionsNeverRestart() {
        Sequence altered = PLAIN.toBuilder().cache(20).cycle(true).build();
        assertEquals("ALTER SEQUENCE billing.numbers CACHE 20 CYCLE;\n", sql(new AlterSequence(PLAIN, altered)));
        assertEquals("ALTER SEQUENCE billing.numbers NO CYCLE;\n",
                sql(new AlterSequence(altered, altered.toBuilder().cache(20).cycle(false).build())).replace(
                        "CACHE 20 ", ""));
        // a bound or the increment writes both bounds; the start follows the new minimum
        assertEquals("ALTER SEQUENCE billing.numbers MINVALUE 10 NO MAXVALUE START WITH 10;\n",
                sql(new AlterSequence(PLAIN, PLAIN.toBuilder().minValue(10L).start(10).build())));
        // a new data type goes first, on its own
        assertEquals("""
                ALTER SEQUENCE billing.numbers AS integer;
                ALTER SEQUENCE billing.numbers INCREMENT BY -1 NO MINVALUE NO MAXVALUE START WITH -1;
                """, sql(new AlterSequence(PLAIN, PLAIN.toBuilder().dataType("integer").increment(-1).start(-1).build())));
        assertEquals("ALTER SEQUENCE billing.numbers AS integer;\n",
                sql(new AlterSequence(PLAIN, PLAIN.toBuilder().dataType("integer").build())));
    }

    @Test
    void aSerialColumnAddedIsASequenceItsDefaultAndItsOwnerInThatOrder() {
        Table before = Table.builder(ORDERS).column(Column.of("note", ColumnType.builtIn("text"), true)).build();
        Table after = before.toBuilder().column(Column.builder("id", ColumnType.builtIn("integer")).notNull()
                .defaultExpression("nextval('orders_id_seq'::regclass)")).build();
        Sequence sequence = Sequence.builder(QualifiedName.of("orders_id_seq")).dataType("integer")
                .ownedBy(ORDERS, "id").build();
        SchemaModel from = SchemaModel.builder().table(before).build();
        SchemaModel to = SchemaModel.builder().table(after).sequence(sequence).build();
        assertEquals(List.of(
                "CREATE SEQUENCE public.orders_id_seq AS integer",
                "ALTER TABLE public.orders ADD COLUMN id integer DEFAULT nextval('orders_id_seq'::regclass) NOT NULL",
                "ALTER SEQUENCE public.orders_id_seq OWNED BY public.orders.id"),
                MigrationPlanner.plan(from, to, RenameHints.NONE).up().stream().map(SqlStatement::sql).toList());
        assertEquals(List.of(
                "ALTER SEQUENCE public.orders_id_seq OWNED BY NONE",
                "ALTER TABLE public.orders DROP COLUMN id",
                "DROP SEQUENCE public.orders_id_seq"),
                MigrationPlanner.plan(to, from, RenameHints.NONE).up().stream().map(SqlStatement::sql).toList());
    }
}
