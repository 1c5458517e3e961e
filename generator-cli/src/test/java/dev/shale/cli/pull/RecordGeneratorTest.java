package dev.shale.cli.pull;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.EnumType;
import dev.shale.model.Extension;
import dev.shale.model.ForeignKey;
import dev.shale.model.Identity;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.IndexMethod;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.ReferentialAction;
import dev.shale.model.SchemaModel;
import dev.shale.model.Sequence;
import dev.shale.model.Table;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RecordGenerator}: whole rendered files, and models that compile and read back equal. */
class RecordGeneratorTest {

    private static final String PACKAGE = "com.example.pulled";

    @TempDir
    Path dir;

    private static final QualifiedName ROLE = QualifiedName.of("role");
    private static final QualifiedName USERS = QualifiedName.of("users");

    private static Table users() {
        return Table.builder(USERS)
                .column(Column.builder("id", ColumnType.builtIn("uuid")).notNull()
                        .defaultExpression("gen_random_uuid()"))
                .column(Column.of("email", ColumnType.builtIn("varchar", 255), false))
                .column(Column.of("name", ColumnType.builtIn("text"), true))
                .column(Column.builder("role", ColumnType.userType(ROLE)).notNull()
                        .defaultExpression("'CLIENT'::role").comment("what they may do"))
                .column(Column.builder("active", ColumnType.builtIn("boolean")).notNull().defaultExpression("true"))
                .column(Column.builder("created_at", ColumnType.builtIn("timestamptz")).notNull()
                        .defaultExpression("now()"))
                .primaryKey("users_pkey", "id")
                .unique("users_email_key", "email")
                .build();
    }

    @Test
    void rendersTheDesignsUserRecord() {
        SchemaModel model = SchemaModel.builder()
                .enumType(EnumType.of(ROLE, "CLIENT", "ADMIN"))
                .table(users())
                .build();

        List<JavaFile> files = RecordGenerator.generate(model, PACKAGE);

        assertEquals(List.of("com/example/pulled/Role.java", "com/example/pulled/Users.java"),
                files.stream().map(RecordGenerator::path).toList());
        assertEquals("""
                // Written by shale pull from the live database. These records now declare the schema:
                // edit them, then run shale generate.
                package com.example.pulled;

                import dev.shale.dsl.Comment;
                import dev.shale.dsl.Default;
                import dev.shale.dsl.PrimaryKey;
                import dev.shale.dsl.Table;
                import dev.shale.dsl.Unique;
                import jakarta.validation.constraints.NotNull;
                import jakarta.validation.constraints.Size;
                import java.time.OffsetDateTime;
                import java.util.UUID;

                /**
                 * The table public.users.
                 */
                @Table("users")
                public record Users(@PrimaryKey @Default("gen_random_uuid()") UUID id,
                        @NotNull @Size(max = 255) @Unique String email, String name,
                        @NotNull @Default("'CLIENT'::role") @Comment("what they may do") Role role,
                        @Default("true") boolean active, @NotNull @Default("now()") OffsetDateTime createdAt) {
                }
                """, files.get(1).toString());
        assertEquals(model, roundTrip(files));
    }

    @Test
    void everyKindReadsBackEqual() {
        QualifiedName status = new QualifiedName("billing", "status");
        QualifiedName invoices = new QualifiedName("billing", "invoices");
        QualifiedName lines = new QualifiedName("billing", "invoice_lines");
        Table invoice = Table.builder(invoices)
                .column(Column.builder("id", ColumnType.builtIn("bigint")).notNull()
                        .identity(Identity.builder().always(true).start(100).increment(5).build()))
                .column(Column.of("number", ColumnType.builtIn("integer"), false))
                .column(Column.of("status", ColumnType.userType(status), false))
                .column(Column.of("amount", ColumnType.builtIn("numeric", 12, 2), true))
                .column(Column.of("rounded", ColumnType.builtIn("numeric", 10), true))
                .column(Column.builder("tax", ColumnType.builtIn("numeric", 12, 2))
                        .generatedExpression("amount * 0.2"))
                .column(Column.of("tags", ColumnType.builtIn("text").arrayOf(), true))
                .column(Column.of("codes", ColumnType.builtIn("varchar", 3).arrayOf(), false))
                .column(Column.of("label", ColumnType.builtIn("varchar"), true))
                .column(Column.of("labels", ColumnType.builtIn("varchar").arrayOf(), true))
                .column(Column.of("grid", ColumnType.builtIn("integer").arrayOf().arrayOf(), true))
                .column(Column.of("statuses", ColumnType.userType(status).arrayOf(), true))
                .column(Column.of("data", ColumnType.builtIn("jsonb"), true))
                .column(Column.of("raw", ColumnType.builtIn("bytea"), true))
                .column(Column.of("at", ColumnType.builtIn("timestamptz", 3), true))
                .column(Column.of("ip", ColumnType.builtIn("inet"), true))
                .column(Column.builder("code", ColumnType.builtIn("varchar", 8)).collation("\"C\""))
                .column(Column.builder("title", ColumnType.builtIn("text")).collation("\"en_US.utf8\""))
                .column(Column.builder("words", ColumnType.builtIn("text").arrayOf()).collation("ucs_basic"))
                .column(Column.builder("French", ColumnType.builtIn("text")).collation("extra.\"Fr\""))
                .column(Column.of("line_2", ColumnType.builtIn("text"), true))
                .column(Column.of("class", ColumnType.builtIn("text"), true))
                .column(Column.of("Mixed Case", ColumnType.builtIn("text"), true))
                .column(Column.of("to_string", ColumnType.builtIn("smallint"), true))
                .column(Column.builder("ticket", ColumnType.builtIn("smallint")).notNull()
                        .identity(Identity.builder().start(10).minValue(10L).maxValue(1000L).cache(20).cycle(true)
                                .build()))
                .column(Column.builder("countdown", ColumnType.builtIn("bigint")).notNull()
                        .identity(Identity.builder().start(-1).increment(-1).minValue(Long.MIN_VALUE + 1).build()))
                .primaryKey(new dev.shale.model.PrimaryKey("invoices_pk", List.of("id"),
                        dev.shale.model.Deferrability.NOT_DEFERRABLE, dev.shale.model.KeyOptions.NONE
                        .withInclude(List.of("line_2")).withStorage("fillfactor", "70")))
                .unique("invoices_number_key", "number")
                .unique(new dev.shale.model.UniqueConstraint("invoices_number_status_key", List.of("number", "status"),
                        dev.shale.model.Deferrability.NOT_DEFERRABLE, dev.shale.model.KeyOptions.NONE
                        .withNullsNotDistinct(true).withInclude(List.of("class", "Mixed Case"))
                        .withStorage("fillfactor", "80")))
                .unique("custom_unique", "number")
                .check("invoices_number_check", "number > 0")
                .check("invoices_check", "amount > tax")
                .check("positive_amount", "amount >= 0")
                .index(Index.builder("invoices_lower_idx").expression("lower(ip::text)"))
                .index(Index.builder("invoices_tags_idx").columns("tags").method(IndexMethod.GIN))
                .index(Index.builder("open_invoices").column("number").expression("amount * 2").unique()
                        .where("status = 'OPEN'::billing.status"))
                // index options: key order, nulls, collation, operator class, INCLUDE, NULLS NOT DISTINCT, WITH
                .index(Index.builder("invoices_at_idx")
                        .keys(IndexKey.column("at").withDescending(true).withNulls(IndexKey.Nulls.LAST),
                                IndexKey.column("Mixed Case").withCollation("C").withOpclass("text_pattern_ops"),
                                IndexKey.expression("lower(label)").withOpclass("text_pattern_ops").withDescending(true))
                        .storage("fillfactor", "70"))
                // a key collation of another schema, an extension's operator class
                .index(Index.builder("invoices_words_idx").keys(IndexKey.column("French").withCollation("\"extra\".\"De\""),
                        IndexKey.column("label").withDescending(true)))
                .index(Index.builder("invoices_trgm_idx").method(IndexMethod.GIN)
                        .keys(IndexKey.column("label").withOpclass("public.gin_trgm_ops"),
                                IndexKey.expression("lower(label)").withOpclass("public.gin_trgm_ops")))
                .index(Index.builder("invoices_label_key").columns("label").unique().include("class", "Mixed Case")
                        .nullsNotDistinct(true).storage("deduplicate_items", "off"))
                .comment("Invoices, one per order")
                .build();
        Table line = Table.builder(lines)
                .column(Column.of("invoice_id", ColumnType.builtIn("bigint"), false))
                .column(Column.of("position", ColumnType.builtIn("integer"), false))
                .column(Column.of("parent_invoice", ColumnType.builtIn("bigint"), true))
                .column(Column.of("parent_position", ColumnType.builtIn("integer"), true))
                .column(Column.of("note_id", ColumnType.builtIn("bigint"), true))
                .primaryKey("invoice_lines_pkey", "invoice_id", "position")
                .foreignKey(ForeignKey.builder("invoice_lines_invoice_id_fkey", invoices).columns("invoice_id")
                        .referencedColumns("id").onDelete(ReferentialAction.CASCADE))
                .foreignKey(ForeignKey.builder("invoice_lines_parent_fkey", lines)
                        .columns("parent_invoice", "parent_position").referencedColumns("invoice_id", "position")
                        .onDelete(ReferentialAction.SET_NULL).onUpdate(ReferentialAction.CASCADE))
                .foreignKey(ForeignKey.builder("by_number", invoices).columns("note_id").referencedColumns("number")
                        .onDelete(ReferentialAction.RESTRICT).onUpdate(ReferentialAction.SET_DEFAULT))
                .build();
        Table string = Table.builder(QualifiedName.of("string"))
                .column(Column.of("id", ColumnType.builtIn("text"), false))
                .primaryKey("string_pkey", "id")
                .build();
        SchemaModel model = SchemaModel.builder()
                .schema("billing")
                .enumType(EnumType.builder(status).values("OPEN", "paid", "Void").comment("where an invoice is"))
                .table(invoice)
                .table(line)
                .table(string)
                .build();

        List<JavaFile> files = RecordGenerator.generate(model, PACKAGE);

        assertEquals(List.of("com/example/pulled/StringTable.java", "com/example/pulled/billing/InvoiceLines.java",
                "com/example/pulled/billing/Invoices.java", "com/example/pulled/billing/Status.java"),
                files.stream().map(RecordGenerator::path).toList());
        assertEquals(model, roundTrip(files));
    }

    @Test
    void serialColumnsAndStandaloneSequencesReadBackEqual() {
        QualifiedName orders = QualifiedName.of("orders");
        QualifiedName tickets = new QualifiedName("billing", "tickets");
        SchemaModel model = SchemaModel.builder()
                .schema("billing")
                .table(Table.builder(orders)
                        .column(Column.builder("id", ColumnType.builtIn("integer")).notNull()
                                .defaultExpression("nextval('orders_id_seq'::regclass)"))
                        .column(Column.builder("number", ColumnType.builtIn("bigint"))
                                .defaultExpression("nextval('billing.numbers'::regclass)"))
                        .primaryKey("orders_pkey", "id"))
                .table(Table.builder(tickets)
                        .column(Column.builder("id", ColumnType.builtIn("bigint")).notNull()
                                .defaultExpression("nextval('billing.tickets_id_seq'::regclass)"))
                        .primaryKey("tickets_pkey", "id"))
                .sequence(Sequence.builder(QualifiedName.of("orders_id_seq")).dataType("integer").ownedBy(orders, "id"))
                .sequence(Sequence.builder(new QualifiedName("billing", "tickets_id_seq")).ownedBy(tickets, "id"))
                .sequence(Sequence.builder(new QualifiedName("billing", "numbers")).start(1000).increment(-3)
                        .minValue(-5000L).maxValue(5000L).cache(7).cycle(true))
                .sequence(Sequence.builder(QualifiedName.of("plain")))
                .build();

        List<JavaFile> files = RecordGenerator.generate(model, PACKAGE);

        assertEquals(List.of("com/example/pulled/Orders.java", "com/example/pulled/Sequences.java",
                "com/example/pulled/billing/Tickets.java"), files.stream().map(RecordGenerator::path).toList());
        assertTrue(files.get(0).toString().contains(
                "@Sequence(\n        name = \"orders_id_seq\",\n        dataType = \"integer\",\n        ownedBy = \"id\"\n)"),
                files.get(0).toString());
        assertEquals(model, roundTrip(files));
    }

    @Test
    void constraintStatePersistenceAndReplicaIdentityReadBackEqual() {
        QualifiedName accounts = QualifiedName.of("accounts");
        Table account = Table.builder(accounts)
                .column(Column.of("id", ColumnType.builtIn("bigint"), false))
                .column(Column.of("code", ColumnType.builtIn("text"), false))
                .column(Column.of("region", ColumnType.builtIn("text"), true))
                .primaryKey("accounts_pkey", "id")
                .unique(new dev.shale.model.UniqueConstraint("accounts_region_key", List.of("region"),
                        dev.shale.model.Deferrability.INITIALLY_DEFERRED))
                .check(new dev.shale.model.CheckConstraint("accounts_code_check", "code <> ''", true, true))
                .index(Index.builder("accounts_code_idx").columns("code").unique())
                .replicaIdentity(dev.shale.model.ReplicaIdentity.usingIndex("accounts_code_idx"))
                .build();
        Table entry = Table.builder(QualifiedName.of("entries"))
                .column(Column.of("id", ColumnType.builtIn("bigint"), false))
                .column(Column.of("account_id", ColumnType.builtIn("bigint"), true))
                .primaryKey(new dev.shale.model.PrimaryKey("entries_pkey", List.of("id"),
                        dev.shale.model.Deferrability.DEFERRABLE))
                .foreignKey(ForeignKey.builder("entries_account_id_fkey", accounts).columns("account_id")
                        .referencedColumns("id").deferrability(dev.shale.model.Deferrability.INITIALLY_DEFERRED)
                        .notValid(true))
                .unlogged(true).replicaIdentity(dev.shale.model.ReplicaIdentity.FULL)
                .build();
        SchemaModel model = SchemaModel.builder().table(account).table(entry).build();
        assertEquals(model, roundTrip(RecordGenerator.generate(model, PACKAGE)));
    }

    @Test
    void namesThatClashWithEachOtherOrWithAnnotationsStillCompileAndReadBack() {
        QualifiedName tableEnum = QualifiedName.of("table");
        QualifiedName status = QualifiedName.of("status");
        Table statusTable = Table.builder(QualifiedName.of("status_"))
                .column(Column.of("id", ColumnType.builtIn("integer"), false))
                .column(Column.of("kind", ColumnType.userType(tableEnum), true))
                .column(Column.of("status", ColumnType.userType(status), true))
                .column(Column.of("a_b", ColumnType.builtIn("text"), true))
                .column(Column.of("aB", ColumnType.builtIn("text"), true))
                .column(Column.of("1st", ColumnType.builtIn("text"), true))
                .column(Column.of("hash_code", ColumnType.builtIn("text"), true))
                .primaryKey("status__pkey", "id")
                .build();
        SchemaModel model = SchemaModel.builder()
                .enumType(EnumType.of(tableEnum, "A"))
                .enumType(EnumType.of(status, "ON", "OFF"))
                .table(statusTable)
                .build();

        List<JavaFile> files = RecordGenerator.generate(model, PACKAGE);

        assertEquals(List.of("com/example/pulled/Status.java", "com/example/pulled/StatusTable.java",
                "com/example/pulled/Table.java"), files.stream().map(RecordGenerator::path).toList());
        assertTrue(files.get(1).toString().contains("@dev.shale.dsl.Table(\"status_\")"), files.get(1).toString());
        assertEquals(model, roundTrip(files));
    }

    @Test
    void extensionsAreDeclaredAndTheirTypesNamedAsTheReaderReadsThem() {
        Table contacts = Table.builder(QualifiedName.of("contacts"))
                .column(Column.of("id", ColumnType.builtIn("bigint"), false))
                .column(Column.of("email", ColumnType.userType(new QualifiedName("util", "citext")), false))
                .column(Column.of("aliases", ColumnType.userType(new QualifiedName("util", "citext")).arrayOf(), true))
                .column(Column.of("attrs", ColumnType.userType(QualifiedName.of("hstore")), true))
                .primaryKey("contacts_pkey", "id")
                .build();
        SchemaModel pulled = SchemaModel.builder().schema("util").table(contacts)
                .extension(new Extension("citext", "util", "1.6")).extension(new Extension("hstore", "public", "1.8"))
                .build();

        List<JavaFile> files = RecordGenerator.generate(pulled, PACKAGE);

        assertEquals(List.of("com/example/pulled/Contacts.java", "com/example/pulled/DatabaseExtensions.java"),
                files.stream().map(RecordGenerator::path).toList());
        String holder = files.get(1).toString();
        assertTrue(holder.replaceAll("\\s+", " ").contains("@Extension( value = \"citext\", schema = \"util\" )"),
                holder);
        assertTrue(holder.contains("@Extension(\"hstore\")"), holder);
        String record = files.get(0).toString();
        assertTrue(record.contains("@Column(type = \"citext\") @NotNull String email"), record);
        assertTrue(record.contains("@Column(type = \"citext[]\") List<String> aliases"), record);
        // the records declare no version: any installed one will do
        SchemaModel expected = pulled.withExtensions(pulled.extensions().stream().map(e -> e.withVersion(null))
                .toList());
        assertEquals(expected, roundTrip(files));
    }

    @Test
    void aTableCalledDatabaseExtensionsKeepsItsNameAndTheHolderTakesTheNextOne() {
        Table clash = Table.builder(QualifiedName.of("database_extensions"))
                .column(Column.of("id", ColumnType.builtIn("bigint"), false))
                .column(Column.of("email", ColumnType.userType(QualifiedName.of("citext")), true))
                .primaryKey("database_extensions_pkey", "id")
                .build();
        Table upper = Table.builder(QualifiedName.of("DatabaseExtensions2"))
                .column(Column.of("id", ColumnType.builtIn("bigint"), false))
                .primaryKey("DatabaseExtensions2_pkey", "id")
                .build();
        SchemaModel pulled = SchemaModel.builder().table(clash).table(upper)
                .extension(new Extension("citext", "public", null)).build();

        List<JavaFile> files = RecordGenerator.generate(pulled, PACKAGE);

        assertEquals(List.of("com/example/pulled/DatabaseExtensions.java", "com/example/pulled/DatabaseExtensions2.java",
                "com/example/pulled/DatabaseExtensions3.java"), files.stream().map(RecordGenerator::path).toList());
        assertTrue(files.get(0).toString().contains("@Table(\"database_extensions\")"), files.get(0).toString());
        assertTrue(files.get(1).toString().contains("@Table(\"DatabaseExtensions2\")"), files.get(1).toString());
        assertTrue(files.get(2).toString().contains("@Extension(\"citext\")"), files.get(2).toString());
        assertEquals(files, RecordGenerator.generate(pulled, PACKAGE), "the same model gives the same files");
        assertEquals(pulled, roundTrip(files));
    }

    @Test
    void refusesWhatRecordsCannotDeclareListingEverything() {
        QualifiedName bad = QualifiedName.of("mood");
        Table noKey = Table.builder(QualifiedName.of("logs"))
                .column(Column.of("line", ColumnType.builtIn("text"), true))
                .column(Column.of("kind", new ColumnType("public", "citext", List.of(), 0), true))
                .build();
        SchemaModel model = SchemaModel.builder().enumType(EnumType.of(bad, "so-so", "ok")).table(noKey).build();

        UnpullableSchemaException e = assertThrows(UnpullableSchemaException.class,
                () -> RecordGenerator.generate(model, PACKAGE));

        assertEquals(List.of("enum public.mood", "table public.logs"),
                e.problems().stream().map(PullProblem::object).toList());
        assertTrue(e.problems().get(0).message().contains("'so-so'"), e.problems().get(0).message());
        assertTrue(e.problems().get(1).message().contains("no primary key"), e.problems().get(1).message());
    }

    private SchemaModel roundTrip(List<JavaFile> files) {
        return CompiledRecords.read(CompiledRecords.compile(files, dir), PACKAGE);
    }
}
