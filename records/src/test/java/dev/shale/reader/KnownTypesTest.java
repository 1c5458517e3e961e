package dev.shale.reader;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.model.ColumnType;
import dev.shale.model.QualifiedName;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnownTypesTest {

    private static void check(String text) {
        ColumnType parsed = SqlTypeParser.parse(text);
        KnownTypes.check(text, parsed.name(), parsed.modifiers().size());
    }

    @Test
    void acceptsBuiltInTypesWithTheirAliasesFieldsAndArrays() {
        for (String text : List.of("int4", "character varying(20)", "timestamp(3) with time zone", "double precision",
                "numeric(12,2)", "bit varying(8)", "bit(3)", "interval day to second", "interval second(3)",
                "inet[]", "int4range", "tsvector", "money", "jsonb[][]", "float(10)")) {
            assertDoesNotThrow(() -> check(text), text);
        }
    }

    @Test
    void acceptsCommonExtensionTypesAndSchemaQualifiedNames() {
        for (String text : List.of("citext", "ltree", "vector(3)", "hstore[]", "extensions.citext", "public.my_domain")) {
            assertDoesNotThrow(() -> check(text), text);
        }
    }

    @Test
    void refusesUnknownNamesAndModifiersThatTypesDoNotTake() {
        for (String text : List.of("intger", "string", "datetime", "interval fortnight", "inet(4)", "bit(1,2)")) {
            assertThrows(InvalidDeclaration.class, () -> check(text), text);
        }
    }

    @Test
    void anEnumDefaultMayNameAnyLabelOrNone() {
        ColumnType mood = ColumnType.userType(QualifiedName.of("mood"));
        List<String> labels = List.of("HAPPY", "it's");
        for (String value : List.of("'HAPPY'", "'HAPPY'::mood", "'it''s'", "lower('x')", "E'HAPPY'")) {
            assertDoesNotThrow(() -> EnumDefaults.check(value, mood, labels), value);
        }
        for (String value : List.of("'{}'", "'{HAPPY,NULL}'", "'{\"x\"}'", "ARRAY['nope']::mood[]")) {
            assertDoesNotThrow(() -> EnumDefaults.check(value, mood.arrayOf(), labels), value);
        }
        InvalidDeclaration thrown = assertThrows(InvalidDeclaration.class,
                () -> EnumDefaults.check("'{HAPPY, SAD}'", mood.arrayOf(), labels));
        assertEquals("has @Default(\"'{HAPPY, SAD}'\"), but 'SAD' is not a label of the enum type public.mood "
                + "(its labels: HAPPY, it's)", thrown.getMessage());
    }
}
