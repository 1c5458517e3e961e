package dev.shale.diff;

import static dev.shale.diff.Fixtures.BIGINT;
import static dev.shale.diff.Fixtures.col;
import static dev.shale.diff.Fixtures.enumOf;
import static dev.shale.diff.Fixtures.enumType;
import static dev.shale.diff.Fixtures.fk;
import static dev.shale.diff.Fixtures.index;
import static dev.shale.diff.Fixtures.name;
import static dev.shale.diff.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.AddEnumValue;
import dev.shale.diff.change.AddExclusion;
import dev.shale.diff.change.AddForeignKey;
import dev.shale.diff.change.AddUnique;
import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.Change;
import dev.shale.diff.change.ColumnAspect;
import dev.shale.diff.change.CreateEnum;
import dev.shale.diff.change.CreateExtension;
import dev.shale.diff.change.DropExclusion;
import dev.shale.diff.change.DropExtension;
import dev.shale.diff.change.UpdateExtension;
import dev.shale.model.ColumnType;
import dev.shale.model.ExclusionConstraint;
import dev.shale.model.Extension;
import dev.shale.diff.change.CreateIndex;
import dev.shale.diff.change.CreateSchema;
import dev.shale.diff.change.CreateSequence;
import dev.shale.diff.change.CreateTable;
import dev.shale.diff.change.DropColumn;
import dev.shale.diff.change.DropEnum;
import dev.shale.diff.change.DropForeignKey;
import dev.shale.diff.change.DropIndex;
import dev.shale.diff.change.DropSchema;
import dev.shale.diff.change.DropSequence;
import dev.shale.diff.change.DropTable;
import dev.shale.diff.change.DropUnique;
import dev.shale.diff.change.EnumUsage;
import dev.shale.diff.change.RecreateEnum;
import dev.shale.diff.change.RenameColumn;
import dev.shale.diff.change.RenameConstraint;
import dev.shale.diff.change.RenameIndex;
import dev.shale.diff.change.RenameTable;
import dev.shale.diff.change.SetColumnComment;
import dev.shale.diff.change.SetSequenceOwner;
import dev.shale.diff.order.ChangeGraph;
import dev.shale.diff.order.ChangeOrder;
import dev.shale.diff.order.DependencyCycleException;
import dev.shale.diff.order.ObjectKey;
import dev.shale.model.Column;
import dev.shale.model.ForeignKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import dev.shale.model.Sequence;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collections;
import dev.shale.diff.change.AlterForeignKeyDeferrability;
import dev.shale.diff.change.InvalidateConstraint;
import dev.shale.diff.change.SetReplicaIdentity;
import dev.shale.diff.change.SetTablePersistence;
import dev.shale.model.Deferrability;
import dev.shale.model.Index;
import dev.shale.model.ReplicaIdentity;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The dependency graph between changes, and the order it gives. */
class ChangeGraphTest {

    private static final QualifiedName T = name("t");
    private static final Column ID = col("id", BIGINT).notNull().column();

    @Test
    void aReplicaIdentityUsesItsIndexAfterItIsBuiltAndLeavesItBeforeItIsDropped() {
        Index codes = Index.builder("t_code_idx").columns("code").unique().build();
        Change build = new CreateIndex(T, codes);
        Change use = new SetReplicaIdentity(T, ReplicaIdentity.DEFAULT, ReplicaIdentity.usingIndex("t_code_idx"));
        assertEdge(build, use, ObjectKey.index(T, "t_code_idx"));
        assertEquals(List.of(build, use), ChangeOrder.sort(List.of(use, build)));
        Change leave = new SetReplicaIdentity(T, ReplicaIdentity.usingIndex("t_code_idx"), ReplicaIdentity.FULL);
        Change drop = new DropIndex(T, codes);
        assertEdge(leave, drop, ObjectKey.index(T, "t_code_idx"));
        assertEquals(List.of(leave, drop), ChangeOrder.sort(List.of(drop, leave)));
    }

    @Test
    void aLoggedTablesForeignKeyToATableGoingUnloggedIsDroppedFirstAndOneToATableGoingLoggedAddedAfter() {
        ForeignKey toParent = fk("child_parent_fkey", List.of("parent_id"), "parent", List.of("id"));
        Change drop = new DropForeignKey(name("child"), toParent, false);
        Change unlogged = new SetTablePersistence(name("parent"), true, List.of());
        assertEdge(drop, unlogged, ObjectKey.logged(name("parent")));
        Change logged = new SetTablePersistence(name("parent"), false, List.of());
        Change add = new AddForeignKey(name("child"), toParent, false);
        assertEdge(logged, add, ObjectKey.logged(name("parent")));
        // going unlogged: the referring table first; going logged: the referred one first
        Change childUnlogged = new SetTablePersistence(name("child"), true, List.of(name("parent")));
        assertEdge(childUnlogged, unlogged, ObjectKey.logged(name("parent")));
        Change childLogged = new SetTablePersistence(name("child"), false, List.of(name("parent")));
        assertEdge(logged, childLogged, ObjectKey.logged(name("parent")));
    }

    @Test
    void aForeignKeyIsMadeNotValidBeforeItsDeferrabilityIsAltered() {
        ForeignKey toParent = fk("child_parent_fkey", List.of("parent_id"), "parent", List.of("id"));
        Change invalidate = new InvalidateConstraint(name("child"), null, toParent.toBuilder().notValid(true).build());
        Change alter = new AlterForeignKeyDeferrability(name("child"), toParent.toBuilder().notValid(true)
                .deferrability(Deferrability.DEFERRABLE).build(), Deferrability.NOT_DEFERRABLE);
        assertEdge(invalidate, alter, ObjectKey.constraint(name("child"), "child_parent_fkey"));
    }

    @Test
    void anExclusionConstraintIsAddedAfterItsColumnAndExtensionAndDroppedBeforeItsColumn() {
        ExclusionConstraint byRoom = ExclusionConstraint.builder("t_room_excl").element("room", "=").build();
        Change extension = new CreateExtension(Extension.of("btree_gist", "public"));
        Change column = new AddColumn(T, col("room", BIGINT).column());
        Change add = new AddExclusion(T, byRoom);
        assertEdge(extension, add, ObjectKey.createdExtensionObjects());
        assertEdge(column, add, ObjectKey.column(T, "room"));
        assertEquals(List.of(extension, column, add), ChangeOrder.sort(List.of(add, column, extension)));
        Change drop = new DropExclusion(T, byRoom);
        Change dropColumn = new DropColumn(T, col("room", BIGINT).column());
        assertEdge(drop, dropColumn, ObjectKey.column(T, "room"));
        assertEquals(List.of(drop, dropColumn), ChangeOrder.sort(List.of(dropColumn, drop)));
    }

    @Test
    void aSchemaIsCreatedBeforeATableInIt() {
        Change table = new CreateTable(table("billing.invoices").col(col("id", BIGINT)).build());
        Change schema = new CreateSchema("billing");
        assertEdge(schema, table, ObjectKey.schema("billing"));
        assertEquals(List.of(schema, table), ChangeOrder.sort(List.of(table, schema)));
    }

    @Test
    void aSchemaIsDroppedAfterTheTablesAndTypesInIt() {
        Change schema = new DropSchema("archive");
        Change table = new DropTable(table("archive.old").col(col("id", BIGINT)).build());
        Change type = new DropEnum(enumType("archive.flag", "X"));
        assertEquals(List.of(table, type, schema), ChangeOrder.sort(List.of(schema, type, table)));
        assertEdge(table, schema, ObjectKey.schema("archive"));
        assertEdge(type, schema, ObjectKey.schema("archive"));
    }

    @Test
    void anEnumIsCreatedBeforeAColumnUsingIt() {
        Change type = new CreateEnum(enumType("status", "NEW"));
        Change column = new AddColumn(T, col("status", enumOf("status")).column());
        assertEdge(type, column, ObjectKey.enumType(name("status")));
    }

    @Test
    void anEnumIsDroppedAfterTheColumnsUsingIt() {
        Change column = new DropColumn(T, col("flag", enumOf("flag")).column());
        Change type = new DropEnum(enumType("flag", "X"));
        assertEdge(column, type, ObjectKey.enumType(name("flag")));
        assertEquals(List.of(column, type), ChangeOrder.sort(List.of(type, column)));
    }

    private static final Sequence SEQ = Sequence.builder(name("t_id_seq")).dataType("integer").build();
    private static final Column SERIAL = col("id", BIGINT).notNull().column().toBuilder()
            .defaultExpression("nextval('t_id_seq'::regclass)").build();

    @Test
    void aSequenceIsCreatedBeforeTheColumnWhoseDefaultCallsItAndOwnedAfter() {
        Change sequence = new CreateSequence(SEQ);
        Change column = new AddColumn(T, SERIAL);
        Change owner = new SetSequenceOwner(SEQ.name(), null, new Sequence.OwnedBy(T, "id"));
        assertEdge(sequence, column, ObjectKey.sequence(SEQ.name()));
        assertEdge(column, owner, ObjectKey.column(T, "id"));
        assertEquals(List.of(sequence, column, owner), ChangeOrder.sort(List.of(owner, column, sequence)));
    }

    @Test
    void aTableMovingToAnotherSchemaTakesTheSequencesItOwnsBeforeTheyAreAltered() {
        dev.shale.model.QualifiedName moved = new dev.shale.model.QualifiedName("billing", "t");
        Change move = new dev.shale.diff.change.RenameTable(T, moved, List.of(),
                dev.shale.diff.change.NamePath.renameThenMove(T, moved), List.of("t_id_seq"));
        Sequence there = SEQ.toBuilder().name(new dev.shale.model.QualifiedName("billing", "t_id_seq")).build();
        Change alter = new dev.shale.diff.change.AlterSequence(there, there.toBuilder().cache(5).build());
        assertEdge(move, alter, ObjectKey.sequence(there.name()));
        assertEquals(List.of(move, alter), ChangeOrder.sort(List.of(alter, move)));
    }

    @Test
    void aSequenceIsCreatedBeforeATableWhoseDefaultCallsIt() {
        Change sequence = new CreateSequence(SEQ);
        Change table = new CreateTable(table("t").col(new Fixtures.Col(SERIAL)).build());
        assertEdge(sequence, table, ObjectKey.sequence(SEQ.name()));
    }

    @Test
    void aSequenceIsDroppedAfterTheDefaultThatCalledItAndLosesItsOwnerBeforeItsColumn() {
        Change owner = new SetSequenceOwner(SEQ.name(), new Sequence.OwnedBy(T, "id"), null);
        Change column = new DropColumn(T, SERIAL);
        Change sequence = new DropSequence(SEQ);
        assertEdge(owner, column, ObjectKey.column(T, "id"));
        assertEdge(column, sequence, ObjectKey.sequence(SEQ.name()));
        Column plain = SERIAL.toBuilder().defaultExpression(null).build();
        Change dropDefault = new AlterColumn(T, SERIAL, plain, Set.of(ColumnAspect.DEFAULT));
        assertEdge(dropDefault, sequence, ObjectKey.sequence(SEQ.name()));
        assertEquals(List.of(owner, column, sequence), ChangeOrder.sort(List.of(sequence, column, owner)));
    }

    @Test
    void aDropTableGoesBeforeTheDropOfItsSerialSequence() {
        Change owner = new SetSequenceOwner(SEQ.name(), new Sequence.OwnedBy(T, "id"), null);
        Change table = new DropTable(table("t").col(new Fixtures.Col(SERIAL)).build());
        Change sequence = new DropSequence(SEQ);
        assertEquals(List.of(owner, table, sequence), ChangeOrder.sort(List.of(sequence, table, owner)));
    }

    @Test
    void aForeignKeyComesAfterTheReferencedTableAndItsUniqueKey() {
        Change parent = new CreateTable(table("parent").col(new Fixtures.Col(ID), col("code", BIGINT).notNull())
                .pk("parent_pkey", "id").build());
        Change unique = new AddUnique(name("parent"), new UniqueConstraint("parent_code_key", List.of("code")));
        ForeignKey byCode = fk("child_code_fkey", List.of("parent_code"), "parent", List.of("code"));
        Change foreignKey = new AddForeignKey(name("child"), byCode, false);
        assertEdge(parent, foreignKey, ObjectKey.table(name("parent")));
        assertEdge(unique, foreignKey, ObjectKey.uniqueKey(name("parent"), List.of("code")));
    }

    @Test
    void aForeignKeyIsDroppedBeforeTheTableItRefersTo() {
        Table parent = table("parent").col(new Fixtures.Col(ID)).pk("parent_pkey", "id").build();
        Change drop = new DropTable(parent);
        Change foreignKey = new DropForeignKey(name("child"), fk("child_parent_fkey", List.of("parent_id"), "parent",
                List.of("id")), false);
        assertEdge(foreignKey, drop, ObjectKey.table(name("parent")));
        assertEquals(List.of(foreignKey, drop), ChangeOrder.sort(List.of(drop, foreignKey)));
    }

    @Test
    void aNewForeignKeyOnColumnsWhoseUniqueIsDroppedIsNotPulledBeforeTheDrop() {
        // The primary key over the same column stays and serves the foreign key.
        Change unique = new DropUnique(name("parent"), new UniqueConstraint("parent_id_key", List.of("id")));
        Change foreignKey = new AddForeignKey(name("child"), fk("child_parent_fkey", List.of("parent_id"), "parent",
                List.of("id")), false);
        assertNoEdge(foreignKey, unique);
        assertEquals(List.of(unique, foreignKey), ChangeOrder.sort(List.of(foreignKey, unique)));
    }

    @Test
    void anIndexIsCreatedAfterItsColumn() {
        Change column = new AddColumn(T, col("c", BIGINT).column());
        Change index = new CreateIndex(T, index("t_c_idx", "c"));
        assertEdge(column, index, ObjectKey.column(T, "c"));
    }

    @Test
    void aRenameChainFreesEachNameBeforeItIsTaken() {
        Change aToB = new RenameColumn(T, "a", "b", false);
        Change bToC = new RenameColumn(T, "b", "c", false);
        // By rank alone a -> b would come first (ordered by the new name), and fail: b is still there.
        assertEquals(List.of(bToC, aToB), ChangeOrder.sort(List.of(aToB, bToC)));
        assertEdge(bToC, aToB, ObjectKey.column(T, "b"));
    }

    @Test
    void aRenamedTableIsNamedByItsOldNameBeforeTheRenameAndByItsNewNameAfter() {
        Change dropIndex = new DropIndex(name("customers"), index("customers_name_idx", "name"));
        Change rename = new RenameTable(name("customers"), name("clients"), List.of());
        Change addColumn = new AddColumn(name("clients"), col("email", BIGINT).column());
        Change reuse = new CreateTable(table("customers").col(col("id", BIGINT)).build());
        assertEquals(List.of(dropIndex, rename, reuse, addColumn),
                ChangeOrder.sort(List.of(addColumn, reuse, rename, dropIndex)));
        assertEdge(rename, reuse, ObjectKey.table(name("customers")));
    }

    @Test
    void aMovedTablesIndexIsRenamedAroundTheMoveThroughATemporaryName() {
        // As MovedRelations arranges it: old name to temporary in the old schema, the move, temporary to new.
        Change schema = new CreateSchema("b");
        Change toTemporary = new RenameIndex(name("a.t"), "t_pkey", "t_pkey_moving");
        Change move = new RenameTable(name("a.t"), name("b.t"), List.of());
        Change toTarget = new RenameIndex(name("b.t"), "t_pkey_moving", "t_pkey");
        List<Change> expected = List.of(schema, toTemporary, move, toTarget);
        assertEquals(expected, ChangeOrder.sort(List.of(toTarget, move, toTemporary, schema)));
        assertEdge(toTemporary, move, ObjectKey.table(name("a.t")));
        assertEdge(move, toTarget, ObjectKey.table(name("b.t")));
    }

    @Test
    void anIndexNameIsFreedInItsSchemaBeforeAnotherTablesIndexTakesIt() {
        // Tables t -> u and u -> v renamed in a chain: u's key leaves u_pkey before t's key takes it; the index
        // namespace is the schema's, so the two tables' constraints share it.
        Change free = new RenameConstraint(name("v"), "u_pkey", "v_pkey");
        Change take = new RenameConstraint(name("u"), "t_pkey", "u_pkey");
        assertEdge(free, take, ObjectKey.relationName("public", "u_pkey"));
        assertEquals(List.of(free, take), ChangeOrder.sort(List.of(take, free)));
        Change freeIndex = new RenameIndex(name("v"), "u_idx", "v_idx");
        Change takeIndex = new RenameIndex(name("u"), "t_idx", "u_idx");
        assertEdge(freeIndex, takeIndex, ObjectKey.relationName("public", "u_idx"));
    }

    @Test
    void aGeneratedColumnIsDroppedBeforeItsBaseColumnChangesTypeAndAddedBackAfter() {
        Column base = col("amount", BIGINT).column();
        Column generated = col("doubled", BIGINT).generated("amount * 2").column();
        Change dropGenerated = new DropColumn(T, generated);
        Change retype = new AlterColumn(T, base, col("amount", Fixtures.TEXT).column(), Set.of(ColumnAspect.TYPE));
        Change addGenerated = new AddColumn(T, col("doubled", Fixtures.TEXT).generated("amount || 'x'").column());
        assertEdge(dropGenerated, retype, ObjectKey.column(T, "amount"));
        assertEdge(retype, addGenerated, ObjectKey.column(T, "amount"));
        assertEdge(dropGenerated, addGenerated, ObjectKey.column(T, "doubled"));
        assertEquals(List.of(dropGenerated, retype, addGenerated),
                ChangeOrder.sort(List.of(addGenerated, retype, dropGenerated)));
    }

    @Test
    void aGeneratedColumnOverARenamedColumnIsDroppedAfterTheRenameAndBeforeItsCollationChanges() {
        Change rename = new RenameColumn(T, "title", "label", false);
        Change dropGenerated = new DropColumn(T, col("shout", Fixtures.TEXT).generated("upper(label)").column());
        Change recollate = new AlterColumn(T, col("label", Fixtures.TEXT).collation("\"C\"").column(),
                col("label", Fixtures.TEXT).column(), Set.of(ColumnAspect.COLLATION));
        Change addGenerated = new AddColumn(T, col("shout", Fixtures.TEXT).generated("upper(label)").column());
        assertEdge(rename, dropGenerated, ObjectKey.column(T, "label"));
        assertEdge(dropGenerated, recollate, ObjectKey.column(T, "label"));
        assertEdge(recollate, addGenerated, ObjectKey.column(T, "label"));
        assertEquals(List.of(rename, dropGenerated, recollate, addGenerated),
                ChangeOrder.sort(List.of(addGenerated, recollate, dropGenerated, rename)));
    }

    @Test
    void aGeneratedColumnOverARenamedColumnIsDroppedBeforeItsTypeChanges() {
        Change rename = new RenameColumn(T, "amount", "total", false);
        Change dropGenerated = new DropColumn(T, col("doubled", BIGINT).generated("total * 2").column());
        Change retype = new AlterColumn(T, col("total", Fixtures.INTEGER).column(), col("total", BIGINT).column(),
                Set.of(ColumnAspect.TYPE));
        Change addGenerated = new AddColumn(T, col("doubled", BIGINT).generated("total * 2").column());
        assertEquals(List.of(rename, dropGenerated, retype, addGenerated),
                ChangeOrder.sort(List.of(addGenerated, retype, dropGenerated, rename)));
    }

    @Test
    void anEnumSwapConvertsItsColumnsBetweenTheDropsAndCreationsOfTheirIndexes() {
        Column status = col("status", enumOf("status")).column();
        Change dropIndex = new DropIndex(T, index("t_status_idx", "status"));
        Change swap = new RecreateEnum(enumType("status", "A", "B"), enumType("status", "B", "A"),
                List.of(new EnumUsage(T, status)));
        Change createIndex = new CreateIndex(T, index("t_status_idx", "status"));
        Change addColumn = new AddColumn(T, col("other", enumOf("status")).column());
        assertEdge(dropIndex, swap, ObjectKey.column(T, "status"));
        assertEdge(swap, createIndex, ObjectKey.column(T, "status"));
        assertEdge(swap, addColumn, ObjectKey.enumType(name("status")));
        // A column the swap converts is dropped after it, however the rank would have it.
        Change dropColumn = new DropColumn(T, status);
        assertEdge(swap, dropColumn, ObjectKey.column(T, "status"));
    }

    @Test
    void aFillThatReadsAnotherFilledColumnRunsAfterIt() {
        Change a = new AddColumn(T, col("a", BIGINT).notNull().column(), "b * 2", null);
        Change b = new AlterColumn(T, col("b", BIGINT).column(), col("b", BIGINT).notNull().column(),
                Set.of(ColumnAspect.NULLABILITY), "0");
        Change c = new AddColumn(T, col("c", BIGINT).notNull().column(), "1", null);
        assertEdge(b, a, ObjectKey.column(T, "b"));
        assertEquals(List.of(b, a, c), ChangeOrder.sort(List.of(c, a, b)));
    }

    @Test
    void addedLabelsFollowTheLabelTheyArePlacedAfter() {
        Change x = new AddEnumValue(enumType("e", "m"), enumType("e", "m", "x"), "x", List.of());
        Change y = new AddEnumValue(enumType("e", "m", "x"), enumType("e", "m", "x", "y"), "y", List.of());
        assertEdge(x, y, ObjectKey.enumValue(name("e"), "x"));
    }

    @Test
    void aCommentOnAReplacedColumnGoesToTheNewColumn() {
        Column old = col("r", BIGINT).generated("id + 1").column();
        Change drop = new DropColumn(T, old);
        Change add = new AddColumn(T, col("r", BIGINT).generated("id + 2").column());
        Change comment = new SetColumnComment(T, "r", null, "twice");
        assertEdge(add, comment, ObjectKey.column(T, "r"));
        ChangeGraph graph = ChangeGraph.of(List.of(comment, drop, add));
        assertFalse(graph.mustPrecede(0, 1), graph.edges().toString());
        assertEquals(List.of(drop, add, comment), ChangeOrder.sort(List.of(comment, add, drop)));
    }

    @Test
    void changesThatDependOnEachOtherInACycleAreRefusedByName() {
        Change a = new AddColumn(T, col("a", BIGINT).notNull().column(), "b + 1", null);
        Change b = new AddColumn(T, col("b", BIGINT).notNull().column(), "a + 1", null);
        Change unrelated = new CreateSchema("s");
        DependencyCycleException e = assertThrows(DependencyCycleException.class,
                () -> ChangeOrder.sort(List.of(unrelated, a, b)));
        assertEquals(Set.of(a, b), Set.copyOf(e.changes()));
        assertTrue(e.getMessage().contains("add column public.t.a"), e.getMessage());
        assertTrue(e.getMessage().contains("add column public.t.b"), e.getMessage());
        assertTrue(e.getMessage().contains("through column public.t.a"), e.getMessage());
    }

    @Test
    void firstOutOfOrderFindsAChangeAheadOfWhatItNeeds() {
        Change schema = new CreateSchema("billing");
        Change table = new CreateTable(table("billing.invoices").col(col("id", BIGINT)).build());
        assertEquals(Optional.of(0), ChangeOrder.firstOutOfOrder(List.of(table, schema)));
        assertEquals(Optional.empty(), ChangeOrder.firstOutOfOrder(List.of(schema, table)));
    }

    @Test
    void theDifferOutputAndItsDownAreInDependencyOrder() {
        List<Change> up = Differ.diff(DifferOrderTest.BEFORE, DifferOrderTest.AFTER, DifferOrderTest.HINTS);
        assertEquals(Optional.empty(), ChangeOrder.firstOutOfOrder(up));
        assertEquals(Optional.empty(), ChangeOrder.firstOutOfOrder(ChangeReplay.down(up)));
        List<Change> back = Differ.diff(DifferOrderTest.AFTER, DifferOrderTest.BEFORE, RenameHints.NONE);
        assertEquals(Optional.empty(), ChangeOrder.firstOutOfOrder(back));
    }

    @Test
    void theOrderDoesNotDependOnTheInputOrder() {
        List<Change> sorted = ChangeOrder.sort(Differ.diff(DifferOrderTest.BEFORE, DifferOrderTest.AFTER,
                DifferOrderTest.HINTS));
        Random random = new Random(13);
        for (int i = 0; i < 20; i++) {
            List<Change> shuffled = new ArrayList<>(sorted);
            Collections.shuffle(shuffled, random);
            assertEquals(sorted, ChangeOrder.sort(shuffled));
        }
    }

    @Test
    void anExtensionIsCreatedBeforeAColumnOfItsTypeAndAfterItsSchema() {
        Extension citext = Extension.of("citext", "util");
        Change schema = new CreateSchema("util");
        Change extension = new CreateExtension(citext);
        Change column = new AddColumn(T, col("email", ColumnType.userType(name("util.citext"))).column());
        assertEdge(schema, extension, ObjectKey.schema("util"));
        assertEdge(extension, column, ObjectKey.createdExtensionObjects());
        assertEquals(List.of(schema, extension, column), ChangeOrder.sort(List.of(column, extension, schema)));
    }

    @Test
    void anExtensionIsCreatedBeforeAnIndexOrCheckThatMayUseItsOperatorsOrFunctions() {
        Change extension = new CreateExtension(Extension.of("pg_trgm"));
        Change index = new CreateIndex(T, index("t_s_trgm", "s"));
        Change table = new CreateTable(table("t").col(col("s", Fixtures.TEXT)).build());
        assertEdge(extension, index, ObjectKey.createdExtensionObjects());
        assertEdge(extension, table, ObjectKey.createdExtensionObjects());
    }

    @Test
    void anExtensionIsDroppedAfterTheColumnsAndTablesUsingItAndBeforeItsSchema() {
        Extension citext = Extension.of("citext", "util");
        Change extension = new DropExtension(citext);
        Change column = new DropColumn(T, col("email", ColumnType.userType(name("util.citext"))).column());
        Change table = new DropTable(table("u").col(col("email", ColumnType.userType(name("util.citext")))).build());
        Change retyped = new AlterColumn(T, col("email", ColumnType.userType(name("util.citext"))).column(),
                col("email", Fixtures.TEXT).column(), Set.of(ColumnAspect.TYPE), null);
        Change schema = new DropSchema("util");
        assertEdge(column, extension, ObjectKey.droppedExtensionObjects());
        assertEdge(table, extension, ObjectKey.droppedExtensionObjects());
        assertEdge(retyped, extension, ObjectKey.droppedExtensionObjects());
        assertEdge(extension, schema, ObjectKey.schema("util"));
    }

    @Test
    void droppingOneExtensionAndCreatingAnotherNeedNoOrderBetweenThem() {
        Change dropped = new DropExtension(Extension.of("hstore"));
        Change created = new CreateExtension(Extension.of("citext"));
        assertNoEdge(dropped, created);
        Change retyped = new AlterColumn(T, col("attrs", ColumnType.userType(name("hstore"))).column(),
                col("attrs", ColumnType.userType(name("citext"))).column(), Set.of(ColumnAspect.TYPE), null);
        assertEquals(List.of(created, retyped, dropped), ChangeOrder.sort(List.of(dropped, retyped, created)));
    }

    @Test
    void anUpdatedExtensionComesBeforeTheColumnsThatMayUseWhatTheUpdateAdds() {
        Change update = new UpdateExtension("citext", "1.5", "1.6");
        Change column = new AddColumn(T, col("email", ColumnType.userType(name("citext"))).column());
        assertEdge(update, column, ObjectKey.createdExtensionObjects());
    }

    @Test
    void aCommentNeedsNoExtension() {
        assertNoEdge(new CreateExtension(Extension.of("citext")), new SetColumnComment(T, "email", null, "mail"));
    }

    private static void assertEdge(Change before, Change after, ObjectKey through) {
        ChangeGraph graph = ChangeGraph.of(List.of(after, before));
        assertEquals(through, graph.successors(1).get(0), graph.edges().toString());
        assertFalse(graph.mustPrecede(0, 1), graph.edges().toString());
    }

    private static void assertNoEdge(Change first, Change second) {
        ChangeGraph graph = ChangeGraph.of(List.of(first, second));
        assertEquals(List.of(), graph.edges());
    }
}
