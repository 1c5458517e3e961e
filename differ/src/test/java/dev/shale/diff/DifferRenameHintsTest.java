package dev.shale.diff;

import static dev.shale.diff.Fixtures.BIGINT;
import static dev.shale.diff.Fixtures.TEXT;
import static dev.shale.diff.Fixtures.col;
import static dev.shale.diff.Fixtures.enumType;
import static dev.shale.diff.Fixtures.hints;
import static dev.shale.diff.Fixtures.model;
import static dev.shale.diff.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class DifferRenameHintsTest {

    private static final SchemaModel CURRENT = model()
            .enumType(enumType("role", "CLIENT", "ADMIN"))
            .table(table("support_tickets").col(col("id", BIGINT).notNull(), col("content", TEXT)))
            .build();

    private static final SchemaModel ONLY_USERS = model().table(table("users").col(col("id", BIGINT))).build();

    @Test
    void staleHintsAreIgnored() {
        RenameHints applied = hints()
                .table("tickets", "support_tickets", "com.x.SupportTicket")
                .column("support_tickets", "body", "content", "com.x.SupportTicket.content")
                .enumType("user_role", "role", "com.x.Role")
                .enumValue("role", "USER", "CLIENT", "com.x.Role.CLIENT")
                .build();
        assertEquals(List.of(), Differ.diff(CURRENT, CURRENT, applied));
    }

    @Test
    void hintWhoseOldAndNewNamesBothExistIsStale() {
        SchemaModel both = model().table(table("a").col(col("id", BIGINT))).table(table("b").col(col("id", BIGINT)))
                .build();
        assertEquals(List.of(), Differ.diff(both, both, hints().table("a", "b", "com.x.B").build()));
    }

    @Test
    void unresolvedColumnHintNamesTheAnnotationTheTableAndTheFix() {
        SchemaModel from = model().table(table("support_tickets").col(col("id", BIGINT).notNull(), col("text", TEXT)))
                .build();
        assertUnresolved(from, CURRENT,
                hints().column("support_tickets", "body", "content", "com.x.SupportTicket.content").build(),
                "com.x.SupportTicket.content",
                "@RenamedFrom(\"body\") on com.x.SupportTicket.content names no column \"body\" of table "
                        + "public.support_tickets in the latest snapshot; remove the annotation or fix the name");
    }

    @Test
    void columnHintOnATableTheSnapshotLacksIsUnresolved() {
        assertUnresolved(SchemaModel.EMPTY, CURRENT,
                hints().column("support_tickets", "body", "content", "com.x.SupportTicket.content").build(),
                "com.x.SupportTicket.content",
                "@RenamedFrom(\"body\") on com.x.SupportTicket.content names no column \"body\" of table "
                        + "public.support_tickets in the latest snapshot; remove the annotation or fix the name");
    }

    @Test
    void unresolvedTableHint() {
        assertUnresolved(ONLY_USERS, CURRENT, hints().table("tickets", "support_tickets", "com.x.SupportTicket").build(),
                "com.x.SupportTicket",
                "@RenamedFrom(\"tickets\") on com.x.SupportTicket names no table public.tickets in the latest "
                        + "snapshot; remove the annotation or fix the name");
    }

    @Test
    void unresolvedCrossSchemaTableHintShowsTheSchema() {
        assertUnresolved(ONLY_USERS, CURRENT,
                hints().table("legacy.tickets", "support_tickets", "com.x.SupportTicket").build(),
                "com.x.SupportTicket",
                "@RenamedFrom(\"legacy.tickets\") on com.x.SupportTicket names no table legacy.tickets in the latest "
                        + "snapshot; remove the annotation or fix the name");
    }

    @Test
    void unresolvedEnumHint() {
        assertUnresolved(ONLY_USERS, CURRENT, hints().enumType("user_role", "role", "com.x.Role").build(),
                "com.x.Role",
                "@RenamedFrom(\"user_role\") on com.x.Role names no enum type public.user_role in the latest "
                        + "snapshot; remove the annotation or fix the name");
    }

    @Test
    void unresolvedEnumValueHint() {
        SchemaModel from = model().enumType(enumType("role", "MEMBER", "ADMIN")).build();
        assertUnresolved(from, CURRENT, hints().enumValue("role", "USER", "CLIENT", "com.x.Role.CLIENT").build(),
                "com.x.Role.CLIENT",
                "@RenamedFrom(\"USER\") on com.x.Role.CLIENT names no value \"USER\" of enum type public.role in the "
                        + "latest snapshot; remove the annotation or fix the name");
    }

    @Test
    void fromALiveDatabaseHintsThatNameNothingAreSkippedAndTheRestApplied() {
        RenameHints hints = hints()
                .table("tickets", "support_tickets", "com.x.SupportTicket")
                .enumType("user_role", "role", "com.x.Role")
                .enumValue("role", "USER", "CLIENT", "com.x.Role.CLIENT")
                .build();
        SchemaModel from = model().enumType(enumType("role", "MEMBER", "ADMIN")).build();

        assertEquals(Differ.diff(from, CURRENT, RenameHints.NONE),
                Differ.diffApplyingPresentRenames(from, CURRENT, hints));
        assertEquals(Differ.diff(SchemaModel.EMPTY, CURRENT, RenameHints.NONE),
                Differ.diffApplyingPresentRenames(SchemaModel.EMPTY, CURRENT, hints));
    }

    private static void assertUnresolved(SchemaModel from, SchemaModel to, RenameHints hints, String declaredAt,
                                         String message) {
        UnresolvedRenameException e = assertThrows(UnresolvedRenameException.class, () -> Differ.diff(from, to, hints));
        assertEquals(message, e.getMessage());
        assertEquals(declaredAt, e.declaredAt());
    }
}
