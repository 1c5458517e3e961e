package dev.shale.cli;

import dev.shale.cli.render.MigrationText;
import dev.shale.diff.MigrationPlanner;
import dev.shale.diff.postgres.DdlForm;
import dev.shale.model.Backfills;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.IndexMethod;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.ReferentialAction;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
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
        Table customers = new Table(QualifiedName.of("customers"), List.of(Column.of("id", BIGINT, false)),
                new PrimaryKey("customers_pkey", List.of("id")), List.of(), List.of(), List.of(), List.of(), null);
        List<Column> columns = new ArrayList<>(List.of(Column.of("id", BIGINT, false),
                Column.of("customer_id", BIGINT, true), Column.of("amount", INTEGER, !after), Column.of("code", TEXT, true),
                Column.of("created_at", ColumnType.builtIn("timestamptz"), false)));
        if (after) {
            columns.add(new Column("priority", INTEGER, false, "0", null, null, null));
        } else {
            columns.add(Column.of("legacy", TEXT, true));
        }
        Table orders = new Table(QualifiedName.of("orders"), columns, new PrimaryKey("orders_pkey", List.of("id")),
                after ? List.of(new UniqueConstraint("orders_code_key", List.of("code"))) : List.of(), List.of(),
                after ? List.of(new ForeignKey("orders_customer_id_fkey", List.of("customer_id"),
                        QualifiedName.of("customers"), List.of("id"), ReferentialAction.NO_ACTION,
                        ReferentialAction.NO_ACTION)) : List.of(),
                after ? List.of(new Index("orders_created_at_idx", List.of(IndexKey.column("created_at")), false,
                        IndexMethod.BTREE, null)) : List.of(), null);
        return new SchemaModel(List.of(), List.of(), List.of(customers, orders));
    }
}
