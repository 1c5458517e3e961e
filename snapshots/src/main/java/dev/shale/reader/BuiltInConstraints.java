package dev.shale.reader;

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
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The constraints of a record read straight from its fields, when every constraint on them is one of
 * the built-ins {@link ColumnConstraints} maps (or their {@code .List} containers): then they are exactly
 * what Hibernate Validator's metadata would report, and building that metadata (the larger part of
 * reading a thousand records) is skipped. Any other constraint annotation, a custom or composed one,
 * sends the record to Hibernate Validator.
 */
final class BuiltInConstraints {

    private static final Set<Class<? extends Annotation>> BUILT_IN = Set.of(NotNull.class, NotBlank.class,
            NotEmpty.class, Size.class, Digits.class, Min.class, Max.class, DecimalMin.class, DecimalMax.class,
            Positive.class, PositiveOrZero.class, Negative.class, NegativeOrZero.class);

    private static final Map<Class<? extends Annotation>, Class<? extends Annotation>> LISTS = lists();

    private BuiltInConstraints() {
    }

    /**
     * The Default-group constraints of each component of {@code record}, by component name; empty when
     * a field carries a constraint that is not a built-in one.
     */
    static Optional<Map<String, List<Annotation>>> read(Class<?> record) {
        Map<String, List<Annotation>> byComponent = new HashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            Field field;
            try {
                field = record.getDeclaredField(component.getName());
            } catch (NoSuchFieldException e) {
                return Optional.empty();
            }
            List<Annotation> constraints = new ArrayList<>();
            for (Annotation annotation : field.getDeclaredAnnotations()) {
                Class<? extends Annotation> type = annotation.annotationType();
                if (BUILT_IN.contains(type)) {
                    addIfDefault(constraints, annotation);
                } else if (LISTS.containsKey(type)) {
                    for (Annotation element : elements(annotation)) {
                        addIfDefault(constraints, element);
                    }
                } else if (type.isAnnotationPresent(Constraint.class) || isContainerOfConstraints(type)) {
                    return Optional.empty();
                }
            }
            byComponent.put(component.getName(), List.copyOf(constraints));
        }
        return Optional.of(byComponent);
    }

    private static void addIfDefault(List<Annotation> constraints, Annotation annotation) {
        Class<?>[] groups = groups(annotation);
        if (groups.length == 0 || List.of(groups).contains(Default.class)) {
            constraints.add(annotation);
        }
    }

    private static Class<?>[] groups(Annotation annotation) {
        try {
            return (Class<?>[]) annotation.annotationType().getMethod("groups").invoke(annotation);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("a built-in constraint without groups(): " + annotation, e);
        }
    }

    private static Annotation[] elements(Annotation list) {
        try {
            return (Annotation[]) list.annotationType().getMethod("value").invoke(list);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("a constraint list without value(): " + list, e);
        }
    }

    /** Whether {@code type} is a repeatable container ({@code value()} of an array of constraints). */
    private static boolean isContainerOfConstraints(Class<? extends Annotation> type) {
        try {
            Method value = type.getMethod("value");
            Class<?> element = value.getReturnType().getComponentType();
            return element != null && element.isAnnotation() && element.isAnnotationPresent(Constraint.class);
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static Map<Class<? extends Annotation>, Class<? extends Annotation>> lists() {
        Map<Class<? extends Annotation>, Class<? extends Annotation>> lists = new HashMap<>();
        for (Class<? extends Annotation> type : BUILT_IN) {
            for (Class<?> nested : type.getDeclaredClasses()) {
                if (nested.getSimpleName().equals("List") && nested.isAnnotation()) {
                    lists.put(nested.asSubclass(Annotation.class), type);
                }
            }
        }
        return Map.copyOf(lists);
    }
}
