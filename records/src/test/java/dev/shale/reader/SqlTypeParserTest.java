package dev.shale.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.model.ColumnType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlTypeParserTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "integer | integer", "int | integer", "INT4 | integer", "int8 | bigint", "int2 | smallint",
        "bool | boolean", "float8 | double precision", "Double  Precision | double precision", "float4 | real",
        "float | double precision", "float(24) | real", "float(25) | double precision", "decimal | numeric",
        "decimal(12, 2) | numeric(12,2)", "numeric(5,-2) | numeric(5,-2)", "character varying(40) | varchar(40)",
        "varchar | varchar", "character(3) | char(3)", "bpchar(2) | char(2)",
        "timestamp with time zone | timestamptz", "timestamp(3) with time zone | timestamptz(3)",
        "timestamp without time zone | timestamp", "time without time zone | time", "time with time zone | timetz",
        "time(0) with time zone | timetz(0)", "interval | interval", "jsonb | jsonb", "json | json",
        "text[] | text[]", "int[][] | integer[][]", "varchar(10)[3] | varchar(10)[]", " uuid | uuid",
        "CITEXT | citext", "inet | inet", "tsvector | tsvector", "bit varying(5) | bit varying(5)",
        "public.citext | public.citext", "geometry(4326) | geometry(4326)"})
    void parsesAndNormalises(String written, String sql) {
        assertEquals(sql, SqlTypeParser.parse(written).sql());
    }

    @Test
    void buildsBuiltInTypesWithModifiersAndDimensions() {
        assertEquals(new ColumnType(null, "numeric", List.of(12, 2), 1), SqlTypeParser.parse("decimal(12,2)[]"));
        assertEquals(ColumnType.builtIn("double precision"), SqlTypeParser.parse("float(53)"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "'' | it must start with a type name",
        "varchar( | type modifiers must be integers",
        "varchar(a) | type modifiers must be integers",
        "numeric(10 2) | type modifiers must be closed by )",
        "text[ | array brackets must be [] or [n]",
        "text] | unexpected ]",
        "(text) | it must start with a type name",
        "\"Quoted\" | unexpected \"",
        "text; drop table users | unexpected ;",
        "integer(4) | type integer takes no modifier",
        "varchar(1,2) | type varchar takes one modifier",
        "varchar(0) | the length of varchar must be at least 1",
        "numeric(1001) | numeric takes a precision between 1 and 1000 and an optional scale",
        "numeric(5,2,1) | numeric takes a precision between 1 and 1000 and an optional scale",
        "float(54) | float takes one precision between 1 and 53"})
    void refusesWhatItCannotRead(String written, String why) {
        InvalidDeclaration thrown = assertThrows(InvalidDeclaration.class, () -> SqlTypeParser.parse(written));

        assertEquals("@Column(type = \"" + written + "\") is not a type Shale can read: " + why, thrown.getMessage());
        assertEquals("write a PostgreSQL type such as \"varchar(255)\", \"numeric(12,2)\", \"text[]\" or \"citext\"",
                thrown.fix());
    }

    @ParameterizedTest
    @CsvSource({"serial", "bigserial", "smallserial", "SERIAL4", "serial8", "serial2"})
    void refusesSerialTypes(String written) {
        InvalidDeclaration thrown = assertThrows(InvalidDeclaration.class, () -> SqlTypeParser.parse(written));

        assertEquals("@Column(type = \"" + written + "\") is a serial type, which is not a real PostgreSQL type but "
                + "a sequence default", thrown.getMessage());
        assertEquals("declare an integer or long component with @Identity instead", thrown.fix());
    }
}
