package dev.shale.diff;

import static dev.shale.diff.DiffAssert.assertDiff;
import static dev.shale.diff.Fixtures.BIGINT;
import static dev.shale.diff.Fixtures.TEXT;
import static dev.shale.diff.Fixtures.col;
import static dev.shale.diff.Fixtures.hints;
import static dev.shale.diff.Fixtures.model;
import static dev.shale.diff.Fixtures.name;
import static dev.shale.diff.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.AlterSequence;
import dev.shale.diff.change.CreateSchema;
import dev.shale.diff.change.CreateSequence;
import dev.shale.diff.change.DropColumn;
import dev.shale.diff.change.DropSequence;
import dev.shale.diff.change.NamePath;
import dev.shale.diff.change.RenameTable;
import dev.shale.diff.change.SetSequenceOwner;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.model.Column;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.model.Sequence;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Serial columns (a default calling {@code nextval} of a sequence the column owns): added with their sequence,
 * dropped with it, their sequence altered, and their table moved to another schema, where {@code SET SCHEMA} takes
 * the sequence along (its current value with it) and the default follows by OID. Each diff replays on
 * {@link ChangeReplay}, up and down.
 */
class DifferSerialTest {

    private static final QualifiedName USERS = name("users");
    private static final QualifiedName MOVED = new QualifiedName("billing", "users");

    private static Column serial(QualifiedName sequence) {
        String spelled = sequence.schema().equals("public") ? sequence.name() : sequence.schema() + "." + sequence.name();
        return col("id", BIGINT).notNull().column().toBuilder()
                .defaultExpression("nextval('" + spelled + "'::regclass)").build();
    }

    private static Sequence sequence(QualifiedName table) {
        return Sequence.builder(new QualifiedName(table.schema(), "users_id_seq")).ownedBy(table, "id").build();
    }

    private static SchemaModel users(boolean withSerial) {
        Fixtures.TableBuilder users = table("users").col(col("v", TEXT));
        if (!withSerial) {
            return model().table(users).build();
        }
        return model().table(users.col(new Fixtures.Col(serial(name("users_id_seq")))).pk("users_pkey", "id")).build()
                .toBuilder().sequence(sequence(USERS)).build();
    }

    @Test
    void aSerialColumnComesAndGoesWithItsSequence() {
        Sequence bare = sequence(USERS);
        SchemaModel plain = model().table(table("users").col(col("v", TEXT))).build();
        SchemaModel with = model().table(table("users").col(col("v", TEXT), new Fixtures.Col(serial(name("users_id_seq")))))
                .build().toBuilder().sequence(sequence(USERS)).build();
        assertDiff(plain, with, List.of(new CreateSequence(bare), new AddColumn(USERS, serial(name("users_id_seq"))),
                new SetSequenceOwner(bare.name(), null, new Sequence.OwnedBy(USERS, "id"))));
        assertDiff(with, plain, List.of(new SetSequenceOwner(bare.name(), new Sequence.OwnedBy(USERS, "id"), null),
                new DropColumn(USERS, serial(name("users_id_seq"))), new DropSequence(bare)));
    }

    @Test
    void aSerialsSequenceOptionsAlterInPlace() {
        SchemaModel with = users(true);
        Sequence cached = sequence(USERS).toBuilder().cache(10).increment(2).build();
        SchemaModel altered = with.toBuilder().sequences(List.of(cached)).build();
        assertDiff(with, altered, List.of(new AlterSequence(sequence(USERS), cached)));
    }

    /**
     * The owner of a sequence is named as in the new schema: where its table is renamed in the same migration, the
     * sequence is released after the rename, so that the down gives it back before renaming the table back (it once
     * ran first, and the down named a table that no longer existed).
     */
    @Test
    void aSerialColumnDroppedFromARenamedTableIsReleasedAfterTheRename() {
        SchemaModel from = users(true);
        SchemaModel to = model().table(table("orders").col(col("v", TEXT))).build();
        RenameHints renamed = hints().table("users", "orders", "com.example.Order").build();
        MigrationPlan plan = MigrationPlanner.plan(from, to, renamed);
        assertEquals(List.of("ALTER TABLE public.users DROP CONSTRAINT users_pkey",
                "ALTER TABLE public.users RENAME TO orders",
                "ALTER SEQUENCE public.users_id_seq OWNED BY NONE",
                "ALTER TABLE public.orders DROP COLUMN id",
                "DROP SEQUENCE public.users_id_seq"), plan.up().stream().map(SqlStatement::sql).toList());
        assertEquals(List.of("CREATE SEQUENCE public.users_id_seq AS bigint",
                "ALTER TABLE public.orders ADD COLUMN id bigint DEFAULT nextval('users_id_seq'::regclass) NOT NULL",
                "ALTER SEQUENCE public.users_id_seq OWNED BY public.orders.id",
                "ALTER TABLE public.orders RENAME TO users",
                "ALTER TABLE public.users ADD CONSTRAINT users_pkey PRIMARY KEY (id)"),
                plan.down().stream().map(SqlStatement::sql).toList());
    }

    /**
     * A table moved while its serial column is dropped: the move takes the sequence along, so it is released and
     * dropped by its moved name after the move (the move once also claimed to bring the sequence, which the drop had
     * to precede: a cycle). The down creates it in the new schema and the move back takes it home.
     */
    @Test
    void aSerialColumnDroppedFromAMovedTableGoesAfterTheMove() {
        SchemaModel from = users(true);
        SchemaModel to = model().schema("billing").table(table("billing.users").col(col("v", TEXT))).build();
        RenameHints moved = hints().table("users", "billing.users", "com.example.User").build();
        MigrationPlan plan = MigrationPlanner.plan(from, to, moved);
        assertEquals(List.of("CREATE SCHEMA billing",
                "ALTER TABLE public.users DROP CONSTRAINT users_pkey",
                "ALTER TABLE public.users SET SCHEMA billing",
                "ALTER SEQUENCE billing.users_id_seq OWNED BY NONE",
                "ALTER TABLE billing.users DROP COLUMN id",
                "DROP SEQUENCE billing.users_id_seq"), plan.up().stream().map(SqlStatement::sql).toList());
        assertEquals(List.of("CREATE SEQUENCE billing.users_id_seq AS bigint",
                "ALTER TABLE billing.users ADD COLUMN id bigint DEFAULT nextval('billing.users_id_seq'::regclass)"
                        + " NOT NULL",
                "ALTER SEQUENCE billing.users_id_seq OWNED BY billing.users.id",
                "ALTER TABLE billing.users SET SCHEMA public",
                "ALTER TABLE public.users ADD CONSTRAINT users_pkey PRIMARY KEY (id)",
                "DROP SCHEMA billing"), plan.down().stream().map(SqlStatement::sql).toList());
    }

    @Test
    void aTableMovedToAnotherSchemaTakesItsSerialsSequenceAlong() {
        SchemaModel from = users(true);
        SchemaModel to = model().schema("billing").table(table("billing.users").col(col("v", TEXT),
                new Fixtures.Col(serial(new QualifiedName("billing", "users_id_seq")))).pk("users_pkey", "id")).build()
                .toBuilder().sequence(sequence(MOVED)).build();
        RenameHints moved = hints().table("users", "billing.users", "com.example.User").build();
        assertDiff(from, to, moved, List.of(new CreateSchema("billing"),
                new RenameTable(USERS, MOVED, List.of(), NamePath.renameThenMove(USERS, MOVED), List.of("users_id_seq"))));
        assertEquals(List.of("CREATE SCHEMA billing", "ALTER TABLE public.users SET SCHEMA billing"),
                MigrationPlanner.plan(from, to, moved).up().stream().map(SqlStatement::sql).toList());
        assertEquals(List.of("ALTER TABLE billing.users SET SCHEMA public", "DROP SCHEMA billing"),
                MigrationPlanner.plan(from, to, moved).down().stream().map(SqlStatement::sql).toList());

        // and its sequence altered in the same migration: after the move, under its new name
        Sequence cached = sequence(MOVED).toBuilder().cache(10).build();
        SchemaModel altered = to.toBuilder().sequences(List.of(cached)).build();
        assertDiff(from, altered, moved, List.of(new CreateSchema("billing"),
                new RenameTable(USERS, MOVED, List.of(), NamePath.renameThenMove(USERS, MOVED), List.of("users_id_seq")),
                new AlterSequence(sequence(MOVED), cached)));
    }
}
