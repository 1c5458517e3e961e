package dev.shale.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.dsl.Default;
import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.Sequence;
import dev.shale.dsl.Table;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code @Sequence} on a table record (owned by one of its columns, a serial column) and on a holder type. */
class SequenceReaderTest {

    @Table("orders")
    @Sequence(name = "orders_id_seq", dataType = "integer", ownedBy = "id")
    record Order(@PrimaryKey @Default("nextval('orders_id_seq'::regclass)") int id, String note) {
    }

    @Sequence(name = "invoice_numbers", start = 1000, increment = 5, maxValue = 100000, cache = 10, cycle = true)
    @Sequence(name = "countdown", schema = "billing", dataType = "smallint", increment = -1)
    interface Sequences {
    }

    @Table("notes")
    @Sequence(name = "notes_seq", ownedBy = "nope")
    record NoteWithBadOwner(@PrimaryKey int id) {
    }

    @Sequence(name = "x", ownedBy = "id")
    interface OwnedHolder {
    }

    @Sequence(name = "y", increment = 0)
    interface ZeroIncrement {
    }

    @Table("invoices")
    @dev.shale.dsl.Index(name = "invoices_by_number", columns = "number")
    record Invoice(@PrimaryKey long id, long number) {
    }

    @Sequence(name = "invoices")
    @Sequence(name = "invoices_pkey")
    @Sequence(name = "invoices_by_number")
    @Sequence(name = "invoices", schema = "billing")
    interface ClashingSequences {
    }

    @Test
    void aSequenceNamedLikeATableKeyOrIndexOfItsSchemaIsRefused() {
        SchemaDeclarationException thrown = assertThrows(SchemaDeclarationException.class,
                () -> new RecordSchemaReader().read(List.of(Invoice.class, ClashingSequences.class)));
        String fix = "give the sequence another name with @Sequence(name = \"...\"), or rename the other object";
        String invoice = Invoice.class.getName();
        String holder = ClashingSequences.class.getName();
        assertEquals(List.of(
                new DeclarationProblem(holder, null, "declares sequence public.invoices, but that name is taken by"
                        + " table public.invoices declared on " + invoice + ": tables, indexes, views and sequences"
                        + " share one namespace in schema public", fix),
                new DeclarationProblem(holder, null, "declares sequence public.invoices_by_number, but that name is"
                        + " taken by index invoices_by_number of table public.invoices declared on " + invoice
                        + ": tables, indexes, views and sequences share one namespace in schema public", fix),
                new DeclarationProblem(holder, null, "declares sequence public.invoices_pkey, but that name is taken"
                        + " by primary key invoices_pkey of table public.invoices declared on " + invoice
                        + ": tables, indexes, views and sequences share one namespace in schema public", fix)),
                thrown.problems());
    }

    @Test
    void readsOwnedAndStandaloneSequences() {
        SchemaModel model = new RecordSchemaReader().read(List.of(Order.class, Sequences.class)).model();
        assertEquals(List.of(
                dev.shale.model.Sequence.builder(new QualifiedName("billing", "countdown")).dataType("smallint")
                        .increment(-1).build(),
                dev.shale.model.Sequence.builder(QualifiedName.of("invoice_numbers")).start(1000).increment(5)
                        .maxValue(100000L).cache(10).cycle(true).build(),
                dev.shale.model.Sequence.builder(QualifiedName.of("orders_id_seq")).dataType("integer")
                        .ownedBy(QualifiedName.of("orders"), "id").build()), model.sequences());
        assertEquals(List.of("billing"), model.schemas());
        dev.shale.model.Column id = model.table(QualifiedName.of("orders")).orElseThrow().column("id").orElseThrow();
        assertEquals("nextval('orders_id_seq'::regclass)", id.defaultExpression());
        assertEquals("integer", id.type().sql());
    }

    @Test
    void anOwnerThatIsNoColumnIsRefused() {
        SchemaDeclarationException thrown = assertThrows(SchemaDeclarationException.class,
                () -> new RecordSchemaReader().read(List.of(NoteWithBadOwner.class)));
        assertEquals(List.of(new DeclarationProblem(NoteWithBadOwner.class.getName(), null,
                "@Sequence(name = \"notes_seq\") is owned by \"nope\", which is no column of public.notes",
                "name one of the columns [id]")), thrown.problems());
    }

    @Test
    void anOwnerOnAHolderAndBadOptionsAreRefused() {
        SchemaDeclarationException thrown = assertThrows(SchemaDeclarationException.class,
                () -> new RecordSchemaReader().read(List.of(OwnedHolder.class, ZeroIncrement.class)));
        assertEquals(2, thrown.problems().size());
        assertEquals(OwnedHolder.class.getName(), thrown.problems().get(0).className());
        assertEquals("@Sequence(name = \"y\"): sequence public.y: increment must not be 0",
                thrown.problems().get(1).message());
    }
}
