package dev.shale.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a rename, so that the diff emits {@code RENAME} instead of a drop and an add.
 *
 * <p>On a record type it names the table's previous name ({@code "old"} or {@code "schema.old"});
 * on a component, the column's previous name; on a {@link PgEnum} type, the type's previous name;
 * on an enum constant, the label's previous value. Once the rename is in the latest snapshot
 * the annotation is inert and may be removed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface RenamedFrom {
    /** The previous name. */
    String value();
}
