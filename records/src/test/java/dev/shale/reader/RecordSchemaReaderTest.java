package dev.shale.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.EnumType;
import dev.shale.model.ForeignKey;
import dev.shale.model.Identity;
import dev.shale.model.Index;
import dev.shale.model.IndexMethod;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.ReferentialAction;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordSchemaReaderTest {

    private final RecordSchemaReader reader = new RecordSchemaReader();

    static final Table USERS = Table.builder(QualifiedName.of("users"))
            .column(Column.builder("id", ColumnType.builtIn("uuid")).notNull().defaultExpression("gen_random_uuid()"))
            .column(Column.of("email", ColumnType.builtIn("varchar", 255), false))
            .column(Column.of("name", ColumnType.builtIn("text"), true))
            .column(Column.builder("active", ColumnType.builtIn("boolean")).notNull().defaultExpression("true"))
            .column(Column.of("role", ColumnType.userType(QualifiedName.of("role")), false))
            .column(Column.builder("created_at", ColumnType.builtIn("timestamptz")).defaultExpression("now()"))
            .primaryKey("users_pkey", "id")
            .unique("users_email_key", "email")
            .build();

    static final Table SUPPORT_TICKETS = Table.builder(QualifiedName.of("support_tickets"))
            .column(Column.builder("id", ColumnType.builtIn("bigint")).notNull().identity(Identity.BY_DEFAULT))
            .column(Column.of("user_id", ColumnType.builtIn("uuid"), true))
            .column(Column.of("ticket_number", ColumnType.builtIn("varchar", 32), true))
            .column(Column.of("content", ColumnType.builtIn("text"), true))
            .column(Column.of("priority", ColumnType.builtIn("integer"), false))
            .column(Column.builder("created_at", ColumnType.builtIn("timestamptz")).defaultExpression("now()"))
            .primaryKey("support_tickets_pkey", "id")
            .unique("support_tickets_ticket_number_key", "ticket_number")
            .check("support_tickets_priority_check", "priority between 1 and 5")
            .foreignKey(ForeignKey.builder("support_tickets_user_id_fkey", QualifiedName.of("users"))
                    .columns("user_id").referencedColumns("id").onDelete(ReferentialAction.CASCADE))
            .index(Index.builder("support_tickets_user_id_created_at_idx").columns("user_id", "created_at"))
            .build();

    @Test
    void readsTheDesignExample() {
        DeclaredSchema declared = reader.read(List.of(
                DesignExample.User.class, DesignExample.Role.class, DesignExample.SupportTicket.class));

        SchemaModel expected = SchemaModel.builder()
                .enumType(EnumType.of(QualifiedName.of("role"), "CLIENT", "ADMIN", "SUPER_ADMIN"))
                .table(USERS)
                .table(SUPPORT_TICKETS)
                .build();
        assertEquals(expected, declared.model());
        assertEquals(RenameHints.builder().column(QualifiedName.of("support_tickets"), "body", "content",
                DesignExample.SupportTicket.class.getName() + ".content").build(), declared.renames());
    }

    @Test
    void readsEveryFeature() {
        DeclaredSchema declared = reader.read(List.of(FeatureFixtures.Invoice.class, FeatureFixtures.Account.class,
                FeatureFixtures.InvoiceStatus.class));

        QualifiedName status = new QualifiedName("billing", "invoice_status");
        QualifiedName accounts = new QualifiedName("billing", "accounts");
        QualifiedName invoice = new QualifiedName("billing", "invoice");
        Table expectedAccounts = Table.builder(accounts)
                .column(Column.of("region", ColumnType.builtIn("text"), false))
                .column(Column.of("number", ColumnType.builtIn("integer"), false))
                .column(Column.of("email", ColumnType.builtIn("text"), true))
                .column(Column.builder("closed", ColumnType.builtIn("boolean")).notNull()
                        .comment("Closed accounts keep their invoices"))
                .column(Column.of("tags", ColumnType.builtIn("text").arrayOf(), true))
                .column(Column.of("parent_number", ColumnType.builtIn("integer"), true))
                .primaryKey("accounts_key", "region", "number")
                .unique("accounts_region_email_key", "region", "email")
                .check("accounts_check", "number > 0")
                .check("accounts_region_present", "region <> ''")
                .index(Index.builder("accounts_region_lower_idx").column("region").expression("lower(email)")
                        .where("closed = false"))
                .index(Index.builder("accounts_tags").columns("tags").method(IndexMethod.GIN))
                .comment("Customer accounts")
                .build();
        Table expectedInvoice = Table.builder(invoice)
                .column(Column.builder("id", ColumnType.builtIn("bigint")).notNull()
                        .identity(Identity.builder().always(true).start(1000).increment(10).build()))
                .column(Column.of("account_region", ColumnType.builtIn("text"), true))
                .column(Column.of("account_number", ColumnType.builtIn("integer"), false))
                .column(Column.of("billed_email", ColumnType.builtIn("text"), true))
                .column(Column.of("status", ColumnType.userType(status), true))
                .column(Column.of("issued_on", ColumnType.builtIn("date"), true))
                .column(Column.of("net", ColumnType.builtIn("numeric"), true))
                .column(Column.builder("gross", ColumnType.builtIn("numeric")).generatedExpression("net * 1.2"))
                .column(Column.of("corrects_id", ColumnType.builtIn("bigint"), true))
                .column(Column.of("note", ColumnType.builtIn("text"), true))
                .primaryKey("invoice_pkey", "id")
                .check("invoice_note_check", "char_length(note) < 1000")
                .check("invoice_note_check1", "note <> ''")
                .foreignKey(ForeignKey.builder("invoice_account_region_account_number_fkey", accounts)
                        .columns("account_region", "account_number").referencedColumns("region", "number")
                        .onDelete(ReferentialAction.RESTRICT).onUpdate(ReferentialAction.CASCADE))
                .foreignKey(ForeignKey.builder("invoice_billed_to", accounts)
                        .columns("account_region", "billed_email").referencedColumns("region", "email"))
                .foreignKey(ForeignKey.builder("invoice_corrects_id_fkey", invoice).columns("corrects_id")
                        .referencedColumns("id").onDelete(ReferentialAction.SET_NULL))
                .index(Index.builder("invoice_issued_on_idx").columns("issued_on").method(IndexMethod.BRIN))
                .build();
        SchemaModel expected = SchemaModel.builder()
                .schema("billing")
                .enumType(EnumType.builder(status).values("DRAFT", "ISSUED", "PAID")
                        .comment("Where an invoice is in its life"))
                .table(expectedAccounts)
                .table(expectedInvoice)
                .build();
        assertEquals(expected, declared.model());
        String account = FeatureFixtures.Account.class.getName();
        String invoiceStatus = FeatureFixtures.InvoiceStatus.class.getName();
        assertEquals(RenameHints.builder()
                .table(new QualifiedName("billing", "customers"), accounts, account)
                .column(accounts, "parent", "parent_number", account + ".parentNumber")
                .enumType(new QualifiedName("billing", "state"), status, invoiceStatus)
                .enumValue(status, "SENT", "ISSUED", invoiceStatus + ".ISSUED")
                .build(), declared.renames());
    }

    @Test
    void readsTheSameModelWhateverTheOrderOfTheClasses() {
        List<Class<?>> classes = List.of(DesignExample.User.class, DesignExample.Role.class,
                DesignExample.SupportTicket.class, FeatureFixtures.Invoice.class, FeatureFixtures.Account.class,
                FeatureFixtures.InvoiceStatus.class);
        List<Class<?>> reversed = new ArrayList<>(classes);
        Collections.reverse(reversed);

        assertEquals(reader.read(classes), reader.read(new LinkedHashSet<>(reversed)));
    }

    @Test
    void readsNothingFromNoClasses() {
        assertEquals(new DeclaredSchema(SchemaModel.EMPTY, RenameHints.NONE), reader.read(List.of()));
    }

    @Test
    void reportsEveryProblemOfEveryClassAtOnceInClassOrder() {
        SchemaDeclarationException thrown = assertThrows(SchemaDeclarationException.class, () -> reader.read(List.of(
                ErrorFixtures.UnknownType.class, ErrorFixtures.NoKey.class, ErrorFixtures.TableClass.class)));

        assertEquals(List.of(ErrorFixtures.NoKey.class.getName(), ErrorFixtures.TableClass.class.getName(),
                ErrorFixtures.UnknownType.class.getName()),
                thrown.problems().stream().map(DeclarationProblem::className).toList());
        assertEquals(ErrorFixtures.NoKey.class.getName() + ": declares no primary key Fix: add @PrimaryKey to the "
                + "key component, or @PrimaryKey(columns = {...}) to the record for a composite key",
                thrown.getMessage().lines().findFirst().orElseThrow());
    }
}
