package dev.shale.reader;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.dsl.Check;
import dev.shale.dsl.Column;
import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.Table;
import dev.shale.model.CheckConstraint;
import dev.shale.model.ColumnType;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BeanValidationConstraintsTest {

    interface Strict {
    }

    @Min(0)
    @Max(100)
    @Constraint(validatedBy = {})
    @Target({FIELD, METHOD, PARAMETER})
    @Retention(RUNTIME)
    @interface Percent {
        String message() default "not a percentage";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Table record Bounds(@PrimaryKey long id,
                         @Min(1) @Max(5) int priority,
                         @Positive BigDecimal amount,
                         @PositiveOrZero long count,
                         @Negative int debt,
                         @NegativeOrZero int loss,
                         @DecimalMin("0.5") @DecimalMax(value = "99.50", inclusive = false) BigDecimal rate,
                         @DecimalMin(value = "0", inclusive = false) double ratio,
                         @Max(10) @Min(-10) short delta,
                         @Min(1) @Positive int both,
                         @PositiveOrZero @Min(0) int same,
                         @Min(0) @Column(name = "order") int order,
                         @DecimalMax("1e3") BigDecimal big,
                         @Min(1) String code,
                         @Min(1) List<Integer> counts,
                         @Min(value = 1, groups = Strict.class) int grouped,
                         @Percent int percent,
                         @Min(1) @Check("odd % 2 = 1") int odd) {
    }

    @Table record Lengths(@PrimaryKey long id, @NotNull @Size(max = 80) String title,
                          @Digits(integer = 10, fraction = 2) BigDecimal money,
                          @Digits(integer = 5, fraction = 0) BigDecimal whole,
                          @Digits(integer = 3, fraction = 1) double measured) {
    }

    @Test
    void turnsRangeConstraintsIntoOneNamedCheckPerColumn() {
        assertEquals(List.of(
                new CheckConstraint("bounds_amount_check", "amount > 0"),
                new CheckConstraint("bounds_big_check", "big <= 1000"),
                new CheckConstraint("bounds_both_check", "\"both\" > 0 AND \"both\" >= 1"),
                new CheckConstraint("bounds_count_check", "count >= 0"),
                new CheckConstraint("bounds_debt_check", "debt < 0"),
                new CheckConstraint("bounds_delta_check", "delta >= -10 AND delta <= 10"),
                new CheckConstraint("bounds_loss_check", "loss <= 0"),
                new CheckConstraint("bounds_odd_check", "odd >= 1"),
                new CheckConstraint("bounds_odd_check1", "odd % 2 = 1"),
                new CheckConstraint("bounds_order_check", "\"order\" >= 0"),
                new CheckConstraint("bounds_priority_check", "priority >= 1 AND priority <= 5"),
                new CheckConstraint("bounds_rate_check", "rate >= 0.5 AND rate < 99.5"),
                new CheckConstraint("bounds_ratio_check", "ratio > 0"),
                new CheckConstraint("bounds_same_check", "same >= 0")),
                Reading.table(Bounds.class).checks());
    }

    @Test
    void mapsSizeAndDigitsToTypeModifiers() {
        assertEquals(List.of(
                dev.shale.model.Column.of("id", ColumnType.builtIn("bigint"), false),
                dev.shale.model.Column.of("title", ColumnType.builtIn("varchar", 80), false),
                dev.shale.model.Column.of("money", ColumnType.builtIn("numeric", 12, 2), true),
                dev.shale.model.Column.of("whole", ColumnType.builtIn("numeric", 5, 0), true),
                dev.shale.model.Column.of("measured", ColumnType.builtIn("double precision"), false)),
                Reading.table(Lengths.class).columns());
    }

    @Test
    void readsTheConstraintsOfARecordComponentFromItsField() {
        try (BeanValidationConstraints constraints = new BeanValidationConstraints()) {
            constraints.load(Lengths.class, List.of(Lengths.class.getRecordComponents()));

            assertEquals(new ColumnConstraints(true, 80, null, null, List.of()), constraints.of(Lengths.class, "title"));
            assertEquals(new ColumnConstraints(false, null, 12, 2, List.of()), constraints.of(Lengths.class, "money"));
            assertEquals(ColumnConstraints.NONE, constraints.of(Lengths.class, "id"));
            assertEquals(ColumnConstraints.NONE, constraints.of(Bounds.class, "priority"));
        }
    }

    @Test
    void keepsOnlyDefaultGroupBuiltInConstraints() {
        try (BeanValidationConstraints constraints = new BeanValidationConstraints()) {
            constraints.load(Bounds.class, List.of(Bounds.class.getRecordComponents()));

            assertEquals(ColumnConstraints.NONE, constraints.of(Bounds.class, "grouped"));
            assertEquals(ColumnConstraints.NONE, constraints.of(Bounds.class, "percent"));
            assertEquals(List.of(RangeBound.atLeast(BigDecimal.ONE, true), RangeBound.atMost(BigDecimal.valueOf(5), true)),
                    constraints.of(Bounds.class, "priority").bounds().stream().sorted(
                            (a, b) -> Boolean.compare(!a.lower(), !b.lower())).toList());
        }
    }
}
