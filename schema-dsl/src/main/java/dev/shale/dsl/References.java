package dev.shale.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A foreign key. On a component it references the other table's primary key (or
 * {@link #columns()}); on the record type, {@link #from()} lists the local columns of a
 * composite key.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Repeatable(References.List.class)
public @interface References {
    /** The referenced table's record class. */
    Class<? extends Record> table();

    /** Referenced columns; empty means the referenced table's primary key. */
    String[] columns() default {};

    /** Local columns of a composite foreign key; only on the record type. */
    String[] from() default {};

    /** What happens to referencing rows when the referenced row is deleted. */
    Action onDelete() default Action.NO_ACTION;

    /** What happens to referencing rows when the referenced key is updated. */
    Action onUpdate() default Action.NO_ACTION;

    /** The constraint name; empty means {@code <table>_<columns>_fkey}. */
    String name() default "";

    /** Whether the check may wait until commit ({@code DEFERRABLE}). */
    Deferrable deferrable() default Deferrable.NOT_DEFERRABLE;

    /**
     * {@code NOT VALID}: rows already in the table are not checked, only rows written from then on. The key stays
     * not valid after a migration; drop this flag to have it validated ({@code VALIDATE CONSTRAINT}).
     */
    boolean notValid() default false;

    /** Holds repeated {@link References} declarations. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        /** The repeated declarations. */
        References[] value();
    }
}
