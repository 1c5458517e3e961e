package dev.shale.migrations.runner;

import dev.shale.migrations.runner.sql.SqlStatement;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Statements and history records waiting to go to the server in one JDBC batch, in order, each with the
 * unit it belongs to. PgJDBC sends a batch as one pipeline (Parse/Bind/Execute per entry, one Sync, and
 * a Sync of its own every few hundred entries so neither side's buffer fills), so a batch costs about
 * one round trip instead of one per statement.
 *
 * <p>When an entry fails, the server skips the rest and PgJDBC throws a {@link BatchUpdateException}.
 * Inside a transaction its update counts are all {@link Statement#EXECUTE_FAILED} (the driver fills them
 * only for work that autocommit made durable), so they cannot say which entry failed. Its message can:
 * PgJDBC writes {@code Batch entry <index> <sql> was aborted: ...} (translations keep {@code <index> <sql>}
 * together, and write {@code <unknown>} for the SQL when {@code logServerErrorDetail=false}).
 * {@link #failedEntry} takes a number of the message (written with the locale's digit grouping, such as
 * {@code 1,130}) as the index only when that entry's SQL (or {@code <unknown>}) follows it; otherwise it does
 * not guess, and the failure names the batch instead of a statement.
 */
final class Batch {

    /** An entry: a statement of {@code unit}, or its history record when {@code statement} is null. */
    record Entry(Unit unit, SqlStatement statement, String sql) {
    }

    /** A number as {@code MessageFormat} writes it: {@code 7}, {@code 1130}, or grouped, {@code 1,130}, {@code 1 130}. */
    private static final Pattern INDEX = Pattern.compile(
            "(?<![0-9])([0-9]{1,3}(?:[,.'\u00A0\u202F\u2009 ][0-9]{3})+|[0-9]+) ");
    private static final int SQL_PREFIX = 40;

    private final List<Entry> entries = new ArrayList<>();

    void add(Unit unit, SqlStatement statement, String sql) {
        entries.add(new Entry(unit, statement, sql));
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    Entry entry(int index) {
        return entries.get(index);
    }

    void clear() {
        entries.clear();
    }

    /** Adds every entry to {@code jdbc}'s batch and executes it. */
    void execute(Statement jdbc) throws SQLException {
        for (Entry entry : entries) {
            jdbc.addBatch(entry.sql());
        }
        jdbc.executeBatch();
    }

    /** The entry that failed according to the driver's message, or null when the message does not say. */
    Entry failedEntry(BatchUpdateException e) {
        String message = e.getMessage();
        if (message == null) {
            return null;
        }
        Matcher number = INDEX.matcher(message);
        while (number.find()) {
            String digits = number.group(1).replaceAll("[^0-9]", "");
            if (digits.length() > 9) {
                continue;
            }
            int i = Integer.parseInt(digits);
            if (i >= entries.size()) {
                continue;
            }
            String rest = message.substring(number.end());
            String sql = entries.get(i).sql();
            if (rest.startsWith("<unknown>") || rest.startsWith(sql.substring(0, Math.min(SQL_PREFIX, sql.length())))) {
                return entries.get(i);
            }
        }
        return null;
    }

    /** What the server said: the exception the driver chained to the batch's, else the batch's own. */
    static SQLException serverError(BatchUpdateException e) {
        if (e.getNextException() != null) {
            return e.getNextException();
        }
        return e.getCause() instanceof SQLException cause ? cause : e;
    }

    /** The batch for a message: {@code 5 statements and records of a.sql to b.sql}. */
    String describe() {
        String first = entries.get(0).unit().file().display();
        String last = entries.get(entries.size() - 1).unit().file().display();
        return entries.size() + " statements and records of " + (first.equals(last) ? first : first + " to " + last);
    }
}
