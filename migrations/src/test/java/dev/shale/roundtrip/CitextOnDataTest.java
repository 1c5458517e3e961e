package dev.shale.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.diff.MigrationPlan;
import dev.shale.diff.MigrationPlanner;
import dev.shale.diff.postgres.DdlForm;
import dev.shale.diff.postgres.MigrationStep;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.migrations.runner.Preflight;
import dev.shale.migrations.runner.PreflightFailure;
import dev.shale.model.Backfills;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.Extension;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code text -> citext} on a table with rows: no value is lost (no narrowing hazard, no cast to check), but a unique
 * key over the column cannot hold rows that differ only in case. The pre-flight says so before anything runs; the
 * up, run anyway, fails in one transaction and leaves the table as it was; without such rows it applies and keeps
 * every value.
 */
@ExtendWith(PostgresExtension.class)
class CitextOnDataTest {

    private static final ColumnType TEXT = ColumnType.builtIn("text");
    private static final ColumnType CITEXT = ColumnType.userType(new QualifiedName("public", "citext"));
    private static final Extension EXTENSION = new Extension("citext", "public", null);

    private static SchemaModel users(ColumnType email) {
        return SchemaModel.builder().extension(EXTENSION).table(Table.builder(QualifiedName.of("users"))
                .column(Column.builder("id", ColumnType.builtIn("integer")).notNull())
                .column(Column.builder("email", email))
                .primaryKey("users_pkey", "id").unique("users_email_key", "email").build()).build();
    }

    private static MigrationPlan plan(SchemaModel from, SchemaModel to) {
        return MigrationPlanner.plan(from, to, RenameHints.NONE, Backfills.NONE, DdlForm.ONLINE);
    }

    private static void run(TestDatabase database, List<MigrationStep> steps) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (MigrationStep step : steps) {
                connection.setAutoCommit(!step.transactional());
                try {
                    for (SqlStatement sql : step.statements()) {
                        statement.execute(sql.sql());
                    }
                    if (step.transactional()) {
                        connection.commit();
                    }
                } catch (SQLException e) {
                    if (step.transactional()) {
                        connection.rollback();
                    }
                    throw e;
                }
            }
        }
    }

    @Test
    void rowsDifferingOnlyInCaseUnderAUniqueKeyRefuseTheChangeBeforeItRuns(TestDatabase database) throws Exception {
        SchemaModel text = users(TEXT);
        SchemaModel folded = users(CITEXT);
        database.execute(MigrationPlanner.plan(SchemaModel.EMPTY, text, RenameHints.NONE).up().stream()
                .map(SqlStatement::sql).toList());
        database.execute("INSERT INTO users VALUES (1, 'ann@x.org'), (2, 'Ann@X.org'), (3, 'bob@x.org'), (4, NULL),"
                + " (5, NULL), (6, 'ANN@x.ORG')");

        MigrationPlan up = plan(text, folded);
        assertEquals(List.of(), up.upHazards().stream().map(h -> h.code().code()).filter(c -> c.equals("narrowing-type"))
                .toList());
        List<PreflightFailure> failures;
        try (Connection connection = database.connect()) {
            failures = Preflight.check(connection, up.upRequirements());
        }
        assertEquals(List.of("3 rows of public.users share their (lower(((email::public.citext))::text)) with another"
                + " row (unique users_email_key): id=1, id=2, id=6"),
                failures.stream().map(PreflightFailure::describe).toList());

        // run anyway, the change fails whole: the column is still text, every row still there
        String before = database.dump();
        SQLException failed = assertThrows(SQLException.class, () -> run(database, up.upSteps()));
        assertTrue(failed.getMessage().contains("users_email_key"), failed.getMessage());
        assertEquals(before, database.dump());
        assertEquals(List.of("6"), database.firstColumn("SELECT count(*) FROM users"));

        // without the duplicates the pre-flight passes, the change applies and keeps every value; back again too
        database.execute("DELETE FROM users WHERE id IN (2, 6)");
        try (Connection connection = database.connect()) {
            assertEquals(List.of(), Preflight.check(connection, up.upRequirements()));
        }
        run(database, up.upSteps());
        assertEquals(List.of("citext"), database.firstColumn(
                "SELECT udt_name FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'email'"));
        assertEquals(List.of("ann@x.org", "bob@x.org"), database.firstColumn(
                "SELECT email FROM users WHERE email IS NOT NULL ORDER BY id"));
        assertEquals(List.of("1"), database.firstColumn("SELECT id FROM users WHERE email = 'ANN@X.ORG'"));
        assertEquals(List.of(), up.downRequirements());
        run(database, up.downSteps());
        assertEquals(List.of("ann@x.org", "bob@x.org"), database.firstColumn(
                "SELECT email FROM users WHERE email IS NOT NULL ORDER BY id"));
    }
}
