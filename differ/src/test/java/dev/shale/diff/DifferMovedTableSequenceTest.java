package dev.shale.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.diff.change.Change;
import dev.shale.diff.change.RenameTable;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.model.Sequence;
import dev.shale.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A table moved to another schema takes the sequences it owns along ({@code ALTER TABLE ... SET SCHEMA} does), so a
 * serial column's sequence is neither dropped nor created anew (which would reset its value); and a rename hint from a
 * command-line option is always resolved strictly, naming the option.
 */
class DifferMovedTableSequenceTest {

    private static final QualifiedName OLD = QualifiedName.of("invoices");
    private static final QualifiedName NEW = new QualifiedName("billing", "invoices");

    private static SchemaModel serial(QualifiedName table, String sequenceDefault) {
        QualifiedName sequence = new QualifiedName(table.schema(), "invoices_id_seq");
        return SchemaModel.builder().schema("billing")
                .table(Table.builder(table).column(Column.builder("id", ColumnType.builtIn("integer")).notNull()
                        .defaultExpression(sequenceDefault)))
                .sequence(Sequence.builder(sequence).dataType("integer").ownedBy(table, "id"))
                .build();
    }

    @Test
    void aMovedTableTakesItsOwnedSequenceAlong() {
        SchemaModel from = serial(OLD, "nextval('invoices_id_seq'::regclass)");
        SchemaModel to = serial(NEW, "nextval('billing.invoices_id_seq'::regclass)");
        RenameHints hints = RenameHints.builder().table(OLD, NEW, "--rename-table public.invoices=billing.invoices")
                .build();

        List<Change> changes = Differ.diffApplyingPresentRenames(from, to, hints);

        assertEquals(List.of(new RenameTable(OLD, NEW, List.of(), List.of(), List.of("invoices_id_seq"))), changes);
    }

    @Test
    void aTableRenamedInItsSchemaKeepsItsSequence() {
        QualifiedName renamed = QualifiedName.of("bills");
        SchemaModel from = serial(OLD, "nextval('invoices_id_seq'::regclass)");
        SchemaModel to = serial(renamed, "nextval('invoices_id_seq'::regclass)");

        List<Change> changes = Differ.diff(from, to, RenameHints.builder().table(OLD, renamed, "com.x.Bill").build());

        assertEquals(List.of(new RenameTable(OLD, renamed, List.of(), List.of(), List.of("invoices_id_seq"))), changes);
    }

    @Test
    void aMoveOntoASchemaWhereItsSequenceNameIsTakenIsRefused() {
        SchemaModel taken = serial(OLD, "nextval('invoices_id_seq'::regclass)").toBuilder()
                .sequence(Sequence.builder(new QualifiedName("billing", "invoices_id_seq"))).build();
        SchemaModel to = serial(NEW, "nextval('billing.invoices_id_seq1'::regclass)");
        RenameHints hints = RenameHints.builder().table(OLD, NEW, "com.x.Invoice").build();

        MovedSequenceNameTakenException e = assertThrows(MovedSequenceNameTakenException.class,
                () -> Differ.diff(taken, to, hints));

        assertEquals("@RenamedFrom(\"public.invoices\") on com.x.Invoice moves table public.invoices to schema billing,"
                + " which already has a relation named invoices_id_seq: PostgreSQL moves the sequence"
                + " public.invoices_id_seq that the table owns along, and refuses the name", e.getMessage());
        assertEquals("rename the sequence first (ALTER SEQUENCE public.invoices_id_seq RENAME TO ...), or the relation"
                + " billing.invoices_id_seq, in a migration of its own, then generate the move", e.fix());
    }

    @Test
    void anOptionNamingNothingIsRefusedEvenFromADatabase() {
        SchemaModel to = serial(NEW, "nextval('billing.invoices_id_seq'::regclass)");
        RenameHints hints = RenameHints.builder()
                .table(QualifiedName.of("invoice"), NEW, "--rename-table invoice=billing.invoices").build();

        UnresolvedRenameException e = assertThrows(UnresolvedRenameException.class,
                () -> Differ.diffApplyingPresentRenames(serial(OLD, "nextval('invoices_id_seq'::regclass)"), to, hints));

        assertEquals("--rename-table invoice=billing.invoices names no table public.invoice in the old schema; fix the"
                + " name or remove the option", e.getMessage());
    }
}
