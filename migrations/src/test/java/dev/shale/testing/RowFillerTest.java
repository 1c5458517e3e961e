package dev.shale.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.diff.MigrationPlanner;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.model.Column;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.sql.Connection;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * {@link RowFiller} on random models: rows go into most tables, the same seed gives the same rows, and the rows
 * hold NULLs where columns allow them.
 */
class RowFillerTest {

    private static final int MODELS = 8;

    @Test
    void fillsMostTablesTheSameWayForTheSameSeed() throws Exception {
        int tables = 0;
        int filled = 0;
        int nulls = 0;
        for (long seed = 1; seed <= MODELS; seed++) {
            SchemaModel model = RandomSchemas.generate(seed);
            Map<QualifiedName, Integer> first;
            Map<QualifiedName, TableRows> rows;
            try (TestDatabase database = created(model)) {
                try (Connection connection = database.connect()) {
                    first = RowFiller.fill(connection, model, seed);
                    rows = TableRows.read(connection, model);
                }
            }
            Map<QualifiedName, Integer> second;
            try (TestDatabase database = created(model); Connection connection = database.connect()) {
                second = RowFiller.fill(connection, model, seed);
            }
            assertEquals(first, second, "seed " + seed + ": the same seed filled the tables differently");
            for (Table table : model.tables()) {
                tables++;
                assertEquals(first.get(table.name()), rows.get(table.name()).rows().size(), table.name().toString());
                filled += first.get(table.name()) > 0 ? 1 : 0;
                for (Column column : table.columns()) {
                    if (column.nullable() && column.generatedExpression() == null) {
                        nulls += (int) rows.get(table.name()).column(column.name()).stream().filter(Objects::isNull).count();
                    }
                }
            }
        }
        assertTrue(filled * 10 >= tables * 7, filled + " of " + tables + " tables got rows");
        assertTrue(nulls > 0, "no NULL in any nullable column");
    }

    private static TestDatabase created(SchemaModel model) {
        TestDatabase database = TestDatabase.create();
        try {
            database.execute(MigrationPlanner.plan(SchemaModel.EMPTY, model, RenameHints.NONE).up().stream()
                    .map(SqlStatement::sql).toList());
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }
}
