package dev.shale.cli.schema;

import dev.shale.cli.config.ShaleConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds schema sources edited after their classes were compiled: {@code generate} reads the classes, so it would
 * write a migration for the records as they were. A classes folder of the usual build layouts is mapped to its
 * source folder ({@code target/classes} to {@code src/main/java}, {@code build/classes/java/main} likewise), and
 * each {@code .java} file of a schema package to its {@code .class} file by package path; a source newer than its
 * class (by modification time), or one without a class, is stale. Best effort: only a warning, unreadable files
 * are skipped.
 */
public final class StaleClasses {

    /** How many stale sources a warning names. */
    static final int SHOWN = 3;

    /** A build layout: the classes folder's last segments, the source folder from the project, the compile step. */
    private record Layout(List<String> classes, String sources, String compile) {
    }

    private static final List<Layout> LAYOUTS = List.of(
            new Layout(List.of("target", "classes"), "src/main/java", "mvn compile"),
            new Layout(List.of("target", "test-classes"), "src/test/java", "mvn test-compile"),
            new Layout(List.of("build", "classes", "java", "main"), "src/main/java", "gradle classes"),
            new Layout(List.of("build", "classes", "java", "test"), "src/test/java", "gradle testClasses"));

    /** A source file, its class file, and whether that class file is missing rather than older. */
    record Stale(Path source, Path compiled, boolean missing, String compile) {
    }

    private StaleClasses() {
    }

    /** The warning for the project's stale schema sources, naming the first few; empty when there is none. */
    public static Optional<String> warning(ShaleConfig config) {
        List<Stale> stale = find(config.classpath(), config.schemaPackages());
        if (stale.isEmpty()) {
            return Optional.empty();
        }
        List<String> named = new ArrayList<>();
        for (Stale s : stale.subList(0, Math.min(SHOWN, stale.size()))) {
            named.add(config.display(s.source()) + (s.missing() ? " has no class file "
                    + config.display(s.compiled()) : " is newer than " + config.display(s.compiled())));
        }
        if (stale.size() > SHOWN) {
            named.add("and " + (stale.size() - SHOWN) + " more");
        }
        return Optional.of("compiled classes are older than their sources: run " + stale.get(0).compile()
                + " before shale reads the records (" + String.join("; ", named) + ")");
    }

    /** Every stale source of {@code packages} under the classes folders of {@code classpath}, sorted by path. */
    static List<Stale> find(List<Path> classpath, List<String> packages) {
        List<Stale> stale = new ArrayList<>();
        for (Path entry : classpath) {
            Path classes = entry.toAbsolutePath().normalize();
            for (Layout layout : LAYOUTS) {
                sourceRoot(classes, layout).ifPresent(sources -> {
                    for (String pkg : packages) {
                        stale.addAll(staleIn(sources, classes, pkg.replace('.', '/'), layout.compile()));
                    }
                });
            }
        }
        return stale.stream().distinct().sorted((a, b) -> a.source().compareTo(b.source())).toList();
    }

    /** The source folder of a classes folder laid out as {@code layout}, if it exists. */
    private static Optional<Path> sourceRoot(Path classes, Layout layout) {
        int segments = layout.classes().size();
        if (!Files.isDirectory(classes) || classes.getNameCount() <= segments) {
            return Optional.empty();
        }
        for (int i = 0; i < segments; i++) {
            Path name = classes.getName(classes.getNameCount() - segments + i);
            if (!name.toString().equals(layout.classes().get(i))) {
                return Optional.empty();
            }
        }
        Path project = classes;
        for (int i = 0; i < segments; i++) {
            project = project.getParent();
        }
        Path sources = project.resolve(layout.sources());
        return Files.isDirectory(sources) ? Optional.of(sources) : Optional.empty();
    }

    private static List<Stale> staleIn(Path sources, Path classes, String packagePath, String compile) {
        Path dir = sources.resolve(packagePath);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(StaleClasses::isCompilationUnit).map(source -> {
                String relative = sources.relativize(source).toString();
                Path compiled = classes.resolve(relative.substring(0, relative.length() - ".java".length()) + ".class");
                return staleness(source, compiled, compile);
            }).flatMap(Optional::stream).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    private static boolean isCompilationUnit(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".java") && !name.equals("package-info.java") && !name.equals("module-info.java")
                && Files.isRegularFile(file);
    }

    private static Optional<Stale> staleness(Path source, Path compiled, String compile) {
        try {
            if (!Files.exists(compiled)) {
                return Optional.of(new Stale(source, compiled, true, compile));
            }
            boolean newer = Files.getLastModifiedTime(source).compareTo(Files.getLastModifiedTime(compiled)) > 0;
            return newer ? Optional.of(new Stale(source, compiled, false, compile)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
