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
}
