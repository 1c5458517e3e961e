package dev.shale.reader.finder;

import dev.shale.dsl.PgEnum;
import dev.shale.dsl.Table;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * Names {@code @Table} and {@code @PgEnum} without carrying them (as a class value and in code):
 * {@code SchemaClassFinderTest} must not find it.
 */
@Marker(type = Table.class, tags = {"Ldev/shale/dsl/Table;", "b"}, kind = ElementType.FIELD,
        nested = @Retention(RetentionPolicy.RUNTIME), number = 1L << 40, ratio = 0.5)
public final class Referrer {

    /** The annotation types, in code. */
    public static final Class<?>[] TYPES = {Table.class, PgEnum.class};

    private Referrer() {
    }
}
