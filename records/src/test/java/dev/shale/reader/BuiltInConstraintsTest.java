package dev.shale.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** Reading built-in constraints straight from the fields gives what Hibernate Validator's metadata gives. */
class BuiltInConstraintsTest {

    interface Strict {
    }

    interface StrictDefault extends Default {
    }

    record Everything(@NotNull String a, @NotBlank @Size(max = 40) String b, @NotEmpty List<String> c,
                      @Digits(integer = 8, fraction = 2) BigDecimal d, @Min(1) @Max(5) int e,
                      @DecimalMin(value = "0.5", inclusive = false) @DecimalMax("99.5") BigDecimal f,
                      @Positive long g, @PositiveOrZero short h, @Negative int i, @NegativeOrZero int j,
                      @Min.List({@Min(2), @Min(3)}) @Max(value = 9, groups = Strict.class) int k,
                      @Min(value = 4, groups = {Strict.class, Default.class}) int l,
                      @Size(max = 10, groups = StrictDefault.class) String m,
                      @Size(min = 2) String unbounded, String plain, int primitive) {
    }

    @Target({ElementType.FIELD, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = {})
    @Min(0)
    @Max(100)
    @interface Percent {
        String message() default "not a percentage";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    record Composed(@Percent int percent, @NotNull String name) {
    }

    @Test
    void builtInsReadDirectlyEqualWhatHibernateValidatorReports() {
        Optional<Map<String, List<Annotation>>> direct = BuiltInConstraints.read(Everything.class, List.of(Everything.class.getRecordComponents()));

        assertTrue(direct.isPresent());
        try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
                .ignoreXmlConfiguration().messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()) {
            var bean = factory.getValidator().getConstraintsForClass(Everything.class);
            for (RecordComponent component : Everything.class.getRecordComponents()) {
                PropertyDescriptor property = bean.getConstraintsForProperty(component.getName());
                ColumnConstraints viaValidator = property == null ? ColumnConstraints.NONE
                        : ColumnConstraints.from(property.findConstraints().unorderedAndMatchingGroups(Default.class)
                                .getConstraintDescriptors().stream().<Annotation>map(ConstraintDescriptor::getAnnotation)
                                .toList());
                assertEquals(comparable(viaValidator),
                        comparable(ColumnConstraints.from(direct.get().get(component.getName()))), component.getName());
            }
        }
    }

    /** The constraints with their bounds as a set: Hibernate Validator reports them unordered, the SQL sorts them. */
    private static List<Object> comparable(ColumnConstraints constraints) {
        return Arrays.asList(constraints.notNull(), constraints.maxLength(), constraints.precision(),
                constraints.scale(), Set.copyOf(constraints.bounds()));
    }

    @Test
    void aCustomOrComposedConstraintSendsTheRecordToHibernateValidator() {
        assertFalse(BuiltInConstraints.read(Composed.class, List.of(Composed.class.getRecordComponents())).isPresent());
    }
}
