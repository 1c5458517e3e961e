package dev.shale.reader;

import static java.util.Map.entry;

import jakarta.validation.Constraint;
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
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The constraints of a record read straight from its fields, when every constraint on them is one of
 * the built-ins {@link ColumnConstraints} maps (or their {@code .List} containers): then they are exactly
 * what Hibernate Validator's metadata would report, and building that metadata (the larger part of
 * reading a thousand records) is skipped. Any other constraint annotation, a custom or composed one,
 * sends the record to Hibernate Validator.
 */
final class BuiltInConstraints {

    /** The built-ins, each with its {@code groups()}. */
    private static final Map<Class<? extends Annotation>, Function<Annotation, Class<?>[]>> GROUPS = Map.ofEntries(
            entry(NotNull.class, a -> ((NotNull) a).groups()),
            entry(NotBlank.class, a -> ((NotBlank) a).groups()),
            entry(NotEmpty.class, a -> ((NotEmpty) a).groups()),
            entry(Size.class, a -> ((Size) a).groups()),
            entry(Digits.class, a -> ((Digits) a).groups()),
            entry(Min.class, a -> ((Min) a).groups()),
            entry(Max.class, a -> ((Max) a).groups()),
            entry(DecimalMin.class, a -> ((DecimalMin) a).groups()),
            entry(DecimalMax.class, a -> ((DecimalMax) a).groups()),
            entry(Positive.class, a -> ((Positive) a).groups()),
            entry(PositiveOrZero.class, a -> ((PositiveOrZero) a).groups()),
            entry(Negative.class, a -> ((Negative) a).groups()),
            entry(NegativeOrZero.class, a -> ((NegativeOrZero) a).groups()));

    /** Their {@code .List} containers, each with its {@code value()}. */
    private static final Map<Class<? extends Annotation>, Function<Annotation, Annotation[]>> LISTS = Map.ofEntries(
            entry(NotNull.List.class, a -> ((NotNull.List) a).value()),
            entry(NotBlank.List.class, a -> ((NotBlank.List) a).value()),
            entry(NotEmpty.List.class, a -> ((NotEmpty.List) a).value()),
            entry(Size.List.class, a -> ((Size.List) a).value()),
            entry(Digits.List.class, a -> ((Digits.List) a).value()),
            entry(Min.List.class, a -> ((Min.List) a).value()),
            entry(Max.List.class, a -> ((Max.List) a).value()),
            entry(DecimalMin.List.class, a -> ((DecimalMin.List) a).value()),
            entry(DecimalMax.List.class, a -> ((DecimalMax.List) a).value()),
            entry(Positive.List.class, a -> ((Positive.List) a).value()),
            entry(PositiveOrZero.List.class, a -> ((PositiveOrZero.List) a).value()),
            entry(Negative.List.class, a -> ((Negative.List) a).value()),
            entry(NegativeOrZero.List.class, a -> ((NegativeOrZero.List) a).value()));

    /** Whether an annotation type is a constraint or a container of constraints, worked out once per type. */
    private static final ClassValue<Boolean> CONSTRAINT_LIKE = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return type.isAnnotationPresent(Constraint.class) || isContainerOfConstraints(type);
        }
    };

    private BuiltInConstraints() {
    }

    /**
     * The Default-group constraints of each of the {@code components} of {@code record}, by component name;
     * empty when a field carries a constraint that is not a built-in one.
     */
    static Optional<Map<String, List<Annotation>>> read(Class<?> record, List<RecordComponent> components) {
        Map<String, List<Annotation>> byComponent = new HashMap<>();
        for (RecordComponent component : components) {
            Field field;
            try {
                field = record.getDeclaredField(component.getName());
            } catch (NoSuchFieldException e) {
                return Optional.empty();
            }
            List<Annotation> constraints = new ArrayList<>();
            for (Annotation annotation : field.getDeclaredAnnotations()) {
                Class<? extends Annotation> type = annotation.annotationType();
                Function<Annotation, Annotation[]> list = LISTS.get(type);
                if (GROUPS.containsKey(type)) {
                    addIfDefault(constraints, annotation);
                } else if (list != null) {
                    for (Annotation element : list.apply(annotation)) {
                        addIfDefault(constraints, element);
                    }
                } else if (CONSTRAINT_LIKE.get(type)) {
                    return Optional.empty();
                }
            }
            byComponent.put(component.getName(), List.copyOf(constraints));
        }
        return Optional.of(byComponent);
    }

    private static void addIfDefault(List<Annotation> constraints, Annotation annotation) {
        Class<?>[] groups = GROUPS.get(annotation.annotationType()).apply(annotation);
        if (groups.length == 0 || List.of(groups).contains(Default.class)) {
            constraints.add(annotation);
        }
    }

    /** Whether {@code type} is a repeatable container ({@code value()} of an array of constraints). */
    private static boolean isContainerOfConstraints(Class<?> type) {
        for (Method method : type.getDeclaredMethods()) {
            if (method.getName().equals("value") && method.getParameterCount() == 0) {
                Class<?> element = method.getReturnType().getComponentType();
                return element != null && element.isAnnotation() && element.isAnnotationPresent(Constraint.class);
            }
        }
        return false;
    }
}
