package dev.shale.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnumTypeBuilderTest {

    private static final QualifiedName ROLE = QualifiedName.of("role");

    @Test
    void ofTakesTheLabelsInOrderAndNoComment() {
        assertEquals(new EnumType(ROLE, List.of("client", "admin"), null), EnumType.of(ROLE, "client", "admin"));
        assertEquals(new EnumType(ROLE, List.of()), EnumType.of(ROLE));
    }

    @Test
    void aNewBuilderMakesAnEnumWithoutLabels() {
        assertEquals(new EnumType(ROLE, List.of(), null), EnumType.builder(ROLE).build());
    }

    @Test
    void valueAddsAndValuesReplace() {
        assertEquals(List.of("a", "b"), EnumType.builder(ROLE).value("a").value("b").build().values());
        assertEquals(List.of("c"), EnumType.builder(ROLE).value("a").values("c").build().values());
    }

    @Test
    void toBuilderGivesBackAnEqualEnum() {
        EnumType type = new EnumType(new QualifiedName("auth", "role"), List.of("client", "admin"), "who may do what");
        assertEquals(type, type.toBuilder().build());
        assertEquals(new EnumType(ROLE, type.values(), type.comment()), type.toBuilder().name(ROLE).build());
    }

    @Test
    void theRecordsChecksStillApply() {
        assertEquals("name", assertThrows(NullPointerException.class, () -> EnumType.of(null, "a")).getMessage());
        assertThrows(NullPointerException.class, () -> EnumType.builder(ROLE).value(null).build());
    }
}
