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
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

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
    void needsAPackage() {
        IllegalArgumentException thrown =
                assertThrows(IllegalArgumentException.class, () -> SchemaClassFinder.find(TEST_LOADER, List.of()));

        assertEquals("name at least one package to scan for schema classes", thrown.getMessage());
    }
}
