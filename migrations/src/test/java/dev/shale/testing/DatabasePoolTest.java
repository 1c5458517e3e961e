package dev.shale.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A pooled database comes back as empty as a fresh one, and one changed at database level is not reused. */
class DatabasePoolTest {

    @Test
    void aDatabaseGivenBackIsLentAgainAsEmptyAsAFreshOne() {
        SchemaDump.assumeAvailable();
        try (DatabasePool pool = new DatabasePool(); TestDatabase fresh = TestDatabase.create(PostgresServer.shared())) {
            String name;
            try (TestDatabase used = pool.lend()) {
                name = used.name();
                used.execute("CREATE SCHEMA app", "CREATE TYPE app.mood AS ENUM ('a', 'b')",
                        "CREATE TABLE public.t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, m app.mood)",
                        "CREATE INDEX t_m ON public.t (m)", "COMMENT ON TABLE public.t IS 'x'",
                        "CREATE FUNCTION public.f() RETURNS int LANGUAGE sql AS 'SELECT 1'",
                        "CREATE SEQUENCE app.s", "CREATE VIEW public.v AS SELECT id FROM public.t",
                        "INSERT INTO public.t (m) VALUES ('a')");
            }
            try (TestDatabase again = pool.lend()) {
                assertEquals(name, again.name(), "the database given back is lent again");
                assertEquals(fresh.dump(), again.dump());
            }
        }
    }

    @Test
    void aDatabaseChangedAtDatabaseLevelIsDroppedNotReused() {
        try (DatabasePool pool = new DatabasePool()) {
            String name;
            try (TestDatabase used = pool.lend()) {
                name = used.name();
                used.execute("ALTER DATABASE " + name + " SET search_path = app, public");
            }
            try (TestDatabase next = pool.lend()) {
                assertNotEquals(name, next.name());
                assertEquals(List.of(), next.firstColumn("SELECT datname FROM pg_database WHERE datname = '" + name + "'"),
                        "the changed database was dropped");
            }
        }
    }
}
