package dev.shale.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.EnumType;
import dev.shale.model.ForeignKey;
import dev.shale.model.Identity;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.IndexMethod;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.ReferentialAction;
import dev.shale.model.RenameHints;
import dev.shale.model.RenameHints.ColumnRename;
import dev.shale.model.RenameHints.EnumRename;
import dev.shale.model.RenameHints.EnumValueRename;
import dev.shale.model.RenameHints.TableRename;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordSchemaReaderTest {

    private final RecordSchemaReader reader = new RecordSchemaReader();

    static final Table USERS = new Table(QualifiedName.of("users"), List.of(
            new Column("id", ColumnType.builtIn("uuid"), false, "gen_random_uuid()", null, null, null),
            Column.of("email", ColumnType.builtIn("varchar", 255), false),
            Column.of("name", ColumnType.builtIn("text"), true),
            new Column("active", ColumnType.builtIn("boolean"), false, "true", null, null, null),
            Column.of("role", ColumnType.userType(QualifiedName.of("role")), false),
            new Column("created_at", ColumnType.builtIn("timestamptz"), true, "now()", null, null, null)),
            new PrimaryKey("users_pkey", List.of("id")),
            List.of(new UniqueConstraint("users_email_key", List.of("email"))),
            List.of(), List.of(), List.of(), null);

    static final Table SUPPORT_TICKETS = new Table(QualifiedName.of("support_tickets"), List.of(
            new Column("id", ColumnType.builtIn("bigint"), false, null, Identity.BY_DEFAULT, null, null),
            Column.of("user_id", ColumnType.builtIn("uuid"), true),
            Column.of("ticket_number", ColumnType.builtIn("varchar", 32), true),
            Column.of("content", ColumnType.builtIn("text"), true),
            Column.of("priority", ColumnType.builtIn("integer"), false),
            new Column("created_at", ColumnType.builtIn("timestamptz"), true, "now()", null, null, null)),
            new PrimaryKey("support_tickets_pkey", List.of("id")),
            List.of(new UniqueConstraint("support_tickets_ticket_number_key", List.of("ticket_number"))),
            List.of(new CheckConstraint("support_tickets_priority_check", "priority between 1 and 5")),
            List.of(new ForeignKey("support_tickets_user_id_fkey", List.of("user_id"), QualifiedName.of("users"),
                    List.of("id"), ReferentialAction.CASCADE, ReferentialAction.NO_ACTION)),
            List.of(new Index("support_tickets_user_id_created_at_idx",
                    List.of(IndexKey.column("user_id"), IndexKey.column("created_at")), false, IndexMethod.BTREE, null)),
            null);

    @Test
    void readsTheDesignExample() {
        DeclaredSchema declared = reader.read(List.of(
                DesignExample.User.class, DesignExample.Role.class, DesignExample.SupportTicket.class));

        SchemaModel expected = new SchemaModel(List.of(),
                List.of(new EnumType(QualifiedName.of("role"), List.of("CLIENT", "ADMIN", "SUPER_ADMIN"))),
                List.of(USERS, SUPPORT_TICKETS));
        assertEquals(expected, declared.model());
        assertEquals(new RenameHints(List.of(), List.of(new ColumnRename(QualifiedName.of("support_tickets"), "body",
                "content", DesignExample.SupportTicket.class.getName() + ".content")), List.of(), List.of()),
                declared.renames());
    }

    @Test
    void readsEveryFeature() {
        DeclaredSchema declared = reader.read(List.of(FeatureFixtures.Invoice.class, FeatureFixtures.Account.class,
                FeatureFixtures.InvoiceStatus.class));

        QualifiedName status = new QualifiedName("billing", "invoice_status");
        QualifiedName accounts = new QualifiedName("billing", "accounts");
        QualifiedName invoice = new QualifiedName("billing", "invoice");
        Table expectedAccounts = new Table(accounts, List.of(
                Column.of("region", ColumnType.builtIn("text"), false),
                Column.of("number", ColumnType.builtIn("integer"), false),
                Column.of("email", ColumnType.builtIn("text"), true),
                new Column("closed", ColumnType.builtIn("boolean"), false, null, null, null,
                        "Closed accounts keep their invoices"),
                Column.of("tags", ColumnType.builtIn("text").arrayOf(), true),
                Column.of("parent_number", ColumnType.builtIn("integer"), true)),
                new PrimaryKey("accounts_key", List.of("region", "number")),
                List.of(new UniqueConstraint("accounts_region_email_key", List.of("region", "email"))),
                List.of(new CheckConstraint("accounts_check", "number > 0"),
                        new CheckConstraint("accounts_region_present", "region <> ''")),
                List.of(),
                List.of(new Index("accounts_region_lower_idx",
                                List.of(IndexKey.column("region"), IndexKey.expression("lower(email)")), false,
                                IndexMethod.BTREE, "closed = false"),
                        new Index("accounts_tags", List.of(IndexKey.column("tags")), false, IndexMethod.GIN, null)),
                "Customer accounts");
        Table expectedInvoice = new Table(invoice, List.of(
                new Column("id", ColumnType.builtIn("bigint"), false, null, new Identity(true, 1000, 10), null, null),
                Column.of("account_region", ColumnType.builtIn("text"), true),
                Column.of("account_number", ColumnType.builtIn("integer"), false),
                Column.of("billed_email", ColumnType.builtIn("text"), true),
                Column.of("status", ColumnType.userType(status), true),
                Column.of("issued_on", ColumnType.builtIn("date"), true),
                Column.of("net", ColumnType.builtIn("numeric"), true),
                new Column("gross", ColumnType.builtIn("numeric"), true, null, null, "net * 1.2", null),
                Column.of("corrects_id", ColumnType.builtIn("bigint"), true),
                Column.of("note", ColumnType.builtIn("text"), true)),
                new PrimaryKey("invoice_pkey", List.of("id")),
                List.of(),
                List.of(new CheckConstraint("invoice_note_check", "char_length(note) < 1000"),
                        new CheckConstraint("invoice_note_check1", "note <> ''")),
                List.of(new ForeignKey("invoice_account_region_account_number_fkey",
                                List.of("account_region", "account_number"), accounts, List.of("region", "number"),
                                ReferentialAction.RESTRICT, ReferentialAction.CASCADE),
                        new ForeignKey("invoice_billed_to", List.of("account_region", "billed_email"), accounts,
                                List.of("region", "email"), ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION),
                        new ForeignKey("invoice_corrects_id_fkey", List.of("corrects_id"), invoice, List.of("id"),
                                ReferentialAction.SET_NULL, ReferentialAction.NO_ACTION)),
                List.of(new Index("invoice_issued_on_idx", List.of(IndexKey.column("issued_on")), false,
                        IndexMethod.BRIN, null)),
                null);
        SchemaModel expected = new SchemaModel(List.of("billing"),
                List.of(new EnumType(status, List.of("DRAFT", "ISSUED", "PAID"), "Where an invoice is in its life")),
                List.of(expectedAccounts, expectedInvoice));
        assertEquals(expected, declared.model());
        String account = FeatureFixtures.Account.class.getName();
        String invoiceStatus = FeatureFixtures.InvoiceStatus.class.getName();
        assertEquals(new RenameHints(
                List.of(new TableRename(new QualifiedName("billing", "customers"), accounts, account)),
                List.of(new ColumnRename(accounts, "parent", "parent_number", account + ".parentNumber")),
                List.of(new EnumRename(new QualifiedName("billing", "state"), status, invoiceStatus)),
                List.of(new EnumValueRename(status, "SENT", "ISSUED", invoiceStatus + ".ISSUED"))),
                declared.renames());
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
