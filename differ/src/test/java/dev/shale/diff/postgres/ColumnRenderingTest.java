package dev.shale.diff.postgres;

import static dev.shale.diff.postgres.Fixtures.TICKETS;
import static dev.shale.diff.postgres.Fixtures.USERS;
import static dev.shale.diff.postgres.Fixtures.column;
import static dev.shale.diff.postgres.Fixtures.sql;
import static dev.shale.diff.postgres.Fixtures.withComment;
import static dev.shale.diff.postgres.Fixtures.withDefault;
import static dev.shale.diff.postgres.Fixtures.withIdentity;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.DropColumn;
import dev.shale.diff.change.RenameColumn;
import dev.shale.diff.change.SetColumnComment;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.Identity;
import org.junit.jupiter.api.Test;

class ColumnRenderingTest {

    @Test
    void addColumnWritesTheWholeDefinitionThenItsComment() {
        Column nickname = withComment(withDefault(column("nickname", "text", false), "''"), "It's short");
        assertEquals("""
                ALTER TABLE public.users ADD COLUMN nickname text DEFAULT '' NOT NULL;
                COMMENT ON COLUMN public.users.nickname IS 'It''s short';
                """, sql(new AddColumn(USERS, nickname)));
    }

    @Test
    void addIdentityColumn() {
        assertEquals("ALTER TABLE public.users ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY"
                        + " (START WITH 100 INCREMENT BY 10) NOT NULL;\n",
                sql(new AddColumn(USERS, withIdentity(column("seq", "bigint", false), Identity.builder().always(true)
                        .start(100).increment(10).build()))));
    }

    @Test
    void addGeneratedColumn() {
        Column total = Column.builder("total", ColumnType.builtIn("numeric", 12, 2))
                .generatedExpression("price * qty").build();
        assertEquals("ALTER TABLE public.support_tickets ADD COLUMN total numeric(12,2)"
                        + " GENERATED ALWAYS AS (price * qty) STORED;\n",
                sql(new AddColumn(TICKETS, total)));
    }

    @Test
    void addColumnWritesItsCollation() {
        Column code = Column.builder("code", ColumnType.builtIn("text")).notNull().defaultExpression("'x'")
                .collation("\"C\"").build();
        assertEquals("ALTER TABLE public.users ADD COLUMN code text COLLATE \"C\" DEFAULT 'x' NOT NULL;\n",
                sql(new AddColumn(USERS, code)));
    }

    @Test
    void dropColumn() {
        assertEquals("ALTER TABLE public.users DROP COLUMN \"user\";\n",
                sql(new DropColumn(USERS, column("user", "text", true))));
    }

    @Test
    void renameColumn() {
        assertEquals("ALTER TABLE public.support_tickets RENAME COLUMN body TO content;\n",
                sql(new RenameColumn(TICKETS, "body", "content", false)));
    }

    @Test
    void renameIdentityColumnRenamesItsSequence() {
        assertEquals("""
                ALTER TABLE public.support_tickets RENAME COLUMN id TO ticket_id;
                ALTER SEQUENCE public.support_tickets_id_seq RENAME TO support_tickets_ticket_id_seq;
                """, sql(new RenameColumn(TICKETS, "id", "ticket_id", true)));
    }

    @Test
    void setAndRemoveColumnComment() {
        assertEquals("COMMENT ON COLUMN public.users.email IS 'Where we write';\n",
                sql(new SetColumnComment(USERS, "email", null, "Where we write")));
        assertEquals("COMMENT ON COLUMN public.users.email IS NULL;\n",
                sql(new SetColumnComment(USERS, "email", "Where we write", null)));
    }
}
