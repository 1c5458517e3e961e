package dev.shale.cli;

import dev.shale.cli.render.MigrationText;
import dev.shale.diff.MigrationPlanner;
import dev.shale.diff.postgres.DdlForm;
import dev.shale.model.Backfills;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated online migration on populated tables, for the resume and kill tests: {@code orders} gets a NOT NULL on
 * {@code amount} (check, VALIDATE, SET NOT NULL), a unique {@code code} (concurrent index, then the constraint), a
 * foreign key to {@code customers}, an index on {@code created_at} and an {@code int priority} with a default, and
 * loses its empty {@code legacy} column. The tables of the first migration match the model before it.
 */
final class OnlineOrders {

    static final String TABLES_VERSION = "20260101000001";
    static final String ONLINE_VERSION = "20260101000002";

    private static final ColumnType BIGINT = ColumnType.builtIn("bigint");
    private static final ColumnType INTEGER = ColumnType.builtIn("integer");
    private static final ColumnType TEXT = ColumnType.builtIn("text");

    private OnlineOrders() {
    }

    /** The first migration: both tables, {@code rows} orders. */
    static String tables(int rows) {
        return """
                CREATE TABLE customers (id bigint NOT NULL, CONSTRAINT customers_pkey PRIMARY KEY (id));
                INSERT INTO customers SELECT g FROM generate_series(1, 100) g;
                CREATE TABLE orders (id bigint NOT NULL, customer_id bigint, amount integer, code text,
                    created_at timestamptz NOT NULL, legacy text, CONSTRAINT orders_pkey PRIMARY KEY (id));
                INSERT INTO orders SELECT g, 1 + g %% 100, g %% 1000, 'c' || g, now() - g * interval '1 second', NULL
                    FROM generate_series(1, %d) g;
                """.formatted(rows);
    }

    /** The generated up file, online forms. */
    static String online() {
        return MigrationText.up(MigrationPlanner.plan(model(false), model(true), RenameHints.NONE, Backfills.NONE,
                DdlForm.ONLINE), "a", "b");
    }

    /** The same change in plain DDL (one transactional step), for the schema a run in one go gives. */
    static String plain() {
        return MigrationText.up(MigrationPlanner.plan(model(false), model(true), RenameHints.NONE, Backfills.NONE,
                DdlForm.PLAIN), "a", "b");
    }

    private static SchemaModel model(boolean after) {
        Table customers = Table.builder(QualifiedName.of("customers"))
                .column(Column.of("id", BIGINT, false))
                .primaryKey("customers_pkey", "id")
                .build();
        List<Column> columns = new ArrayList<>(List.of(Column.of("id", BIGINT, false),
                Column.of("customer_id", BIGINT, true), Column.of("amount", INTEGER, !after), Column.of("code", TEXT, true),
                Column.of("created_at", ColumnType.builtIn("timestamptz"), false)));
        if (after) {
            columns.add(Column.builder("priority", INTEGER).notNull().defaultExpression("0").build());
        } else {
            columns.add(Column.of("legacy", TEXT, true));
        }
        Table.Builder orders = Table.builder(QualifiedName.of("orders")).columns(columns).primaryKey("orders_pkey", "id");
        if (after) {
            orders.unique("orders_code_key", "code")
                    .foreignKey(ForeignKey.builder("orders_customer_id_fkey", QualifiedName.of("customers"))
                            .columns("customer_id").referencedColumns("id"))
                    .index(Index.builder("orders_created_at_idx").columns("created_at"));
        }
        return SchemaModel.builder().table(customers).table(orders).build();
    }
}
