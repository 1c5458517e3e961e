package dev.shale.cli.pull;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
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
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
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
        return new Table(USERS, List.of(
                new Column("id", ColumnType.builtIn("uuid"), false, "gen_random_uuid()", null, null, null),
                Column.of("email", ColumnType.builtIn("varchar", 255), false),
                Column.of("name", ColumnType.builtIn("text"), true),
                new Column("role", ColumnType.userType(ROLE), false, "'CLIENT'::role", null, null, "what they may do"),
                new Column("active", ColumnType.builtIn("boolean"), false, "true", null, null, null),
                new Column("created_at", ColumnType.builtIn("timestamptz"), false, "now()", null, null, null)),
                new PrimaryKey("users_pkey", List.of("id")),
                List.of(new UniqueConstraint("users_email_key", List.of("email"))),
                List.of(), List.of(), List.of(), null);
    }

    @Test
    void rendersTheDesignsUserRecord() {
        SchemaModel model = new SchemaModel(List.of(), List.of(new EnumType(ROLE, List.of("CLIENT", "ADMIN"))),
                List.of(users()));

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
        Table invoice = new Table(invoices, List.of(
                new Column("id", ColumnType.builtIn("bigint"), false, null, new Identity(true, 100, 5), null, null),
                Column.of("number", ColumnType.builtIn("integer"), false),
                new Column("status", ColumnType.userType(status), false, null, null, null, null),
                Column.of("amount", ColumnType.builtIn("numeric", 12, 2), true),
                Column.of("rounded", ColumnType.builtIn("numeric", 10), true),
                new Column("tax", ColumnType.builtIn("numeric", 12, 2), true, null, null, "amount * 0.2", null),
                Column.of("tags", ColumnType.builtIn("text").arrayOf(), true),
                Column.of("codes", ColumnType.builtIn("varchar", 3).arrayOf(), false),
                Column.of("label", ColumnType.builtIn("varchar"), true),
                Column.of("labels", ColumnType.builtIn("varchar").arrayOf(), true),
                Column.of("grid", ColumnType.builtIn("integer").arrayOf().arrayOf(), true),
                Column.of("statuses", ColumnType.userType(status).arrayOf(), true),
                Column.of("data", ColumnType.builtIn("jsonb"), true),
                Column.of("raw", ColumnType.builtIn("bytea"), true),
                Column.of("at", ColumnType.builtIn("timestamptz", 3), true),
                Column.of("ip", ColumnType.builtIn("inet"), true),
                Column.of("line_2", ColumnType.builtIn("text"), true),
                Column.of("class", ColumnType.builtIn("text"), true),
                Column.of("Mixed Case", ColumnType.builtIn("text"), true),
                Column.of("to_string", ColumnType.builtIn("smallint"), true)),
                new PrimaryKey("invoices_pk", List.of("id")),
                List.of(new UniqueConstraint("invoices_number_key", List.of("number")),
                        new UniqueConstraint("invoices_number_status_key", List.of("number", "status")),
                        new UniqueConstraint("custom_unique", List.of("number"))),
                List.of(new CheckConstraint("invoices_number_check", "number > 0"),
                        new CheckConstraint("invoices_check", "amount > tax"),
                        new CheckConstraint("positive_amount", "amount >= 0")),
                List.of(),
                List.of(new Index("invoices_lower_idx", List.of(IndexKey.expression("lower(ip::text)")), false,
                                IndexMethod.BTREE, null),
                        new Index("invoices_tags_idx", List.of(IndexKey.column("tags")), false, IndexMethod.GIN, null),
                        new Index("open_invoices", List.of(IndexKey.column("number"), IndexKey.expression("amount * 2")),
                                true, IndexMethod.BTREE, "status = 'OPEN'::billing.status")),
                "Invoices, one per order");
        Table line = new Table(lines, List.of(
                Column.of("invoice_id", ColumnType.builtIn("bigint"), false),
                Column.of("position", ColumnType.builtIn("integer"), false),
                Column.of("parent_invoice", ColumnType.builtIn("bigint"), true),
                Column.of("parent_position", ColumnType.builtIn("integer"), true),
                Column.of("note_id", ColumnType.builtIn("bigint"), true)),
                new PrimaryKey("invoice_lines_pkey", List.of("invoice_id", "position")),
                List.of(), List.of(),
                List.of(new ForeignKey("invoice_lines_invoice_id_fkey", List.of("invoice_id"), invoices, List.of("id"),
                                ReferentialAction.CASCADE, ReferentialAction.NO_ACTION),
                        new ForeignKey("invoice_lines_parent_fkey", List.of("parent_invoice", "parent_position"), lines,
                                List.of("invoice_id", "position"), ReferentialAction.SET_NULL, ReferentialAction.CASCADE),
                        new ForeignKey("by_number", List.of("note_id"), invoices, List.of("number"),
                                ReferentialAction.RESTRICT, ReferentialAction.SET_DEFAULT)),
                List.of(), null);
        Table string = new Table(QualifiedName.of("string"), List.of(Column.of("id", ColumnType.builtIn("text"), false)),
                new PrimaryKey("string_pkey", List.of("id")), List.of(), List.of(), List.of(), List.of(), null);
        SchemaModel model = new SchemaModel(List.of("billing"),
                List.of(new EnumType(status, List.of("OPEN", "paid", "Void"), "where an invoice is")),
                List.of(invoice, line, string));

        List<JavaFile> files = RecordGenerator.generate(model, PACKAGE);

        assertEquals(List.of("com/example/pulled/StringTable.java", "com/example/pulled/billing/InvoiceLines.java",
                "com/example/pulled/billing/Invoices.java", "com/example/pulled/billing/Status.java"),
                files.stream().map(RecordGenerator::path).toList());
        assertEquals(model, roundTrip(files));
    }

    @Test
    void namesThatClashWithEachOtherOrWithAnnotationsStillCompileAndReadBack() {
        QualifiedName tableEnum = QualifiedName.of("table");
        QualifiedName status = QualifiedName.of("status");
        Table statusTable = new Table(QualifiedName.of("status_"), List.of(
                Column.of("id", ColumnType.builtIn("integer"), false),
                Column.of("kind", ColumnType.userType(tableEnum), true),
                Column.of("status", ColumnType.userType(status), true),
                Column.of("a_b", ColumnType.builtIn("text"), true),
                Column.of("aB", ColumnType.builtIn("text"), true),
                Column.of("1st", ColumnType.builtIn("text"), true),
                Column.of("hash_code", ColumnType.builtIn("text"), true)),
                new PrimaryKey("status__pkey", List.of("id")), List.of(), List.of(), List.of(), List.of(), null);
        SchemaModel model = new SchemaModel(List.of(),
                List.of(new EnumType(tableEnum, List.of("A")), new EnumType(status, List.of("ON", "OFF"))),
                List.of(statusTable));

        List<JavaFile> files = RecordGenerator.generate(model, PACKAGE);

        assertEquals(List.of("com/example/pulled/Status.java", "com/example/pulled/StatusTable.java",
                "com/example/pulled/Table.java"), files.stream().map(RecordGenerator::path).toList());
        assertTrue(files.get(1).toString().contains("@dev.shale.dsl.Table(\"status_\")"), files.get(1).toString());
        assertEquals(model, roundTrip(files));
    }

    @Test
    void refusesWhatRecordsCannotDeclareListingEverything() {
        QualifiedName bad = QualifiedName.of("mood");
        Table noKey = new Table(QualifiedName.of("logs"), List.of(Column.of("line", ColumnType.builtIn("text"), true),
                Column.of("kind", new ColumnType("public", "citext", List.of(), 0), true)),
                null, List.of(), List.of(), List.of(), List.of(), null);
        SchemaModel model = new SchemaModel(List.of(), List.of(new EnumType(bad, List.of("so-so", "ok"))),
                List.of(noKey));

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
