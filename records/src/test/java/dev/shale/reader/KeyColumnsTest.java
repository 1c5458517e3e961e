package dev.shale.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyColumnsTest {

    private final Problems problems = new Problems();
    private final KeyColumns columns = new KeyColumns(problems, String.class, "public.t", List.of("id", "a", "b"));

    @Test
    void keepsColumnsThatExistInTheOrderListed() {
        assertEquals(List.of("b", "a"), columns.valid("@Unique", null, new String[] {"b", "a"}));
        problems.throwIfAny();
    }

    @Test
    void namesEveryMissingColumnAndTheColumnsThatExist() {
        assertEquals(List.of(), columns.valid("@Index", "a", new String[] {"a", "x", "y"}));

        assertEquals(List.of(new DeclarationProblem("java.lang.String", "a", "@Index names columns x, y, which table "
                + "public.t does not have (its columns: id, a, b)", "use the column names of the table: snake_case, "
                + "or the name given with @Column(name = ...)")),
                assertThrows(SchemaDeclarationException.class, problems::throwIfAny).problems());
    }
}
