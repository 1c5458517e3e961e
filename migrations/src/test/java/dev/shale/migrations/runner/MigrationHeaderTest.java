package dev.shale.migrations.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.diff.postgres.DataLoss;
import dev.shale.diff.postgres.DataRequirement;
import dev.shale.diff.postgres.HazardCode;
import dev.shale.diff.postgres.HazardKind;
import dev.shale.diff.postgres.HazardLine;
import dev.shale.diff.postgres.HazardSeverity;
import dev.shale.diff.postgres.Unrestorable;
import dev.shale.model.QualifiedName;
import dev.shale.migrations.runner.sql.ControlStatement;
import dev.shale.migrations.runner.sql.MigrationHeader;
import dev.shale.migrations.runner.sql.SqlScriptException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MigrationHeaderTest {

    @Test
    void readsGeneratedHeaders() {
        MigrationHeader header = MigrationHeader.parse("-- Shale migration (up)\n-- from: empty database\n"
                + "-- shale:transactional false\r\n-- shale:hazards long-lock,data-loss\n--\n-- Changes:\n\n"
                + "CREATE INDEX CONCURRENTLY i ON t (a);\n");
        assertFalse(header.transactional());
        assertEquals(Set.of(HazardKind.LONG_LOCK, HazardKind.DATA_LOSS), header.hazards());
        assertTrue(header.losesData());
        assertEquals("data-loss,long-lock", header.hazardCodes());
    }

    @Test
    void theHeaderEndsAtTheFirstStepMarker() {
        MigrationHeader header = MigrationHeader.parse("\uFEFF-- Shale migration (up)\n-- shale:hazards data-loss\n\n"
                + "-- shale:step 1 transactional\n-- shale:transactional false\n-- shale:bogus entry\nSELECT 1;\n");
        assertTrue(header.transactional());
        assertEquals(Set.of(HazardKind.DATA_LOSS), header.hazards());
    }

    @Test
    void readsEachHazardLineAndTheNewKindsWithoutGatingThem() {
        MigrationHeader header = MigrationHeader.parse("-- Shale migration (up)\n-- shale:transactional true\n"
                + "-- shale:hazards backward-incompatible,irreversible,long-lock,non-transactional\n"
                + "-- shale:hazard backward-incompatible-rename warning public.users.name\n"
                + "-- shale:hazard non-transactional-step note public.users_name_idx\n"
                + "-- shale:hazard set-not-null-scan error \"Sales\".\"Order\".total\n--\nSELECT 1;\n");
        assertEquals(Set.of(HazardKind.BACKWARD_INCOMPATIBLE, HazardKind.IRREVERSIBLE, HazardKind.LONG_LOCK,
                HazardKind.NON_TRANSACTIONAL), header.hazards());
        assertEquals(List.of(
                new HazardLine(HazardCode.BACKWARD_INCOMPATIBLE_RENAME, HazardSeverity.WARNING, "public.users.name"),
                new HazardLine(HazardCode.NON_TRANSACTIONAL_STEP, HazardSeverity.NOTE, "public.users_name_idx"),
                new HazardLine(HazardCode.SET_NOT_NULL_SCAN, HazardSeverity.ERROR, "\"Sales\".\"Order\".total")),
                header.hazardLines());
        // the data-loss gates read data-loss alone
        assertFalse(header.losesData());
        assertFalse(header.losesUnknownData());
        assertEquals("line 2 says shale:hazard \"drop-column public.t.c\": write CODE SEVERITY OBJECT, such as"
                + " drop-column error public.users.nickname", assertThrows(SqlScriptException.class,
                        () -> MigrationHeader.parse("--\n-- shale:hazard drop-column public.t.c\n")).getMessage());
        assertEquals(List.of(), MigrationHeader.DEFAULT.hazardLines());
    }

    @Test
    void missingHeaderMeansTransactionalWithoutHazards() {
        assertEquals(MigrationHeader.DEFAULT, MigrationHeader.parse("CREATE TABLE t (id int);"));
        assertEquals(MigrationHeader.DEFAULT, MigrationHeader.parse(""));
        assertEquals("none", MigrationHeader.DEFAULT.hazardCodes());
    }

    @Test
    void onlyTheLeadingCommentBlockIsTheHeader() {
        MigrationHeader header = MigrationHeader.parse("-- shale:hazards none\nSELECT 1;\n-- shale:transactional false\n");
        assertTrue(header.transactional());
        assertEquals(Set.of(), header.hazards());
    }

    @Test
    void leavesLintAllowsToLint() {
        MigrationHeader header = MigrationHeader.parse("-- shale:allow transaction-control\n"
                + "-- shale:transactional false\n-- shale:allow drop-table archived in release 41\nDROP TABLE t;\n");
        assertEquals(Set.of(ControlStatement.Kind.TRANSACTION_CONTROL), header.allowed());
    }

    @Test
    void readsTheBaselineMarkOfPull() {
        MigrationHeader header = MigrationHeader.parse("-- Shale migration (up)\n-- shale:transactional true\n"
                + "-- shale:hazards none\n-- shale:baseline true\n\nCREATE TABLE t (id int);\n");
        assertTrue(header.baseline());
        assertEquals(new MigrationHeader(true, Set.of(), true), header);
        assertFalse(MigrationHeader.parse("-- shale:baseline false\n").baseline());
        assertFalse(MigrationHeader.DEFAULT.baseline());
        assertEquals("line 1 says shale:baseline \"yes\"; write true or false", assertThrows(
                SqlScriptException.class, () -> MigrationHeader.parse("-- shale:baseline yes\n")).getMessage());
    }

    @Test
    void refusesWhatItCannotRead() {
        assertEquals("line 2 says shale:transactional \"maybe\"; write true or false", assertThrows(
                SqlScriptException.class, () -> MigrationHeader.parse("--\n-- shale:transactional maybe\n")).getMessage());
        assertEquals("line 1 names an unknown hazard \"dataloss\"; write none or codes among data-loss, table-rewrite,"
                + " long-lock, fails-on-rows, backward-incompatible, non-transactional, irreversible, migration-file,"
                + " column-type", assertThrows(SqlScriptException.class,
                        () -> MigrationHeader.parse("-- shale:hazards dataloss\n")).getMessage());
        assertEquals(1, assertThrows(SqlScriptException.class,
                () -> MigrationHeader.parse("-- shale:transactionl false\n")).line());
    }

    @Test
    void readsWhatADataLossMigrationLoses() {
        MigrationHeader header = MigrationHeader.parse("-- shale:hazards data-loss\n-- shale:loses table public.notes\n"
                + "-- shale:loses enum-value public.status 'GONE'\n\nDROP TABLE notes;\n");
        assertEquals(List.of(DataLoss.table(new QualifiedName("public", "notes")),
                DataLoss.enumValue(new QualifiedName("public", "status"), "GONE")), header.losses());
        assertFalse(header.losesUnknownData());
        assertTrue(MigrationHeader.parse("-- shale:hazards data-loss\n").losesUnknownData());
        assertEquals("line 2 says shale:loses \"column public.t\": column needs SCHEMA.TABLE.COLUMN (quote a name as"
                + " SQL when it must be)", assertThrows(SqlScriptException.class,
                        () -> MigrationHeader.parse("--\n-- shale:loses column public.t\n")).getMessage());
    }

    @Test
    void readsTheColumnsADownCannotRestore() {
        MigrationHeader header = MigrationHeader.parse("-- shale:hazards none\n"
                + "-- shale:cannot-restore column public.payments.amount_cents\n"
                + "-- shale:cannot-restore column \"Ledger\".\"Entries\".\"Sum\"\n\nALTER TABLE payments ADD COLUMN a int;\n");
        assertEquals(List.of(Unrestorable.parse("column public.payments.amount_cents"),
                new Unrestorable(DataLoss.column(new QualifiedName("Ledger", "Entries"), "Sum"), null)),
                header.unrestorable());
        assertEquals(List.of(), MigrationHeader.DEFAULT.unrestorable());
        assertEquals("line 1 says shale:cannot-restore \"table public.t\": write column SCHEMA.TABLE.COLUMN (quote a"
                + " name as SQL when it must be)", assertThrows(SqlScriptException.class,
                        () -> MigrationHeader.parse("-- shale:cannot-restore table public.t\n")).getMessage());
    }

    @Test
    void readsWhatAMigrationRequiresOfTheRows() {
        MigrationHeader header = MigrationHeader.parse("-- shale:hazards long-lock\n"
                + "-- shale:requires no-nulls public.users.email\n"
                + "-- shale:requires unique public.users users_email_key (email)\n\nSELECT 1;\n");
        QualifiedName users = new QualifiedName("public", "users");
        assertEquals(List.of(new DataRequirement.NoNulls(users, "email"),
                new DataRequirement.Unique(users, "users_email_key", List.of("email"), null)), header.requirements());
        assertEquals(List.of(), MigrationHeader.parse("-- shale:hazards none\n").requirements());
        assertEquals("line 3 says shale:requires \"references public.orders fk (user_id)\": a name is missing at the"
                + " end of the line", assertThrows(SqlScriptException.class,
                        () -> MigrationHeader.parse("--\n--\n-- shale:requires references public.orders fk (user_id)\n"))
                        .getMessage());
    }
}
