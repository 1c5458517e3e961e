package dev.shale.reader.finderx;

import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.Table;

/** In a package whose name starts like the scanned one: {@code SchemaClassFinderTest} must not find it. */
@Table
public record Elsewhere(@PrimaryKey long id) {
}
