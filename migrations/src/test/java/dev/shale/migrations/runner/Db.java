package dev.shale.migrations.runner;

import dev.shale.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Small queries on a test database. */
final class Db {

    private Db() {
    }

    static DataSource dataSource(TestDatabase db) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(db.jdbcUrl());
        return dataSource;
    }

    /** One row per history entry: {@code version|name|batch}, in version order; empty when the table is absent. */
    static List<String> history(TestDatabase db) {
        if (!exists(db, "public.shale_migrations")) {
            return List.of();
        }
        return strings(db, "SELECT version || '|' || name || '|' || batch FROM public.shale_migrations ORDER BY version");
    }

    static boolean exists(TestDatabase db, String relation) {
        return strings(db, "SELECT CASE WHEN to_regclass('" + relation + "') IS NULL THEN 'no' ELSE 'yes' END")
                .get(0).equals("yes");
    }

    static long classCount(TestDatabase db) {
        return Long.parseLong(strings(db, "SELECT count(*) FROM pg_class").get(0));
    }

    static List<String> strings(TestDatabase db, String query) {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            List<String> out = new ArrayList<>();
            while (rows.next()) {
                String value = rows.getString(1);
                out.add(value == null ? null : value);
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
