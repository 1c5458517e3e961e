package dev.shale.diff;

import static dev.shale.diff.Fixtures.BOOLEAN;
import static dev.shale.diff.Fixtures.INTEGER;
import static dev.shale.diff.Fixtures.TEXT;
import static dev.shale.diff.Fixtures.UUID;
import static dev.shale.diff.Fixtures.col;
import static dev.shale.diff.Fixtures.enumType;
import static dev.shale.diff.Fixtures.fk;
import static dev.shale.diff.Fixtures.index;
import static dev.shale.diff.Fixtures.model;
import static dev.shale.diff.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.diff.drift.Drift;
import dev.shale.diff.drift.DriftItem;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.model.ReferentialAction;
import dev.shale.model.SchemaModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Drift}: a live model against a snapshot, object by object, with the SQL that brings it back. */
class DriftTest {

    private static SchemaModel portal(ReferentialAction onDelete, String activeDefault, boolean withIndex,
                                      boolean withNickname, String check) {
        Fixtures.TableBuilder users = table("users").col(col("id", UUID).notNull(),
                col("active", BOOLEAN).notNull().defaultTo(activeDefault)).pk("users_pkey", "id");
        if (withNickname) {
            users.col(col("nickname", TEXT));
        }
        Fixtures.TableBuilder tickets = table("support_tickets")
                .col(col("id", INTEGER).notNull(), col("user_id", UUID).notNull(), col("priority", INTEGER).notNull())
                .pk("support_tickets_pkey", "id")
                .check("support_tickets_priority_check", check)
                .fk(fk("support_tickets_user_id_fkey", List.of("user_id"), "users", List.of("id"), onDelete));
        if (withIndex) {
            tickets.index(index("support_tickets_user_id_idx", "user_id"));
        }
        return model().enumType(enumType("role", "CLIENT", "ADMIN")).table(users).table(tickets).build();
    }

    private static final SchemaModel SNAPSHOT =
            portal(ReferentialAction.CASCADE, "true", true, false, "(priority >= 1) AND (priority <= 5)");

    @Test
    void theSameSchemaSpeltAsPostgresDoesIsNoDrift() {
        SchemaModel live = portal(ReferentialAction.CASCADE, "true", true, false, "priority >= 1 AND priority <= 5");

        Drift drift = Drift.between(live, SNAPSHOT);

        assertTrue(drift.isEmpty(), drift.items().toString());
        assertTrue(drift.fix().up().isEmpty());
    }

    @Test
    void eachHandMadeChangeIsOneObjectInUserWords() {
        SchemaModel live = portal(ReferentialAction.SET_NULL, "false", false, true, "priority >= 1 AND priority <= 5");

        Drift drift = Drift.between(live, SNAPSHOT);

        assertEquals(List.of(
                "column users.nickname exists in the database but not in the snapshot",
                "default of users.active is false in the database, true in the snapshot",
                "foreign key support_tickets_user_id_fkey on support_tickets: ON DELETE is SET NULL in the database,"
                        + " CASCADE in the snapshot",
                "index support_tickets_user_id_idx on support_tickets is missing from the database"),
                drift.items().stream().map(DriftItem::message).sorted().toList());
        DriftItem fk = drift.items().stream().filter(i -> i.objectType().equals("foreign key")).findFirst().orElseThrow();
        assertEquals(new DriftItem(DriftItem.Kind.CHANGED, "foreign key",
                "support_tickets_user_id_fkey on support_tickets", "ON DELETE", "CASCADE", "SET NULL", fk.message()), fk);
        List<String> sql = drift.fix().up().stream().map(SqlStatement::sql).toList();
        assertTrue(sql.contains("ALTER TABLE public.users DROP COLUMN nickname"), sql.toString());
        assertTrue(sql.contains("ALTER TABLE public.users ALTER COLUMN active SET DEFAULT true"), sql.toString());
    }

    @Test
    void changedIndexOptionsAreOneItemEach() {
        dev.shale.model.Index plain = index("support_tickets_user_id_idx", "user_id");
        dev.shale.model.Index options = plain.toBuilder()
                .keys(dev.shale.model.IndexKey.column("user_id").withDescending(true)).include("priority")
                .storage("fillfactor", "70").build();
        SchemaModel snapshot = replaceIndex(SNAPSHOT, options);

        Drift drift = Drift.between(SNAPSHOT, snapshot);

        assertEquals(List.of(
                "index support_tickets_user_id_idx on support_tickets: INCLUDE is none in the database,"
                        + " (priority) in the snapshot",
                "index support_tickets_user_id_idx on support_tickets: keys is (user_id) in the database,"
                        + " (user_id DESC) in the snapshot",
                "index support_tickets_user_id_idx on support_tickets: storage parameters is none in the database,"
                        + " (fillfactor=70) in the snapshot"),
                drift.items().stream().map(DriftItem::message).sorted().toList());
        assertTrue(Drift.between(snapshot, snapshot).isEmpty());
    }

    private static SchemaModel replaceIndex(SchemaModel model, dev.shale.model.Index index) {
        return new SchemaModel(model.schemas(), model.enums(), model.tables().stream()
                .map(t -> t.name().name().equals("support_tickets") ? t.toBuilder().indexes(List.of(index)).build() : t)
                .toList());
    }

    @Test
    void aCollationChangedByHandIsDrift() {
        SchemaModel snapshot = model().table(table("words").col(col("code", TEXT))).build();
        SchemaModel live = model().table(table("words").col(col("code", TEXT).collation("\"C\""))).build();

        Drift drift = Drift.between(live, snapshot);

        assertEquals(List.of("collation of words.code is \"C\" in the database, default in the snapshot"),
                drift.items().stream().map(DriftItem::message).toList());
        List<String> sql = drift.fix().up().stream().map(SqlStatement::sql).toList();
        assertTrue(sql.contains("ALTER TABLE public.words ALTER COLUMN code TYPE text"), sql.toString());
    }

    @Test
    void aMissingTableIsOneItemWithoutItsConstraints() {
        SchemaModel live = model().enumType(enumType("role", "CLIENT", "ADMIN"))
                .table(table("users").col(col("id", UUID).notNull(),
                        col("active", BOOLEAN).notNull().defaultTo("true")).pk("users_pkey", "id")).build();

        List<String> messages = Drift.between(live, SNAPSHOT).items().stream().map(DriftItem::message).toList();

        assertEquals(List.of("table support_tickets is missing from the database"), messages);
    }

    @Test
    void enumValuesAndChangedChecksAreAspects() {
        SchemaModel live = model().enumType(enumType("role", "CLIENT"))
                .table(SNAPSHOT.table(Fixtures.name("users")).orElseThrow())
                .table(portal(ReferentialAction.CASCADE, "true", true, false, "priority > 0")
                        .table(Fixtures.name("support_tickets")).orElseThrow()).build();

        List<String> messages = Drift.between(live, SNAPSHOT).items().stream().map(DriftItem::message).sorted().toList();

        assertEquals(List.of(
                "check support_tickets_priority_check on support_tickets: expression is priority > 0 in the database,"
                        + " (priority >= 1) AND (priority <= 5) in the snapshot",
                "enum role: values is 'CLIENT' in the database, 'CLIENT', 'ADMIN' in the snapshot"), messages);
    }
}
