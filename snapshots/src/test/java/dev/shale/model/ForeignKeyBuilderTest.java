package dev.shale.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForeignKeyBuilderTest {

    private static final QualifiedName USERS = QualifiedName.of("users");

    @Test
    void aNewBuilderTakesNoActionOnDeleteAndUpdate() {
        assertEquals(new ForeignKey("t_user_fkey", List.of("user_id"), USERS, List.of("id"),
                        ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION),
                ForeignKey.builder("t_user_fkey", USERS).columns("user_id").referencedColumns("id").build());
    }

    @Test
    void toBuilderGivesBackAnEqualKey() {
        ForeignKey key = new ForeignKey("orders_customer_fkey", List.of("customer_id", "region"),
                new QualifiedName("billing", "customers"), List.of("id", "region"), ReferentialAction.SET_NULL,
                ReferentialAction.CASCADE);
        assertEquals(key, key.toBuilder().build());
        assertEquals(new ForeignKey("renamed", key.columns(), USERS, key.referencedColumns(), ReferentialAction.RESTRICT,
                ReferentialAction.SET_DEFAULT), key.toBuilder().name("renamed").referencedTable(USERS)
                .onDelete(ReferentialAction.RESTRICT).onUpdate(ReferentialAction.SET_DEFAULT).build());
    }

    @Test
    void theRecordsChecksStillApply() {
        assertEquals("referencedTable", assertThrows(NullPointerException.class,
                () -> ForeignKey.builder("k", null).build()).getMessage());
        assertEquals("onDelete", assertThrows(NullPointerException.class,
                () -> ForeignKey.builder("k", USERS).onDelete(null).build()).getMessage());
    }
}
