package dev.shale.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.reader.ErrorFixtures.*;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every declaration the reader refuses: the classes read, and the exact problems reported. */
class DeclarationErrorsTest {

    private static final String LONG = ErrorFixtures.LONG;
    private static final String SHORTER = "choose a name of at most 63 bytes, so that PostgreSQL does not silently cut it";
    private static final String TOO_LONG = " is 64 bytes long, but PostgreSQL keeps only 63 bytes of an identifier";
    private static final String RENAME_FIX = "put the previous name in @RenamedFrom, or remove it";
    private static final String COLUMN_FIX = "use the column names of the table: snake_case, or the name given with "
            + "@Column(name = ...)";
    private static final String NOT_A_LABEL_FIX =
            "default to one of its labels, such as @Default(\"'HAPPY'\"), or add ANGRY to the @PgEnum enum";
    private static final String OTHER_NAME = "give one of them another name with name = \"...\"";

    static Stream<Arguments> cases() {
        return Stream.of(
                error("unknown Java type", List.of(UnknownType.class), p(UnknownType.class, "payload",
                        "has the Java type java.lang.Object, which Shale cannot map to a PostgreSQL type (supported: "
                                + TypeMapper.SUPPORTED + ")",
                        "declare the column type with @Column(type = \"...\"), such as @Column(type = \"inet\")")),
                error("raw List", List.of(RawList.class), p(RawList.class, "tags",
                        "has the raw type java.util.List, whose element type is unknown",
                        "declare the element type, such as List<String>")),
                error("enum without @PgEnum", List.of(PlainEnumColumn.class), p(PlainEnumColumn.class, "status",
                        "has the enum type " + PlainStatus.class.getName() + ", which is not annotated @PgEnum",
                        "annotate PlainStatus with @PgEnum, or store it as text with @Column(type = \"text\")")),
                error("@PgEnum enum not read", List.of(UndeclaredEnum.class), p(UndeclaredEnum.class, "mood",
                        "has the enum type " + Mood.class.getName() + ", which is not among the schema classes",
                        "add " + Mood.class.getName() + " to the schema classes (put it in a scanned package)")),
                error("FK to an undeclared table", List.of(RefOutsider.class), p(RefOutsider.class, "outsiderId",
                        "references " + Outsider.class.getName() + ", which is not among the schema classes",
                        "add " + Outsider.class.getName() + " to the schema classes (put it in a scanned package), "
                                + "or reference a declared table")),
                error("FK to an undeclared column", List.of(RefMissingColumn.class, Parent.class),
                        p(RefMissingColumn.class, "parentId", "references column nope of public.parent, which it does "
                                + "not have (its columns: id, code, label, tag)", "name columns of public.parent in "
                                + "@References(columns = ...), or leave columns out to reference its primary key")),
                error("FK column count", List.of(RefCountMismatch.class, Parent.class), p(RefCountMismatch.class, null,
                        "has 2 columns but references 1 column: public.parent (id)",
                        "reference as many columns as the foreign key has")),
                error("FK to columns that are not unique", List.of(RefNotUnique.class, Parent.class),
                        p(RefNotUnique.class, "label", "references public.parent (label), which is neither its primary "
                                + "key nor unique; PostgreSQL requires a unique key", "reference the primary key, or "
                                + "declare @Unique on those columns of " + Parent.class.getName())),
                error("FK between incomparable types", List.of(RefWrongType.class, Parent.class),
                        p(RefWrongType.class, "parentId", "column parent_id has type uuid, but the referenced column "
                                + "public.parent.id has type bigint", "give parent_id the type of the referenced column")),
                error("two tables with one name", List.of(TwinA.class, TwinB.class), p(TwinB.class, null,
                        "declares table public.twin, which " + TwinA.class.getName() + " declares too",
                        "give one of them another name with @Table(\"...\")")),
                error("two columns with one name", List.of(SameColumn.class), p(SameColumn.class, "mail",
                        "column name email is already used by column email declared on " + SameColumn.class.getName()
                                + ".email; names must be unique in table public.same_column",
                        "give one of them another name with @Column(name = \"...\")")),
                error("relation names clash across tables", List.of(RelationA.class, RelationB.class),
                        p(RelationB.class, null, "index name shared_name is already used by unique constraint "
                                + "shared_name declared on " + RelationA.class.getName() + "; tables, primary keys, "
                                + "unique constraints and indexes share one namespace in schema public", OTHER_NAME)),
                error("generated relation names clash", List.of(GeneratedClashA.class, GeneratedClashB.class),
                        p(GeneratedClashB.class, null, "unique constraint name a_b_c_key is already used by unique "
                                + "constraint a_b_c_key declared on " + GeneratedClashA.class.getName() + ".c; tables, "
                                + "primary keys, unique constraints and indexes share one namespace in schema public",
                                OTHER_NAME)),
                error("constraint names clash in a table", List.of(SameConstraint.class, Parent.class),
                        p(SameConstraint.class, "x", "foreign key name same is already used by check constraint same "
                                + "declared on " + SameConstraint.class.getName() + ".x; names must be unique in table "
                                + "public.same_constraint", OTHER_NAME)),
                error("table name too long", List.of(LongTable.class),
                        p(LongTable.class, null, "table name " + LONG + TOO_LONG, SHORTER)),
                error("column name too long", List.of(LongColumn.class),
                        p(LongColumn.class, "text", "column name " + LONG + TOO_LONG, SHORTER)),
                error("check name too long", List.of(LongCheckName.class),
                        p(LongCheckName.class, "x", "check constraint name " + LONG + TOO_LONG, SHORTER)),
                error("index name too long", List.of(LongIndexName.class),
                        p(LongIndexName.class, null, "index name " + LONG + TOO_LONG, SHORTER)),
                error("schema name too long", List.of(LongSchema.class),
                        p(LongSchema.class, null, "schema name " + LONG + TOO_LONG, SHORTER)),
                error("enum name too long", List.of(LongEnum.class),
                        p(LongEnum.class, null, "enum type name " + LONG + TOO_LONG, SHORTER)),
                error("enum label too long", List.of(LongLabel.class), p(LongLabel.class, LongLabel.values()[0].name(),
                        "enum label name " + LongLabel.values()[0].name() + " is 70 bytes long, but PostgreSQL keeps "
                                + "only 63 bytes of an identifier", SHORTER)),
                error("no primary key", List.of(NoKey.class), p(NoKey.class, null, "declares no primary key",
                        "add @PrimaryKey to the key component, or @PrimaryKey(columns = {...}) to the record for a "
                                + "composite key")),
                error("@Identity with @Default", List.of(IdentityWithDefault.class), p(IdentityWithDefault.class, "id",
                        "has both @Identity and @Default; an identity column takes its default from its sequence",
                        "remove @Default or @Identity")),
                error("@Identity with @Generated", List.of(IdentityWithGenerated.class), p(IdentityWithGenerated.class,
                        "id", "has both @Identity and @Generated", "remove @Generated or @Identity")),
                error("@Generated with @Default", List.of(GeneratedWithDefault.class), p(GeneratedWithDefault.class,
                        "twice", "has both @Generated and @Default; a generated column cannot have a default",
                        "remove @Default or @Generated")),
                error("@Identity on text", List.of(IdentityOnText.class), p(IdentityOnText.class, "id",
                        "has @Identity, but its type is text; identity columns must be smallint, integer or bigint",
                        "declare it as short, int or long")),
                error("@Identity increment 0", List.of(IdentityIncrementZero.class), p(IdentityIncrementZero.class,
                        "id", "has @Identity(increment = 0)", "use a non-zero increment")),
                error("@Identity minValue above maxValue", List.of(IdentityBoundsCrossed.class),
                        p(IdentityBoundsCrossed.class, "id", "has @Identity with minValue 10 not below maxValue 5",
                                "make minValue less than maxValue")),
                error("@Identity start below minValue", List.of(IdentityStartOutside.class),
                        p(IdentityStartOutside.class, "id", "has @Identity(start = 1) outside its values 10 to "
                                + Long.MAX_VALUE, "set start between minValue and maxValue")),
                error("@Identity bound out of the type's range", List.of(IdentityBoundOutOfType.class),
                        p(IdentityBoundOutOfType.class, "id", "has @Identity bound 100000, out of range for smallint",
                                "use a bound between -32768 and 32767 or a wider type")),
                error("@Identity cache 0", List.of(IdentityBadCache.class),
                        p(IdentityBadCache.class, "id", "has @Identity(cache = 0)", "use a cache of at least 1")),
                error("@Identity two minValues", List.of(IdentityTwoMinValues.class),
                        p(IdentityTwoMinValues.class, "id", "has @Identity(minValue) with 2 values",
                                "give one value, or none for PostgreSQL's default")),
                error("@PrimaryKey on a component and the type", List.of(KeyTwice.class), p(KeyTwice.class, "id",
                        "has @PrimaryKey, and the record type declares @PrimaryKey too", "declare the key once: on the "
                                + "component for a one-column key, or on the type for a composite key")),
                error("@PrimaryKey on two components", List.of(TwoKeys.class), p(TwoKeys.class, "b",
                        "has @PrimaryKey, and so does a; a table has one primary key",
                        "declare a composite key on the type: @PrimaryKey(columns = {\"a\", \"b\"})")),
                error("neither table nor enum", List.of(NeitherTableNorEnum.class), p(NeitherTableNorEnum.class, null,
                        "is neither a @Table record nor a @PgEnum enum", "annotate it with @Table (a record) or "
                                + "@PgEnum (an enum), or leave it out of the schema classes")),
                error("@Table on a class", List.of(TableClass.class), p(TableClass.class, null,
                        "is annotated @Table but is not a record",
                        "declare it as a record, such as public record TableClass(...)")),
                error("@PgEnum on a record", List.of(EnumRecord.class), p(EnumRecord.class, null,
                        "is annotated @PgEnum but is not an enum", "declare it as an enum, or remove @PgEnum")),
                error("index on an unknown column", List.of(IndexUnknownColumn.class), p(IndexUnknownColumn.class, null,
                        "@Index names column created, which table public.index_unknown_column does not have "
                                + "(its columns: id, user_id)", COLUMN_FIX)),
                error("key on an unknown column", List.of(KeyUnknownColumn.class), p(KeyUnknownColumn.class, null,
                        "@PrimaryKey names column bee, which table public.key_unknown_column does not have "
                                + "(its columns: a, b)", COLUMN_FIX)),
                error("unique on an unknown column", List.of(UniqueUnknownColumn.class), p(UniqueUnknownColumn.class,
                        null, "@Unique names column nope, which table public.unique_unknown_column does not have "
                                + "(its columns: id)", COLUMN_FIX)),
                error("FK from an unknown column", List.of(FromUnknownColumn.class, Parent.class),
                        p(FromUnknownColumn.class, null, "@References(from) names column nope, which table "
                                + "public.from_unknown_column does not have (its columns: id)", COLUMN_FIX)),
                error("key column listed twice", List.of(UniqueRepeatsColumn.class), p(UniqueRepeatsColumn.class, null,
                        "@Unique lists column a twice", "list each column once")),
                error("unparseable @Column(type)", List.of(BadType.class), p(BadType.class, "name",
                        "@Column(type = \"varchar(\") is not a type Shale can read: type modifiers must be integers",
                        "write a PostgreSQL type such as \"varchar(255)\", \"numeric(12,2)\", \"text[]\" or \"citext\"")),
                error("serial type", List.of(SerialType.class), p(SerialType.class, "id",
                        "@Column(type = \"bigserial\") is a serial type, which is not a real PostgreSQL type but a "
                                + "sequence default", "declare an integer or long component with @Identity instead")),
                error("enum named like a table", List.of(ClashEnum.class, ClashTable.class), p(ClashEnum.class, null,
                        "declares enum type public.clash, but " + ClashTable.class.getName() + " declares a table of "
                                + "that name (tables and enum types share one namespace per schema)",
                        "give the enum type another name with @PgEnum(\"...\")")),
                error("two enums with one name", List.of(FeelingA.class, FeelingB.class), p(FeelingB.class, null,
                        "declares enum type public.feeling, which " + FeelingA.class.getName() + " declares too",
                        "give one of them another name with @PgEnum(\"...\")")),
                error("empty schema", List.of(EmptySchema.class), p(EmptySchema.class, null,
                        "has an empty schema name", "name the schema, or leave schema out for public")),
                error("pg_ schema", List.of(SystemSchema.class), p(SystemSchema.class, null, "uses schema pg_mine, "
                        + "but PostgreSQL reserves names starting with pg_ for system schemas",
                        "choose another schema name")),
                error("empty @Check", List.of(EmptyCheck.class), p(EmptyCheck.class, "x",
                        "has @Check with an empty expression", "write the boolean SQL expression, or remove @Check")),
                error("empty @Default", List.of(EmptyDefault.class), p(EmptyDefault.class, "x",
                        "has @Default with an empty expression", "write the SQL expression, or remove @Default")),
                error("unique hash index", List.of(UniqueHash.class), p(UniqueHash.class, null,
                        "has @Index(unique = true, method = HASH), but only btree indexes can be unique",
                        "use method = BTREE, or remove unique")),
                error("@PrimaryKey on the type without columns", List.of(TypeKeyWithoutColumns.class),
                        p(TypeKeyWithoutColumns.class, null, "has @PrimaryKey on the type without columns",
                                "list the key columns: @PrimaryKey(columns = {\"a\", \"b\"}), or put @PrimaryKey on "
                                        + "the key component")),
                error("@Unique on the type without columns", List.of(TypeUniqueWithoutColumns.class),
                        p(TypeUniqueWithoutColumns.class, null, "has @Unique on the type without columns",
                                "list the columns: @Unique(columns = {\"a\", \"b\"}), or put @Unique on the component")),
                error("@References on the type without from", List.of(TypeReferencesWithoutFrom.class, Parent.class),
                        p(TypeReferencesWithoutFrom.class, null, "has @References on the type without from",
                                "list the local columns: @References(table = Other.class, from = {\"a\", \"b\"})")),
                error("@Index on the type without keys", List.of(TypeIndexWithoutKeys.class),
                        p(TypeIndexWithoutKeys.class, null, "has @Index without columns or expressions",
                                "list the columns or expressions: @Index(columns = {\"a\", \"b\"})")),
                error("@Unique(columns) on a component", List.of(ComponentUniqueWithColumns.class),
                        p(ComponentUniqueWithColumns.class, "x", "has @Unique(columns = ...) on a component, which is "
                                + "only for the record type", "remove the list (on a component, @Unique applies to "
                                + "that column), or move @Unique to the record type")),
                error("@PrimaryKey(columns) on a component", List.of(ComponentKeyWithColumns.class),
                        p(ComponentKeyWithColumns.class, "id", "has @PrimaryKey(columns = ...) on a component, which "
                                + "is only for the record type", "remove the list (on a component, @PrimaryKey "
                                + "applies to that column), or move @PrimaryKey to the record type")),
                error("@References(from) on a component", List.of(ComponentReferencesWithFrom.class, Parent.class),
                        p(ComponentReferencesWithFrom.class, "x", "has @References(from = ...) on a component, which "
                                + "is only for the record type", "remove the list (on a component, @References "
                                + "applies to that column), or move @References to the record type")),
                error("@Size(max = 0)", List.of(SizeZero.class), p(SizeZero.class, "name",
                        "@Size(max = 0) cannot be a varchar length", "give @Size a max of at least 1")),
                error("@Digits too many", List.of(DigitsTooMany.class), p(DigitsTooMany.class, "amount",
                        "@Digits gives numeric precision 1001, but PostgreSQL needs 1 to 1000",
                        "give @Digits between 1 and 1000 digits in all")),
                error("@DecimalMin not a number", List.of(DecimalMinNotANumber.class), p(DecimalMinNotANumber.class,
                        "amount", "@DecimalMin(\"ten\") is not a decimal number",
                        "write the bound as a number, such as @DecimalMin(\"0.01\")")),
                error("@RenamedFrom empty", List.of(RenamedFromEmpty.class), p(RenamedFromEmpty.class, null,
                        "@RenamedFrom has an empty previous name", RENAME_FIX)),
                error("@RenamedFrom the current name", List.of(RenamedFromItself.class), p(RenamedFromItself.class,
                        "name", "@RenamedFrom(\"name\") repeats the current name", RENAME_FIX)),
                error("modifiers on an enum type", List.of(EnumTypeWithModifiers.class, Mood.class),
                        p(EnumTypeWithModifiers.class, "feeling", "@Column(type = \"mood(3)\") gives modifiers to the "
                                + "enum type public.mood", "remove the modifiers")),
                error("FK to a class without @Table", List.of(RefNotATable.class), p(RefNotATable.class, "otherId",
                        "references " + NotATable.class.getName() + ", which is not annotated @Table, so it declares "
                                + "no table", "annotate NotATable with @Table (it must be a record in a scanned "
                                + "package), or reference a @Table record in @References(table = ...)")),
                error("@Default not a label", List.of(DefaultNotALabel.class, Mood.class), p(DefaultNotALabel.class,
                        "mood", "has @Default(\"'ANGRY'\"), but 'ANGRY' is not a label of the enum type public.mood "
                                + "(its labels: HAPPY, SAD)", NOT_A_LABEL_FIX)),
                error("@Default not a label, with a cast", List.of(CastDefaultNotALabel.class, Mood.class),
                        p(CastDefaultNotALabel.class, "mood", "has @Default(\"'ANGRY'::mood\"), but 'ANGRY' is not a "
                                + "label of the enum type public.mood (its labels: HAPPY, SAD)", NOT_A_LABEL_FIX)),
                error("@Default array element not a label", List.of(ArrayDefaultNotALabel.class, Mood.class),
                        p(ArrayDefaultNotALabel.class, "moods", "has @Default(\"'{HAPPY,ANGRY}'\"), but 'ANGRY' is "
                                + "not a label of the enum type public.mood (its labels: HAPPY, SAD)",
                                "default to one of its labels, such as @Default(\"'{HAPPY}'\"), or add ANGRY to the "
                                        + "@PgEnum enum")),
                error("@Column(type) PostgreSQL does not know", List.of(TypoType.class), p(TypoType.class, "amount",
                        "@Column(type = \"intger\") names intger, which is neither a PostgreSQL built-in type, nor a "
                                + "@PgEnum enum of the schema, nor a common extension type", "correct the type name "
                                + "(such as integer, varchar(255), timestamptz, numeric(12,2)); for a type an extension "
                                + "or your own migration creates, write it schema-qualified, such as "
                                + "@Column(type = \"public.intger\")")),
                error("modifiers on a type that takes none", List.of(ModifiersOnInet.class), p(ModifiersOnInet.class,
                        "address", "@Column(type = \"inet(4)\") gives modifiers to the type inet, which takes none",
                        "remove the modifiers")),
                error("empty index expression", List.of(IndexEmptyExpression.class), p(IndexEmptyExpression.class,
                        "name", "has @Index with an empty expression",
                        "write each expression as SQL, such as \"lower(email)\"")),
                error("collation on a number", List.of(CollatedNumber.class), p(CollatedNumber.class, "amount",
                        "has @Column(collation = \"C\"), but its type integer has no collation",
                        "remove the collation, or make the column a String (text or varchar)")),
                error("collation that is no name", List.of(CollationNotAName.class), p(CollationNotAName.class,
                        "name", "has @Column(collation = \"\"C\" \"POSIX\"\"), not a collation name: \"C\" \"POSIX\""
                                + " (write it as after COLLATE, such as \"C\", ucs_basic or myschema.\"fr\")",
                        "write the collation's name, such as \"C\" or \"en_US.utf8\"")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheProblem(String description, List<Class<?>> classes, DeclarationProblem expected) {
        SchemaDeclarationException thrown =
                assertThrows(SchemaDeclarationException.class, () -> new RecordSchemaReader().read(classes));

        assertEquals(List.of(expected), thrown.problems());
    }

    private static Arguments error(String description, List<Class<?>> classes, DeclarationProblem expected) {
        return Arguments.of(description, classes, expected);
    }

    private static DeclarationProblem p(Class<?> type, String component, String message, String fix) {
        return new DeclarationProblem(type.getName(), component, message, fix);
    }
}
