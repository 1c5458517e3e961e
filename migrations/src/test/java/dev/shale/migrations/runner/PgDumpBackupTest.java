package dev.shale.migrations.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.shale.api.BackupException;
import dev.shale.api.DatabaseUrl;
import dev.shale.migrations.runner.backup.PgDumpBackup;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.RequiredTools;
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
        RequiredTools.assume(backup.executable().isPresent(), "pg_dump is not on the PATH");
        db.execute("CREATE TABLE kept (id int)", "INSERT INTO kept VALUES (42)");
        Path file = PgDumpBackup.defaultFile(root.resolve("backups"), Instant.parse("2026-11-21T09:30:00.042Z"));
        assertEquals(root.resolve("backups"), file.getParent());
        assertTrue(file.getFileName().toString().matches("20261121093000042-[0-9a-f]{6}\\.dump"), file.toString());

        PgDumpBackup.Result result = backup.write(DatabaseUrl.parse(db.jdbcUrl()), file);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(result.bytes() > 0);
        assertEquals("PGDMP", new String(Files.readAllBytes(file), 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        BackupException exists = assertThrows(BackupException.class,
                () -> backup.write(DatabaseUrl.parse(db.jdbcUrl()), file));
        assertEquals(BackupException.Reason.FILE_EXISTS, exists.reason());
    }

    @Test
    void twoBackupsInOneMillisecondGetTwoFiles(TestDatabase db) throws Exception {
        PgDumpBackup backup = PgDumpBackup.onPath();
        RequiredTools.assume(backup.executable().isPresent(), "pg_dump is not on the PATH");
        Instant now = Instant.parse("2026-11-21T09:30:00Z");
        Path first = backup.write(DatabaseUrl.parse(db.jdbcUrl()), PgDumpBackup.defaultFile(root, now)).file();
        Path second = backup.write(DatabaseUrl.parse(db.jdbcUrl()), PgDumpBackup.defaultFile(root, now)).file();

        assertNotEquals(first, second);
        assertTrue(Files.size(first) > 0 && Files.size(second) > 0);
    }

    @Test
    void namesTheCauseWhenTheFolderCannotHoldTheBackup(TestDatabase db) throws Exception {
        DatabaseUrl url = DatabaseUrl.parse(db.jdbcUrl());
        PgDumpBackup backup = PgDumpBackup.onPath();
        RequiredTools.assume(backup.executable().isPresent(), "pg_dump is not on the PATH");
        Files.writeString(root.resolve("backups"), "a file");
        assertRefused(backup, url, "backups/x.dump", "backups is a file, not a folder, so the backup cannot be written"
                + " in backups; no backup was made and nothing was migrated.", "move the file backups away");
        Files.writeString(root.resolve("lower"), "a file");
        assertRefused(backup, url, "lower/backups/x.dump", "lower is a file, not a folder, so the backup cannot be"
                + " written in lower/backups;", "move the file lower away");
        Files.createSymbolicLink(root.resolve("link"), root.resolve("gone"));
        assertRefused(backup, url, "link/x.dump", "link is a link to " + root.resolve("gone") + ", which is missing;"
                + " no backup was made and nothing was migrated.", "create the folder the link points to");
        // a folder this user cannot write in: a read-only mode does it, except for root, whom sysfs refuses
        Path closed = root.resolve("closed");
        Files.createDirectory(closed, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("r-x------")));
        if (Files.isWritable(closed)) {
            assumeTrue(Files.isDirectory(Path.of("/sys/kernel")), "root, and no /sys to stand for an unwritable folder");
            Files.delete(closed);
            Files.createSymbolicLink(closed, Path.of("/sys/kernel"));
        }
        assertRefused(backup, url, "closed/x.dump", "cannot write in the folder closed: permission denied;",
                "make closed writable by this user, or migrate without --backup");
    }

    private void assertRefused(PgDumpBackup backup, DatabaseUrl url, String file, String message, String fix) {
        BackupException refused = assertThrows(BackupException.class, () -> backup.write(url, root.resolve(file), root));
        assertEquals(BackupException.Reason.WRITE_FAILED, refused.reason());
        assertTrue(refused.getMessage().startsWith(message), refused.getMessage());
        assertTrue(refused.fix().startsWith(fix), refused.fix());
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
        RequiredTools.assume(backup.executable().isPresent(), "pg_dump is not on the PATH");
        BackupException failed = assertThrows(BackupException.class, () -> backup.write(DatabaseUrl.parse(
                "jdbc:postgresql://127.0.0.1:1/" + db.name() + "?user=postgres"), root.resolve("x.dump")));
        assertEquals(BackupException.Reason.PG_DUMP_FAILED, failed.reason());
        assertTrue(Files.notExists(root.resolve("x.dump")));
    }
}
