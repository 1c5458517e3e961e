package dev.shale.reader;

import dev.shale.dsl.PgEnum;
import dev.shale.model.ColumnType;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Maps a record component's Java type to the PostgreSQL column type Shale derives for it. */
final class TypeMapper {

    static final String SUPPORTED = "String, int, long, short, boolean, double, float (and their wrappers), "
            + "BigDecimal, UUID, Instant, OffsetDateTime, LocalDateTime, LocalDate, LocalTime, OffsetTime, "
            + "Duration, byte[], @PgEnum enums, JsonNode, JsonValue and Map (jsonb), "
            + "and arrays, Lists and Sets of these";

    private static final Map<Class<?>, String> SCALARS = Map.ofEntries(
            Map.entry(String.class, "text"),
            Map.entry(int.class, "integer"), Map.entry(Integer.class, "integer"),
            Map.entry(long.class, "bigint"), Map.entry(Long.class, "bigint"),
            Map.entry(short.class, "smallint"), Map.entry(Short.class, "smallint"),
            Map.entry(boolean.class, "boolean"), Map.entry(Boolean.class, "boolean"),
            Map.entry(double.class, "double precision"), Map.entry(Double.class, "double precision"),
            Map.entry(float.class, "real"), Map.entry(Float.class, "real"),
            Map.entry(BigDecimal.class, "numeric"), Map.entry(UUID.class, "uuid"),
            Map.entry(Instant.class, "timestamptz"), Map.entry(OffsetDateTime.class, "timestamptz"),
            Map.entry(LocalDateTime.class, "timestamp"), Map.entry(LocalDate.class, "date"),
            Map.entry(LocalTime.class, "time"), Map.entry(OffsetTime.class, "timetz"),
            Map.entry(Duration.class, "interval"), Map.entry(byte[].class, "bytea"));

    /** JSON tree types, matched by name so that Shale needs none of their libraries. */
    private static final Set<String> JSON_TYPES =
            Set.of("com.fasterxml.jackson.databind.JsonNode", "jakarta.json.JsonValue");

    private final EnumCatalog enums;

    TypeMapper(EnumCatalog enums) {
        this.enums = enums;
    }

    /** The column type of a component declared as {@code type}. */
    ColumnType map(Type type) {
        return map(type, type);
    }

    /** Maps {@code type}, an element of the component's {@code declared} type (or that type itself). */
    private ColumnType map(Type type, Type declared) {
        if (type instanceof Class<?> c) {
            return mapClass(c, declared);
        }
        if (type instanceof GenericArrayType array) {
            return map(array.getGenericComponentType(), declared).arrayOf();
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            if (Map.class.isAssignableFrom(raw)) {
                return ColumnType.builtIn("jsonb");
            }
            if (raw == List.class || raw == Set.class) {
                return map(parameterized.getActualTypeArguments()[0], declared).arrayOf();
            }
        }
        throw unknown(declared);
    }

    private ColumnType mapClass(Class<?> c, Type declared) {
        String scalar = SCALARS.get(c);
        if (scalar != null) {
            return ColumnType.builtIn(scalar);
        }
        if (c.isArray()) {
            return map(c.getComponentType(), declared).arrayOf();
        }
        if (c.isEnum()) {
            return enumType(c);
        }
        if (Map.class.isAssignableFrom(c) || isJson(c)) {
            return ColumnType.builtIn("jsonb");
        }
        if (c == List.class || c == Set.class) {
            throw new InvalidDeclaration("has the raw type " + c.getName() + ", whose element type is unknown",
                    "declare the element type, such as List<String>");
        }
        throw unknown(declared);
    }

    private ColumnType enumType(Class<?> c) {
        if (!c.isAnnotationPresent(PgEnum.class)) {
            throw new InvalidDeclaration("has the enum type " + c.getName() + ", which is not annotated @PgEnum",
                    "annotate " + c.getSimpleName() + " with @PgEnum, or store it as text with @Column(type = \"text\")");
        }
        return enums.nameOf(c).map(ColumnType::userType).orElseThrow(() -> new InvalidDeclaration(
                "has the enum type " + c.getName() + ", which is not among the schema classes",
                "add " + c.getName() + " to the schema classes (put it in a scanned package)"));
    }

    private static boolean isJson(Class<?> c) {
        Deque<Class<?>> pending = new ArrayDeque<>(List.of(c));
        while (!pending.isEmpty()) {
            Class<?> next = pending.pop();
            if (JSON_TYPES.contains(next.getName())) {
                return true;
            }
            if (next.getSuperclass() != null) {
                pending.push(next.getSuperclass());
            }
            pending.addAll(List.of(next.getInterfaces()));
        }
        return false;
    }

    private static InvalidDeclaration unknown(Type type) {
        return new InvalidDeclaration("has the Java type " + type.getTypeName()
                + ", which Shale cannot map to a PostgreSQL type (supported: " + SUPPORTED + ")",
                "declare the column type with @Column(type = \"...\"), such as @Column(type = \"inet\")");
    }
}
