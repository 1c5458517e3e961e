package dev.shale.reader.finder;

import dev.shale.dsl.Table;

/** {@code @Table} on a class: found, so that the reader reports it rather than the table vanishing. */
@Table
public final class Misplaced {
}
