package dev.shale.migrations.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MigrationNameTest {

    @Test
    void keepsAValidName() {
        assertEquals("create_users", MigrationName.of("create_users").value());
        assertEquals("add_v2_index", MigrationName.of("add_v2_index").toString());
    }

    @Test
    void normalisesWhatUsersType() {
        assertEquals("add_email_to_users", MigrationName.of("  Add email-to.users ").value());
        assertEquals("add_email_to_users", MigrationName.of("AddEmailToUsers").value());
        assertEquals("http_status_codes", MigrationName.of("HTTPStatus codes").value());
        assertEquals("cafe_menu", MigrationName.of("Café  menu").value());
        assertEquals("drop_old", MigrationName.of("__drop__old__").value());
    }

    @Test
    void rejectsCharactersItCannotMap() {
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> MigrationName.of("users/emails"));
        assertEquals(ProjectFileException.Problem.INVALID_NAME, e.problem());
        assertEquals("migration name \"users/emails\" contains \"/\"; a name has only letters a-z, digits, spaces,"
                + " dashes and underscores.", e.description());
        assertEquals("name the migration in a few words, such as add_email_to_users", e.fix());
    }

    @Test
    void rejectsEmptyNames() {
        assertEquals("migration name \" - \" (as \"\") is empty.",
                assertThrows(ProjectFileException.class, () -> MigrationName.of(" - ")).description());
        assertThrows(ProjectFileException.class, () -> MigrationName.of(""));
    }

    @Test
    void rejectsLongNames() {
        assertEquals(MigrationName.MAX_LENGTH, MigrationName.of("a".repeat(MigrationName.MAX_LENGTH)).value().length());
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> MigrationName.of("a".repeat(MigrationName.MAX_LENGTH + 1)));
        assertTrue(e.description().endsWith(" is 81 characters long; the limit is 80."), e.description());
    }

    @Test
    void constructorAcceptsOnlyNormalNames() {
        assertTrue(MigrationName.isValid("create_users"));
        assertFalse(MigrationName.isValid("Create_users"));
        assertFalse(MigrationName.isValid("___"));
        assertThrows(ProjectFileException.class, () -> new MigrationName("create users"));
    }
}
