package dev.shale.reader;

import dev.shale.dsl.Extension;
import dev.shale.dsl.Extensions;
import dev.shale.dsl.PgEnum;
import dev.shale.dsl.Sequence;
import dev.shale.dsl.Table;
import java.util.List;
import java.util.Set;

/**
 * Finds the {@code @Table} records, {@code @PgEnum} enums, {@code @Sequence} holders and {@code @Extension}
 * declarations (on a type, or on a package in its {@code package-info} class) in packages of a class loader.
 *
 * <p>Every class annotated {@code @Table} or {@code @PgEnum} is returned, records and enums or not,
 * so that {@link RecordSchemaReader} reports a misplaced annotation instead of the table silently
 * disappearing from the model (which would make the next migration drop it).
 *
 * <p>The class files are read by {@link ClassFileScan}; only the classes carrying one of the two annotations
 * are loaded, without running their static initialisers.
 */
public final class SchemaClassFinder {

    private static final Set<String> ANNOTATIONS = Set.of(Table.class.getName(), PgEnum.class.getName(),
            Sequence.class.getName(), Sequence.List.class.getName(), Extension.class.getName(),
            Extensions.class.getName());

    private SchemaClassFinder() {
    }

    /**
     * The schema classes under {@code packages} (sub-packages included), sorted by name. Scans exactly
     * the classpath of {@code loader} and its parents.
     *
     * @throws IllegalArgumentException when no package is given
     */
    public static List<Class<?>> find(ClassLoader loader, List<String> packages) {
        if (packages.isEmpty()) {
            throw new IllegalArgumentException("name at least one package to scan for schema classes");
        }
        // loaded on every core (the loaders of class paths load in parallel); the order stays the names' order
        return ClassFileScan.classesNaming(loader, packages, ANNOTATIONS).parallelStream()
                .<Class<?>>map(name -> load(name, loader))
                .toList();
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("found " + name + " on the classpath but could not load it", e);
        }
    }
}
