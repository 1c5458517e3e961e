package dev.shale.diff;

import static dev.shale.diff.DiffAssert.assertDiff;
import static dev.shale.diff.Fixtures.BIGINT;
import static dev.shale.diff.Fixtures.TEXT;
import static dev.shale.diff.Fixtures.col;
import static dev.shale.diff.Fixtures.fk;
import static dev.shale.diff.Fixtures.model;
import static dev.shale.diff.Fixtures.name;
import static dev.shale.diff.Fixtures.table;
import static dev.shale.diff.Fixtures.uniqueIndex;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.diff.change.AddCheck;
import dev.shale.diff.change.AddUnique;
import dev.shale.diff.change.AlterForeignKeyDeferrability;
import dev.shale.diff.change.Change;
import dev.shale.diff.change.CreateIndex;
import dev.shale.diff.change.DropCheck;
import dev.shale.diff.change.DropIndex;
import dev.shale.diff.change.DropUnique;
import dev.shale.diff.change.InvalidateConstraint;
import dev.shale.diff.change.RenameConstraint;
import dev.shale.diff.change.RenameIndex;
import dev.shale.diff.change.SetReplicaIdentity;
import dev.shale.diff.change.SetTablePersistence;
import dev.shale.diff.change.ValidateConstraint;
import dev.shale.model.CheckConstraint;
import dev.shale.model.Deferrability;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.QualifiedName;
import dev.shale.model.ReplicaIdentity;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Constraint state (NOT VALID, deferrability, NO INHERIT), UNLOGGED and replica identity between two models. */
class DifferTableStateTest {

    private static final QualifiedName ORDERS = name("orders");
    private static final QualifiedName USERS = name("users");
    private static final ForeignKey ORDER_USER = fk("orders_user_id_fkey", List.of("user_id"), "users", List.of("id"));

    /** users(id pk, email) and orders(id pk, user_id, amount), each as {@code edit} leaves it. */
    private static SchemaModel shop(UnaryOperator<Table.Builder> users, UnaryOperator<Table.Builder> orders) {
        Table u = users.apply(table("users").col(col("id", BIGINT).notNull(), col("email", TEXT).notNull())
                .pk("users_pkey", "id").build().toBuilder()).build();
        Table o = orders.apply(table("orders").col(col("id", BIGINT).notNull(), col("user_id", BIGINT),
                col("amount", BIGINT)).pk("orders_pkey", "id").build().toBuilder()).build();
        return model().table(u).table(o).build();
    }

    private static final UnaryOperator<Table.Builder> SAME = t -> t;

    private static UnaryOperator<Table.Builder> withFk(ForeignKey fk) {
        return t -> t.foreignKey(fk);
    }

    private static UnaryOperator<Table.Builder> withCheck(CheckConstraint check) {
        return t -> t.check(check);
    }

    @Test
    void aCheckIsValidatedOrMadeNotValidInPlace() {
        CheckConstraint valid = new CheckConstraint("orders_amount_check", "amount > 0");
        CheckConstraint notValid = valid.withNotValid(true);
        assertDiff(shop(SAME, withCheck(notValid)), shop(SAME, withCheck(valid)),
                List.of(new ValidateConstraint(ORDERS, valid, null)));
        assertDiff(shop(SAME, withCheck(valid)), shop(SAME, withCheck(notValid)),
                List.of(new InvalidateConstraint(ORDERS, notValid, null)));
        // NO INHERIT is part of the definition: dropped and added back
        CheckConstraint noInherit = valid.withNoInherit(true);
        assertDiff(shop(SAME, withCheck(valid)), shop(SAME, withCheck(noInherit)),
                List.of(new DropCheck(ORDERS, valid), new AddCheck(ORDERS, noInherit)));
    }

    @Test
    void aRenamedNotValidCheckIsRenamedThenValidated() {
        CheckConstraint notValid = new CheckConstraint("orders_amount_check", "amount > 0", true, false);
        CheckConstraint renamed = new CheckConstraint("orders_positive", "amount > 0");
        assertDiff(shop(SAME, withCheck(notValid)), shop(SAME, withCheck(renamed)), List.of(
                new RenameConstraint(ORDERS, "orders_amount_check", "orders_positive"),
                new ValidateConstraint(ORDERS, renamed, null)));
    }

    @Test
    void aForeignKeysDeferrabilityIsAlteredInPlaceAndItsValidityToo() {
        ForeignKey deferred = ORDER_USER.toBuilder().deferrability(Deferrability.INITIALLY_DEFERRED).build();
        ForeignKey notValid = ORDER_USER.toBuilder().notValid(true).build();
        assertDiff(shop(SAME, withFk(ORDER_USER)), shop(SAME, withFk(deferred)),
                List.of(new AlterForeignKeyDeferrability(ORDERS, deferred, Deferrability.NOT_DEFERRABLE)));
        assertDiff(shop(SAME, withFk(notValid)), shop(SAME, withFk(ORDER_USER)),
                List.of(new ValidateConstraint(ORDERS, null, ORDER_USER)));
        ForeignKey deferredNotValid = deferred.toBuilder().notValid(true).build();
        // becoming NOT VALID drops and adds it back, with its new deferrability
        // each carries the other aspect as it was; the alteration comes after the key is added back
        assertDiff(shop(SAME, withFk(ORDER_USER)), shop(SAME, withFk(deferredNotValid)), List.of(
                new InvalidateConstraint(ORDERS, null, notValid),
                new AlterForeignKeyDeferrability(ORDERS, deferredNotValid, Deferrability.NOT_DEFERRABLE)));
        assertDiff(shop(SAME, withFk(deferredNotValid)), shop(SAME, withFk(ORDER_USER)), List.of(
                new ValidateConstraint(ORDERS, null, deferred),
                new AlterForeignKeyDeferrability(ORDERS, ORDER_USER, Deferrability.INITIALLY_DEFERRED)));
    }

    @Test
    void aUniqueConstraintsDeferrabilityDropsAndAddsItBack() {
        UniqueConstraint email = new UniqueConstraint("users_email_key", List.of("email"));
        UniqueConstraint deferrable = email.withDeferrability(Deferrability.DEFERRABLE);
        assertDiff(shop(t -> t.unique(email), SAME), shop(t -> t.unique(deferrable), SAME),
                List.of(new DropUnique(USERS, email), new AddUnique(USERS, deferrable)));
    }

    @Test
    void persistenceIsSetAndOrderedAgainstForeignKeys() {
        assertDiff(shop(SAME, SAME), shop(SAME, t -> t.unlogged(true)),
                List.of(new SetTablePersistence(ORDERS, true, List.of())));
        // orders refers to users: orders goes unlogged first, users logged first
        SchemaModel logged = shop(SAME, withFk(ORDER_USER));
        SchemaModel unlogged = shop(t -> t.unlogged(true), t -> t.foreignKey(ORDER_USER).unlogged(true));
        assertDiff(logged, unlogged, List.of(new SetTablePersistence(ORDERS, true, List.of(USERS)),
                new SetTablePersistence(USERS, true, List.of())));
        assertDiff(unlogged, logged, List.of(new SetTablePersistence(USERS, false, List.of()),
                new SetTablePersistence(ORDERS, false, List.of(USERS))));
    }

    @Test
    void persistenceIsOrderedThroughARenamedTable() {
        // users renamed to customers while both go unlogged: orders (referring to it) still goes unlogged first
        QualifiedName customers = name("customers");
        ForeignKey toCustomers = fk("orders_user_id_fkey", List.of("user_id"), "customers", List.of("id"));
        SchemaModel logged = shop(SAME, withFk(ORDER_USER));
        SchemaModel renamed = shop(SAME, withFk(toCustomers));
        Table customersTable = renamed.tables().stream().filter(t -> t.name().equals(USERS)).findFirst().orElseThrow()
                .toBuilder().name(customers).unlogged(true).build();
        Table ordersTable = renamed.tables().stream().filter(t -> t.name().equals(ORDERS)).findFirst().orElseThrow()
                .toBuilder().unlogged(true).build();
        SchemaModel unlogged = model().table(customersTable).table(ordersTable).build();
        dev.shale.model.RenameHints hints = dev.shale.model.RenameHints.builder().table(USERS, customers, "test")
                .build();
        dev.shale.diff.change.RenameTable rename = new dev.shale.diff.change.RenameTable(USERS, customers, List.of(),
                List.of());
        assertDiff(logged, unlogged, hints, List.of(rename, new SetTablePersistence(ORDERS, true, List.of(customers)),
                new SetTablePersistence(customers, true, List.of())));
        // back: the rename first, then the table referred to is logged before the one referring to it
        assertDiff(unlogged, logged, dev.shale.model.RenameHints.builder().table(customers, USERS, "test").build(),
                List.of(rename.reverse(), new SetTablePersistence(USERS, false, List.of()),
                        new SetTablePersistence(ORDERS, false, List.of(USERS))));
    }

    @Test
    void replicaIdentityFollowsItsIndex() {
        Index byEmail = uniqueIndex("users_email_idx", "email");
        ReplicaIdentity usingEmail = ReplicaIdentity.usingIndex("users_email_idx");
        assertDiff(shop(SAME, SAME), shop(t -> t.replicaIdentity(ReplicaIdentity.FULL), SAME),
                List.of(new SetReplicaIdentity(USERS, ReplicaIdentity.DEFAULT, ReplicaIdentity.FULL)));
        // the index first, then the identity on it
        assertDiff(shop(SAME, SAME), shop(t -> t.index(byEmail).replicaIdentity(usingEmail), SAME), List.of(
                new CreateIndex(USERS, byEmail),
                new SetReplicaIdentity(USERS, ReplicaIdentity.DEFAULT, usingEmail)));
        // the identity reset, then the index dropped
        assertDiff(shop(t -> t.index(byEmail).replicaIdentity(usingEmail), SAME), shop(SAME, SAME), List.of(
                new SetReplicaIdentity(USERS, usingEmail, ReplicaIdentity.DEFAULT),
                new DropIndex(USERS, byEmail)));
        // a renamed index stays the identity: nothing to set
        Index renamed = uniqueIndex("users_mail_idx", "email");
        assertDiff(shop(t -> t.index(byEmail).replicaIdentity(usingEmail), SAME),
                shop(t -> t.index(renamed).replicaIdentity(ReplicaIdentity.usingIndex("users_mail_idx")), SAME),
                List.of(new RenameIndex(USERS, "users_email_idx", "users_mail_idx")));
        // a rebuilt index must be named again: reset before the drop, named after the build, so that the down (the
        // same changes reversed) names the old index only once it is built again
        Index wider = Index.builder("users_email_idx").columns("email", "id").unique().build();
        List<Change> rebuilt = Differ.diff(shop(t -> t.index(byEmail).replicaIdentity(usingEmail), SAME),
                shop(t -> t.index(wider).replicaIdentity(usingEmail), SAME), dev.shale.model.RenameHints.NONE);
        assertEquals(List.of(new SetReplicaIdentity(USERS, usingEmail, ReplicaIdentity.DEFAULT),
                new DropIndex(USERS, byEmail), new CreateIndex(USERS, wider),
                new SetReplicaIdentity(USERS, ReplicaIdentity.DEFAULT, usingEmail)), rebuilt);
        assertEquals(java.util.Optional.empty(), dev.shale.diff.order.ChangeOrder.firstOutOfOrder(
                ChangeReplay.down(rebuilt)));
    }
}
