package dev.shale.cli.pull;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.shale.model.ColumnType;
import dev.shale.model.QualifiedName;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The Java type and type annotations of a column, chosen so that the reader maps them back to exactly the
 * column's {@link ColumnType} and nullability: the type mapping of the design for what it covers
 * ({@code @Size(max)} for {@code varchar(n)}, {@code @Digits} for {@code numeric(p,s)}), otherwise
 * {@code @Column(type = "...")} on the closest Java type.
 */
final class ColumnTyping {

    /**
     * The Java type, whether it is primitive, the Bean Validation annotations that complete it, and the SQL
     * type for {@code @Column(type = ...)} when the Java type alone does not say it ({@code null} otherwise).
     */
    record Typed(TypeName type, boolean primitive, List<AnnotationSpec> annotations, String columnType) {
    }

    private static final Map<String, TypeName> PRIMITIVES = Map.of(
            "integer", TypeName.INT, "bigint", TypeName.LONG, "smallint", TypeName.SHORT,
            "boolean", TypeName.BOOLEAN, "double precision", TypeName.DOUBLE, "real", TypeName.FLOAT);

    private static final Map<String, TypeName> REFERENCES = Map.ofEntries(
            // no "varchar": a String reads back as text, so varchar (with @Size, or bare with @Column) is not exact
            Map.entry("text", ClassName.get(String.class)),
            Map.entry("numeric", ClassName.get(BigDecimal.class)), Map.entry("uuid", ClassName.get(UUID.class)),
            Map.entry("timestamptz", ClassName.get(OffsetDateTime.class)),
            Map.entry("timestamp", ClassName.get(LocalDateTime.class)), Map.entry("date", ClassName.get(LocalDate.class)),
            Map.entry("time", ClassName.get(LocalTime.class)), Map.entry("timetz", ClassName.get(OffsetTime.class)),
            Map.entry("interval", ClassName.get(Duration.class)), Map.entry("bytea", ArrayTypeName.of(TypeName.BYTE)),
            Map.entry("jsonb", ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                    ClassName.get(Object.class))));

    private static final ClassName LIST = ClassName.get(List.class);

    private ColumnTyping() {
    }

    /**
     * The typing of a column of {@code type}; {@code enums} gives the class of an enum type, empty for a user
     * type that is not one of the pulled enums (which the caller reports); {@code extensionType} says whether a
     * user type is one of a pulled extension that the records can name unqualified.
     */
    static Optional<Typed> of(ColumnType type, boolean notNull, Function<QualifiedName, Optional<ClassName>> enums,
                              java.util.function.Predicate<QualifiedName> extensionType) {
        ColumnType element = type.element();
        TypeName elementType;
        boolean exact;
        if (element.isUserType() && extensionType.test(element.userTypeName())) {
            // a type of a declared extension: named unqualified, the reader puts it in the extension's schema
            TypeName javaType = ClassName.get(String.class);
            for (int i = 0; i < type.dimensions(); i++) {
                javaType = ParameterizedTypeName.get(LIST, javaType);
            }
            return Optional.of(new Typed(javaType, false, List.of(), element.name() + "[]".repeat(type.dimensions())));
        }
        if (element.isUserType()) {
            Optional<ClassName> enumClass = enums.apply(element.userTypeName());
            if (enumClass.isEmpty()) {
                return Optional.empty();
            }
            elementType = enumClass.get();
            exact = true;
        } else {
            TypeName primitive = PRIMITIVES.get(element.name());
            TypeName reference = REFERENCES.get(element.name());
            elementType = primitive != null ? primitive : reference != null ? reference : ClassName.get(String.class);
            exact = (primitive != null || reference != null) && element.modifiers().isEmpty();
        }
        List<AnnotationSpec> annotations = new ArrayList<>();
        if (type.dimensions() == 0) {
            if (!exact && element.name().equals("varchar") && element.modifiers().size() == 1) {
                annotations.add(AnnotationSpec.builder(Size.class).addMember("max", "$L", element.modifiers().get(0))
                        .build());
                exact = true;
            } else if (!exact && element.name().equals("numeric") && element.modifiers().size() == 2
                    && element.modifiers().get(1) > 0 && element.modifiers().get(1) <= element.modifiers().get(0)) {
                int precision = element.modifiers().get(0);
                int scale = element.modifiers().get(1);
                annotations.add(AnnotationSpec.builder(Digits.class).addMember("integer", "$L", precision - scale)
                        .addMember("fraction", "$L", scale).build());
                exact = true;
            }
            boolean primitive = notNull && elementType.isPrimitive() && exact;
            TypeName javaType = primitive || !elementType.isPrimitive() ? elementType : elementType.box();
            return Optional.of(new Typed(javaType, primitive, annotations, exact ? null : type.sql()));
        }
        TypeName javaType = elementType.isPrimitive() ? elementType.box() : elementType;
        for (int i = 0; i < type.dimensions(); i++) {
            javaType = ParameterizedTypeName.get(LIST, javaType);
        }
        return Optional.of(new Typed(javaType, false, annotations, exact ? null : type.sql()));
    }
}
