package dev.shale.reader.finder;

import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.Table;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** A schema record found by {@code SchemaClassFinderTest}, its {@code @Table} after another annotation's values. */
@Marker(type = String.class, tags = {"a", "b"}, kind = ElementType.FIELD, nested = @Retention(RetentionPolicy.RUNTIME),
        number = 1L << 40, ratio = 1.5)
@Table
public record Account(@PrimaryKey long id, Status status) {
}
