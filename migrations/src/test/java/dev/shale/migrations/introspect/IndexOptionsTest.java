package dev.shale.migrations.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.diff.MigrationPlanner;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.IndexMethod;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.PostgresServer;
import dev.shale.testing.StatementFailedException;
import dev.shale.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Index key options, INCLUDE, NULLS NOT DISTINCT and storage parameters: built, read back, recreated on rows. */
@ExtendWith(PostgresExtension.class)
class IndexOptionsTest {

    private static final boolean NULLS_NOT_DISTINCT = PostgresServer.shared().major() >= 15;

    private final Introspector introspector = new Introspector();

    private static Table.Builder events() {
        return Table.builder(QualifiedName.of("events"))
                .column(Column.of("id", ColumnType.builtIn("integer"), false))
                .column(Column.of("title", ColumnType.builtIn("text"), true))
                .column(Column.of("code", ColumnType.builtIn("varchar", 20), true))
                .column(Column.of("created_at", ColumnType.builtIn("timestamptz"), true))
                .column(Column.of("tags", ColumnType.builtIn("jsonb"), true))
                .primaryKey("events_pkey", "id");
    }

    private static List<Index> optionIndexes() {
        List<Index> indexes = new ArrayList<>(List.of(
                Index.builder("events_created_at_idx")
                        .keys(IndexKey.column("created_at").withDescending(true).withNulls(IndexKey.Nulls.LAST),
                                IndexKey.column("id").withNulls(IndexKey.Nulls.FIRST))
                        .build(),
                Index.builder("events_title_idx")
                        .keys(IndexKey.column("title").withCollation("C").withOpclass("text_pattern_ops"),
                                IndexKey.expression("lower(title)").withDescending(true))
                        .storage("fillfactor", "70").build(),
                Index.builder("events_code_key").columns("code").unique().include("title", "created_at")
                        .storage("deduplicate_items", "off").build(),
                Index.builder("events_tags_idx").keys(IndexKey.column("tags").withOpclass("jsonb_path_ops"))
                        .method(IndexMethod.GIN).storage("fastupdate", "off").build()));
        if (NULLS_NOT_DISTINCT) {
            indexes.add(Index.builder("events_title_key").columns("title").unique().nullsNotDistinct(true).build());
        }
        return indexes;
    }

    @Test
    void indexOptionsReadBackEqualAndAreNoDetails(TestDatabase database) throws SQLException {
        SchemaModel model = SchemaModel.builder().table(events().indexes(optionIndexes())).build();
        database.execute(up(SchemaModel.EMPTY, model));
        database.execute("INSERT INTO events VALUES (1, 'Aa', 'x', now(), '{\"a\": 1}'), (2, NULL, NULL, NULL, NULL)");

        IntrospectionResult result;
        try (Connection connection = database.connect()) {
            result = introspector.introspect(connection, List.of("public"));
        }

        assertTrue(model.equals(result.model()), () -> ModelText.firstDifference(model, result.model()));
        assertEquals(List.of(), result.unmanaged());
    }

    @Test
    void aChangedOptionRecreatesTheIndexAndTheRowsStay(TestDatabase database) throws SQLException {
        SchemaModel before = SchemaModel.builder().table(events().indexes(optionIndexes())).build();
        List<Index> changed = optionIndexes().stream().map(i -> switch (i.name()) {
            case "events_created_at_idx" -> i.toBuilder().keys(IndexKey.column("created_at"), IndexKey.column("id"))
                    .build();
            case "events_title_idx" -> i.toBuilder().storage("fillfactor", "90").build();
            case "events_code_key" -> i.toBuilder().include("title").build();
            case "events_title_key" -> i.toBuilder().nullsNotDistinct(false).build();
            default -> i;
        }).toList();
        SchemaModel after = SchemaModel.builder().table(events().indexes(changed)).build();
        database.execute(up(SchemaModel.EMPTY, before));
        database.execute("INSERT INTO events VALUES (1, 'Aa', 'x', now(), '{\"a\": 1}'), (2, NULL, NULL, NULL, NULL),"
                + " (3, 'b', 'y', now() - interval '1 day', '[]')");

        List<String> migration = up(before, after);
        assertTrue(migration.stream().anyMatch(s -> s.startsWith("DROP INDEX public.events_code_key")), migration::toString);
        database.execute(migration);

        SchemaModel read;
        try (Connection connection = database.connect()) {
            read = introspector.read(connection, List.of("public"));
        }
        assertTrue(after.equals(read), () -> ModelText.firstDifference(after, read));
        assertEquals(List.of("1", "2", "3"), database.firstColumn("SELECT id FROM events ORDER BY id"));
        // the recreated unique index holds: NULLs stay distinct now, a second 'x' is refused
        database.execute("INSERT INTO events (id, code) VALUES (4, NULL)");
        assertThrows(StatementFailedException.class, () -> database.execute("INSERT INTO events (id, code) VALUES (5, 'x')"));
    }

    @Test
    void nullsNotDistinctRefusesASecondNull(TestDatabase database) throws SQLException {
        org.junit.jupiter.api.Assumptions.assumeTrue(NULLS_NOT_DISTINCT, "NULLS NOT DISTINCT came with PostgreSQL 15");
        SchemaModel model = SchemaModel.builder().table(events().indexes(optionIndexes())).build();
        database.execute(up(SchemaModel.EMPTY, model));
        database.execute("INSERT INTO events (id, title) VALUES (1, NULL)");
        assertThrows(StatementFailedException.class, () -> database.execute("INSERT INTO events (id, title) VALUES (2, NULL)"));
    }

    private static List<String> up(SchemaModel from, SchemaModel to) {
        return MigrationPlanner.plan(from, to, RenameHints.NONE).up().stream().map(SqlStatement::sql).toList();
    }
}
