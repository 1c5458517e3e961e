package dev.shale.migrationfile;

import dev.shale.migrationfile.MigrationFileException.Reason;
import dev.shale.sql.SqlLexer;
import dev.shale.sql.SqlToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The structure of a migration file's text as every reader finds it: its {@link HeaderLines} and its step-marker
 * lines, each with its place. The reading is lenient, as the runner's: a marker may be spaced loosely, end in
 * {@code \r\n}, or sit anywhere a line comment can (whether that place is allowed is the reader's rule); markers are
 * line comments found with {@link SqlLexer}, so a {@code --} line inside a string, dollar quote or block comment is
 * none. {@link MigrationFile#parse} and the runner both take the file apart through this class.
 */
public record FileLayout(HeaderLines header, List<MarkerLine> markers) {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    public FileLayout {
        Objects.requireNonNull(header, "header");
        markers = List.copyOf(markers);
    }

    /**
     * A {@code -- shale:step ...} line comment: its line (from 1), the offset where its line starts, the offset just
     * past the comment (where its line break, {@code \n} or {@code \r\n}, starts, or the end of the text), its line
     * up to there as written, and the words after {@code shale:step}.
     */
    public record MarkerLine(int line, int lineStart, int end, String written, String words) {

        public MarkerLine {
            Objects.requireNonNull(written, "written");
            Objects.requireNonNull(words, "words");
        }

        /**
         * The marker its words write.
         *
         * @throws MigrationFileException (naming this line) for words that are not a number from 1 and a mode
         */
        public StepMarker marker() {
            try {
                return StepMarker.read(words);
            } catch (MigrationFileException e) {
                throw new MigrationFileException(e.reason(), line, e.problem());
            }
        }

        /**
         * The marker its words write, checked to be step {@code expected} of the file.
         *
         * @throws MigrationFileException (naming this line) as {@link #marker()}, or {@link Reason#MARKER_ORDER} for
         *     another number
         */
        public StepMarker marker(int expected) {
            StepMarker marker = marker();
            if (marker.number() != expected) {
                throw new MigrationFileException(Reason.MARKER_ORDER, line, "this is step " + expected + " of the"
                        + " file, and its marker says " + marker.number() + " (steps are numbered from 1 up by one)");
            }
            return marker;
        }
    }

    /** The text without its byte order mark, if it has one: what the offsets of {@link #read} count in. */
    public static String body(String text) {
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    /** The header of a file's text (a byte order mark skipped); cheap, it reads only the top of the text. */
    public static HeaderLines header(String text) {
        return HeaderLines.read(body(text));
    }

    /** Reads the layout of a file's text, a byte order mark skipped; never refuses (no marker is checked here). */
    public static FileLayout read(String text) {
        String body = body(Objects.requireNonNull(text, "text"));
        Markers markers = new Markers(body);
        SqlLexer.scanLenient(body, markers::accept);
        return new FileLayout(HeaderLines.read(body), markers.found());
    }

    /**
     * Finds the marker lines among the tokens of a lexer pass another reader makes over the same text (the runner's
     * statement splitter), so that the text is lexed once.
     */
    public static final class Markers {

        private final String text;
        private final List<MarkerLine> found = new ArrayList<>();

        /** Markers of {@code text}, the text the tokens come from. */
        public Markers(String text) {
            this.text = Objects.requireNonNull(text, "text");
        }

        /** The marker line {@code token} is, kept in order, or {@code null} when it is none. */
        public MarkerLine accept(SqlToken token) {
            if (token.kind() != SqlToken.Kind.LINE_COMMENT) {
                return null;
            }
            String words = StepMarker.words(token.text());
            if (words == null) {
                return null;
            }
            int lineStart = token.start() - token.column() + 1;
            int end = token.end();
            MarkerLine marker = new MarkerLine(token.line(), lineStart, end, text.substring(lineStart, end), words);
            found.add(marker);
            return marker;
        }

        /** The marker lines met so far, in order. */
        public List<MarkerLine> found() {
            return List.copyOf(found);
        }
    }
}
