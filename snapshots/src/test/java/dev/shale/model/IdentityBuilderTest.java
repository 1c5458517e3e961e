package dev.shale.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IdentityBuilderTest {

    @Test
    void aNewBuilderMakesByDefaultStartingAtOneByOne() {
        assertEquals(Identity.BY_DEFAULT, Identity.builder().build());
        assertEquals(Identity.ALWAYS, Identity.builder().always(true).build());
    }

    @Test
    void toBuilderGivesBackAnEqualIdentity() {
        Identity identity = new Identity(true, 100, -5);
        assertEquals(identity, identity.toBuilder().build());
        assertEquals(new Identity(false, 100, -5), identity.toBuilder().always(false).build());
    }

    @Test
    void theRecordsChecksStillApply() {
        assertEquals("identity increment must not be 0", assertThrows(IllegalArgumentException.class,
                () -> Identity.builder().increment(0).build()).getMessage());
    }

    @Test
    void theSequenceOptionsAreBuiltAndChecked() {
        Identity identity = Identity.builder().start(10).minValue(10L).maxValue(20L).cache(5).cycle(true).build();
        assertEquals(new Identity(false, 10, 1, 10L, 20L, 5, true), identity);
        assertEquals(identity, identity.toBuilder().build());
        assertEquals(false, identity.hasDefaultOptions());
        assertEquals(true, Identity.BY_DEFAULT.hasDefaultOptions());
        assertEquals("identity minValue 20 must be less than maxValue 20", assertThrows(IllegalArgumentException.class,
                () -> identity.toBuilder().minValue(20L).start(20).build()).getMessage());
        assertEquals("identity start 5 must not be less than minValue 10", assertThrows(IllegalArgumentException.class,
                () -> identity.toBuilder().start(5).build()).getMessage());
        assertEquals("identity start 21 must not be greater than maxValue 20",
                assertThrows(IllegalArgumentException.class, () -> identity.toBuilder().start(21).build()).getMessage());
        assertEquals("identity cache must be at least 1, not 0", assertThrows(IllegalArgumentException.class,
                () -> identity.toBuilder().cache(0).build()).getMessage());
    }
}
