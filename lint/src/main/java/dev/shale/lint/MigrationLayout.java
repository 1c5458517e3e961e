package dev.shale.lint;

import dev.shale.migrations.runner.sql.SqlScript;
import dev.shale.migrations.runner.sql.SqlStatement;
import dev.shale.migrationfile.FileLayout;
import dev.shale.migrationfile.MigrationFileException;
import dev.shale.migrationfile.StepMarker;
import dev.shale.sql.SqlLexer;
import dev.shale.sql.SqlToken;
import java.util.ArrayList;
import java.util.List;

/**
 * A migration file's statements, read with the project's splitter ({@link SqlScript}), placed in their steps
 * ({@code -- shale:step N transactional|non-transactional} marker lines) with the {@code -- shale:allow <code>
 * <reason>} comments directly above each. Markers and allows are read only in the text between statements, which
 * the splitter guarantees to hold nothing but whitespace and comments; a file without markers is one step whose
 * mode is its header's {@code -- shale:transactional} (true when absent). Misplaced or malformed markers are
 * reported as {@link #problems()}, each a line and a message; allows after the last statement, above nothing, are
 * {@link #strayAllows()}.
 */
record MigrationLayout(List<LintStatement> statements, List<Problem> problems, List<AllowComment> strayAllows) {

    /** A marker or allow that cannot be read; the linter reports it. */
    record Problem(int line, String message) {
    }

    /**
     * A line comment found between statements: its line, its text after {@code --}, stripped, and its marker line
     * when the migration file format reads it as a step marker ({@code null} otherwise).
     */
    private record Comment(int line, String text, FileLayout.MarkerLine marker) {
    }

    /** A line comment of the file, and its marker line when it is one. */
    private record LineComment(SqlToken token, FileLayout.MarkerLine marker) {
    }

    MigrationLayout {
        statements = List.copyOf(statements);
        problems = List.copyOf(problems);
        strayAllows = List.copyOf(strayAllows);
    }

    /**
     * Reads {@code text}.
     *
     * @throws dev.shale.migrations.runner.sql.SqlScriptException naming the line of an unterminated string, comment
     *     or dollar quote
     */
    static MigrationLayout read(String text) {
        String body = FileLayout.body(text);
        List<SqlStatement> statements = SqlScript.parse(body).statements();
        int[] lineStarts = lineStarts(body);
        List<LineComment> lineComments = new ArrayList<>();
        FileLayout.Markers markerLines = new FileLayout.Markers(body);
        SqlLexer.scanLenient(body, token -> {
            if (token.kind() == SqlToken.Kind.LINE_COMMENT) {
                lineComments.add(new LineComment(token, markerLines.accept(token)));
            }
        });
        List<LintStatement> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        boolean headerTransactional = true;
        boolean markers = false;
        int step = 1;
        boolean transactional = true;
        int gapStart = 0;
        for (int s = 0; s < statements.size(); s++) {
            SqlStatement statement = statements.get(s);
            int start = body.indexOf(statement.sql(), lineStarts[statement.line() - 1]);
            List<Comment> comments = comments(lineComments, gapStart, start);
            List<AllowComment> allows = new ArrayList<>();
            int lastLine = statement.line();
            for (int c = comments.size() - 1; c >= 0; c--) {
                Comment comment = comments.get(c);
                if (comment.line() != lastLine - 1) {
                    break;
                }
                lastLine = comment.line();
                if (comment.text().startsWith("shale:allow")) {
                    allow(comment, allows, problems, s == 0);
                }
            }
            for (Comment comment : comments) {
                String[] words = comment.text().split("\\s+");
                if (words[0].equals("shale:transactional") && s == 0 && !markers) {
                    headerTransactional = !(words.length > 1 && words[1].equals("false"));
                    transactional = headerTransactional;
                } else if (comment.marker() != null) {
                    StepMarker marker = readMarker(comment.marker());
                    if (marker == null || marker.number() != (markers ? step + 1 : 1)) {
                        problems.add(new Problem(comment.line(), "line " + comment.line() + " is no step marker"
                                + " the runner reads (" + comment.text() + "); write -- shale:step "
                                + (markers ? step + 1 : 1) + " transactional|non-transactional"));
                        continue;
                    }
                    if (!markers && s > 0) {
                        problems.add(new Problem(comment.line(), "statements before the first step marker (line "
                                + comment.line() + "); put -- shale:step 1 ... above the first statement"));
                    }
                    markers = true;
                    step = marker.number();
                    transactional = marker.transactional();
                }
            }
            out.add(new LintStatement(statement, step, transactional, allows));
            gapStart = endOf(body, start + statement.sql().length());
        }
        List<AllowComment> stray = new ArrayList<>();
        for (Comment comment : comments(lineComments, gapStart, body.length())) {
            if (comment.text().startsWith("shale:allow")) {
                allow(comment, stray, problems, statements.isEmpty());
            }
        }
        return new MigrationLayout(out, problems, stray);
    }

    private static void allow(Comment comment, List<AllowComment> allows, List<Problem> problems, boolean first) {
        String[] words = comment.text().split("\\s+", 3);
        String code = words.length > 1 ? words[1] : "";
        // the header's own form lists control kinds: -- shale:allow transaction-control,session-control
        if (first && (code.startsWith("transaction-control") || code.startsWith("session-control"))) {
            return;
        }
        String reason = words.length > 2 ? words[2].strip() : "";
        allows.add(new AllowComment(comment.line(), code, reason));
    }

    /** The marker a marker line writes, or {@code null} when its words write none. */
    private static StepMarker readMarker(FileLayout.MarkerLine markerLine) {
        try {
            return markerLine.marker();
        } catch (MigrationFileException e) {
            return null;
        }
    }

    /** The offset just past the {@code ;} that ends a statement whose text ends at {@code end}. */
    private static int endOf(String body, int end) {
        int i = end;
        while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
            i++;
        }
        return i < body.length() && body.charAt(i) == ';' ? i + 1 : i;
    }

    /** The line comments that start in {@code [from, to)}, a stretch between statements. */
    private static List<Comment> comments(List<LineComment> lineComments, int from, int to) {
        List<Comment> out = new ArrayList<>();
        for (LineComment lineComment : lineComments) {
            SqlToken token = lineComment.token();
            if (token.start() >= from && token.start() < to) {
                out.add(new Comment(token.line(), token.text().substring(2).strip(), lineComment.marker()));
            }
        }
        return out;
    }

    private static int[] lineStarts(String body) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
