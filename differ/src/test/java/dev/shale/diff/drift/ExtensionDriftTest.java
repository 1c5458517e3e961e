package dev.shale.diff.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.Extension;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import java.util.function.Function;
import dev.shale.model.SchemaModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Drift of extensions: a database against a snapshot. */
class ExtensionDriftTest {

    private static SchemaModel with(Extension... extensions) {
        return SchemaModel.builder().extensions(List.of(extensions)).build();
    }

    @Test
    void theInstalledVersionIsNoDriftWhenTheSnapshotNamesNone() {
        assertTrue(Drift.between(with(new Extension("citext", "public", "1.6")), with(Extension.of("citext")))
                .isEmpty());
    }

    @Test
    void aMissingExtraOrOtherVersionIsReported() {
        assertEquals(List.of("extension citext is missing from the database"),
                messages(Drift.between(SchemaModel.EMPTY, with(Extension.of("citext")))));
        assertEquals(List.of("extension hstore exists in the database but not in the snapshot"),
                messages(Drift.between(with(new Extension("hstore", "public", "1.8")), SchemaModel.EMPTY)));
        assertEquals(List.of("extension citext: version is 1.5 in the database, 1.6 in the snapshot"),
                messages(Drift.between(with(new Extension("citext", "public", "1.5")),
                        with(new Extension("citext", "public", "1.6")))));
    }

    @Test
    void anExtraExtensionShowsItsDefinition() {
        DriftItem extra = Drift.between(with(new Extension("hstore", "util", "1.8")), SchemaModel.EMPTY).items()
                .get(0);
        assertEquals("schema util, version 1.8", extra.actual());
    }

    @Test
    void aMovedExtensionIsOneItemWithTheStatementThatMovesItBackAndItsColumnsAreNoDrift() {
        QualifiedName contacts = new QualifiedName("public", "contacts");
        Function<String, SchemaModel> model = schema -> SchemaModel.builder()
                .extensions(List.of(Extension.of("citext", schema)))
                .tables(List.of(Table.builder(contacts).columns(List.of(Column.of("email",
                        ColumnType.userType(new QualifiedName(schema, "citext")), false))).build()))
                .build();

        Drift drift = Drift.between(model.apply("util"), model.apply("public"));

        assertEquals(List.of("extension citext is in schema util in the database, public in the snapshot: move it"
                + " back with ALTER EXTENSION citext SET SCHEMA public (its types, functions and operators move with"
                + " it), or, if the move was meant, make it in a migration of its own and declare"
                + " @Extension(value = \"citext\", schema = \"util\")"), messages(drift));
        assertEquals(List.of("ALTER EXTENSION citext SET SCHEMA public"), drift.fixSql());
        assertTrue(drift.fix().changes().isEmpty());
        assertTrue(Drift.between(model.apply("public"), model.apply("public")).isEmpty());
    }

    private static List<String> messages(Drift drift) {
        return drift.items().stream().map(DriftItem::message).toList();
    }
}
