package dev.shale.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableBuilderTest {

    private static final QualifiedName USERS = new QualifiedName("auth", "users");
    private static final ColumnType UUID = ColumnType.builtIn("uuid");

    @Test
    void aNewBuilderMakesAnEmptyTable() {
        assertEquals(new Table(USERS, List.of(), null, List.of(), List.of(), List.of(), List.of(), null),
                Table.builder(USERS).build());
    }

    @Test
    void singularMethodsAddAndConstraintsComeOutSortedByName() {
        Table built = Table.builder(USERS)
                .column(Column.of("id", UUID, false))
                .column(Column.builder("email", ColumnType.builtIn("text")))
                .primaryKey("users_pkey", "id")
                .unique("users_z_key", "email").unique(new UniqueConstraint("users_a_key", List.of("id", "email")))
                .check("users_email_check", "length(email) > 0")
                .foreignKey(ForeignKey.builder("users_id_fkey", QualifiedName.of("people")).columns("id")
                        .referencedColumns("id"))
                .index(Index.builder("users_email_idx").columns("email"))
                .comment("people who log in")
                .build();
        assertEquals(new Table(USERS,
                List.of(Column.of("id", UUID, false), Column.of("email", ColumnType.builtIn("text"), true)),
                new PrimaryKey("users_pkey", List.of("id")),
                List.of(new UniqueConstraint("users_a_key", List.of("id", "email")),
                        new UniqueConstraint("users_z_key", List.of("email"))),
                List.of(new CheckConstraint("users_email_check", "length(email) > 0")),
                List.of(new ForeignKey("users_id_fkey", List.of("id"), QualifiedName.of("people"), List.of("id"),
                        ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION)),
                List.of(new Index("users_email_idx", List.of(IndexKey.column("email")), false, IndexMethod.BTREE,
                        null)),
                "people who log in"), built);
        assertEquals(List.of("users_a_key", "users_z_key"), built.uniques().stream().map(UniqueConstraint::name)
                .toList());
    }

    @Test
    void pluralMethodsReplace() {
        Table built = Table.builder(USERS).column(Column.of("old", UUID, true))
                .columns(List.of(Column.of("id", UUID, false)))
                .check("a", "true").checks(List.of(new CheckConstraint("b", "false")))
                .build();
        assertEquals(List.of(Column.of("id", UUID, false)), built.columns());
        assertEquals(List.of(new CheckConstraint("b", "false")), built.checks());
    }

    @Test
    void toBuilderGivesBackAnEqualTable() {
        Table table = Table.builder(USERS)
                .column(Column.of("id", UUID, false)).column(Column.of("parent", UUID, true))
                .primaryKey("users_pkey", "id").unique("users_parent_key", "parent").check("users_check", "id <> parent")
                .foreignKey(ForeignKey.builder("users_parent_fkey", USERS).columns("parent").referencedColumns("id"))
                .index(Index.builder("users_parent_idx").columns("parent")).comment("")
                .build();
        assertEquals(table, table.toBuilder().build());
        assertEquals(table.withName(QualifiedName.of("people")), table.toBuilder().name(QualifiedName.of("people"))
                .build());
    }

    @Test
    void theRecordsChecksStillApply() {
        assertEquals("name", assertThrows(NullPointerException.class, () -> Table.builder(null).build())
                .getMessage());
        assertThrows(NullPointerException.class, () -> Table.builder(USERS).primaryKey(null, "id"));
    }
}
