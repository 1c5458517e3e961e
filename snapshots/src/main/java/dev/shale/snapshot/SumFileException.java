package dev.shale.snapshot;

/** A sum file that cannot be parsed; names the file and the line. */
public final class SumFileException extends FileContentException {

    private final int line;

    public SumFileException(String source, int line, String problem, String fix) {
        super(source, problem, fix, null);
        this.line = line;
    }

    /** The 1-based line at fault. */
    public int line() {
        return line;
    }
}
