package dev.shale.diff.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.model.QualifiedName;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataLossTest {

    private static final QualifiedName USERS = new QualifiedName("public", "users");

    @Test
    void writesHeaderTextThatReadsBack() {
        DataLoss[] losses = {
            DataLoss.table(USERS),
            DataLoss.column(USERS, "nickname"),
            DataLoss.enumValue(new QualifiedName("app", "status"), "CONFIRMED"),
            DataLoss.table(new QualifiedName("My Schema", "Order")),
            DataLoss.column(new QualifiedName("public", "a.b"), "say \"hi\""),
            DataLoss.column(USERS, "select"),
            DataLoss.enumValue(USERS, "it's a \\ and a . and a space"),
        };
        for (DataLoss loss : losses) {
            assertEquals(loss, DataLoss.parse(loss.headerText().orElseThrow()), loss.headerText().orElseThrow());
        }
        assertEquals("table public.users", losses[0].headerText().orElseThrow());
        assertEquals("column public.users.nickname", losses[1].headerText().orElseThrow());
        assertEquals("enum-value app.status 'CONFIRMED'", losses[2].headerText().orElseThrow());
        assertEquals("table \"My Schema\".\"Order\"", losses[3].headerText().orElseThrow());
        assertEquals("column public.\"a.b\".\"say \"\"hi\"\"\"", losses[4].headerText().orElseThrow());
        assertEquals("enum value app.status 'CONFIRMED'", losses[2].describe());
    }

    @Test
    void aNameWithAControlCharacterCannotBeWritten() {
        assertEquals(Optional.empty(), DataLoss.column(USERS, "a\nb").headerText());
        assertEquals(Optional.empty(), DataLoss.enumValue(USERS, "x\u001b").headerText());
    }

    @Test
    void bareNamesFoldToLowerCaseAsInSql() {
        assertEquals(DataLoss.table(USERS), DataLoss.parse("table Public.USERS"));
    }

    @Test
    void refusesWhatItCannotRead() {
        assertEquals("\"rows\" is not something a migration loses; write table SCHEMA.TABLE, column"
                + " SCHEMA.TABLE.COLUMN, enum-value SCHEMA.TYPE 'VALUE' or sequence SCHEMA.SEQUENCE",
                assertThrows(IllegalArgumentException.class, () -> DataLoss.parse("rows public.users")).getMessage());
        assertEquals("sequence needs SCHEMA.SEQUENCE (quote a name as SQL when it must be)",
                assertThrows(IllegalArgumentException.class, () -> DataLoss.parse("sequence public.a.b"))
                        .getMessage());
        assertEquals("column needs SCHEMA.TABLE.COLUMN (quote a name as SQL when it must be)",
                assertThrows(IllegalArgumentException.class, () -> DataLoss.parse("column users.nickname"))
                        .getMessage());
        assertEquals("enum-value needs the value as a SQL string: 'VALUE'",
                assertThrows(IllegalArgumentException.class, () -> DataLoss.parse("enum-value public.s X"))
                        .getMessage());
        assertEquals("a quoted name or value is not closed (write '' for a ' inside it)",
                assertThrows(IllegalArgumentException.class, () -> DataLoss.parse("enum-value public.s 'X"))
                        .getMessage());
        assertEquals("unexpected text \" extra\" after the name",
                assertThrows(IllegalArgumentException.class, () -> DataLoss.parse("table public.users extra"))
                        .getMessage());
    }
}
