package dev.shale.reader;

import dev.shale.dsl.Check;
import dev.shale.dsl.Column;
import dev.shale.dsl.Default;
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
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Schema classes that each declare one thing Shale cannot map, for {@link DeclarationErrorsTest}. */
final class ErrorFixtures {

    private ErrorFixtures() {
    }

    static final String LONG = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";

    @Table record Parent(@PrimaryKey long id, @Unique String code, String label, @Column(type = "citext") String tag) {
    }

    @Table record UnknownType(@PrimaryKey long id, Object payload) {
    }

    @Table record RawList(@PrimaryKey long id, @SuppressWarnings("rawtypes") List tags) {
    }

    enum PlainStatus { ON, OFF }

    @Table record PlainEnumColumn(@PrimaryKey long id, PlainStatus status) {
    }

    @PgEnum enum Mood { HAPPY, SAD }

    @Table record UndeclaredEnum(@PrimaryKey long id, Mood mood) {
    }

    @Table record Outsider(@PrimaryKey long id) {
    }

    @Table record RefOutsider(@PrimaryKey long id, @References(table = Outsider.class) Long outsiderId) {
    }

    @Table record RefMissingColumn(@PrimaryKey long id, @References(table = Parent.class, columns = "nope") Long parentId) {
    }

    @Table @References(table = Parent.class, from = {"a", "b"})
    record RefCountMismatch(@PrimaryKey long id, long a, long b) {
    }

    @Table record RefNotUnique(@PrimaryKey long id, @References(table = Parent.class, columns = "label") String label) {
    }

    @Table record RefWrongType(@PrimaryKey long id, @References(table = Parent.class) UUID parentId) {
    }

    @Table("twin") record TwinA(@PrimaryKey long id) {
    }

    @Table("twin") record TwinB(@PrimaryKey long id) {
    }

    @Table record SameColumn(@PrimaryKey long id, String email, @Column(name = "email") String mail) {
    }

    @Table("relation_a") @Unique(columns = "code", name = "shared_name")
    record RelationA(@PrimaryKey long id, String code) {
    }

    @Table("relation_b") @Index(columns = "code", name = "shared_name")
    record RelationB(@PrimaryKey long id, String code) {
    }

    @Table("a_b") record GeneratedClashA(@PrimaryKey long id, @Unique String c) {
    }

    @Table("a") @Unique(columns = "b_c") record GeneratedClashB(@PrimaryKey long id, String bC) {
    }

    @Table record SameConstraint(@PrimaryKey long id,
                                 @Check(value = "x > 0", name = "same") @References(table = Parent.class, name = "same")
                                 Long x) {
    }

    @Table(LONG) record LongTable(@PrimaryKey long id) {
    }

    @Table record LongColumn(@PrimaryKey long id, @Column(name = LONG) String text) {
    }

    @Table record LongCheckName(@PrimaryKey long id, @Check(value = "x > 0", name = LONG) int x) {
    }

    @Table @Index(columns = "x", name = LONG) record LongIndexName(@PrimaryKey long id, int x) {
    }

    @Table(schema = LONG) record LongSchema(@PrimaryKey long id) {
    }

    @PgEnum(LONG) enum LongEnum { A }

    @PgEnum enum LongLabel { XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX }

    @Table record NoKey(long id) {
    }

    @Table record IdentityWithDefault(@PrimaryKey @Identity @Default("1") long id) {
    }

    @Table record IdentityWithGenerated(@PrimaryKey @Identity @Generated("1") long id) {
    }

    @Table record GeneratedWithDefault(@PrimaryKey long id, @Generated("id * 2") @Default("0") long twice) {
    }

    @Table record IdentityOnText(@PrimaryKey @Identity String id) {
    }

    @Table record IdentityIncrementZero(@PrimaryKey @Identity(increment = 0) long id) {
    }

    @Table record IdentityBoundsCrossed(@PrimaryKey @Identity(minValue = 10, maxValue = 5) long id) {
    }

    @Table record IdentityStartOutside(@PrimaryKey @Identity(minValue = 10) long id) {
    }

    @Table record IdentityBoundOutOfType(@PrimaryKey @Identity(maxValue = 100_000) short id) {
    }

    @Table record IdentityBadCache(@PrimaryKey @Identity(cache = 0) long id) {
    }

    @Table record IdentityTwoMinValues(@PrimaryKey @Identity(minValue = {1, 2}) long id) {
    }

    @Table @PrimaryKey(columns = {"id"}) record KeyTwice(@PrimaryKey long id) {
    }

    @Table record TwoKeys(@PrimaryKey long a, @PrimaryKey long b) {
    }

    static final class NeitherTableNorEnum {
    }

    @Table static final class TableClass {
    }

    @PgEnum record EnumRecord(long id) {
    }

    @Table @Index(columns = {"user_id", "created"}) record IndexUnknownColumn(@PrimaryKey long id, long userId) {
    }

    @Table @PrimaryKey(columns = {"a", "bee"}) record KeyUnknownColumn(long a, long b) {
    }

    @Table @Unique(columns = "nope") record UniqueUnknownColumn(@PrimaryKey long id) {
    }

    @Table @References(table = Parent.class, from = "nope") record FromUnknownColumn(@PrimaryKey long id) {
    }

    @Table @Unique(columns = {"a", "a"}) record UniqueRepeatsColumn(@PrimaryKey long id, long a) {
    }

    @Table record BadType(@PrimaryKey long id, @Column(type = "varchar(") String name) {
    }

    @Table record SerialType(@PrimaryKey @Column(type = "bigserial") long id) {
    }

    @PgEnum("clash") enum ClashEnum { A }

    @Table("clash") record ClashTable(@PrimaryKey long id) {
    }

    @PgEnum("feeling") enum FeelingA { A }

    @PgEnum("feeling") enum FeelingB { B }

    @Table(schema = "") record EmptySchema(@PrimaryKey long id) {
    }

    @Table(schema = "pg_mine") record SystemSchema(@PrimaryKey long id) {
    }

    @Table record EmptyCheck(@PrimaryKey long id, @Check(" ") int x) {
    }

    @Table record EmptyDefault(@PrimaryKey long id, @Default("") int x) {
    }

    @Table @Index(columns = "x", unique = true, method = IndexMethod.HASH) record UniqueHash(@PrimaryKey long id, int x) {
    }

    @Table @PrimaryKey record TypeKeyWithoutColumns(long id) {
    }

    @Table @Unique record TypeUniqueWithoutColumns(@PrimaryKey long id) {
    }

    @Table @References(table = Parent.class) record TypeReferencesWithoutFrom(@PrimaryKey long id) {
    }

    @Table @Index record TypeIndexWithoutKeys(@PrimaryKey long id) {
    }

    @Table record ComponentUniqueWithColumns(@PrimaryKey long id, @Unique(columns = "id") long x) {
    }

    @Table record ComponentKeyWithColumns(@PrimaryKey(columns = "id") long id) {
    }

    @Table record ComponentReferencesWithFrom(@PrimaryKey long id,
                                              @References(table = Parent.class, from = "x") long x) {
    }

    @Table record SizeZero(@PrimaryKey long id, @Size(max = 0) String name) {
    }

    @Table record DigitsTooMany(@PrimaryKey long id, @Digits(integer = 1000, fraction = 1) BigDecimal amount) {
    }

    @Table record DecimalMinNotANumber(@PrimaryKey long id, @DecimalMin("ten") BigDecimal amount) {
    }

    @Table @RenamedFrom(" ") record RenamedFromEmpty(@PrimaryKey long id) {
    }

    @Table record RenamedFromItself(@PrimaryKey long id, @RenamedFrom("name") String name) {
    }

    @Table record EnumTypeWithModifiers(@PrimaryKey long id, @Column(type = "mood(3)") String feeling) {
    }

    @Table record IndexEmptyExpression(@PrimaryKey long id, @Index(expressions = " ") String name) {
    }

    record NotATable(long id) {
    }

    @Table record RefNotATable(@PrimaryKey long id, @References(table = NotATable.class) Long otherId) {
    }

    @Table record DefaultNotALabel(@PrimaryKey long id, @Default("'ANGRY'") Mood mood) {
    }

    @Table record CastDefaultNotALabel(@PrimaryKey long id, @Default("'ANGRY'::mood") Mood mood) {
    }

    @Table record ArrayDefaultNotALabel(@PrimaryKey long id, @Default("'{HAPPY,ANGRY}'") List<Mood> moods) {
    }

    @Table record TypoType(@PrimaryKey long id, @Column(type = "intger") Integer amount) {
    }

    @Table record ModifiersOnInet(@PrimaryKey long id, @Column(type = "inet(4)") String address) {
    }

    @Table record CollatedNumber(@PrimaryKey long id, @Column(collation = "C") int amount) {
    }

    @Table record CollationNotAName(@PrimaryKey long id, @Column(collation = "\"C\" \"POSIX\"") String name) {
    }
}
