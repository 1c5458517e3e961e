package dev.shale.reader;

/**
 * A name the schema classes give an object, for the duplicate and length checks: the name, what it
 * names ({@code "table"}, {@code "index"}, ...), the component it was declared on ({@code null}
 * for the type) and whether Shale generated it.
 */
record DeclaredName(String name, String kind, String component, boolean generated) {
}
