package dev.shale.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.dsl.Column;
import dev.shale.dsl.Index;
import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.References;
import dev.shale.dsl.Table;
import dev.shale.model.ColumnType;
import dev.shale.model.ForeignKey;
import dev.shale.model.QualifiedName;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForeignKeyResolverTest {

    @Table @PrimaryKey(columns = {"region", "number"})
    @Index(columns = "code", unique = true)
    @Index(columns = "alias", unique = true, where = "alias <> ''")
    record Target(String region, int number, String code, String alias) {
    }

    @Table
    @References(table = Target.class, from = {"number", "region"}, columns = {"number", "region"})
    record ByKeyInOtherOrder(@PrimaryKey long id, String region, short number) {
    }

    @Table record ByUniqueIndex(@PrimaryKey long id, @References(table = Target.class, columns = "code") String code) {
    }

    @Table record ByPartialIndex(@PrimaryKey long id,
                                 @References(table = Target.class, columns = "alias") String alias) {
    }

    @Table record Tree(@PrimaryKey int id, @References(table = Tree.class) Long parentId,
                       @References(table = Tree.class) @Column(type = "citext") String other) {
    }

    @Test
    void acceptsTheKeyColumnsInAnyOrderAndComparableIntegerTypes() {
        assertEquals(List.of(ForeignKey.builder("by_key_in_other_order_number_region_fkey", QualifiedName.of("target"))
                .columns("number", "region").referencedColumns("number", "region").build()),
                Reading.table(ByKeyInOtherOrder.class, Target.class).foreignKeys());
    }

    @Test
    void acceptsAUniqueIndexWithoutPredicate() {
        assertEquals(List.of("code"),
                Reading.table(ByUniqueIndex.class, Target.class).foreignKeys().get(0).referencedColumns());
    }

    @Test
    void refusesAPartialUniqueIndex() {
        SchemaDeclarationException thrown = assertThrows(SchemaDeclarationException.class,
                () -> Reading.table(ByPartialIndex.class, Target.class));

        assertEquals("references public.target (alias), which is neither its primary key nor unique; PostgreSQL "
                + "requires a unique key", thrown.problems().get(0).message());
    }

    @Test
    void resolvesASelfReferenceAndSkipsTypesItDoesNotKnow() {
        assertEquals(List.of(
                ForeignKey.builder("tree_other_fkey", QualifiedName.of("tree")).columns("other")
                        .referencedColumns("id").build(),
                ForeignKey.builder("tree_parent_id_fkey", QualifiedName.of("tree")).columns("parent_id")
                        .referencedColumns("id").build()),
                Reading.table(Tree.class).foreignKeys());
    }

    @Test
    void comparesTypesAsPostgresForeignKeysNeed() {
        ColumnType role = ColumnType.userType(QualifiedName.of("role"));
        assertTrue(ForeignKeyResolver.comparable(ColumnType.builtIn("integer"), ColumnType.builtIn("bigint")));
        assertTrue(ForeignKeyResolver.comparable(ColumnType.builtIn("smallint"), ColumnType.builtIn("integer")));
        assertTrue(ForeignKeyResolver.comparable(ColumnType.builtIn("varchar", 10), ColumnType.builtIn("text")));
        assertTrue(ForeignKeyResolver.comparable(ColumnType.builtIn("numeric", 10, 2), ColumnType.builtIn("numeric")));
        assertTrue(ForeignKeyResolver.comparable(role, role));
        assertTrue(ForeignKeyResolver.comparable(ColumnType.builtIn("citext"), ColumnType.builtIn("uuid")));
        assertFalse(ForeignKeyResolver.comparable(ColumnType.builtIn("uuid"), ColumnType.builtIn("text")));
        assertFalse(ForeignKeyResolver.comparable(ColumnType.builtIn("integer"), ColumnType.builtIn("numeric")));
        assertFalse(ForeignKeyResolver.comparable(ColumnType.builtIn("text").arrayOf(), ColumnType.builtIn("text")));
        assertFalse(ForeignKeyResolver.comparable(role, ColumnType.builtIn("text")));
        assertFalse(ForeignKeyResolver.comparable(role, ColumnType.userType(new QualifiedName("audit", "role"))));
    }
}
