package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.Change;
import dev.shale.diff.order.ChangeOrder;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.QualifiedName;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Changes that cannot be ordered are reported by name, without a trace: as an internal error (exit 70) when the
 * differ made the cycle, as a declaration error (exit 2) when declared fills read each other's new columns.
 */
class DependencyCycleReportTest {

    private static final QualifiedName TABLE = QualifiedName.of("t");
    private static final ColumnType BIGINT = ColumnType.builtIn("bigint");

    /** Two generated columns reading each other: no declaration the reader accepts gives this, only a differ bug. */
    @Command(name = "cycle")
    static final class GeneratedCycle implements Runnable {
        @Override
        public void run() {
            Change a = new AddColumn(TABLE, Column.builder("a", BIGINT).generatedExpression("b + 1").build(), null, null);
            Change b = new AddColumn(TABLE, Column.builder("b", BIGINT).generatedExpression("a + 1").build(), null, null);
            ChangeOrder.sort(List.of(a, b));
        }
    }

    /** Two new columns each filled from the other. */
    @Command(name = "cycle")
    static final class FillCycle implements Runnable {
        @Override
        public void run() {
            Change a = new AddColumn(TABLE, Column.of("a", BIGINT, false), "b + 1", null);
            Change b = new AddColumn(TABLE, Column.of("b", BIGINT, false), "a + 1", null);
            ChangeOrder.sort(List.of(a, b));
        }
    }

    private static int run(Runnable command, StringWriter err) {
        CommandLine commandLine = new CommandLine(command);
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        return commandLine.execute();
    }

    @Test
    void fillsReadingEachOtherAreADeclarationError() {
        StringWriter err = new StringWriter();
        int code = run(new FillCycle(), err);
        assertEquals(ExitCode.USAGE, code, err.toString());
        String text = err.toString();
        assertTrue(text.contains("the declared fills cannot run in any order"), text);
        assertTrue(text.contains("add column public.t.a") && text.contains("add column public.t.b"), text);
        assertTrue(text.contains("fix: a fill may read columns the table already has"), text);
        assertTrue(!text.contains("\tat "), "no stack trace: " + text);
    }

    @Test
    void aDependencyCycleExitsWithTheInternalErrorCodeNamingTheChanges() {
        StringWriter err = new StringWriter();
        int code = run(new GeneratedCycle(), err);
        assertEquals(ExitCode.INTERNAL, code, err.toString());
        assertEquals(70, code);
        String text = err.toString();
        assertTrue(text.contains("depend on each other in a cycle"), text);
        assertTrue(text.contains("add column public.t.a"), text);
        assertTrue(text.contains("add column public.t.b"), text);
        assertTrue(text.contains("fix: this is a bug in Shale"), text);
        assertTrue(!text.contains("\tat "), "no stack trace: " + text);
    }
}
