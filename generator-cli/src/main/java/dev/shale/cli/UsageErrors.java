package dev.shale.cli;

import dev.shale.api.DatabaseUrl;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * Reports a command line picocli cannot read as picocli does (message, suggestions, usage; exit code
 * 2), with any password of a URL on the command line starred first.
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
        err.print(DatabaseUrl.redact(buffer.toString()));
        err.flush();
        return code;
    }
}
