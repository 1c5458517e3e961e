package dev.shale.reader;

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
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What a component's Bean Validation constraints mean for its column, as Hibernate ORM's DDL
 * mapping reads them: NOT NULL, a varchar length, a numeric precision and scale, range bounds.
 * {@code maxLength}, {@code precision} and {@code scale} are {@code null} when not constrained.
 */
record ColumnConstraints(boolean notNull, Integer maxLength, Integer precision, Integer scale,
                         List<RangeBound> bounds) {

    /** No constraint at all. */
    static final ColumnConstraints NONE = new ColumnConstraints(false, null, null, null, List.of());

    ColumnConstraints {
        bounds = List.copyOf(bounds);
    }

    /**
     * Maps the built-in constraints; composed and custom ones are ignored. When a constraint is
     * repeated, the tightest length and the smallest precision win.
     */
    static ColumnConstraints from(List<Annotation> annotations) {
        boolean notNull = false;
        Integer maxLength = null;
        Integer precision = null;
        Integer scale = null;
        List<RangeBound> bounds = new ArrayList<>();
        for (Annotation annotation : annotations) {
            if (annotation instanceof NotNull || annotation instanceof NotBlank || annotation instanceof NotEmpty) {
                notNull = true;
            } else if (annotation instanceof Size size && size.max() != Integer.MAX_VALUE) {
                maxLength = maxLength == null ? size.max() : Math.min(maxLength, size.max());
            } else if (annotation instanceof Digits digits) {
                int total = digits.integer() + digits.fraction();
                if (precision == null || total < precision || total == precision && digits.fraction() < scale) {
                    precision = total;
                    scale = digits.fraction();
                }
            } else {
                RangeBound bound = bound(annotation);
                if (bound != null) {
                    bounds.add(bound);
                }
            }
        }
        return new ColumnConstraints(notNull, maxLength, precision, scale, bounds);
    }

    private static RangeBound bound(Annotation annotation) {
        if (annotation instanceof Min min) {
            return RangeBound.atLeast(BigDecimal.valueOf(min.value()), true);
        } else if (annotation instanceof Max max) {
            return RangeBound.atMost(BigDecimal.valueOf(max.value()), true);
        } else if (annotation instanceof DecimalMin min) {
            return RangeBound.atLeast(decimal("@DecimalMin", min.value()), min.inclusive());
        } else if (annotation instanceof DecimalMax max) {
            return RangeBound.atMost(decimal("@DecimalMax", max.value()), max.inclusive());
        } else if (annotation instanceof Positive) {
            return RangeBound.atLeast(BigDecimal.ZERO, false);
        } else if (annotation instanceof PositiveOrZero) {
            return RangeBound.atLeast(BigDecimal.ZERO, true);
        } else if (annotation instanceof Negative) {
            return RangeBound.atMost(BigDecimal.ZERO, false);
        } else if (annotation instanceof NegativeOrZero) {
            return RangeBound.atMost(BigDecimal.ZERO, true);
        }
        return null;
    }

    private static BigDecimal decimal(String annotation, String value) {
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidDeclaration(annotation + "(\"" + value + "\") is not a decimal number",
                    "write the bound as a number, such as " + annotation + "(\"0.01\")");
        }
    }
}
