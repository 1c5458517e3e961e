package dev.shale.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndexBuilderTest {

    @Test
    void aNewBuilderMakesAPlainBtreeIndex() {
        assertEquals(new Index("t_a_idx", List.of(IndexKey.column("a")), false, IndexMethod.BTREE, null),
                Index.builder("t_a_idx").columns("a").build());
    }

    @Test
    void keysAreAddedInOrderOrReplaced() {
        assertEquals(List.of(IndexKey.expression("lower(email)"), IndexKey.column("role")),
                Index.builder("i").expression("lower(email)").column("role").build().keys());
        assertEquals(List.of(IndexKey.column("b"), IndexKey.column("c")),
                Index.builder("i").column("a").columns("b", "c").build().keys());
        assertEquals(List.of(IndexKey.expression("x")),
                Index.builder("i").column("a").keys(IndexKey.expression("x")).build().keys());
    }

    @Test
    void toBuilderGivesBackAnEqualIndex() {
        Index index = Index.builder("t_tags_idx").columns("tags").unique().method(IndexMethod.GIN)
                .where("tags IS NOT NULL").build();
        assertEquals(new Index("t_tags_idx", List.of(IndexKey.column("tags")), true, IndexMethod.GIN,
                "tags IS NOT NULL"), index);
        assertEquals(index, index.toBuilder().build());
        assertEquals(new Index("renamed", index.keys(), false, IndexMethod.GIN, null),
                index.toBuilder().name("renamed").unique(false).where(null).build());
    }

    @Test
    void theRecordsChecksStillApply() {
        assertEquals("method", assertThrows(NullPointerException.class,
                () -> Index.builder("i").method(null).build()).getMessage());
        assertEquals("name", assertThrows(NullPointerException.class, () -> Index.builder(null).build())
                .getMessage());
    }
}
