package dev.shale.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shale.dsl.PgEnum;
import dev.shale.model.ColumnType;
import dev.shale.model.QualifiedName;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TypeMapperTest {

    @PgEnum enum Color { RED, GREEN }

    @PgEnum enum Unread { A }

    enum Plain { A }

    record AllTypes(String text, int i, Integer boxedI, long l, Long boxedL, short s, Short boxedS, boolean b,
                    Boolean boxedB, double d, Double boxedD, float f, Float boxedF, BigDecimal decimal, UUID uuid,
                    Instant instant, OffsetDateTime offsetDateTime, LocalDateTime localDateTime, LocalDate localDate,
                    LocalTime localTime, OffsetTime offsetTime, Duration duration, byte[] bytes, Color color,
                    JsonNode jsonNode, ObjectNode objectNode, Map<String, Object> map, HashMap<String, Integer> hashMap,
                    String[] texts, int[] ints, List<String> list, Set<UUID> set, List<List<Integer>> nested,
                    int[][] grid, List<byte[]> blobs, byte[][] byteArrays, Color[] colors, List<Color> colorList,
                    List<String>[] arrayOfLists, List<Map<String, String>> jsonList) {
    }

    record Unmappable(Object object, char c, Byte tinyint, Optional<String> optional, List<?> wildcard,
                      List<Object> objects, java.util.Collection<String> collection) {
    }

    private static final ColumnType COLOR = ColumnType.userType(QualifiedName.of("color"));

    private final TypeMapper mapper = new TypeMapper(catalog());

    static Stream<Arguments> mappings() {
        return Stream.of(
                Arguments.of("text", "text"), Arguments.of("i", "integer"), Arguments.of("boxedI", "integer"),
                Arguments.of("l", "bigint"), Arguments.of("boxedL", "bigint"), Arguments.of("s", "smallint"),
                Arguments.of("boxedS", "smallint"), Arguments.of("b", "boolean"), Arguments.of("boxedB", "boolean"),
                Arguments.of("d", "double precision"), Arguments.of("boxedD", "double precision"),
                Arguments.of("f", "real"), Arguments.of("boxedF", "real"), Arguments.of("decimal", "numeric"),
                Arguments.of("uuid", "uuid"), Arguments.of("instant", "timestamptz"),
                Arguments.of("offsetDateTime", "timestamptz"), Arguments.of("localDateTime", "timestamp"),
                Arguments.of("localDate", "date"), Arguments.of("localTime", "time"),
                Arguments.of("offsetTime", "timetz"), Arguments.of("duration", "interval"),
                Arguments.of("bytes", "bytea"), Arguments.of("jsonNode", "jsonb"), Arguments.of("objectNode", "jsonb"),
                Arguments.of("map", "jsonb"), Arguments.of("hashMap", "jsonb"), Arguments.of("texts", "text[]"),
                Arguments.of("ints", "integer[]"), Arguments.of("list", "text[]"), Arguments.of("set", "uuid[]"),
                Arguments.of("nested", "integer[][]"), Arguments.of("grid", "integer[][]"),
                Arguments.of("blobs", "bytea[]"), Arguments.of("byteArrays", "bytea[]"),
                Arguments.of("arrayOfLists", "text[][]"), Arguments.of("jsonList", "jsonb[]"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("mappings")
    void mapsBuiltInTypes(String component, String sql) {
        ColumnType type = mapper.map(component(AllTypes.class, component).getGenericType());

        assertEquals(sql, type.sql());
        assertEquals(null, type.schema());
    }

    @Test
    void mapsTypesAsModelValues() {
        assertEquals(ColumnType.builtIn("double precision"), map("d"));
        assertEquals(ColumnType.builtIn("integer").arrayOf().arrayOf(), map("nested"));
        assertEquals(COLOR, map("color"));
        assertEquals(COLOR.arrayOf(), map("colors"));
        assertEquals(COLOR.arrayOf(), map("colorList"));
    }

    @Test
    void refusesTypesItCannotMapNamingThemAndWhatIsSupported() {
        for (String component : List.of("object", "c", "tinyint", "optional", "wildcard", "objects", "collection")) {
            RecordComponent unmappable = component(Unmappable.class, component);
            InvalidDeclaration thrown =
                    assertThrows(InvalidDeclaration.class, () -> mapper.map(unmappable.getGenericType()));
            assertEquals("has the Java type " + unmappable.getGenericType().getTypeName() + ", which Shale cannot map to a PostgreSQL type (supported: "
                    + "String, int, long, short, boolean, double, float (and their wrappers), BigDecimal, UUID, "
                    + "Instant, OffsetDateTime, LocalDateTime, LocalDate, LocalTime, OffsetTime, Duration, byte[], "
                    + "@PgEnum enums, JsonNode, JsonValue and Map (jsonb), and arrays, Lists and Sets of these)",
                    thrown.getMessage(), component);
            assertEquals("declare the column type with @Column(type = \"...\"), such as @Column(type = \"inet\")",
                    thrown.fix());
        }
    }

    @Test
    void namesTheWholeDeclaredTypeWhenAnElementCannotBeMapped() {
        InvalidDeclaration thrown = assertThrows(InvalidDeclaration.class,
                () -> mapper.map(component(Unmappable.class, "objects").getGenericType()));

        assertEquals("has the Java type java.util.List<java.lang.Object>, which Shale cannot map to a PostgreSQL "
                + "type (supported: " + TypeMapper.SUPPORTED + ")", thrown.getMessage());
    }

    @Test
    void refusesAnEnumWithoutPgEnum() {
        InvalidDeclaration thrown = assertThrows(InvalidDeclaration.class, () -> mapper.map(Plain.class));

        assertEquals("has the enum type " + Plain.class.getName() + ", which is not annotated @PgEnum",
                thrown.getMessage());
        assertEquals("annotate Plain with @PgEnum, or store it as text with @Column(type = \"text\")", thrown.fix());
    }

    @Test
    void refusesAPgEnumThatIsNotBeingRead() {
        InvalidDeclaration thrown = assertThrows(InvalidDeclaration.class, () -> mapper.map(Unread.class));

        assertEquals("has the enum type " + Unread.class.getName() + ", which is not among the schema classes",
                thrown.getMessage());
    }

    private ColumnType map(String component) {
        return mapper.map(component(AllTypes.class, component).getGenericType());
    }

    private static RecordComponent component(Class<?> record, String name) {
        return Arrays.stream(record.getRecordComponents()).filter(c -> c.getName().equals(name)).findFirst()
                .orElseThrow();
    }

    private static EnumCatalog catalog() {
        EnumCatalog catalog = new EnumCatalog();
        catalog.add(Color.class, QualifiedName.of("color"));
        return catalog;
    }
}
