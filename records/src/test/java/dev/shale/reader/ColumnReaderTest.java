package dev.shale.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.dsl.Column;
import dev.shale.dsl.Comment;
import dev.shale.dsl.Default;
import dev.shale.dsl.Generated;
import dev.shale.dsl.Identity;
import dev.shale.dsl.PgEnum;
import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.Table;
import dev.shale.model.ColumnType;
import dev.shale.model.QualifiedName;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnReaderTest {

    @PgEnum enum Role { USER, ADMIN }

    @PgEnum(value = "role", schema = "audit") enum AuditRole { READER }

    @Table record Names(@PrimaryKey long id, String HTTPStatus, String createdAt, @Column(name = "Given") String given,
                        String x2y) {
    }

    @Table record Nullability(@PrimaryKey Long id, int primitive, Integer wrapper, @NotNull String notNull,
                              @NotBlank String notBlank, @NotEmpty List<String> notEmpty, @Identity Long identity) {
    }

    @Table record Expressions(@PrimaryKey @Identity(always = true) int id, @Default("  now()  ") String createdAt,
                              @Generated(" id * 2 ") int twice, @Comment("Shown in the UI") String label,
                              @Comment("") String blank) {
    }

    @Table record IdentityOptionsDeclared(@PrimaryKey @Identity(start = 10, minValue = 10, maxValue = 1000, cache = 20,
            cycle = true) long id, @Identity(increment = -1, start = -1, minValue = -32768, maxValue = -1) short down) {
    }

    @Table record Overrides(@PrimaryKey long id,
                            @Column(type = "role") String role,
                            @Column(type = "public.role[]") List<String> roles,
                            @Column(type = "audit.role") String auditRole,
                            @Column(type = "citext") @Size(max = 10) String email,
                            @Column(type = "numeric(5,2)") @Digits(integer = 9, fraction = 0) @Min(0) BigDecimal price,
                            @Column(type = "text") Plain plain) {
    }

    enum Plain { A }

    @Table(schema = "audit") record AuditOverride(@PrimaryKey long id, @Column(type = "role") String role) {
    }

    @Table record Sizes(@PrimaryKey long id, @Size(max = 10_485_760) String longest, @Size(max = 10_485_761) String huge,
                        @Size(max = 3) List<String> tags, @Size(min = 2) String atLeastTwo,
                        @Size(max = 20) @Size(max = 10) String tightest) {
    }

    @Table record Collated(@PrimaryKey long id, @Column(collation = "C") String code,
                           @Column(collation = "en_US.utf8") @Size(max = 20) String title,
                           @Column(collation = "pg_catalog.\"POSIX\"") List<String> tags,
                           @Column(type = "citext", collation = "ucs_basic") String email, String plain) {
    }

    @Test
    void readsCollationsInTheirNormalForm() {
        assertEquals(java.util.Arrays.asList(null, "\"C\"", "\"en_US.utf8\"", "\"POSIX\"", "ucs_basic", null),
                Reading.table(Collated.class).columns().stream().map(dev.shale.model.Column::collation).toList());
    }

    @Test
    void readsIdentityOptionsKeepingPostgresDefaultsAsDefaults() {
        List<dev.shale.model.Column> columns = Reading.table(IdentityOptionsDeclared.class).columns();
        assertEquals(new dev.shale.model.Identity(false, 10, 1, 10L, 1000L, 20, true), columns.get(0).identity());
        assertEquals(new dev.shale.model.Identity(false, -1, -1), columns.get(1).identity());
    }

    @Test
    void namesColumnsInSnakeCaseUnlessGiven() {
        assertEquals(List.of("id", "http_status", "created_at", "Given", "x2y"),
                Reading.table(Names.class).columns().stream().map(dev.shale.model.Column::name).toList());
    }

    @Test
    void makesPrimitivesConstrainedKeyAndIdentityColumnsNotNull() {
        assertEquals(List.of(
                dev.shale.model.Column.of("id", ColumnType.builtIn("bigint"), false),
                dev.shale.model.Column.of("primitive", ColumnType.builtIn("integer"), false),
                dev.shale.model.Column.of("wrapper", ColumnType.builtIn("integer"), true),
                dev.shale.model.Column.of("not_null", ColumnType.builtIn("text"), false),
                dev.shale.model.Column.of("not_blank", ColumnType.builtIn("text"), false),
                dev.shale.model.Column.of("not_empty", ColumnType.builtIn("text").arrayOf(), false),
                new dev.shale.model.Column("identity", ColumnType.builtIn("bigint"), false, null,
                        dev.shale.model.Identity.BY_DEFAULT, null, null)),
                Reading.table(Nullability.class).columns());
    }

    @Test
    void readsDefaultsGenerationIdentityAndComments() {
        assertEquals(List.of(
                new dev.shale.model.Column("id", ColumnType.builtIn("integer"), false, null,
                        dev.shale.model.Identity.ALWAYS, null, null),
                new dev.shale.model.Column("created_at", ColumnType.builtIn("text"), true, "now()", null, null, null),
                new dev.shale.model.Column("twice", ColumnType.builtIn("integer"), false, null, null, "id * 2", null),
                new dev.shale.model.Column("label", ColumnType.builtIn("text"), true, null, null, null,
                        "Shown in the UI"),
                dev.shale.model.Column.of("blank", ColumnType.builtIn("text"), true)),
                Reading.table(Expressions.class).columns());
    }

    @Test
    void overridesTheTypeResolvingDeclaredEnumsAndIgnoringSizeAndDigits() {
        dev.shale.model.Table table = Reading.table(Overrides.class, Role.class, AuditRole.class);

        assertEquals(List.of(
                ColumnType.builtIn("bigint"),
                ColumnType.userType(QualifiedName.of("role")),
                ColumnType.userType(QualifiedName.of("role")).arrayOf(),
                ColumnType.userType(new QualifiedName("audit", "role")),
                ColumnType.builtIn("citext"),
                ColumnType.builtIn("numeric", 5, 2),
                ColumnType.builtIn("text")),
                table.columns().stream().map(dev.shale.model.Column::type).toList());
        assertEquals(List.of(new dev.shale.model.CheckConstraint("overrides_price_check", "price >= 0")),
                table.checks());
    }

    @Test
    void resolvesABareEnumNameInTheTablesSchemaFirst() {
        assertEquals(ColumnType.userType(new QualifiedName("audit", "role")),
                Reading.table(AuditOverride.class, Role.class, AuditRole.class).columns().get(1).type());
    }

    @Test
    void mapsSizeToVarcharUpToPostgresLimitAndOnlyForStrings() {
        assertEquals(List.of(
                ColumnType.builtIn("bigint"),
                ColumnType.builtIn("varchar", 10_485_760),
                ColumnType.builtIn("text"),
                ColumnType.builtIn("text").arrayOf(),
                ColumnType.builtIn("text"),
                ColumnType.builtIn("varchar", 10)),
                Reading.table(Sizes.class).columns().stream().map(dev.shale.model.Column::type).toList());
    }
}
