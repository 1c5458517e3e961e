package dev.shale.reader;

import dev.shale.dsl.PgEnum;
import dev.shale.dsl.Table;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the {@code @Table} records and {@code @PgEnum} enums in packages of a class loader.
 *
 * <p>Every class annotated {@code @Table} or {@code @PgEnum} is returned, records and enums or not,
 * so that {@link RecordSchemaReader} reports a misplaced annotation instead of the table silently
 * disappearing from the model (which would make the next migration drop it).
 */
public final class SchemaClassFinder {

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
        ClassGraph graph = new ClassGraph()
                .overrideClassLoaders(loader)
                .enableClassInfo()
                .enableAnnotationInfo()
                .ignoreClassVisibility()
                .acceptPackages(packages.toArray(String[]::new));
        try (ScanResult scan = graph.scan()) {
            return Stream.concat(scan.getClassesWithAnnotation(Table.class).stream(),
                            scan.getClassesWithAnnotation(PgEnum.class).stream())
                    .map(ClassInfo::getName)
                    .distinct()
                    .sorted()
                    .<Class<?>>map(name -> load(name, loader))
                    .toList();
        }
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("found " + name + " on the classpath but could not load it", e);
        }
    }
}
