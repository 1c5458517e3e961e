package dev.shale.diff;

import static dev.shale.diff.Fixtures.BIGINT;
import static dev.shale.diff.Fixtures.col;
import static dev.shale.diff.Fixtures.enumType;
import static dev.shale.diff.Fixtures.fk;
import static dev.shale.diff.Fixtures.index;
import static dev.shale.diff.Fixtures.name;
import static dev.shale.diff.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.diff.change.AddCheck;
import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.AddExclusion;
import dev.shale.diff.change.AlterSequence;
import dev.shale.diff.change.CreateSequence;
import dev.shale.diff.change.DropExclusion;
import dev.shale.diff.change.DropSequence;
import dev.shale.diff.change.SetSequenceOwner;
import dev.shale.model.ExclusionConstraint;
import dev.shale.model.Sequence;
import dev.shale.diff.change.AddEnumValue;
import dev.shale.diff.change.AddForeignKey;
import dev.shale.diff.change.AddPrimaryKey;
import dev.shale.diff.change.AddUnique;
import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.AlterForeignKeyDeferrability;
import dev.shale.diff.change.Change;
import dev.shale.diff.change.ColumnAspect;
import dev.shale.diff.change.CreateEnum;
import dev.shale.diff.change.CreateExtension;
import dev.shale.diff.change.DropExtension;
import dev.shale.diff.change.UpdateExtension;
import dev.shale.model.Extension;
import dev.shale.diff.change.CreateIndex;
import dev.shale.diff.change.CreateSchema;
import dev.shale.diff.change.CreateTable;
import dev.shale.diff.change.DropCheck;
import dev.shale.diff.change.DropColumn;
import dev.shale.diff.change.DropEnum;
import dev.shale.diff.change.DropForeignKey;
import dev.shale.diff.change.DropIndex;
import dev.shale.diff.change.DropPrimaryKey;
import dev.shale.diff.change.DropSchema;
import dev.shale.diff.change.DropTable;
import dev.shale.diff.change.DropUnique;
import dev.shale.diff.change.InvalidateConstraint;
import dev.shale.diff.change.RecreateEnum;
import dev.shale.diff.change.RenameColumn;
import dev.shale.diff.change.RenameConstraint;
import dev.shale.diff.change.RenameEnum;
import dev.shale.diff.change.RenameEnumValue;
import dev.shale.diff.change.RenameIndex;
import dev.shale.diff.change.RenameTable;
import dev.shale.diff.change.SetColumnComment;
import dev.shale.diff.change.SetEnumComment;
import dev.shale.diff.change.SetReplicaIdentity;
import dev.shale.diff.change.SetTableComment;
import dev.shale.diff.change.SetTablePersistence;
import dev.shale.diff.change.ValidateConstraint;
import dev.shale.diff.order.ChangeGraph;
import dev.shale.diff.order.ChangeOrder;
import dev.shale.diff.order.Rank;
import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.Deferrability;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.ReplicaIdentity;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeOrderTest {

    private static final QualifiedName T = name("t");
    private static final Table TABLE = table("t").col(col("id", BIGINT)).build();
    private static final Column C = col("c", BIGINT).column();
    private static final Column R = col("r", BIGINT).generated("id + 1").column();

    /** One change of every kind, in the order their ranks put them (not a migration: the graph would reorder it). */
    private static final List<Change> ONE_OF_EACH = List.of(
            new CreateSchema("s"),
            new CreateExtension(Extension.of("citext", "s")),
            new UpdateExtension("hstore", "1.7", "1.8"),
            new DropForeignKey(T, fk("f", List.of("id"), "t", List.of("id")), false),
            new SetReplicaIdentity(T, ReplicaIdentity.usingIndex("i"), ReplicaIdentity.DEFAULT),
            new SetSequenceOwner(name("q"), new Sequence.OwnedBy(T, "id"), null),
            new DropIndex(T, index("i", "id")),
            new DropCheck(T, new CheckConstraint("k", "id > 0")),
            new DropUnique(T, new UniqueConstraint("u", List.of("id"))),
            new DropPrimaryKey(T, new PrimaryKey("p", List.of("id"))),
            new DropExclusion(T, ExclusionConstraint.builder("x").element("id", "=").build()),
            new RenameEnum(name("e0"), name("e")),
            new RenameEnumValue(name("e"), "a0", "a"),
            new RenameTable(name("t0"), T, List.of()),
            new RenameColumn(T, "c0", "c", false),
            new RenameConstraint(T, "p0", "p"),
            new RenameIndex(T, "i0", "i"),
            new DropColumn(T, R),
            new CreateEnum(enumType("e2", "x")),
            new AddEnumValue(enumType("e", "a"), enumType("e", "a", "b"), "b", List.of()),
            new CreateSequence(Sequence.builder(name("q2")).build()),
            new AlterSequence(Sequence.builder(name("q")).build(), Sequence.builder(name("q")).cache(2).build()),
            new RecreateEnum(enumType("e", "a", "b"), enumType("e", "b", "a"), List.of()),
            new CreateTable(TABLE.withName(name("t2"))),
            new AddColumn(T, C),
            new AlterColumn(T, C, col("c", BIGINT).notNull().column(), Set.of(ColumnAspect.NULLABILITY)),
            new AddColumn(T, R),
            new DropColumn(T, col("d", BIGINT).column()),
            new SetTablePersistence(T, true, List.of()),
            new AddPrimaryKey(T, new PrimaryKey("p", List.of("id"))),
            new AddUnique(T, new UniqueConstraint("u", List.of("id"))),
            new AddCheck(T, new CheckConstraint("k", "id > 0")),
            new CreateIndex(T, index("i", "id")),
            new AddExclusion(T, ExclusionConstraint.builder("x").element("id", "=").build()),
            new AddForeignKey(T, fk("f", List.of("id"), "t", List.of("id")), false),
            new ValidateConstraint(T, new CheckConstraint("k", "id > 0"), null),
            new InvalidateConstraint(T, new CheckConstraint("k", "id > 0", true, false), null),
            new AlterForeignKeyDeferrability(T, fk("f", List.of("id"), "t", List.of("id")).toBuilder()
                    .deferrability(Deferrability.DEFERRABLE).build(), Deferrability.NOT_DEFERRABLE),
            new SetSequenceOwner(name("q"), null, new Sequence.OwnedBy(T, "id")),
            new DropTable(TABLE.withName(name("t3"))),
            new DropEnum(enumType("e3", "x")),
            new DropSequence(Sequence.builder(name("q3")).build()),
            new DropExtension(Extension.of("ltree", "s3")),
            new DropSchema("s3"),
            new SetEnumComment(name("e"), null, "x"),
            new SetTableComment(T, null, "x"),
            new SetColumnComment(T, "c", null, "x"));

    @Test
    void everyKindHasItsRank() {
        assertEquals(Change.class.getPermittedSubclasses().length,
                ONE_OF_EACH.stream().map(Object::getClass).distinct().count());
        Random random = new Random(1);
        for (int i = 0; i < 20; i++) {
            List<Change> shuffled = new ArrayList<>(ONE_OF_EACH);
            Collections.shuffle(shuffled, random);
            Rank rank = Rank.of(ChangeGraph.of(shuffled));
            List<Change> ranked = shuffled.stream()
                    .sorted(Comparator.comparing((Change c) -> c.accept(rank))).toList();
            assertEquals(DiffAssert.lines(ONE_OF_EACH), DiffAssert.lines(ranked));
        }
    }

    @Test
    void withinAPhaseByQualifiedNameThenObjectName() {
        List<Change> expected = List.of(
                new AddColumn(name("a.z"), col("b", BIGINT).column()),
                new AddColumn(name("public.a"), col("a", BIGINT).column()),
                new AddColumn(name("public.a"), col("b", BIGINT).column()),
                new AddColumn(name("public.b"), col("a", BIGINT).column()));
        List<Change> reversed = new ArrayList<>(expected);
        Collections.reverse(reversed);
        assertEquals(expected, ChangeOrder.sort(reversed));
    }

    @Test
    void addedEnumLabelsKeepTheirPositionOrderNotTheirAlphabeticalOrder() {
        List<Change> expected = List.of(
                new AddEnumValue(enumType("e", "m"), enumType("e", "z", "m"), "z", List.of()),
                new AddEnumValue(enumType("e", "z", "m"), enumType("e", "z", "m", "a"), "a", List.of()));
        assertEquals(expected, ChangeOrder.sort(List.of(expected.get(1), expected.get(0))));
    }
}
