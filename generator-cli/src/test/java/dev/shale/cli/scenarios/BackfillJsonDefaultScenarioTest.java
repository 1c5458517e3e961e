package dev.shale.cli.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.cli.InProcessShale;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, second case: {@code @NotNull @Default("'{}'::jsonb")} on a column holding NULLs among a few thousand
 * rows. The default fills the NULLs before SET NOT NULL; the values that were there stay; the rollback drops NOT
 * NULL and keeps the filled values, as the down's header says.
 */
@ExtendWith(PostgresExtension.class)
class BackfillJsonDefaultScenarioTest {

    private static final int ROWS = 3000;
    private static final String SET = "20261121093200_settings_not_null";
    private static final String KEPT = "SELECT md5(string_agg(id || ':' || settings::text, ',' ORDER BY id))"
            + " FROM profiles WHERE id % 3 <> 0";

    @TempDir
    Path temp;

    @Test
    void theDefaultFillsTheNullsAndTheOtherValuesStay(TestDatabase db) {
        ScenarioProject project = new ScenarioProject(temp, db).records("backfilljsonbefore");
        assertEquals(0, project.run("generate", "--name", "create_profiles").exitCode());
        assertEquals(0, project.run("migrate").exitCode());
        // every third row NULL, the others a value of their own
        db.execute("INSERT INTO profiles (id, settings) SELECT i, CASE WHEN i % 3 = 0 THEN NULL"
                + " ELSE jsonb_build_object('theme', 'dark', 'n', i) END FROM generate_series(1, " + ROWS + ") AS i");
        String kept = project.value(KEPT);
        assertEquals(String.valueOf(ROWS / 3), project.value("SELECT count(*) FROM profiles WHERE settings IS NULL"));

        InProcessShale.Output generate = project.records("backfilljsonafter")
                .run("generate", "--name", "settings_not_null");

        assertEquals(0, generate.exitCode(), generate.all());
        assertTrue(generate.out().startsWith("Generated 1 change (6 statements):\n  change column"
                + " public.profiles.settings: set not null, NULLs filled with '{}'::jsonb first, in batches of 10000"
                + " inside this migration's transaction, set default '{}'::jsonb\n"), generate.all());
        assertTrue(!generate.out().contains("fails on rows"), generate.all());
        String up = project.read("migrations/" + SET + ".sql");
        assertTrue(up.contains("\nALTER TABLE public.profiles ALTER COLUMN settings SET DEFAULT '{}'::jsonb;\n"
                + "DO $shale_fill$\n"), up);
        assertTrue(up.contains("UPDATE public.profiles SET settings = '{}'::jsonb\n"), up);
        assertTrue(up.endsWith("\nALTER TABLE public.profiles ALTER COLUMN settings SET NOT NULL;\n"
                + "ALTER TABLE public.profiles DROP CONSTRAINT profiles_settings_not_null_check;\n"), up);
        String down = project.read("migrations/" + SET + ".down.sql");
        assertTrue(down.contains("--   change column public.profiles.settings: drop not null (the values the up"
                + " migration filled in stay), drop default\n"), down);

        InProcessShale.Output migrate = project.run("migrate");

        assertEquals(0, migrate.exitCode(), migrate.all());
        assertEquals(String.valueOf(ROWS), project.value("SELECT count(*) FROM profiles"));
        assertEquals("0", project.value("SELECT count(*) FROM profiles WHERE settings IS NULL"));
        assertEquals(String.valueOf(ROWS / 3), project.value("SELECT count(*) FROM profiles"
                + " WHERE settings = '{}'::jsonb AND id % 3 = 0"));
        assertEquals(kept, project.value(KEPT));

        InProcessShale.Output rollback = project.run("rollback");

        assertEquals(0, rollback.exitCode(), rollback.all());
        assertEquals(List.of("20261121093000|create_profiles"), project.history());
        assertEquals("YES", project.value("SELECT is_nullable FROM information_schema.columns"
                + " WHERE table_name = 'profiles' AND column_name = 'settings'"));
        assertEquals(String.valueOf(ROWS / 3), project.value("SELECT count(*) FROM profiles"
                + " WHERE settings = '{}'::jsonb"));
        assertEquals(kept, project.value(KEPT));
    }
}
