package dev.shale.diff.postgres;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.diff.change.AddEnumValue;
import dev.shale.diff.change.Change;
import dev.shale.diff.change.RecreateEnum;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What each kind of change renders as when undone, the way a down migration renders it. */
class ReverseRenderingTest {

    private static final List<String> EXPECTED_REVERSES = List.of(
            "DROP SCHEMA billing;\n",
            "CREATE SCHEMA billing;\n",
            "DROP TYPE public.role;\n",
            "CREATE TYPE public.role AS ENUM ('CLIENT', 'ADMIN');\n",
            "ALTER TYPE public.user_role RENAME TO role;\n",
            """
            ALTER TYPE public.role RENAME TO role__old;
            CREATE TYPE public.role AS ENUM ('CLIENT', 'ADMIN');
            ALTER TABLE public.users ALTER COLUMN role TYPE public.role USING role::text::public.role;
            DROP TYPE public.role__old;
            """,
            "ALTER TYPE public.role RENAME VALUE 'ADMINISTRATOR' TO 'ADMIN';\n",
            """
            ALTER TYPE public.role RENAME TO role__old;
            CREATE TYPE public.role AS ENUM ('CLIENT', 'ADMIN', 'SUPER_ADMIN');
            ALTER TABLE public.users ALTER COLUMN role TYPE public.role USING role::text::public.role;
            DROP TYPE public.role__old;
            """,
            "COMMENT ON TYPE public.role IS NULL;\n",
            "DROP TABLE public.notes;\n",
            """
            CREATE TABLE public.notes (
                id bigint NOT NULL,
                body text,
                CONSTRAINT notes_pkey PRIMARY KEY (id)
            );
            """,
            """
            ALTER TABLE public.tickets RENAME TO support_tickets;
            ALTER SEQUENCE public.tickets_id_seq RENAME TO support_tickets_id_seq;
            """,
            "COMMENT ON TABLE public.users IS NULL;\n",
            "ALTER TABLE public.users DROP COLUMN active;\n",
            "ALTER TABLE public.users ADD COLUMN nickname text;\n",
            "ALTER TABLE public.support_tickets RENAME COLUMN content TO body;\n",
            """
            ALTER TABLE public.users
                ALTER COLUMN email TYPE varchar(100) USING email::varchar(100),
                ALTER COLUMN email SET NOT NULL;
            """,
            "COMMENT ON COLUMN public.users.email IS NULL;\n",
            "ALTER TABLE public.users DROP CONSTRAINT users_pkey;\n",
            "ALTER TABLE public.users ADD CONSTRAINT users_pkey PRIMARY KEY (id);\n",
            "ALTER TABLE public.users DROP CONSTRAINT users_email_key;\n",
            "ALTER TABLE public.users ADD CONSTRAINT users_email_key UNIQUE (email);\n",
            "ALTER TABLE public.users DROP CONSTRAINT users_age_check;\n",
            """
            ALTER TABLE public.users ADD CONSTRAINT users_age_check CHECK (age >= 0) NOT VALID;
            ALTER TABLE public.users VALIDATE CONSTRAINT users_age_check;
            """,
            "ALTER TABLE public.users DROP CONSTRAINT users_booking_excl;\n",
            "ALTER TABLE public.users ADD CONSTRAINT users_booking_excl EXCLUDE USING gist (email WITH =,"
                    + " (int4range(age, age + 1)) WITH &&);\n",
            "ALTER TABLE public.support_tickets DROP CONSTRAINT support_tickets_user_id_fkey;\n",
            """
            ALTER TABLE public.support_tickets ADD CONSTRAINT support_tickets_user_id_fkey FOREIGN KEY (user_id) \
            REFERENCES public.users (id) ON DELETE CASCADE NOT VALID;
            ALTER TABLE public.support_tickets VALIDATE CONSTRAINT support_tickets_user_id_fkey;
            """,
            "ALTER TABLE public.users RENAME CONSTRAINT users_mail_key TO users_email_key;\n",
            "DROP INDEX public.users_name_idx;\n",
            "CREATE INDEX users_name_idx ON public.users (name);\n",
            "ALTER INDEX public.users_full_name_idx RENAME TO users_name_idx;\n",
            "DROP EXTENSION citext;\n",
            "CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\" WITH SCHEMA public;\n",
            "ALTER EXTENSION citext UPDATE TO '1.5';\n",
            """
            ALTER TABLE public.users DROP CONSTRAINT users_age_check;
            ALTER TABLE public.users ADD CONSTRAINT users_age_check CHECK (age >= 0) NOT VALID;
            """,
            "ALTER TABLE public.support_tickets VALIDATE CONSTRAINT support_tickets_user_id_fkey;\n",
            "ALTER TABLE public.support_tickets ALTER CONSTRAINT support_tickets_user_id_fkey NOT DEFERRABLE;\n",
            "ALTER TABLE public.users SET LOGGED;\n",
            "ALTER TABLE public.users REPLICA IDENTITY DEFAULT;\n",
            "DROP SEQUENCE public.users_seq;\n",
            "CREATE SEQUENCE public.users_seq AS bigint;\n",
            "ALTER SEQUENCE public.users_seq CACHE 1;\n",
            "ALTER SEQUENCE public.users_seq OWNED BY NONE;\n");

    @Test
    void samplesCoverEveryKindOfChange() {
        Set<String> sampled = Samples.oneOfEachKind().stream().map(c -> c.getClass().getSimpleName())
                .collect(Collectors.toSet());
        Set<String> permitted = Arrays.stream(Change.class.getPermittedSubclasses()).map(Class::getSimpleName)
                .collect(Collectors.toSet());
        assertEquals(permitted, sampled);
    }

    @Test
    void everyKindRendersItsReverse() {
        List<Change> samples = Samples.oneOfEachKind();
        assertEquals(samples.size(), EXPECTED_REVERSES.size());
        assertAll(samples.stream().map(change -> () -> assertEquals(
                EXPECTED_REVERSES.get(samples.indexOf(change)), Fixtures.sql(change.reverse()),
                "reverse of " + change.getClass().getSimpleName())));
    }

    @Test
    void reversingTwiceGivesTheChangeBackExceptAnAddedEnumValueWhichComesBackAsATypeSwap() {
        assertAll(Samples.oneOfEachKind().stream().filter(change -> !(change instanceof AddEnumValue))
                .map(change -> () -> assertEquals(change, change.reverse().reverse())));
        AddEnumValue added = (AddEnumValue) Samples.oneOfEachKind().get(5);
        assertEquals(new RecreateEnum(added.from(), added.to(), added.usages()), added.reverse().reverse());
    }

    @Test
    void everyStatementCarriesTheChangeItCameFrom() {
        PostgresRenderer renderer = new PostgresRenderer();
        assertAll(Samples.oneOfEachKind().stream().map(change -> () -> assertEquals(
                Set.of(change),
                renderer.render(change).stream().map(SqlStatement::change).collect(Collectors.toSet()))));
    }

    @Test
    void noStatementEndsWithASemicolonOrUsesCascadeOrIfExists() {
        PostgresRenderer renderer = new PostgresRenderer();
        List<String> statements = Samples.oneOfEachKind().stream()
                .flatMap(change -> List.of(change, change.reverse()).stream())
                .map(renderer::render).flatMap(List::stream).map(SqlStatement::sql).toList();
        assertAll(statements.stream().map(sql -> () -> {
            assertEquals(false, sql.endsWith(";"), sql);
            assertEquals(false, sql.contains("CASCADE") && !sql.contains("ON DELETE CASCADE"), sql);
            assertEquals(false, sql.contains("IF EXISTS"), sql);
        }));
    }

}
