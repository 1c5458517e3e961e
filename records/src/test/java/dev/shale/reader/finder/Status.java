package dev.shale.reader.finder;

import dev.shale.dsl.PgEnum;

/** A schema enum found by {@code SchemaClassFinderTest}. */
@PgEnum
public enum Status { ACTIVE, CLOSED }
