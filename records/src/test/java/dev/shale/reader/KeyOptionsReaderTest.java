package dev.shale.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.Table;
import dev.shale.dsl.Unique;
import dev.shale.model.Deferrability;
import dev.shale.model.KeyOptions;
import dev.shale.model.QualifiedName;
import dev.shale.model.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** INCLUDE, NULLS NOT DISTINCT and storage parameters of primary keys and unique constraints, as declared. */
class KeyOptionsReaderTest {

    @Table
    @PrimaryKey(columns = {"tenant", "id"}, include = "title", with = "fillfactor=70")
    @Unique(columns = {"tenant", "code"}, nullsNotDistinct = true, include = {"title", "kind"},
            with = {"deduplicate_items = off", "fillfactor=80"})
    record Event(long id, long tenant, String title, String code, String kind,
                 @Unique(nullsNotDistinct = true) String slug) {
    }

    @Table
    record Single(@PrimaryKey(include = "title", with = "fillfactor=90") long id, String title) {
    }

    @Table @Unique(columns = "title", include = "title") record IncludedKey(@PrimaryKey long id, String title) {
    }

    @Table @Unique(columns = "title", with = "FillFactor") record BadParameter(@PrimaryKey long id, String title) {
    }

    @Table record UnknownInclude(@PrimaryKey(include = "nope") long id, String title) {
    }

    @Test
    void readsTheOptionsOfKeysOnTheTypeAndOnComponents() {
        var model = new RecordSchemaReader().read(List.of(Event.class, Single.class)).model();
        dev.shale.model.Table event = model.table(QualifiedName.of("event")).orElseThrow();
        assertEquals(new dev.shale.model.PrimaryKey("event_pkey", List.of("tenant", "id"), Deferrability.NOT_DEFERRABLE,
                KeyOptions.NONE.withInclude(List.of("title")).withStorage("fillfactor", "70")), event.primaryKey());
        assertEquals(List.of(
                new UniqueConstraint("event_slug_key", List.of("slug"), Deferrability.NOT_DEFERRABLE,
                        KeyOptions.NONE.withNullsNotDistinct(true)),
                new UniqueConstraint("event_tenant_code_key", List.of("tenant", "code"), Deferrability.NOT_DEFERRABLE,
                        KeyOptions.NONE.withNullsNotDistinct(true).withInclude(List.of("title", "kind"))
                                .withStorage("deduplicate_items", "off").withStorage("fillfactor", "80"))),
                event.uniques());
        assertEquals(KeyOptions.NONE.withInclude(List.of("title")).withStorage("fillfactor", "90"),
                model.table(QualifiedName.of("single")).orElseThrow().primaryKey().options());
    }

    @Test
    void badOptionsNameTheClassAndTheFix() {
        assertProblem(IncludedKey.class, "has @Unique(include = ...) naming key column title",
                "name in include only columns that are not in the key");
        assertProblem(BadParameter.class, "has @Unique(with = \"FillFactor\"), which is not a storage parameter"
                + " written name=value", "write each as \"name=value\" with a lower-case name, such as \"fillfactor=70\"");
        SchemaDeclarationException thrown = assertThrows(SchemaDeclarationException.class,
                () -> new RecordSchemaReader().read(List.of(UnknownInclude.class)));
        assertEquals(UnknownInclude.class.getName(), thrown.problems().get(0).className());
        assertEquals(true, thrown.problems().get(0).message().startsWith("@PrimaryKey(include) names column nope"),
                thrown.problems().get(0).message());
    }

    private static void assertProblem(Class<?> type, String message, String fix) {
        SchemaDeclarationException thrown = assertThrows(SchemaDeclarationException.class,
                () -> new RecordSchemaReader().read(List.of(type)));
        assertEquals(List.of(new DeclarationProblem(type.getName(), null, message, fix)), thrown.problems());
    }
}
