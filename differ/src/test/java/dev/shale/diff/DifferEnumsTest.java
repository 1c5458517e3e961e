package dev.shale.diff;

import static dev.shale.diff.DiffAssert.assertDiff;
import static dev.shale.diff.Fixtures.BIGINT;
import static dev.shale.diff.Fixtures.TEXT;
import static dev.shale.diff.Fixtures.col;
import static dev.shale.diff.Fixtures.enumOf;
import static dev.shale.diff.Fixtures.enumType;
import static dev.shale.diff.Fixtures.fk;
import static dev.shale.diff.Fixtures.hints;
import static dev.shale.diff.Fixtures.model;
import static dev.shale.diff.Fixtures.name;
import static dev.shale.diff.Fixtures.table;

import dev.shale.diff.Fixtures.Col;
import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.AddEnumValue;
import dev.shale.diff.change.AddForeignKey;
import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.ColumnAspect;
import dev.shale.diff.change.CreateEnum;
import dev.shale.diff.change.CreateSchema;
import dev.shale.diff.change.CreateTable;
import dev.shale.diff.change.DropColumn;
import dev.shale.diff.change.DropEnum;
import dev.shale.diff.change.DropForeignKey;
import dev.shale.diff.change.DropTable;
import dev.shale.diff.change.EnumUsage;
import dev.shale.diff.change.RecreateEnum;
import dev.shale.diff.change.RenameEnum;
import dev.shale.diff.change.RenameEnumValue;
import dev.shale.diff.change.SetEnumComment;
import dev.shale.model.Column;
import dev.shale.model.EnumType;
import dev.shale.model.ForeignKey;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class DifferEnumsTest {

    private static final Column ROLE = col("role", enumOf("role")).notNull().defaultTo("'CLIENT'::public.role").column();

    /** {@code public.users(id, role)} and the enum {@code role} with these labels. */
    private static SchemaModel roles(String... labels) {
        return model().enumType(enumType("role", labels))
                .table(table("users").col(col("id", BIGINT).notNull()).col(new Col(ROLE)))
                .build();
    }

    private static List<EnumUsage> usages() {
        return List.of(new EnumUsage(name("users"), ROLE));
    }

    private static AddEnumValue add(List<String> before, String value, List<String> after) {
        return new AddEnumValue(new EnumType(name("role"), before), new EnumType(name("role"), after), value, usages());
    }

    @Test
    void createsTheEnumBeforeTheTableUsingIt() {
        SchemaModel to = roles("CLIENT", "ADMIN");
        assertDiff(SchemaModel.EMPTY, to, List.of(
                new CreateEnum(enumType("role", "CLIENT", "ADMIN")),
                new CreateTable(to.tables().get(0))));
    }

    @Test
    void dropsTheEnumAfterTheTableUsingIt() {
        SchemaModel from = roles("CLIENT", "ADMIN");
        assertDiff(from, SchemaModel.EMPTY, List.of(
                new DropTable(from.tables().get(0)),
                new DropEnum(enumType("role", "CLIENT", "ADMIN"))));
    }

    @Test
    void addsAValueAtTheEnd() {
        assertDiff(roles("CLIENT", "ADMIN"), roles("CLIENT", "ADMIN", "SUPER_ADMIN"), List.of(
                add(List.of("CLIENT", "ADMIN"), "SUPER_ADMIN", List.of("CLIENT", "ADMIN", "SUPER_ADMIN"))));
    }

    @Test
    void addsAValueAtTheStart() {
        assertDiff(roles("CLIENT", "ADMIN"), roles("GUEST", "CLIENT", "ADMIN"), List.of(
                add(List.of("CLIENT", "ADMIN"), "GUEST", List.of("GUEST", "CLIENT", "ADMIN"))));
    }

    @Test
    void addsAValueInTheMiddle() {
        assertDiff(roles("CLIENT", "ADMIN"), roles("CLIENT", "STAFF", "ADMIN"), List.of(
                add(List.of("CLIENT", "ADMIN"), "STAFF", List.of("CLIENT", "STAFF", "ADMIN"))));
    }

    @Test
    void addsSeveralValuesLeftToRightSoEachHasItsNeighbour() {
        assertDiff(roles("B", "D"), roles("A0", "A", "B", "C", "D", "E"), List.of(
                add(List.of("B", "D"), "A0", List.of("A0", "B", "D")),
                add(List.of("A0", "B", "D"), "A", List.of("A0", "A", "B", "D")),
                add(List.of("A0", "A", "B", "D"), "C", List.of("A0", "A", "B", "C", "D")),
                add(List.of("A0", "A", "B", "C", "D"), "E", List.of("A0", "A", "B", "C", "D", "E"))));
    }

    @Test
    void addsValuesToAnEnumWithoutLabels() {
        assertDiff(roles(), roles("A", "B"), List.of(
                add(List.of(), "A", List.of("A")),
                add(List.of("A"), "B", List.of("A", "B"))));
    }

    @Test
    void renamesAValueWhenHinted() {
        // Not the default's label: a renamed default label is followed by the default (see below).
        assertDiff(roles("CLIENT", "ADMIN"), roles("CLIENT", "MANAGER"),
                hints().enumValue("role", "ADMIN", "MANAGER", "com.example.Role.MANAGER").build(),
                List.of(new RenameEnumValue(name("role"), "ADMIN", "MANAGER")));
    }

    @Test
    void renamesAValueThenAddsOne() {
        assertDiff(roles("CLIENT", "ADMIN"), roles("CLIENT", "MANAGER", "OWNER"),
                hints().enumValue("role", "ADMIN", "MANAGER", "com.example.Role.MANAGER").build(),
                List.of(
                        new RenameEnumValue(name("role"), "ADMIN", "MANAGER"),
                        add(List.of("CLIENT", "MANAGER"), "OWNER", List.of("CLIENT", "MANAGER", "OWNER"))));
    }

    @Test
    void removingAValueRecreatesTheEnum() {
        assertDiff(roles("CLIENT", "STAFF", "ADMIN"), roles("CLIENT", "ADMIN"), List.of(
                new RecreateEnum(enumType("role", "CLIENT", "STAFF", "ADMIN"), enumType("role", "CLIENT", "ADMIN"),
                        usages())));
    }

    @Test
    void reorderingRecreatesTheEnum() {
        assertDiff(roles("CLIENT", "ADMIN"), roles("ADMIN", "CLIENT"), List.of(
                new RecreateEnum(enumType("role", "CLIENT", "ADMIN"), enumType("role", "ADMIN", "CLIENT"), usages())));
    }

    @Test
    void addingAndRemovingRecreatesTheEnumOnce() {
        assertDiff(roles("CLIENT", "STAFF", "ADMIN"), roles("CLIENT", "ADMIN", "OWNER"), List.of(
                new RecreateEnum(enumType("role", "CLIENT", "STAFF", "ADMIN"),
                        enumType("role", "CLIENT", "ADMIN", "OWNER"), usages())));
    }

    @Test
    void usagesAreEveryColumnOfTheEnumAsItStandsWhenTheEnumChanges() {
        Column roles = col("roles", enumOf("role").arrayOf()).defaultTo("'{}'::public.role[]").column();
        Column invitedAs = col("invited_as", enumOf("role")).defaultTo("'CLIENT'::public.role").column();
        Column legacy = col("legacy_role", enumOf("role")).column();
        Table groups = table("groups").col(col("id", BIGINT).notNull()).col(new Col(roles)).build();
        Table invites = table("invites").col(new Col(invitedAs), new Col(legacy)).build();
        Table invitesAfter = table("invites").col(new Col(invitedAs), col("legacy_role", TEXT)).build();
        SchemaModel from = model().enumType(enumType("role", "CLIENT", "STAFF", "ADMIN"))
                .enumType(enumType("mood", "OK")).table(groups).table(invites).build();
        SchemaModel to = model().enumType(enumType("role", "CLIENT", "ADMIN"))
                .enumType(enumType("mood", "OK")).table(groups).table(invitesAfter).build();

        Column legacyText = col("legacy_role", TEXT).column();
        assertDiff(from, to, List.of(
                new RecreateEnum(enumType("role", "CLIENT", "STAFF", "ADMIN"), enumType("role", "CLIENT", "ADMIN"),
                        List.of(new EnumUsage(name("groups"), roles), new EnumUsage(name("invites"), invitedAs),
                                new EnumUsage(name("invites"), legacy))),
                new AlterColumn(name("invites"), legacy, legacyText, Set.of(ColumnAspect.TYPE))));
    }

    @Test
    void usagesIncludeColumnsDroppedLater() {
        Column status = col("status", enumOf("role")).column();
        SchemaModel from = model().enumType(enumType("role", "A", "B"))
                .table(table("t").col(col("id", BIGINT)).col(new Col(status))).build();
        SchemaModel to = model().enumType(enumType("role", "B", "A"))
                .table(table("t").col(col("id", BIGINT))).build();
        assertDiff(from, to, List.of(
                new RecreateEnum(enumType("role", "A", "B"), enumType("role", "B", "A"),
                        List.of(new EnumUsage(name("t"), status))),
                new DropColumn(name("t"), status)));
    }

    @Test
    void newColumnOfAGrownEnumIsNotAUsage() {
        Column mood = col("mood", enumOf("role")).column();
        SchemaModel from = model().enumType(enumType("role", "A")).table(table("t").col(col("id", BIGINT))).build();
        SchemaModel to = model().enumType(enumType("role", "A", "B"))
                .table(table("t").col(col("id", BIGINT)).col(new Col(mood))).build();
        assertDiff(from, to, List.of(
                new AddEnumValue(enumType("role", "A"), enumType("role", "A", "B"), "B", List.of()),
                new AddColumn(name("t"), mood)));
    }

    @Test
    void renamesAnEnumWhenHintedAndColumnsFollow() {
        Column before = col("role", enumOf("user_role")).notNull().column();
        SchemaModel from = model().enumType(enumType("user_role", "CLIENT"))
                .table(table("users").col(new Col(before))).build();
        SchemaModel to = model().enumType(enumType("role", "CLIENT"))
                .table(table("users").col(col("role", enumOf("role")).notNull())).build();

        assertDiff(from, to, hints().enumType("user_role", "role", "com.example.Role").build(), List.of(
                new RenameEnum(name("user_role"), name("role"))));
    }

    @Test
    void renamesAnEnumIntoAnotherSchemaAndItsValue() {
        SchemaModel from = model().enumType(enumType("status", "OPEN", "DONE")).build();
        SchemaModel to = model().schema("work").enumType(enumType("work.state", "OPEN", "CLOSED")).build();

        assertDiff(from, to, hints()
                        .enumType("status", "work.state", "com.example.State")
                        .enumValue("work.state", "DONE", "CLOSED", "com.example.State.CLOSED")
                        .build(),
                List.of(
                        new CreateSchema("work"),
                        new RenameEnum(name("status"), name("work.state")),
                        new RenameEnumValue(name("work.state"), "DONE", "CLOSED")));
    }

    @Test
    void movesAnEnumFirstWhenItsOldSchemaStillUsesTheNewName() {
        SchemaModel from = model().schema("audit").enumType(enumType("s", "a")).enumType(enumType("p", "x")).build();
        SchemaModel to = model().schema("audit").enumType(enumType("audit.p", "a")).enumType(enumType("p", "x")).build();
        assertDiff(from, to, hints().enumType("s", "audit.p", "com.example.P").build(), List.of(
                new RenameEnum(name("s"), name("audit.p"), List.of(name("audit.s")))));
    }

    @Test
    void enumCommentIsItsOwnChangeAndIntermediateTypesKeepTheOldOne() {
        EnumType before = EnumType.builder(name("role")).values("A").comment("old").build();
        EnumType after = EnumType.builder(name("role")).values("A", "B").comment("new").build();
        assertDiff(model().enumType(before).build(), model().enumType(after).build(), List.of(
                new AddEnumValue(before, EnumType.builder(name("role")).values("A", "B").comment("old").build(), "B",
                        List.of()),
                new SetEnumComment(name("role"), "old", "new")));
        assertDiff(SchemaModel.EMPTY, model().enumType(after).build(), List.of(new CreateEnum(after)));
    }
    /** {@code public.t(id, c)}, {@code c} of the enum {@code e} with these labels, defaulting to {@code label}. */
    private static SchemaModel defaulted(String label, String... labels) {
        return model().enumType(enumType("e", labels))
                .table(table("t").col(col("id", BIGINT).notNull(), col("c", enumOf("e")).defaultTo(label))).build();
    }

    @Test
    void renamedValueThatIsADefaultNeedsNoDefaultChange() {
        // The default names its label by OID in PostgreSQL, so it follows the rename by itself.
        assertDiff(defaulted("'a'", "a", "b"), defaulted("'x'", "x", "b"),
                hints().enumValue("e", "a", "x", "com.x.E.x").build(),
                List.of(new RenameEnumValue(name("e"), "a", "x")));
    }

    @Test
    void renamedValueThatWasTheDefaultOfADroppedColumnIsDroppedUnderItsNewName() {
        SchemaModel to = model().enumType(enumType("e", "x", "b")).table(table("t").col(col("id", BIGINT).notNull()))
                .build();
        assertDiff(defaulted("'a'::public.e", "a", "b"), to, hints().enumValue("e", "a", "x", "com.x.E.x").build(),
                List.of(
                        new RenameEnumValue(name("e"), "a", "x"),
                        new DropColumn(name("t"), col("c", enumOf("e")).defaultTo("'x'::public.e").column())));
    }

    @Test
    void removedValueThatWasADefaultGivesWayToTheNewDefaultInsideTheSwap() {
        Column before = col("c", enumOf("e")).defaultTo("'a'").column();
        assertDiff(defaulted("'a'", "a", "b"), defaulted("'b'", "b"), List.of(
                new RecreateEnum(enumType("e", "a", "b"), enumType("e", "b"),
                        List.of(new EnumUsage(name("t"), before, "'b'")))));
    }

    @Test
    void removedValueThatWasTheDefaultOfADroppedColumnLeavesItWithoutDefault() {
        Column before = col("c", enumOf("e")).defaultTo("'a'").column();
        SchemaModel to = model().enumType(enumType("e", "b")).table(table("t").col(col("id", BIGINT).notNull())).build();
        assertDiff(defaulted("'a'", "a", "b"), to, List.of(
                new RecreateEnum(enumType("e", "a", "b"), enumType("e", "b"),
                        List.of(new EnumUsage(name("t"), before, null))),
                new DropColumn(name("t"), col("c", enumOf("e")).column())));
    }

    @Test
    void foreignKeyBetweenColumnsOfARecreatedEnumIsRebuiltAroundTheSwap() {
        ForeignKey toP = fk("c_k_fkey", List.of("k"), "p", List.of("k"));
        Column pk = col("k", enumOf("e")).notNull().column();
        Column ck = col("k", enumOf("e")).column();
        UnaryOperator<Fixtures.ModelBuilder> tables = m -> m
                .table(table("p").col(new Col(pk)).pk("p_pkey", "k"))
                .table(table("c").col(col("id", BIGINT).notNull(), new Col(ck)).fk(toP));
        SchemaModel from = tables.apply(model().enumType(enumType("e", "a", "b"))).build();
        SchemaModel reordered = tables.apply(model().enumType(enumType("e", "b", "a"))).build();
        SchemaModel grown = tables.apply(model().enumType(enumType("e", "a", "b", "c"))).build();

        assertDiff(from, reordered, List.of(
                new DropForeignKey(name("c"), toP, false),
                new RecreateEnum(enumType("e", "a", "b"), enumType("e", "b", "a"),
                        List.of(new EnumUsage(name("c"), ck), new EnumUsage(name("p"), pk))),
                new AddForeignKey(name("c"), toP, false)));
        // Adding a label needs no swap, but undoing it does.
        assertDiff(from, grown, List.of(
                new DropForeignKey(name("c"), toP, false),
                new AddEnumValue(enumType("e", "a", "b"), enumType("e", "a", "b", "c"), "c",
                        List.of(new EnumUsage(name("c"), ck), new EnumUsage(name("p"), pk))),
                new AddForeignKey(name("c"), toP, false)));
    }
}
