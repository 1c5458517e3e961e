package dev.shale.migrations.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.shale.api.BackupException;
import dev.shale.api.DatabaseUrl;
import dev.shale.migrations.runner.backup.PgDumpBackup;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(PostgresExtension.class)
class PgDumpBackupTest {

    @TempDir
    Path root;

    @Test
    void writesACustomFormatDumpReadableByTheOwnerOnly(TestDatabase db) throws Exception {
        PgDumpBackup backup = PgDumpBackup.onPath();
        assumeTrue(backup.executable().isPresent(), "pg_dump is not on the PATH");
        db.execute("CREATE TABLE kept (id int)", "INSERT INTO kept VALUES (42)");
        Path file = PgDumpBackup.defaultFile(root.resolve("backups"), Instant.parse("2026-11-21T09:30:00Z"));
        assertEquals(root.resolve("backups/20261121093000.dump"), file);

        PgDumpBackup.Result result = backup.write(DatabaseUrl.parse(db.jdbcUrl()), file);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(result.bytes() > 0);
        assertEquals("PGDMP", new String(Files.readAllBytes(file), 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        BackupException exists = assertThrows(BackupException.class,
                () -> backup.write(DatabaseUrl.parse(db.jdbcUrl()), file));
        assertEquals(BackupException.Reason.FILE_EXISTS, exists.reason());
    }

    @Test
    void saysClearlyWhenPgDumpIsMissing(TestDatabase db) {
        BackupException missing = assertThrows(BackupException.class, () -> PgDumpBackup.searching(root.toString())
                .write(DatabaseUrl.parse(db.jdbcUrl()), root.resolve("x.dump")));
        assertEquals(BackupException.Reason.PG_DUMP_MISSING, missing.reason());
        assertTrue(missing.getMessage().startsWith("pg_dump is not installed"), missing.getMessage());
        assertTrue(Files.notExists(root.resolve("x.dump")));
    }

    @Test
    void aFailingPgDumpLeavesNoFile(TestDatabase db) {
        PgDumpBackup backup = PgDumpBackup.onPath();
        assumeTrue(backup.executable().isPresent(), "pg_dump is not on the PATH");
        BackupException failed = assertThrows(BackupException.class, () -> backup.write(DatabaseUrl.parse(
                "jdbc:postgresql://127.0.0.1:1/" + db.name() + "?user=postgres"), root.resolve("x.dump")));
        assertEquals(BackupException.Reason.PG_DUMP_FAILED, failed.reason());
        assertTrue(Files.notExists(root.resolve("x.dump")));
    }
}
