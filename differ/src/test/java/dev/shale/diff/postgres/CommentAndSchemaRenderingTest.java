package dev.shale.diff.postgres;

import static dev.shale.diff.postgres.Fixtures.ROLE;
import static dev.shale.diff.postgres.Fixtures.USERS;
import static dev.shale.diff.postgres.Fixtures.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.diff.change.CreateSchema;
import dev.shale.diff.change.DropSchema;
import dev.shale.diff.change.SetEnumComment;
import dev.shale.diff.change.SetTableComment;
import org.junit.jupiter.api.Test;

class CommentAndSchemaRenderingTest {

    @Test
    void createAndDropSchema() {
        assertEquals("CREATE SCHEMA billing;\n", sql(new CreateSchema("billing")));
        assertEquals("DROP SCHEMA \"Billing\";\n", sql(new DropSchema("Billing")));
    }

    @Test
    void tableCommentIsALiteralOrNull() {
        assertEquals("COMMENT ON TABLE public.users IS 'People''s accounts';\n",
                sql(new SetTableComment(USERS, null, "People's accounts")));
        assertEquals("COMMENT ON TABLE public.users IS NULL;\n",
                sql(new SetTableComment(USERS, "People's accounts", null)));
    }

    @Test
    void enumCommentIsALiteralOrNull() {
        assertEquals("COMMENT ON TYPE public.role IS 'What a user may do';\n",
                sql(new SetEnumComment(ROLE, "old", "What a user may do")));
        assertEquals("COMMENT ON TYPE public.role IS NULL;\n", sql(new SetEnumComment(ROLE, "old", null)));
    }
}
