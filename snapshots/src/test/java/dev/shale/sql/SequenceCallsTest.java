package dev.shale.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.shale.model.QualifiedName;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading and retargeting the sequences an expression calls. */
class SequenceCallsTest {

    private static final Map<QualifiedName, QualifiedName> MOVED = Map.of(
            QualifiedName.of("invoices_id_seq"), new QualifiedName("billing", "invoices_id_seq"),
            new QualifiedName("Old", "Lines Seq"), QualifiedName.of("Lines Seq"));

    @Test
    void aMovedSequenceIsNamedAsRegclassPrintsIt() {
        assertEquals("nextval('billing.invoices_id_seq'::regclass)",
                SequenceCalls.retarget("nextval('invoices_id_seq'::regclass)", MOVED));
        assertEquals("nextval('public.x'::regclass) + currval('billing.invoices_id_seq')",
                SequenceCalls.retarget("nextval('public.x'::regclass) + currval('public.invoices_id_seq')", MOVED));
        assertEquals("nextval('\"Lines Seq\"'::regclass)",
                SequenceCalls.retarget("nextval('\"Old\".\"Lines Seq\"'::regclass)", MOVED));
    }

    @Test
    void otherTextIsLeftAsItIs() {
        assertEquals("'invoices_id_seq'", SequenceCalls.retarget("'invoices_id_seq'", MOVED));
        assertEquals("now()", SequenceCalls.retarget("now()", MOVED));
        assertNull(SequenceCalls.retarget(null, MOVED));
    }
}
