package dev.shale.migrations.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.api.RunnerSettings;
import dev.shale.diff.postgres.DataRequirement;
import dev.shale.migrations.files.MigrationVersion;
import dev.shale.migrations.runner.source.SourceFile;
import dev.shale.migrations.runner.source.SourceMigration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which header lines a resumed file still checks: those a step still to run names, and those no step names. */
class StillToRunTest {

    private static final String FILE = """
            -- shale:loses column public.orders.legacy
            -- shale:requires no-nulls public.orders.amount
            -- shale:requires unique public.orders orders_code_key (code)
            -- shale:requires check public.orders orders_total_check total >= 0
            -- shale:step 1 transactional
            ALTER TABLE public.orders ADD CONSTRAINT orders_amount_not_null_check CHECK (amount IS NOT NULL) NOT VALID;
            ALTER TABLE public.orders DROP COLUMN legacy;
            -- shale:step 2 transactional
            ALTER TABLE public.orders VALIDATE CONSTRAINT orders_amount_not_null_check;
            -- shale:step 3 transactional
            ALTER TABLE public.orders ALTER COLUMN "AMOUNT" SET NOT NULL;
            -- shale:step 4 non-transactional
            CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS orders_code_key ON public.orders (code);
            -- shale:step 5 transactional
            ALTER TABLE public.orders ADD CONSTRAINT orders_code_key UNIQUE USING INDEX orders_code_key;
            """;

    private static Unit unit() {
        SourceFile file = new SourceFile("migrations/20260101000002_t.sql", FILE, "x");
        return Checks.unit(new SourceMigration(MigrationVersion.parse("20260101000002"), "t", file, null), file,
                RunnerSettings.DEFAULTS);
    }

    private static List<String> codes(int done) {
        return StillToRun.requirements(unit(), done).stream().map(DataRequirement::code).toList();
    }

    @Test
    void aRequirementIsDroppedOnlyOnceEveryStepNamingItRan() {
        assertEquals(List.of("no-nulls", "unique", "check"), codes(0));
        // amount is named by steps 1 and 3 (quoted, case aside); the unnamed check stays whatever ran
        assertEquals(List.of("no-nulls", "unique", "check"), codes(2));
        assertEquals(List.of("unique", "check"), codes(3));
        assertEquals(List.of("unique", "check"), codes(4));
        assertEquals(List.of("check"), codes(5));
    }

    @Test
    void aLossIsGatedUntilTheStepMakingItRan() {
        assertEquals(1, StillToRun.losses(unit(), 0).size());
        assertEquals(List.of(), StillToRun.losses(unit(), 1));
    }
}
