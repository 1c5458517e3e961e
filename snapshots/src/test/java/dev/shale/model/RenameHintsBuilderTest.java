package dev.shale.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RenameHintsBuilderTest {

    private static final QualifiedName USERS = QualifiedName.of("users");
    private static final QualifiedName ROLE = QualifiedName.of("role");

    @Test
    void aNewBuilderMakesNoHints() {
        assertEquals(RenameHints.NONE, RenameHints.builder().build());
    }

    @Test
    void eachKindOfHintIsAddedInOrder() {
        RenameHints hints = RenameHints.builder()
                .table(QualifiedName.of("people"), USERS, "com.example.User")
                .column(USERS, "mail", "email", "com.example.User.email")
                .column(USERS, "nick", "name", "com.example.User.name")
                .enumType(QualifiedName.of("kind"), ROLE, "com.example.Role")
                .enumValue(ROLE, "USER", "CLIENT", "com.example.Role.CLIENT")
                .build();
        assertEquals(new RenameHints(
                List.of(new RenameHints.TableRename(QualifiedName.of("people"), USERS, "com.example.User")),
                List.of(new RenameHints.ColumnRename(USERS, "mail", "email", "com.example.User.email"),
                        new RenameHints.ColumnRename(USERS, "nick", "name", "com.example.User.name")),
                List.of(new RenameHints.EnumRename(QualifiedName.of("kind"), ROLE, "com.example.Role")),
                List.of(new RenameHints.EnumValueRename(ROLE, "USER", "CLIENT", "com.example.Role.CLIENT"))), hints);
    }

    @Test
    void toBuilderGivesBackEqualHintsAndPluralMethodsReplace() {
        RenameHints hints = RenameHints.builder().table(QualifiedName.of("people"), USERS, "A")
                .column(USERS, "mail", "email", "B").enumType(QualifiedName.of("kind"), ROLE, "C")
                .enumValue(ROLE, "USER", "CLIENT", "D").build();
        assertEquals(hints, hints.toBuilder().build());
        assertEquals(RenameHints.NONE, hints.toBuilder().tables(List.of()).columns(List.of()).enums(List.of())
                .enumValues(List.of()).build());
    }
}
