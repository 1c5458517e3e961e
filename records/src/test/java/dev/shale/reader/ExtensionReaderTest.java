package dev.shale.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.dsl.Column;
import dev.shale.dsl.Extension;
import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.Table;
import dev.shale.model.ColumnType;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code @Extension} declarations, on a holder type, a record or a package, and the column types they provide. */
class ExtensionReaderTest {

    @Extension("citext")
    static final class Needs {
    }

    @Extension(value = "citext", schema = "util", version = "1.6")
    static final class NeedsInUtil {
    }

    @Extension("CiText")
    static final class BadName {
    }

    @Extension(value = "citext", version = " 1.6")
    static final class BadVersion {
    }

    @Extension(value = "citext", schema = "pg_util")
    static final class BadSchema {
    }

    @Table("users")
    record User(@PrimaryKey long id, @Column(type = "citext") String email) {
    }

    @Extension("ltree")
    @Table("paths")
    record Path(@PrimaryKey long id, @Column(type = "ltree") String path, @Column(type = "lquery") String query) {
    }

    @Table("vectors")
    record Sized(@PrimaryKey long id, @Column(type = "citext(3)") String email) {
    }

    private static SchemaModel read(Class<?>... classes) {
        return new RecordSchemaReader().read(List.of(classes)).model();
    }

    private static ColumnType typeOf(SchemaModel model, String table, String column) {
        return model.table(QualifiedName.of(table)).orElseThrow().column(column).orElseThrow().type();
    }

    @Test
    void aDeclaredExtensionIsInTheModelAndItsTypeInItsSchema() {
        SchemaModel model = read(Needs.class, User.class);
        assertEquals(List.of(dev.shale.model.Extension.of("citext")), model.extensions());
        assertEquals(ColumnType.userType(QualifiedName.of("citext")), typeOf(model, "users", "email"));
    }

    @Test
    void anExtensionInAnotherSchemaBringsTheSchemaAndQualifiesTheType() {
        SchemaModel model = read(NeedsInUtil.class, User.class);
        assertEquals(List.of(new dev.shale.model.Extension("citext", "util", "1.6")), model.extensions());
        assertEquals(List.of("util"), model.schemas());
        assertEquals(ColumnType.userType(new QualifiedName("util", "citext")), typeOf(model, "users", "email"));
    }

    @Test
    void aRecordMayDeclareTheExtensionItUses() {
        SchemaModel model = read(Path.class);
        assertEquals(List.of(dev.shale.model.Extension.of("ltree")), model.extensions());
        assertEquals(ColumnType.userType(QualifiedName.of("ltree")), typeOf(model, "paths", "path"));
        assertEquals(ColumnType.userType(QualifiedName.of("lquery")), typeOf(model, "paths", "query"));
    }

    @Test
    void withoutTheDeclarationTheTypeStaysAsWritten() {
        assertEquals(ColumnType.builtIn("citext"), typeOf(read(User.class), "users", "email"));
    }

    @Test
    void aPackageDeclaresExtensionsInItsPackageInfo() {
        List<Class<?>> classes = SchemaClassFinder.find(ExtensionReaderTest.class.getClassLoader(),
                List.of("dev.shale.reader.extpkg"));
        SchemaModel model = new RecordSchemaReader().read(classes).model();
        assertEquals(List.of(dev.shale.model.Extension.of("citext", "util"), dev.shale.model.Extension.of("hstore")),
                model.extensions());
        assertEquals(ColumnType.userType(new QualifiedName("util", "citext")), typeOf(model, "profiles", "email"));
        assertEquals(ColumnType.userType(new QualifiedName("util", "citext")).arrayOf(),
                typeOf(model, "profiles", "aliases"));
        assertEquals(ColumnType.userType(QualifiedName.of("hstore")), typeOf(model, "profiles", "attrs"));
    }

    @Test
    void theSameDeclarationTwiceIsOne() {
        assertEquals(1, read(Needs.class, User.class, Path.class).extensions().stream()
                .filter(e -> e.name().equals("citext")).count());
    }

    @Test
    void conflictingDeclarationsNameBothClassesAndTheFix() {
        SchemaDeclarationException e = assertThrows(SchemaDeclarationException.class,
                () -> read(Needs.class, NeedsInUtil.class));
        assertEquals(1, e.problems().size());
        DeclarationProblem problem = e.problems().get(0);
        assertEquals(NeedsInUtil.class.getName(), problem.className());
        assertEquals("declares the extension citext as schema util, version 1.6, but " + Needs.class.getName()
                + " declares it as schema public, any version", problem.message());
        assertEquals("declare citext once, or make both declarations name the same schema and version", problem.fix());
    }

    @Test
    void badNamesSchemasAndVersionsAreRefused() {
        SchemaDeclarationException e = assertThrows(SchemaDeclarationException.class,
                () -> read(BadName.class, BadVersion.class, BadSchema.class));
        assertEquals(3, e.problems().size());
        assertEquals(List.of(BadName.class.getName(), BadSchema.class.getName(), BadVersion.class.getName()),
                e.problems().stream().map(DeclarationProblem::className).sorted().toList());
        DeclarationProblem name = e.problems().stream().filter(p -> p.className().equals(BadName.class.getName()))
                .findFirst().orElseThrow();
        assertEquals("has @Extension(\"CiText\"): \"CiText\" is not an extension name: use the name as"
                + " pg_available_extensions lists it (lower-case letters, digits, _ and -, such as citext or"
                + " uuid-ossp)", name.message());
    }

    @Test
    void modifiersOnADeclaredExtensionTypeAreRefused() {
        SchemaDeclarationException e = assertThrows(SchemaDeclarationException.class,
                () -> read(Needs.class, Sized.class));
        assertEquals("@Column(type = \"citext(3)\") gives modifiers to the type citext of the declared extension"
                + " citext, which Shale does not model yet", e.problems().get(0).message());
    }
}
