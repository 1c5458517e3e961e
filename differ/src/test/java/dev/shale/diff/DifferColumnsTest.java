package dev.shale.diff;

import static dev.shale.diff.DiffAssert.assertDiff;
import static dev.shale.diff.Fixtures.BIGINT;
import static dev.shale.diff.Fixtures.BOOLEAN;
import static dev.shale.diff.Fixtures.INTEGER;
import static dev.shale.diff.Fixtures.TEXT;
import static dev.shale.diff.Fixtures.TIMESTAMPTZ;
import static dev.shale.diff.Fixtures.col;
import static dev.shale.diff.Fixtures.fk;
import static dev.shale.diff.Fixtures.hints;
import static dev.shale.diff.Fixtures.index;
import static dev.shale.diff.Fixtures.model;
import static dev.shale.diff.Fixtures.name;
import static dev.shale.diff.Fixtures.table;
import static dev.shale.diff.Fixtures.varchar;

import dev.shale.diff.Fixtures.Col;
import dev.shale.diff.change.AddCheck;
import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.AddForeignKey;
import dev.shale.diff.change.AddPrimaryKey;
import dev.shale.diff.change.AddUnique;
import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.ColumnAspect;
import dev.shale.diff.change.CreateIndex;
import dev.shale.diff.change.DropCheck;
import dev.shale.diff.change.DropColumn;
import dev.shale.diff.change.DropForeignKey;
import dev.shale.diff.change.DropIndex;
import dev.shale.diff.change.DropPrimaryKey;
import dev.shale.diff.change.DropUnique;
import dev.shale.diff.change.RenameColumn;
import dev.shale.diff.change.RenameConstraint;
import dev.shale.diff.change.SetColumnComment;
import dev.shale.model.Column;
import dev.shale.model.ForeignKey;
import dev.shale.model.Identity;
import dev.shale.model.Index;
import dev.shale.model.SchemaModel;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DifferColumnsTest {

    private static final Col ID = col("id", BIGINT).notNull();

    /** {@code public.users} with an {@code id} primary key and the given columns. */
    private static SchemaModel users(Col... columns) {
        return model().table(table("users").col(ID).col(columns).pk("users_pkey", "id")).build();
    }

    private static AlterColumn alter(Col from, Col to, ColumnAspect... aspects) {
        return new AlterColumn(name("users"), from.column(), to.column(), Set.of(aspects));
    }

    @Test
    void addsAColumnWithEverythingItCarries() {
        Col created = col("created_at", TIMESTAMPTZ).notNull().defaultTo("now()").comment("When it was made");
        assertDiff(users(), users(created), List.of(new AddColumn(name("users"), created.column())));
    }

    @Test
    void addsAColumnWithItsCollation() {
        Col code = col("code", TEXT).collation("\"C\"");
        assertDiff(users(), users(code), List.of(new AddColumn(name("users"), code.column())));
    }

    @Test
    void aCollationChangeIsAnAlterOfThatAspectAlone() {
        Col plain = col("code", TEXT);
        Col c = col("code", TEXT).collation("\"C\"");
        Col posix = col("code", TEXT).collation("\"POSIX\"");
        assertDiff(users(plain), users(c), List.of(alter(plain, c, ColumnAspect.COLLATION)));
        assertDiff(users(c), users(posix), List.of(alter(c, posix, ColumnAspect.COLLATION)));
        assertDiff(users(c), users(plain), List.of(alter(c, plain, ColumnAspect.COLLATION)));
        Col wider = col("code", varchar(20)).collation("\"POSIX\"");
        assertDiff(users(c), users(wider), List.of(alter(c, wider, ColumnAspect.TYPE, ColumnAspect.COLLATION)));
    }

    @Test
    void aGeneratedColumnReadingAColumnWhoseCollationChangesIsReplaced() {
        Col name = col("name", TEXT);
        Col upper = col("upper_name", TEXT).generated("upper(name)");
        Col collated = col("name", TEXT).collation("\"C\"");
        assertDiff(users(name, upper), users(collated, upper), List.of(
                new DropColumn(name("users"), upper.column()),
                alter(name, collated, ColumnAspect.COLLATION),
                new AddColumn(name("users"), upper.column())));
    }

    @Test
    void dropsAColumnKeepingItWhole() {
        Col nickname = col("nickname", TEXT).comment("Shown to others");
        assertDiff(users(nickname), users(), List.of(new DropColumn(name("users"), nickname.column())));
    }

    @Test
    void renamesAColumnWhenHinted() {
        assertDiff(users(col("body", TEXT)), users(col("content", TEXT)),
                hints().column("users", "body", "content", "com.example.User.content").build(),
                List.of(new RenameColumn(name("users"), "body", "content", false)));
    }

    @Test
    void renamedIdentityColumnSaysSoAndItsKeysFollow() {
        SchemaModel from = model().table(table("users")
                .col(col("id", BIGINT).notNull().identity(Identity.ALWAYS), col("email", TEXT))
                .pk("users_pkey", "id").unique("users_email_key", "email")).build();
        SchemaModel to = model().table(table("users")
                .col(col("user_id", BIGINT).notNull().identity(Identity.ALWAYS), col("email_address", TEXT))
                .pk("users_pkey", "user_id").unique("users_email_address_key", "email_address")).build();

        assertDiff(from, to, hints()
                        .column("users", "id", "user_id", "com.example.User.userId")
                        .column("users", "email", "email_address", "com.example.User.emailAddress")
                        .build(),
                List.of(
                        new RenameColumn(name("users"), "email", "email_address", false),
                        new RenameColumn(name("users"), "id", "user_id", true),
                        new RenameConstraint(name("users"), "users_email_key", "users_email_address_key")));
    }

    @Test
    void renamedReferencedColumnNeedsNoForeignKeyChange() {
        ForeignKey before = fk("posts_author_fkey", List.of("author"), "users", List.of("id"));
        ForeignKey after = fk("posts_author_fkey", List.of("author"), "users", List.of("user_id"));
        SchemaModel from = model().table(table("users").col(ID).pk("users_pkey", "id"))
                .table(table("posts").col(col("author", BIGINT)).fk(before)).build();
        SchemaModel to = model().table(table("users").col(col("user_id", BIGINT).notNull()).pk("users_pkey", "user_id"))
                .table(table("posts").col(col("author", BIGINT)).fk(after)).build();

        assertDiff(from, to, hints().column("users", "id", "user_id", "com.example.User.userId").build(),
                List.of(new RenameColumn(name("users"), "id", "user_id", false)));
    }

    @Test
    void typeChangeIsAnAlter() {
        Col from = col("email", TEXT);
        Col to = col("email", varchar(255));
        assertDiff(users(from), users(to), List.of(alter(from, to, ColumnAspect.TYPE)));
    }

    @Test
    void nullabilityChangeIsAnAlter() {
        Col from = col("email", TEXT);
        Col to = col("email", TEXT).notNull();
        assertDiff(users(from), users(to), List.of(alter(from, to, ColumnAspect.NULLABILITY)));
        assertDiff(users(to), users(from), List.of(alter(to, from, ColumnAspect.NULLABILITY)));
    }

    @Test
    void defaultIsSetChangedAndDropped() {
        Col none = col("active", BOOLEAN).notNull();
        Col yes = col("active", BOOLEAN).notNull().defaultTo("true");
        Col no = col("active", BOOLEAN).notNull().defaultTo("false");
        assertDiff(users(none), users(yes), List.of(alter(none, yes, ColumnAspect.DEFAULT)));
        assertDiff(users(yes), users(no), List.of(alter(yes, no, ColumnAspect.DEFAULT)));
        assertDiff(users(no), users(none), List.of(alter(no, none, ColumnAspect.DEFAULT)));
    }

    @Test
    void severalAspectsMakeOneAlter() {
        Col from = col("score", INTEGER);
        Col to = col("score", BIGINT).notNull().defaultTo("0");
        AlterColumn alter = alter(from, to, ColumnAspect.TYPE, ColumnAspect.NULLABILITY, ColumnAspect.DEFAULT);
        // the default fills the NULLs before the column turns NOT NULL
        assertDiff(users(from), users(to), List.of(
                new AlterColumn(alter.table(), alter.from(), alter.to(), alter.aspects(), "0")));
    }

    @Test
    void identityIsAddedDroppedAndChanged() {
        Col plain = col("seq", BIGINT).notNull();
        Col always = col("seq", BIGINT).notNull().identity(Identity.ALWAYS);
        Col byDefaultFrom100 = col("seq", BIGINT).notNull().identity(Identity.builder().start(100).build());
        assertDiff(users(plain), users(always), List.of(alter(plain, always, ColumnAspect.IDENTITY)));
        assertDiff(users(always), users(plain), List.of(alter(always, plain, ColumnAspect.IDENTITY)));
        assertDiff(users(always), users(byDefaultFrom100), List.of(alter(always, byDefaultFrom100, ColumnAspect.IDENTITY)));
    }

    @Test
    void identityReplacingADefaultChangesBoth() {
        // a constant default (a nextval default calls a sequence the model holds: DifferSerialTest)
        Col numbered = col("seq", BIGINT).notNull().defaultTo("0");
        Col identity = col("seq", BIGINT).notNull().identity(Identity.BY_DEFAULT);
        assertDiff(users(numbered), users(identity), List.of(
                alter(numbered, identity, ColumnAspect.DEFAULT, ColumnAspect.IDENTITY)));
    }

    @Test
    void commentChangeIsItsOwnChangeAndAnAlterKeepsTheOldComment() {
        Col from = col("email", TEXT).comment("Where we write");
        Col to = col("email", TEXT).notNull().comment("Where we write to");
        assertDiff(users(from), users(to), List.of(
                alter(from, col("email", TEXT).notNull().comment("Where we write"), ColumnAspect.NULLABILITY),
                new SetColumnComment(name("users"), "email", "Where we write", "Where we write to")));
        assertDiff(users(col("email", TEXT)), users(col("email", TEXT).comment("x")), List.of(
                new SetColumnComment(name("users"), "email", null, "x")));
    }

    @Test
    void generatedExpressionChangeReplacesTheColumnAndRebuildsWhatInvolvesIt() {
        Index byTotal = index("orders_total_idx", "total");
        Index byLowerNote = Index.builder("orders_note_idx").expression("lower(note)").where("total > 0").build();
        Col price = col("price", INTEGER).notNull();
        Col quantity = col("quantity", INTEGER).notNull();
        Col note = col("note", TEXT);
        Column oldTotal = col("total", INTEGER).generated("price * quantity").column();
        Column newTotal = col("total", INTEGER).generated("price * quantity + 1").column();
        SchemaModel from = model().table(table("orders").col(ID, price, quantity, note).col(new Col(oldTotal))
                .pk("orders_pkey", "id").unique("orders_total_key", "total").check("orders_total_check", "total >= 0")
                .check("orders_price_check", "price > 0").index(byTotal).index(byLowerNote)
                .index(index("orders_price_idx", "price"))).build();
        SchemaModel to = model().table(table("orders").col(ID, price, quantity, note).col(new Col(newTotal))
                .pk("orders_pkey", "id").unique("orders_total_key", "total").check("orders_total_check", "total >= 0")
                .check("orders_price_check", "price > 0").index(byTotal).index(byLowerNote)
                .index(index("orders_price_idx", "price"))).build();

        var orders = name("orders");
        var totalCheck = to.tables().get(0).checks().get(1);
        var totalKey = to.tables().get(0).uniques().get(0);
        assertDiff(from, to, List.of(
                new DropIndex(orders, byLowerNote),
                new DropIndex(orders, byTotal),
                new DropCheck(orders, totalCheck),
                new DropUnique(orders, totalKey),
                new DropColumn(orders, oldTotal),
                new AddColumn(orders, newTotal),
                new AddUnique(orders, totalKey),
                new AddCheck(orders, totalCheck),
                new CreateIndex(orders, byLowerNote),
                new CreateIndex(orders, byTotal)));
    }

    @Test
    void generatedExpressionAddedOrRemovedReplacesTheColumn() {
        Column plain = col("full_name", TEXT).column();
        Column generated = col("full_name", TEXT).generated("first || ' ' || last").column();
        Col first = col("first", TEXT);
        Col last = col("last", TEXT);
        assertDiff(users(first, last, new Col(plain)), users(first, last, new Col(generated)), List.of(
                new DropColumn(name("users"), plain),
                new AddColumn(name("users"), generated)));
        assertDiff(users(first, last, new Col(generated)), users(first, last, new Col(plain)), List.of(
                new DropColumn(name("users"), generated),
                new AddColumn(name("users"), plain)));
    }

    @Test
    void foreignKeyToAReplacedColumnIsRebuilt() {
        Column oldCode = col("code", TEXT).notNull().generated("upper(raw)").column();
        Column newCode = col("code", TEXT).notNull().generated("lower(raw)").column();
        ForeignKey toCode = fk("orders_country_fkey", List.of("country"), "countries", List.of("code"));
        SchemaModel from = model()
                .table(table("countries").col(col("raw", TEXT).notNull()).col(new Col(oldCode)).pk("countries_pkey", "code"))
                .table(table("orders").col(ID, col("country", TEXT)).fk(toCode)).build();
        SchemaModel to = model()
                .table(table("countries").col(col("raw", TEXT).notNull()).col(new Col(newCode)).pk("countries_pkey", "code"))
                .table(table("orders").col(ID, col("country", TEXT)).fk(toCode)).build();

        var pk = to.tables().get(0).primaryKey();
        assertDiff(from, to, List.of(
                new DropForeignKey(name("orders"), toCode, false),
                new DropPrimaryKey(name("countries"), pk),
                new DropColumn(name("countries"), oldCode),
                new AddColumn(name("countries"), newCode),
                new AddPrimaryKey(name("countries"), pk),
                new AddForeignKey(name("orders"), toCode, false)));
    }
    @Test
    void renamedColumnFollowedByTheExpressionsMentioningItChangesNothingElse() {
        // PostgreSQL rewrites stored expressions on a rename: "a * 2" becomes "b * 2" by itself.
        SchemaModel from = model().table(table("t").col(ID, col("a", TEXT), col("g", TEXT).generated("upper(a)"))
                .check("t_a_check", "length(a) > 0")
                .index(Index.builder("t_lower_idx").expression("lower(a)").where("a IS NOT NULL").build())).build();
        SchemaModel to = model().table(table("t").col(ID, col("b", TEXT), col("g", TEXT).generated("upper(b)"))
                .check("t_a_check", "length(b) > 0")
                .index(Index.builder("t_lower_idx").expression("lower(b)").where("b IS NOT NULL").build())).build();
        assertDiff(from, to, hints().column("t", "a", "b", "com.x.T.b").build(),
                List.of(new RenameColumn(name("t"), "a", "b", false)));
    }

    @Test
    void renamedColumnUnderAChangedGeneratedColumnIsDroppedInItsRenamedForm() {
        // The drop runs after the rename, so its reverse (the down's re-add) must read the new name.
        SchemaModel from = model().table(table("t").col(ID, col("a", INTEGER), col("g", INTEGER).generated("a * 2")))
                .build();
        SchemaModel to = model().table(table("t").col(ID, col("b", INTEGER), col("g", INTEGER).generated("b * 3")))
                .build();
        assertDiff(from, to, hints().column("t", "a", "b", "com.x.T.b").build(), List.of(
                new RenameColumn(name("t"), "a", "b", false),
                new DropColumn(name("t"), col("g", INTEGER).generated("b * 2").column()),
                new AddColumn(name("t"), col("g", INTEGER).generated("b * 3").column())));
    }

    @Test
    void typeChangeUnderAGeneratedColumnReplacesItAroundTheAlter() {
        Col g = col("g", INTEGER).generated("a * 2");
        SchemaModel from = model().table(table("t").col(ID, col("a", INTEGER), g)).build();
        SchemaModel to = model().table(table("t").col(ID, col("a", BIGINT), g)).build();
        assertDiff(from, to, List.of(
                new DropColumn(name("t"), g.column()),
                new AlterColumn(name("t"), col("a", INTEGER).column(), col("a", BIGINT).column(),
                        Set.of(ColumnAspect.TYPE)),
                new AddColumn(name("t"), g.column())));
    }

    @Test
    void dropsGeneratedColumnsBeforeTheColumnsTheyRead() {
        Col g = col("g", INTEGER).generated("a * 2");
        SchemaModel from = model().table(table("t").col(ID, col("a", INTEGER), g)).build();
        SchemaModel to = model().table(table("t").col(ID)).build();
        assertDiff(from, to, List.of(
                new DropColumn(name("t"), g.column()),
                new DropColumn(name("t"), col("a", INTEGER).column())));
    }

    @Test
    void dropsAGeneratedColumnBeforeTheTypeChangeOfTheColumnItRead() {
        Col g = col("g", INTEGER).generated("a * 2");
        SchemaModel from = model().table(table("t").col(ID, col("a", INTEGER), g)).build();
        SchemaModel to = model().table(table("t").col(ID, col("a", BIGINT))).build();
        assertDiff(from, to, List.of(
                new DropColumn(name("t"), g.column()),
                new AlterColumn(name("t"), col("a", INTEGER).column(), col("a", BIGINT).column(),
                        Set.of(ColumnAspect.TYPE))));
    }

    @Test
    void addsGeneratedColumnsAfterTheColumnsTheyRead() {
        Col g = col("g", INTEGER).generated("z + 1");
        assertDiff(model().table(table("t").col(ID)).build(),
                model().table(table("t").col(ID, col("z", INTEGER), g)).build(), List.of(
                        new AddColumn(name("t"), col("z", INTEGER).column()),
                        new AddColumn(name("t"), g.column())));
    }
}
