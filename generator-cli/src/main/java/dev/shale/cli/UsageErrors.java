package dev.shale.cli;

import dev.shale.migrations.runner.errors.Redactor;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * Reports a command line picocli cannot read as picocli does (message, suggestions, usage; exit code
 * 2), with any password of a URL on the command line or in the environment starred first.
 */
final class UsageErrors implements IParameterExceptionHandler {

    private final IParameterExceptionHandler standard;

    UsageErrors(IParameterExceptionHandler standard) {
        this.standard = standard;
    }

    @Override
    public int handleParseException(ParameterException exception, String[] args) throws Exception {
        CommandLine commandLine = exception.getCommandLine();
        PrintWriter err = commandLine.getErr();
        StringWriter buffer = new StringWriter();
        commandLine.setErr(new PrintWriter(buffer, true));
        int code;
        try {
            code = standard.handleParseException(exception, args);
        } finally {
            commandLine.setErr(err);
        }
        Redactor redactor = commandLine.getCommandSpec().root().userObject() instanceof ShaleCommand shale
                ? shale.redactor() : Redactor.URLS_ONLY;
        err.print(redactor.redact(buffer.toString()));
        err.flush();
        return code;
    }
}
