package dev.shale.reader;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Lists the classes of some packages on a class loader's classpath that carry one of some annotation types,
 * read from their class files without loading any class: the class path roots are the loader's and its parents' URLs
 * ({@code java.class.path} for the application loader; jars' {@code Class-Path} manifest entries followed),
 * plus the roots the loader reports for the packages themselves. An annotation on a class is stored as the
 * type's descriptor ({@code Ldev/shale/dsl/Table;}) in the class file's constant pool, so only the class files
 * holding that text are parsed further ({@link ClassAnnotations}).
 */
final class ClassFileScan {

    private final List<String> packagePaths;
    private final Set<String> annotations;
    private final Set<String> found = new TreeSet<>();

    private ClassFileScan(List<String> packages, Collection<String> annotations) {
        this.packagePaths = packages.stream().map(p -> p.replace('.', '/')).toList();
        this.annotations = Set.copyOf(annotations);
    }

    /**
     * The binary names, sorted, of the classes under {@code packages} (sub-packages included) annotated with one
     * of {@code annotations} (binary names of annotation types).
     *
     * @throws UncheckedIOException when a class path entry that exists cannot be read, or holds a malformed
     *     class file in one of the packages
     */
    static List<String> classesNaming(ClassLoader loader, List<String> packages, Collection<String> annotations) {
        ClassFileScan scan = new ClassFileScan(packages, annotations);
        for (Path root : scan.roots(loader)) {
            if (Files.isDirectory(root)) {
                scan.directory(root);
            } else if (Files.isRegularFile(root)) {
                scan.jar(root);
            }
        }
        return List.copyOf(scan.found);
    }

    /** Every class path root the loader and its parents see, in search order, each once. */
    private Set<Path> roots(ClassLoader loader) {
        Set<Path> roots = new LinkedHashSet<>();
        for (ClassLoader l = loader; l != null; l = l.getParent()) {
            if (l instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    addWithManifest(roots, url);
                }
            } else if (l == ClassLoader.getSystemClassLoader()) {
                String classPath = System.getProperty("java.class.path", "");
                for (String entry : classPath.split(File.pathSeparator)) {
                    if (!entry.isEmpty()) {
                        addWithManifest(roots, Path.of(entry).toAbsolutePath().normalize());
                    }
                }
            }
        }
        // loaders of other kinds (and jars indexed in ways the above misses) still report a package's roots
        for (String path : packagePaths) {
            try {
                Enumeration<URL> resources = loader.getResources(path);
                while (resources.hasMoreElements()) {
                    rootOf(resources.nextElement(), path).ifPresent(root -> addWithManifest(roots, root));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the class path entries of package " + path.replace('/', '.')
                        + ": " + e.getMessage(), e);
            }
        }
        return roots;
    }

    /** The root holding {@code resource}, the folder {@code packagePath} of a directory or a jar. */
    private static Optional<Path> rootOf(URL resource, String packagePath) {
        try {
            if (resource.getProtocol().equals("file")) {
                Path folder = Path.of(resource.toURI());
                int depth = packagePath.split("/").length;
                Path root = folder;
                for (int i = 0; i < depth && root != null; i++) {
                    root = root.getParent();
                }
                return Optional.ofNullable(root);
            }
            if (resource.getProtocol().equals("jar")) {
                String file = resource.getPath();
                int bang = file.indexOf("!/");
                URL jar = new URL(bang < 0 ? file : file.substring(0, bang));
                return jar.getProtocol().equals("file") ? Optional.of(Path.of(jar.toURI()))
                        : Optional.empty();
            }
        } catch (URISyntaxException | MalformedURLException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private void addWithManifest(Set<Path> roots, URL url) {
        if (!url.getProtocol().equals("file")) {
            return;
        }
        try {
            addWithManifest(roots, Path.of(url.toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            // not a local file: nothing to scan here
        }
    }

    /** Adds {@code root}, then, for a jar, the entries of its manifest's {@code Class-Path} (as the JDK resolves them). */
    private void addWithManifest(Set<Path> roots, Path root) {
        if (!roots.add(root) || !Files.isRegularFile(root)) {
            return;
        }
        try (JarFile jar = new JarFile(root.toFile(), false)) {
            Manifest manifest = jar.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (classPath == null) {
                return;
            }
            URL base = root.toUri().toURL();
            for (String entry : classPath.trim().split("\\s+")) {
                if (!entry.isEmpty()) {
                    addWithManifest(roots, new URL(base, entry));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the class path entry " + root + ": " + e.getMessage(), e);
        }
    }

    private void directory(Path root) {
        for (String path : packagePaths) {
            Path folder = root.resolve(path);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(folder)) {
                files = walk.filter(f -> f.getFileName().toString().endsWith(".class")).toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the classes in " + folder + ": " + e.getMessage(), e);
            }
            // read and parsed on every core: a schema of a thousand tables is a thousand class files
            files.parallelStream().map(file -> {
                String relative = root.relativize(file).toString().replace(File.separatorChar, '/');
                try {
                    return carrier(relative, Files.readAllBytes(file), file.toString());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the class file " + file + ": " + e.getMessage(), e);
                }
            }).filter(Objects::nonNull).forEachOrdered(found::add);
        }
    }

    private void jar(Path root) {
        try (JarFile jar = new JarFile(root.toFile(), false)) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || !name.endsWith(".class") || !inPackages(name)) {
                    continue;
                }
                try (InputStream in = jar.getInputStream(entry)) {
                    String carrier = carrier(name, in.readAllBytes(), root + "!/" + name);
                    if (carrier != null) {
                        found.add(carrier);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the class path entry " + root + ": " + e.getMessage(), e);
        }
    }

    private boolean inPackages(String entryName) {
        for (String path : packagePaths) {
            if (entryName.startsWith(path + "/")) {
                return true;
            }
        }
        return false;
    }

    /** The class of the file at {@code relative} (a path under its root) when it carries an annotation, else null. */
    private String carrier(String relative, byte[] bytes, String shown) {
        String name = relative.substring(0, relative.length() - ".class".length());
        if (name.endsWith("module-info")) {
            return null;
        }
        try {
            return ClassAnnotations.of(bytes, annotations).isEmpty() ? null : name.replace('/', '.');
        } catch (IllegalArgumentException e) {
            throw new UncheckedIOException(shown + ": " + e.getMessage(), new IOException(e));
        }
    }
}
