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

/** Changes the differ cannot order are reported as an internal error (exit 70) that names them, without a trace. */
class DependencyCycleReportTest {

    @Command(name = "cycle")
    static final class Cycle implements Runnable {
        @Override
        public void run() {
            QualifiedName table = QualifiedName.of("t");
            ColumnType bigint = ColumnType.builtIn("bigint");
            Change a = new AddColumn(table, Column.of("a", bigint, false), "b + 1", null);
            Change b = new AddColumn(table, Column.of("b", bigint, false), "a + 1", null);
            ChangeOrder.sort(List.of(a, b));
        }
    }

    @Test
    void aDependencyCycleExitsWithTheInternalErrorCodeNamingTheChanges() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new Cycle());
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        int code = commandLine.execute();
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
