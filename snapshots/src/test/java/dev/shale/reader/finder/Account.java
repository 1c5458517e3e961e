package dev.shale.reader.finder;

import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.Table;

/** A schema record found by {@code SchemaClassFinderTest}. */
@Table
public record Account(@PrimaryKey long id, Status status) {
}
