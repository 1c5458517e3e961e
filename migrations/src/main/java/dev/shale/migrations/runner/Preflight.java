package dev.shale.migrations.runner;

import dev.shale.diff.postgres.DataRequirement;
import dev.shale.model.Identifiers;
import dev.shale.model.NameRules;
import dev.shale.model.QualifiedName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks {@link DataRequirement}s against the rows of a database, read-only: counts the rows that offend (at most
 * {@value #LIMIT}, so that a large table costs no full count) and reads up to {@value #EXAMPLES} of their keys.
 * On a connection in autocommit the checks run in one {@code READ ONLY} transaction that is rolled back; inside an
 * open transaction each runs in a savepoint that is rolled back. Every query runs under the session's
 * {@code statement_timeout}. A requirement about an object that does not exist (a table, column or type created
 * later, by an earlier migration of the run or by the file itself) is reported {@link Result#missing() missing},
 * not failed: it holds no rows yet.
 *
 * <p>A type change's cast is checked by comparing each value with its round trip to the new type and back, as text;
 * when the cast rejects a value, that set-based query fails, and a read-only {@code DO} block converts row by row,
 * catching each error, and reports its count and keys through a transaction-local setting. A check expression or a
 * generated column's expression that raises an error on a row (an overflow, a division by zero) is found the same
 * way: such a row fails the check, or the adding of the column, as surely as a row the check rejects.
 */
public final class Preflight {

    /** The most offending rows a check counts; past it the failure says "more than". */
    public static final int LIMIT = 1_000_000;

    /** How many example keys a failure names. */
    public static final int EXAMPLES = 5;

    /**
     * SQLSTATEs of a reference to an object that does not exist: undefined table, column, object (type), and a
     * schema that does not exist (a type in a schema the file creates).
     */
    private static final Set<String> UNDEFINED = Set.of("42P01", "42703", "42704", "3F000");

    /** The SQLSTATE class of errors a value raises (out of range, division by zero, invalid input). */
    private static final String DATA_EXCEPTION = "22";

    private static final String COUNT_SETTING = "shale.preflight_count";
    private static final String KEYS_SETTING = "shale.preflight_keys";

    /** What one check found: the object missing, or a failure (null when the rows satisfy the requirement). */
    record Result(DataRequirement requirement, boolean missing, PreflightFailure failure) {
    }

    private Preflight() {
    }

    /**
     * The requirements the rows of the database {@code connection} is on do not satisfy, in order; requirements about
     * objects that do not exist are skipped (see the class comment). Leaves the connection's transaction state as it
     * found it.
     *
     * @throws SQLException when a check cannot run (a statement timeout, a check expression that fails on a row)
     */
    public static List<PreflightFailure> check(Connection connection, List<DataRequirement> requirements)
            throws SQLException {
        return results(connection, requirements).stream().map(Result::failure).filter(Objects::nonNull).toList();
    }

    /** The result of each requirement, in order. */
    static List<Result> results(Connection connection, List<DataRequirement> requirements) throws SQLException {
        if (requirements.isEmpty()) {
            return List.of();
        }
        List<Result> results = new ArrayList<>();
        if (!connection.getAutoCommit()) {
            for (DataRequirement requirement : requirements) {
                results.add(inSavepoint(connection, requirement));
            }
            return results;
        }
        connection.setAutoCommit(false);
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET TRANSACTION READ ONLY");
            }
            for (DataRequirement requirement : requirements) {
                results.add(inSavepoint(connection, requirement));
            }
        } finally {
            try {
                connection.rollback();
            } finally {
                connection.setAutoCommit(true);
            }
        }
        return results;
    }

    private static Result inSavepoint(Connection connection, DataRequirement requirement) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            return one(connection, requirement);
        } catch (SQLException e) {
            if (UNDEFINED.contains(e.getSQLState())) {
                return new Result(requirement, true, null);
            }
            throw e;
        } finally {
            connection.rollback(savepoint);
            connection.releaseSavepoint(savepoint);
        }
    }

    private static Result one(Connection connection, DataRequirement requirement) throws SQLException {
        if (requirement instanceof DataRequirement.EnumUnused e) {
            return enumUnused(connection, e);
        }
        if (requirement instanceof DataRequirement.SequenceInRange s) {
            return sequenceInRange(connection, s);
        }
        QualifiedName table = requirement.relation();
        if (!exists(connection, table)) {
            return new Result(requirement, true, null);
        }
        Key key = key(connection, table);
        String from = " FROM " + table.sql() + " AS t";
        Found found;
        if (requirement instanceof DataRequirement.NoNulls n) {
            found = count(connection, key.select() + from + " WHERE t." + Identifiers.quote(n.column()) + " IS NULL",
                    List.of());
        } else if (requirement instanceof DataRequirement.Empty) {
            found = count(connection, key.select() + from, List.of());
        } else if (requirement instanceof DataRequirement.Unique u) {
            String keys = String.join(", ", u.keys());
            String present = u.keys().stream().map(k -> k + " IS NOT NULL").collect(Collectors.joining(" AND "));
            found = count(connection, "SELECT k FROM (" + key.select() + " AS k, count(*) OVER (PARTITION BY " + keys
                    + ") AS n" + from + " WHERE " + present + (u.where() == null ? "" : " AND (" + u.where() + ")")
                    + ") AS grouped WHERE n > 1", List.of());
        } else if (requirement instanceof DataRequirement.Check c) {
            found = rowsFailing(connection, key, table, "(" + c.expression() + ") IS NOT FALSE");
        } else if (requirement instanceof DataRequirement.Computes c) {
            // num_nulls computes its argument and is never folded away: true unless the expression raises
            found = rowsFailing(connection, key, table, "num_nulls((" + c.expression() + ")) >= 0");
        } else if (requirement instanceof DataRequirement.References f) {
            found = count(connection, key.select() + from + " WHERE " + orphans(connection, f), List.of());
        } else if (requirement instanceof DataRequirement.Cast c) {
            found = cast(connection, c, key, from);
        } else {
            throw new AssertionError("no check for " + requirement);
        }
        return result(requirement, found, key, List.of());
    }

    /** Rows with all key columns non-NULL and no match; all of them when the target does not exist yet (empty). */
    private static String orphans(Connection connection, DataRequirement.References f) throws SQLException {
        StringBuilder where = new StringBuilder();
        StringBuilder match = new StringBuilder();
        for (int i = 0; i < f.columns().size(); i++) {
            String column = "t." + Identifiers.quote(f.columns().get(i));
            where.append(i == 0 ? "" : " AND ").append(column).append(" IS NOT NULL");
            match.append(i == 0 ? "" : " AND ").append("r.").append(Identifiers.quote(f.targetColumns().get(i)))
                    .append(" = ").append(column);
        }
        if (exists(connection, f.target())) {
            where.append(" AND NOT EXISTS (SELECT 1 FROM ").append(f.target().sql()).append(" AS r WHERE ")
                    .append(match).append(')');
        }
        return where.toString();
    }

    /**
     * The rows of {@code table} where {@code test} (SQL over the row, aliased {@code t}, never NULL) is false or
     * raises a data exception: one set-based query, and when a data exception stops it, row by row. Any other
     * error (an operator that does not exist) is not about the rows, and stops the check as before.
     */
    private static Found rowsFailing(Connection connection, Key key, QualifiedName table, String test)
            throws SQLException {
        String from = " FROM " + table.sql() + " AS t";
        Savepoint savepoint = connection.setSavepoint();
        try {
            return count(connection, key.select() + from + " WHERE NOT (" + test + ")", List.of());
        } catch (SQLException e) {
            connection.rollback(savepoint);
            // only a data exception (class 22: out of range, division by zero, bad input) depends on the row
            if (e.getSQLState() == null || !e.getSQLState().startsWith(DATA_EXCEPTION)) {
                throw e;
            }
        } finally {
            connection.releaseSavepoint(savepoint);
        }
        return byRow(connection, "SELECT t.tableoid AS o, t.ctid AS c, " + key.expression() + " AS k" + from,
                "SELECT " + test + " INTO same" + from + " WHERE t.tableoid = r.o AND t.ctid = r.c;");
    }

    private static Found cast(Connection connection, DataRequirement.Cast c, Key key, String from)
            throws SQLException {
        String column = "t." + Identifiers.quote(c.column());
        boolean roundTrip = castExists(connection, c);
        String offends = roundTrip
                ? "(" + c.backward(c.forward(column)) + ")::text IS DISTINCT FROM " + column + "::text"
                : "(" + c.forward(column) + ") IS NULL";
        Savepoint savepoint = connection.setSavepoint();
        try {
            return count(connection, key.select() + from + " WHERE " + column + " IS NOT NULL AND " + offends, List.of());
        } catch (SQLException e) {
            connection.rollback(savepoint);
            if (UNDEFINED.contains(e.getSQLState())) {
                throw e;
            }
        } finally {
            connection.releaseSavepoint(savepoint);
        }
        // a value the cast rejects: convert row by row, catching each error
        String same = roundTrip ? "same := (" + c.backward(c.forward("r.v")) + ")::text IS NOT DISTINCT FROM r.v::text;"
                : "PERFORM " + c.forward("r.v") + ";";
        return byRow(connection, key.select() + " AS k, " + column + " AS v" + from + " WHERE " + column
                + " IS NOT NULL", same);
    }

    /**
     * Runs {@code test} (PL/pgSQL setting {@code same}, true when it does not) for each row {@code loop} returns
     * ({@code r}, its key as {@code r.k}) in a read-only {@code DO} block that catches each error (the row then
     * offends), and reads the count and the first keys of the offending rows from transaction-local settings.
     */
    private static Found byRow(Connection connection, String loop, String test) throws SQLException {
        String block = "DO $shale_preflight$\nDECLARE r record; n bigint := 0; ks text[] := '{}'; same boolean;\n"
                + "BEGIN\n"
                + "  FOR r IN " + loop + " LOOP\n"
                + "    BEGIN\n      same := true;\n      " + test + "\n"
                + "    EXCEPTION WHEN others THEN same := false;\n    END;\n"
                + "    IF NOT same THEN\n      n := n + 1;\n"
                + "      IF n <= " + EXAMPLES + " THEN ks := ks || r.k; END IF;\n"
                + "      EXIT WHEN n > " + LIMIT + ";\n    END IF;\n  END LOOP;\n"
                + "  PERFORM set_config('" + COUNT_SETTING + "', n::text, true);\n"
                + "  PERFORM set_config('" + KEYS_SETTING + "', ks::text, true);\n"
                + "END\n$shale_preflight$";
        try (Statement statement = connection.createStatement()) {
            statement.execute(block);
        }
        long count;
        List<String> keys = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT current_setting('" + COUNT_SETTING + "')::bigint,"
                        + " current_setting('" + KEYS_SETTING + "')::text[]")) {
            rows.next();
            count = rows.getLong(1);
            java.sql.Array array = rows.getArray(2);
            for (Object k : (Object[]) array.getArray()) {
                keys.add((String) k);
            }
        }
        return new Found(Math.min(count, LIMIT), count > LIMIT, keys);
    }

    /** Whether the new type converts back to the old one (else only rejected values are looked for). */
    private static boolean castExists(Connection connection, DataRequirement.Cast c) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT " + c.backward("NULL::" + c.to())).close();
            return true;
        } catch (SQLException e) {
            connection.rollback(savepoint);
            return false;
        } finally {
            connection.releaseSavepoint(savepoint);
        }
    }

    /**
     * Reads the sequence's {@code last_value} (its start when never called), which {@code ALTER SEQUENCE} checks
     * against the new bounds; a missing sequence is missing.
     */
    private static Result sequenceInRange(Connection connection, DataRequirement.SequenceInRange s)
            throws SQLException {
        try (java.sql.PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_catalog.pg_sequences"
                + " WHERE schemaname = ? AND sequencename = ?")) {
            exists.setString(1, s.sequence().schema());
            exists.setString(2, s.sequence().name());
            try (java.sql.ResultSet rows = exists.executeQuery()) {
                if (!rows.next()) {
                    return new Result(s, true, null);
                }
            }
        }
        try (java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet rows = statement.executeQuery("SELECT last_value FROM " + s.sequence().sql())) {
            rows.next();
            long current = rows.getLong(1);
            if (current >= s.min() && current <= s.max()) {
                return new Result(s, false, null);
            }
            return new Result(s, false, new PreflightFailure(s, 1, false, List.of(), List.of(Long.toString(current))));
        }
    }

    private static Result enumUnused(Connection connection, DataRequirement.EnumUnused e) throws SQLException {
        Optional<List<EnumColumns.Column>> columns = EnumColumns.of(connection, e.type());
        if (columns.isEmpty()) {
            return new Result(e, true, null);
        }
        long total = 0;
        boolean more = false;
        List<String> keys = new ArrayList<>();
        List<String> using = new ArrayList<>();
        for (EnumColumns.Column column : columns.get()) {
            QualifiedName table = column.table();
            Key key = key(connection, table);
            Found found = count(connection, key.select() + " FROM " + table.sql() + " AS t WHERE " + column.uses("t."),
                    List.of(e.value()));
            if (found.count() > 0) {
                total += found.count();
                more |= found.more();
                using.add(table + "." + column.name());
                for (String k : found.keys()) {
                    if (keys.size() < EXAMPLES) {
                        keys.add(table + " " + key.show(k));
                    }
                }
            }
        }
        if (total == 0) {
            return new Result(e, false, null);
        }
        return new Result(e, false, new PreflightFailure(e, Math.min(total, LIMIT), more || total > LIMIT, keys,
                using));
    }

    private static Result result(DataRequirement requirement, Found found, Key key, List<String> columns) {
        if (found.count() == 0) {
            return new Result(requirement, false, null);
        }
        return new Result(requirement, false, new PreflightFailure(requirement, found.count(), found.more(),
                found.keys().stream().map(key::show).toList(), columns));
    }

    private static boolean exists(Connection connection, QualifiedName table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_class c JOIN pg_namespace n"
                + " ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relname = ? AND c.relkind IN ('r', 'p')")) {
            query.setString(1, table.schema());
            query.setString(2, table.name());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** How rows of a table are named in a failure: its primary key, or {@code ctid} when it has none. */
    private record Key(String label, String expression) {

        /** {@code SELECT <key as text>} over the table aliased {@code t}. */
        String select() {
            return "SELECT " + expression;
        }

        String show(String value) {
            String text = NameRules.printable(value == null ? "NULL" : value);
            return label + "=" + (text.length() > 100 ? text.substring(0, 100) + "..." : text);
        }
    }

    private static Key key(Connection connection, QualifiedName table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT a.attname FROM pg_index i"
                + " JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, position)"
                + " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum"
                + " WHERE n.nspname = ? AND c.relname = ? AND i.indisprimary ORDER BY k.position")) {
            query.setString(1, table.schema());
            query.setString(2, table.name());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        if (columns.isEmpty()) {
            return new Key("ctid", "t.ctid::text");
        }
        List<String> quoted = columns.stream().map(c -> "t." + Identifiers.quote(c)).toList();
        if (columns.size() == 1) {
            return new Key(columns.get(0), quoted.get(0) + "::text");
        }
        return new Key("(" + String.join(", ", columns) + ")", "ROW(" + String.join(", ", quoted) + ")::text");
    }

    /** A bounded count of the rows {@code select} returns (its one column a key as text), with the first keys. */
    private record Found(long count, boolean more, List<String> keys) {
    }

    private static Found count(Connection connection, String select, List<String> parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*) OVER (), offending.* FROM ("
                + select + " LIMIT " + (LIMIT + 1) + ") AS offending LIMIT " + EXAMPLES)) {
            for (int i = 0; i < parameters.size(); i++) {
                query.setString(i + 1, parameters.get(i));
            }
            long count = 0;
            List<String> keys = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    count = rows.getLong(1);
                    keys.add(rows.getString(2));
                }
            }
            return new Found(Math.min(count, LIMIT), count > LIMIT, keys);
        }
    }
}
