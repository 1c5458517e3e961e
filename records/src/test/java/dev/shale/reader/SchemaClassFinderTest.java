package dev.shale.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.model.EnumType;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.reader.finder.Account;
import dev.shale.reader.finder.Misplaced;
import dev.shale.reader.finder.nested.Ledger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaClassFinderTest {

    private static final ClassLoader TEST_LOADER = SchemaClassFinderTest.class.getClassLoader();

    @Test
    void findsAnnotatedTypesInThePackageAndItsSubPackagesSortedByName() {
        List<Class<?>> found = SchemaClassFinder.find(TEST_LOADER, List.of("dev.shale.reader.finder"));

        assertEquals(List.of("dev.shale.reader.finder.Account", "dev.shale.reader.finder.Holder$Entry",
                "dev.shale.reader.finder.Misplaced", "dev.shale.reader.finder.Status",
                "dev.shale.reader.finder.nested.Ledger"), found.stream().map(Class::getName).toList());
        assertSame(Account.class, found.get(0));
    }

    @Test
    void findsEachTypeOnceWhenPackagesOverlap() {
        assertEquals(SchemaClassFinder.find(TEST_LOADER, List.of("dev.shale.reader.finder")),
                SchemaClassFinder.find(TEST_LOADER, List.of("dev.shale.reader.finder.nested", "dev.shale.reader.finder")));
        assertEquals(List.of(Ledger.class), SchemaClassFinder.find(TEST_LOADER, List.of("dev.shale.reader.finder.nested")));
    }

    @Test
    void findsWhatTheReaderThenReadsOrReports() {
        List<Class<?>> found = SchemaClassFinder.find(TEST_LOADER, List.of("dev.shale.reader.finder"));

        SchemaDeclarationException thrown =
                assertThrows(SchemaDeclarationException.class, () -> new RecordSchemaReader().read(found));
        assertEquals(List.of(new DeclarationProblem(Misplaced.class.getName(), null,
                "is annotated @Table but is not a record", "declare it as a record, such as public record Misplaced(...)")),
                thrown.problems());
        SchemaModel model = new RecordSchemaReader().read(found.stream().filter(c -> c != Misplaced.class).toList()).model();
        assertEquals(List.of(QualifiedName.of("account"), QualifiedName.of("entry"), QualifiedName.of("ledger")),
                model.tables().stream().map(Table::name).toList());
        assertEquals(List.of(QualifiedName.of("status")), model.enums().stream().map(EnumType::name).toList());
    }

    @Test
    void scansOnlyTheClasspathOfTheGivenLoader() throws IOException {
        try (URLClassLoader blind = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
            assertEquals(List.of(), SchemaClassFinder.find(blind, List.of("dev.shale.reader.finder")));
        }
        URL testClasses = SchemaClassFinderTest.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader own = new URLClassLoader(new URL[] {testClasses}, ClassLoader.getPlatformClassLoader())) {
            List<Class<?>> found = SchemaClassFinder.find(own, List.of("dev.shale.reader.finder.nested"));

            assertEquals(List.of("dev.shale.reader.finder.nested.Ledger"), found.stream().map(Class::getName).toList());
            assertSame(own, found.get(0).getClassLoader());
        }
    }

    @Test
    void readsPackagesInsideJarsAndFollowsTheirClassPathManifests(@TempDir Path dir) throws IOException {
        Path testClasses = Path.of(SchemaClassFinderTest.class.getProtectionDomain().getCodeSource().getLocation()
                .getPath());
        Path jar = dir.resolve("schema.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(testClasses.resolve("dev/shale/reader/finder"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(testClasses.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        Path manifestOnly = dir.resolve("manifest-only.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, "schema.jar");
        new JarOutputStream(Files.newOutputStream(manifestOnly), manifest).close();

        for (Path entry : List.of(jar, manifestOnly)) {
            try (URLClassLoader loader = new URLClassLoader(new URL[] {entry.toUri().toURL()},
                    ClassLoader.getPlatformClassLoader())) {
                List<Class<?>> found = SchemaClassFinder.find(loader, List.of("dev.shale.reader.finder"));

                assertEquals(List.of("dev.shale.reader.finder.Account", "dev.shale.reader.finder.Holder$Entry",
                        "dev.shale.reader.finder.Misplaced", "dev.shale.reader.finder.Status",
                        "dev.shale.reader.finder.nested.Ledger"), found.stream().map(Class::getName).toList(),
                        entry.getFileName().toString());
                assertSame(loader, found.get(0).getClassLoader());
            }
        }
    }

    @Test
    void namesAMalformedClassFileInThePackages(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("dev/shale/broken/Broken.class");
        Files.createDirectories(broken.getParent());
        Files.write(broken, "\u00ca\u00fe not a class"
                .getBytes(StandardCharsets.UTF_8));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            UncheckedIOException thrown = assertThrows(UncheckedIOException.class,
                    () -> SchemaClassFinder.find(loader, List.of("dev.shale.broken")));

            assertEquals(broken + ": malformed class file: java.lang.IllegalArgumentException: not a class file",
                    thrown.getMessage());
        }
    }

    @Test
    void needsAPackage() {
        IllegalArgumentException thrown =
                assertThrows(IllegalArgumentException.class, () -> SchemaClassFinder.find(TEST_LOADER, List.of()));

        assertEquals("name at least one package to scan for schema classes", thrown.getMessage());
    }
}
