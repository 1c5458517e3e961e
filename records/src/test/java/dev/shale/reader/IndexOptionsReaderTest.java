package dev.shale.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.dsl.Index;
import dev.shale.dsl.IndexMethod;
import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.Table;
import dev.shale.model.IndexKey;
import dev.shale.model.QualifiedName;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Index key options, INCLUDE, NULLS NOT DISTINCT and storage parameters as declared on records. */
class IndexOptionsReaderTest {

    @Table
    @Index(columns = {"created_at DESC NULLS LAST", "id NULLS FIRST"})
    @Index(columns = "title COLLATE \"C\" text_pattern_ops", expressions = "lower(title) text_pattern_ops DESC",
            with = {"fillfactor = 70"})
    @Index(columns = "code", unique = true, include = {"title", "created_at"}, nullsNotDistinct = true,
            with = {"deduplicate_items=off", "fillfactor=80"})
    record Event(@PrimaryKey long id, String title, String code, java.time.OffsetDateTime createdAt,
                 @Index(method = IndexMethod.HASH) String kind) {
    }

    @Table
    @Index(name = "coll_idx", columns = {"title COLLATE \"public\".\"ci\" DESC", "code COLLATE en_US.utf8",
            "kind COLLATE public.\"Ci\""})
    record Collated(@PrimaryKey long id, String title, String code, String kind) {
    }

    @Table
    @Index(name = "defaults_idx", columns = {"title text_ops", "id int8_ops DESC", "code COLLATE \"C\"",
            "kind text_pattern_ops"})
    record Defaults(@PrimaryKey long id, String title, @dev.shale.dsl.Column(collation = "C") String code,
                    String kind) {
    }

    @Table @Index(columns = "title DESCENDING") record BadKey(@PrimaryKey long id, String title) {
    }

    @Table @Index(columns = "title DESC", method = IndexMethod.HASH) record OrderedHash(@PrimaryKey long id, String title) {
    }

    @Table @Index(columns = "title", method = IndexMethod.GIN, include = "id") record IncludeOnGin(@PrimaryKey long id,
                                                                                                     String title) {
    }

    @Table @Index(columns = "title", nullsNotDistinct = true) record NotUnique(@PrimaryKey long id, String title) {
    }

    @Table @Index(columns = "title", with = "FillFactor") record BadParameter(@PrimaryKey long id, String title) {
    }

    @Table @Index(columns = "title", include = "nope") record UnknownInclude(@PrimaryKey long id, String title) {
    }

    @Test
    void readsEveryOption() {
        dev.shale.model.Table table = new RecordSchemaReader().read(List.of(Event.class)).model()
                .table(QualifiedName.of("event")).orElseThrow();
        var indexes = table.indexes();
        var byName = new java.util.TreeMap<String, dev.shale.model.Index>();
        indexes.forEach(i -> byName.put(i.name(), i));

        assertEquals(List.of(IndexKey.column("created_at").withDescending(true).withNulls(IndexKey.Nulls.LAST),
                        IndexKey.column("id").withNulls(IndexKey.Nulls.FIRST)),
                byName.values().stream()
                        .filter(i -> i.keys().get(0).text().equals("created_at")).findFirst().orElseThrow().keys());
        dev.shale.model.Index title = byName.values().stream().filter(i -> i.keys().size() == 2
                && i.keys().get(0).text().equals("title")).findFirst().orElseThrow();
        assertEquals(List.of(IndexKey.column("title").withCollation("C").withOpclass("text_pattern_ops"),
                IndexKey.expression("lower(title)").withOpclass("text_pattern_ops").withDescending(true)), title.keys());
        assertEquals(Map.of("fillfactor", "70"), title.storage());
        dev.shale.model.Index code = byName.values().stream().filter(i -> i.keys().get(0).text().equals("code"))
                .findFirst().orElseThrow(() -> new AssertionError(byName.keySet()));
        assertEquals(List.of("title", "created_at"), code.include());
        assertEquals(true, code.nullsNotDistinct());
        assertEquals(Map.of("deduplicate_items", "off", "fillfactor", "80"), code.storage());
        assertEquals(true, byName.values().stream().anyMatch(i -> i.keys().equals(List.of(IndexKey.column("kind")))));
    }

    @Test
    void keyCollationsTakeTheNormalFormOfColumnCollations() {
        dev.shale.model.Index index = new RecordSchemaReader().read(List.of(Collated.class)).model()
                .table(QualifiedName.of("collated")).orElseThrow().indexes().get(0);
        assertEquals(List.of("public.ci", "\"en_US.utf8\"", "public.\"Ci\""),
                index.keys().stream().map(IndexKey::collation).toList());
        assertEquals("title COLLATE public.ci DESC", index.keys().get(0).definition());
    }

    @Test
    void aDefaultOperatorClassAndTheColumnsOwnCollationAreThePlainKey() {
        dev.shale.model.Index index = new RecordSchemaReader().read(List.of(Defaults.class)).model()
                .table(QualifiedName.of("defaults")).orElseThrow().indexes().get(0);
        assertEquals(List.of(IndexKey.column("title"), IndexKey.column("id").withDescending(true),
                IndexKey.column("code"), IndexKey.column("kind").withOpclass("text_pattern_ops")), index.keys());
    }

    @Test
    void badOptionsNameTheClassAndTheFix() {
        assertProblem(BadKey.class, "has @Index(columns) key \"title DESCENDING\" that has \"DESCENDING\" after the"
                + " column, which is not COLLATE, an operator class, ASC/DESC or NULLS FIRST/LAST",
                "write it as " + IndexKeyText.COLUMN_FORM);
        assertProblem(OrderedHash.class, "has @Index(method = HASH) with a key ordered by ASC/DESC or NULLS FIRST/LAST,"
                + " but only btree indexes keep an order", "remove the order from the key, or use method = BTREE");
        assertProblem(IncludeOnGin.class, "has @Index(include = ...) on a GIN index, but only btree and gist indexes"
                + " take INCLUDE columns", "use method = BTREE (or GIST), or remove include");
        assertProblem(NotUnique.class, "has @Index(nullsNotDistinct = true) on an index that is not unique",
                "add unique = true, or remove nullsNotDistinct");
        assertProblem(BadParameter.class, "has @Index(with = \"FillFactor\"), which is not a storage parameter written"
                + " name=value", "write each as \"name=value\" with a lower-case name, such as \"fillfactor=70\"");
    }

    @Test
    void anUnknownIncludeColumnIsNamed() {
        SchemaDeclarationException thrown = assertThrows(SchemaDeclarationException.class,
                () -> new RecordSchemaReader().read(List.of(UnknownInclude.class)));
        assertEquals(UnknownInclude.class.getName(), thrown.problems().get(0).className());
        assertEquals(true, thrown.problems().get(0).message().startsWith("@Index(include) names column nope"),
                thrown.problems().get(0).message());
    }

    private static void assertProblem(Class<?> type, String message, String fix) {
        SchemaDeclarationException thrown = assertThrows(SchemaDeclarationException.class,
                () -> new RecordSchemaReader().read(List.of(type)));
        assertEquals(List.of(new DeclarationProblem(type.getName(), null, message, fix)), thrown.problems());
    }
}
