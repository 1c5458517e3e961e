package dev.shale.reader.finder.nested;

import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.Table;

/** A schema record in a sub-package, found by {@code SchemaClassFinderTest}. */
@Table
public record Ledger(@PrimaryKey long id) {
}
