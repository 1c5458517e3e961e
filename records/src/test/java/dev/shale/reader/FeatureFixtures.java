package dev.shale.reader;

import dev.shale.dsl.Action;
import dev.shale.dsl.Check;
import dev.shale.dsl.Column;
import dev.shale.dsl.Comment;
import dev.shale.dsl.Generated;
import dev.shale.dsl.Identity;
import dev.shale.dsl.Index;
import dev.shale.dsl.IndexMethod;
import dev.shale.dsl.PgEnum;
import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.References;
import dev.shale.dsl.RenamedFrom;
import dev.shale.dsl.Table;
import dev.shale.dsl.Unique;
import java.math.BigDecimal;
import java.util.List;

/** Schema classes using every feature the reader maps, for {@link RecordSchemaReaderTest}. */
final class FeatureFixtures {

    private FeatureFixtures() {
    }

    @PgEnum(schema = "billing")
    @Comment("Where an invoice is in its life")
    @RenamedFrom("billing.state")
    enum InvoiceStatus {
        DRAFT,
        @RenamedFrom("SENT") ISSUED,
        PAID
    }

    @Table(value = "accounts", schema = "billing")
    @Comment("Customer accounts")
    @RenamedFrom("customers")
    @PrimaryKey(columns = {"region", "number"}, name = "accounts_key")
    @Unique(columns = {"region", "email"})
    @Index(columns = "region", expressions = "lower(email)", where = "closed = false")
    @Index(columns = "tags", method = IndexMethod.GIN, name = "accounts_tags")
    @Check("number > 0")
    @Check(value = "region <> ''", name = "accounts_region_present")
    record Account(
            String region,
            int number,
            String email,
            @Comment("Closed accounts keep their invoices") boolean closed,
            @Column(type = "text[]") List<String> tags,
            @RenamedFrom("parent") @Column(name = "parent_number") Integer parentNumber) {
    }

    @Table(schema = "billing")
    @References(table = Account.class, from = {"account_region", "account_number"}, onDelete = Action.RESTRICT,
            onUpdate = Action.CASCADE)
    @References(table = Account.class, from = {"account_region", "billed_email"}, columns = {"region", "email"},
            name = "invoice_billed_to")
    record Invoice(
            @PrimaryKey @Identity(always = true, start = 1000, increment = 10) long id,
            String accountRegion,
            int accountNumber,
            String billedEmail,
            @Column(type = "invoice_status") InvoiceStatus status,
            @Index(method = IndexMethod.BRIN) java.time.LocalDate issuedOn,
            BigDecimal net,
            @Generated("net * 1.2") BigDecimal gross,
            @References(table = Invoice.class, onDelete = Action.SET_NULL) Long correctsId,
            @Check("char_length(note) < 1000") @Check("note <> ''") String note) {
    }
}
