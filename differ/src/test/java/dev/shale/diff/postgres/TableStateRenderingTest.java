package dev.shale.diff.postgres;

import static dev.shale.diff.postgres.Fixtures.TICKETS;
import static dev.shale.diff.postgres.Fixtures.USERS;
import static dev.shale.diff.postgres.Fixtures.sql;
import static dev.shale.diff.postgres.Fixtures.userForeignKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.diff.change.AddCheck;
import dev.shale.diff.change.AddForeignKey;
import dev.shale.diff.change.AddUnique;
import dev.shale.diff.change.AlterForeignKeyDeferrability;
import dev.shale.diff.change.CreateTable;
import dev.shale.diff.change.InvalidateConstraint;
import dev.shale.diff.change.SetReplicaIdentity;
import dev.shale.diff.change.SetTablePersistence;
import dev.shale.diff.change.ValidateConstraint;
import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.Deferrability;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.ReplicaIdentity;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden SQL of constraint state, UNLOGGED tables and replica identity. */
class TableStateRenderingTest {

    private static final PostgresRenderer RENDERER = new PostgresRenderer();

    @Test
    void aDeclaredNotValidCheckOrForeignKeyIsAddedNotValidAndNeverValidated() {
        CheckConstraint check = new CheckConstraint("users_age_check", "age >= 0", true, true);
        assertEquals("ALTER TABLE public.users ADD CONSTRAINT users_age_check CHECK (age >= 0) NO INHERIT NOT VALID;\n",
                sql(new AddCheck(USERS, check)));
        ForeignKey fk = userForeignKey().toBuilder().notValid(true).deferrability(Deferrability.INITIALLY_DEFERRED)
                .build();
        String added = "ALTER TABLE public.support_tickets ADD CONSTRAINT support_tickets_user_id_fkey FOREIGN KEY"
                + " (user_id) REFERENCES public.users (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED NOT VALID;\n";
        assertEquals(added, sql(new AddForeignKey(TICKETS, fk, false)));
        assertEquals(added, sql(new AddForeignKey(TICKETS, fk, true)));
        // online too: one addition, no validation
        List<SqlStatement> online = RENDERER.render(new AddForeignKey(TICKETS, fk, false), DdlForm.ONLINE, true);
        assertEquals(1, online.size());
        assertEquals(StatementMode.ADDITION, online.get(0).mode());
        assertEquals(List.of(), RENDERER.requirements(new AddCheck(USERS, check)));
        assertEquals(List.of(), RENDERER.hazards(new AddCheck(USERS, check)));
    }

    @Test
    void validationIsAStatementOfItsOwnAndInvalidationDropsAndAddsBack() {
        CheckConstraint check = new CheckConstraint("users_age_check", "age >= 0");
        ValidateConstraint validate = new ValidateConstraint(USERS, check, null);
        assertEquals("ALTER TABLE public.users VALIDATE CONSTRAINT users_age_check;\n", sql(validate));
        assertEquals(StatementMode.VALIDATE, RENDERER.render(validate, DdlForm.ONLINE, true).get(0).mode());
        assertEquals(1, RENDERER.requirements(validate).size());
        assertEquals("""
                ALTER TABLE public.users DROP CONSTRAINT users_age_check;
                ALTER TABLE public.users ADD CONSTRAINT users_age_check CHECK (age >= 0) NOT VALID;
                """, sql(validate.reverse()));
    }

    @Test
    void aForeignKeysDeferrabilityIsAlteredInPlace() {
        ForeignKey deferred = userForeignKey().toBuilder().deferrability(Deferrability.INITIALLY_DEFERRED).build();
        AlterForeignKeyDeferrability alter = new AlterForeignKeyDeferrability(TICKETS, deferred,
                Deferrability.NOT_DEFERRABLE);
        assertEquals("ALTER TABLE public.support_tickets ALTER CONSTRAINT support_tickets_user_id_fkey"
                + " DEFERRABLE INITIALLY DEFERRED;\n", sql(alter));
        assertEquals("ALTER TABLE public.support_tickets ALTER CONSTRAINT support_tickets_user_id_fkey"
                + " NOT DEFERRABLE;\n", sql(alter.reverse()));
        UniqueConstraint unique = new UniqueConstraint("users_email_key", List.of("email"), Deferrability.DEFERRABLE);
        assertEquals("ALTER TABLE public.users ADD CONSTRAINT users_email_key UNIQUE (email) DEFERRABLE;\n",
                sql(new AddUnique(USERS, unique)));
        assertEquals("ALTER TABLE public.users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key"
                + " DEFERRABLE", RENDERER.render(new AddUnique(USERS, unique), DdlForm.ONLINE, true).get(1).sql());
    }

    @Test
    void anUnloggedTableWithANotValidCheckAndAReplicaIdentity() {
        Table cache = Table.builder(QualifiedName.of("cache"))
                .column(Column.of("id", ColumnType.builtIn("bigint"), false))
                .column(Column.of("code", ColumnType.builtIn("text"), false))
                .primaryKey(new PrimaryKey("cache_pkey", List.of("id"), Deferrability.INITIALLY_DEFERRED))
                .check(new CheckConstraint("cache_code_check", "code <> ''", true, false))
                .check(new CheckConstraint("cache_id_check", "id > 0", false, true))
                .index(Index.builder("cache_code_idx").columns("code").unique().build())
                .unlogged(true).replicaIdentity(ReplicaIdentity.usingIndex("cache_code_idx")).build();
        assertEquals("""
                CREATE UNLOGGED TABLE public.cache (
                    id bigint NOT NULL,
                    code text NOT NULL,
                    CONSTRAINT cache_pkey PRIMARY KEY (id) DEFERRABLE INITIALLY DEFERRED,
                    CONSTRAINT cache_id_check CHECK (id > 0) NO INHERIT
                );
                ALTER TABLE public.cache ADD CONSTRAINT cache_code_check CHECK (code <> '') NOT VALID;
                CREATE UNIQUE INDEX cache_code_idx ON public.cache (code);
                ALTER TABLE public.cache REPLICA IDENTITY USING INDEX cache_code_idx;
                """, sql(new CreateTable(cache)));
    }

    @Test
    void persistenceAndReplicaIdentityChanges() {
        SetTablePersistence unlogged = new SetTablePersistence(USERS, true, List.of());
        assertEquals("ALTER TABLE public.users SET UNLOGGED;\n", sql(unlogged));
        assertEquals("ALTER TABLE public.users SET LOGGED;\n", sql(unlogged.reverse()));
        assertEquals(HazardCode.PERSISTENCE_REWRITE, RENDERER.hazards(unlogged).get(0).code());
        assertEquals(StatementMode.SCAN, RENDERER.render(unlogged, DdlForm.PLAIN, true).get(0).mode());
        SetReplicaIdentity full = new SetReplicaIdentity(USERS, ReplicaIdentity.DEFAULT, ReplicaIdentity.FULL);
        assertEquals("ALTER TABLE public.users REPLICA IDENTITY FULL;\n", sql(full));
        assertEquals("ALTER TABLE public.users REPLICA IDENTITY DEFAULT;\n", sql(full.reverse()));
        assertEquals("ALTER TABLE public.users REPLICA IDENTITY NOTHING;\n",
                sql(new SetReplicaIdentity(USERS, ReplicaIdentity.FULL, ReplicaIdentity.NOTHING)));
        assertEquals(List.of(), RENDERER.hazards(full));
    }

    @Test
    void invalidatingAForeignKeyAddsItBackNotValid() {
        ForeignKey fk = userForeignKey().toBuilder().notValid(true).build();
        assertEquals("""
                ALTER TABLE public.support_tickets DROP CONSTRAINT support_tickets_user_id_fkey;
                ALTER TABLE public.support_tickets ADD CONSTRAINT support_tickets_user_id_fkey FOREIGN KEY (user_id) \
                REFERENCES public.users (id) ON DELETE CASCADE NOT VALID;
                """, sql(new InvalidateConstraint(TICKETS, null, fk)));
    }
}
