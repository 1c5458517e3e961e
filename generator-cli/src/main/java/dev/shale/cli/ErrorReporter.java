package dev.shale.cli;

import dev.shale.diff.MovedExtensionException;
import dev.shale.diff.MovedSequenceNameTakenException;
import dev.shale.diff.RenameOntoTakenNameException;
import dev.shale.diff.RenameSwapException;
import dev.shale.diff.UncastableTypeException;
import dev.shale.diff.UnresolvedRenameException;
import dev.shale.diff.order.DependencyCycleException;
import dev.shale.migrations.runner.errors.Redactor;
import dev.shale.model.RenameHints;
import dev.shale.reader.DeclarationProblem;
import dev.shale.reader.SchemaDeclarationException;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns the typed failures of every module into one clear message, a fix and an exit code. */
final class ErrorReporter implements IExecutionExceptionHandler {

    /** The exit code of a bug in Shale itself. */
    static final int INTERNAL = ExitCode.INTERNAL;

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        Console console = commandLine.getCommandSpec().root().userObject() instanceof ShaleCommand shale
                ? shale.console() : new Console(commandLine.getOut(), err);
        if (exception instanceof CommandException e) {
            console.error(secrets(commandLine).redact(e.getMessage()), e.fix());
            return e.exitCode();
        }
        if (exception instanceof SchemaDeclarationException e) {
            int count = e.problems().size();
            console.error(count + (count == 1 ? " schema declaration" : " schema declarations")
                    + " cannot be mapped; nothing was written:", null);
            for (DeclarationProblem problem : e.problems()) {
                err.println("  " + problem.className() + (problem.component() == null ? "" : "." + problem.component())
                        + ": " + problem.message());
                err.println("    fix: " + problem.fix());
            }
            err.flush();
            return ExitCode.USAGE;
        }
        if (exception instanceof UnresolvedRenameException e) {
            console.error(e.getMessage() + declaredAt(e.declaredAt()) + "; nothing was written", null);
            return ExitCode.USAGE;
        }
        if (exception instanceof RenameOntoTakenNameException e) {
            console.error(e.getMessage() + declaredAt(e.declaredAt()) + "; nothing was written", e.fix());
            return ExitCode.USAGE;
        }
        if (exception instanceof MovedSequenceNameTakenException e) {
            console.error(e.getMessage() + declaredAt(e.declaredAt()) + "; nothing was written", e.fix());
            return ExitCode.USAGE;
        }
        if (exception instanceof RenameSwapException e) {
            console.error(e.getMessage() + "; nothing was written", e.fix());
            return ExitCode.USAGE;
        }
        if (exception instanceof UncastableTypeException e) {
            console.error(e.getMessage() + "; nothing was written", e.fix());
            return ExitCode.USAGE;
        }
        if (exception instanceof MovedExtensionException e) {
            console.error(e.getMessage() + "; nothing was written", e.fix());
            return ExitCode.USAGE;
        }
        if (exception instanceof DependencyCycleException e && !e.declaredFills().isEmpty()) {
            console.error("the declared fills cannot run in any order: " + e.getMessage() + "; nothing was written",
                    "a fill may read columns the table already has, not a column another fill of the same migration"
                    + " adds: fill one of them from existing columns or a constant, and the other in a later"
                    + " migration");
            return ExitCode.USAGE;
        }
        if (exception instanceof DependencyCycleException e) {
            console.error("internal error in Shale: " + e.getMessage() + "; nothing was written",
                    "this is a bug in Shale's differ: please report it with the two schemas that gave it");
            return INTERNAL;
        }
        RunnerErrors.Reported runner = RunnerErrors.describe(exception);
        if (runner != null) {
            Redactor redactor = secrets(commandLine);
            console.error(redactor.redact(runner.message()).replace("\n", "\n  "), redactor.redact(runner.fix()));
            for (Throwable suppressed : exception.getSuppressed()) {
                console.warn(redactor.redact(String.valueOf(suppressed.getMessage())));
            }
            return runner.exitCode();
        }
        ProjectErrors.Reported reported = ProjectErrors.describe(exception);
        if (reported != null) {
            console.error(secrets(commandLine).redact(reported.message()), secrets(commandLine).redact(reported.fix()));
            return ExitCode.USAGE;
        }
        err.println("error: internal error in Shale; nothing was written. Please report this with the trace below.");
        StringWriter trace = new StringWriter();
        exception.printStackTrace(new PrintWriter(trace));
        err.print(secrets(commandLine).redact(trace.toString()));
        err.flush();
        return INTERNAL;
    }

    /** {@code " (declared at com.x.T.c)"} after an annotation's refusal; nothing for an option, which the message names. */
    private static String declaredAt(String declaredAt) {
        return RenameHints.fromOption(declaredAt) ? "" : " (declared at " + declaredAt + ")";
    }

    /** Removes the passwords the commands resolved (and any URL password) from text. */
    private static Redactor secrets(CommandLine commandLine) {
        return commandLine.getCommandSpec().root().userObject() instanceof ShaleCommand shale
                ? shale.redactor() : Redactor.URLS_ONLY;
    }
}
