package dev.shale.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void throwsNothingWithoutProblems() {
        new Problems().throwIfAny();
    }

    @Test
    void reportsEachProblemOnceInClassOrderThenInTheOrderFound() {
        Problems problems = new Problems();
        problems.add(String.class, null, "second", "fix");
        problems.add(Integer.class, "value", "first", "fix");
        problems.add(String.class, null, "third", "fix");
        problems.add(String.class, null, "second", "fix");

        SchemaDeclarationException thrown = assertThrows(SchemaDeclarationException.class, problems::throwIfAny);

        assertEquals(List.of(new DeclarationProblem("java.lang.Integer", "value", "first", "fix"),
                new DeclarationProblem("java.lang.String", null, "second", "fix"),
                new DeclarationProblem("java.lang.String", null, "third", "fix")), thrown.problems());
        assertEquals("java.lang.Integer.value: first Fix: fix\njava.lang.String: second Fix: fix\n"
                + "java.lang.String: third Fix: fix", thrown.getMessage());
    }
}
