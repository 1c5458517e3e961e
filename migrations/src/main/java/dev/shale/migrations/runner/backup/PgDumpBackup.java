package dev.shale.migrations.runner.backup;

import dev.shale.api.BackupException;
import dev.shale.api.BackupException.Reason;
import dev.shale.api.DatabaseUrl;
import dev.shale.migrations.files.MigrationVersion;
import dev.shale.migrations.runner.errors.Redactor;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A backup with {@code pg_dump} before migrating: finds {@code pg_dump} on the {@code PATH}, runs it in
 * custom format ({@code pg_restore} reads it) with the credentials in its environment (never on its
 * command line), and writes a new file of mode 0600 (owner read and write only, where the file system
 * has POSIX permissions). The CLI calls it for {@code migrate --backup}.
 */
public final class PgDumpBackup {

    /** What a backup wrote. */
    public record Result(Path file, long bytes, Duration elapsed) {
    }

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final int STDERR_LIMIT = 2000;

    private final String searchPath;

    private PgDumpBackup(String searchPath) {
        this.searchPath = searchPath == null ? "" : searchPath;
    }

    /** Looks for {@code pg_dump} on this process's {@code PATH}. */
    public static PgDumpBackup onPath() {
        return new PgDumpBackup(System.getenv("PATH"));
    }

    /** Looks for {@code pg_dump} in these folders, separated like {@code PATH}. */
    public static PgDumpBackup searching(String path) {
        return new PgDumpBackup(path);
    }

    /** {@code backups/<UTC timestamp>.dump}, under {@code folder}. */
    public static Path defaultFile(Path folder, Instant now) {
        return folder.resolve(MigrationVersion.of(now) + ".dump");
    }

    /** The {@code pg_dump} executable, if found. */
    public Optional<Path> executable() {
        List<String> names = isWindows() ? List.of("pg_dump.exe", "pg_dump") : List.of("pg_dump");
        for (String folder : searchPath.split(File.pathSeparator)) {
            if (folder.isBlank()) {
                continue;
            }
            for (String name : names) {
                Path candidate = Path.of(folder).resolve(name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Dumps the database of {@code url} into {@code file}, a new file (its folder is created when
     * missing).
     *
     * @throws BackupException {@code PG_DUMP_MISSING}, {@code FILE_EXISTS}, {@code WRITE_FAILED} or
     *     {@code PG_DUMP_FAILED} (with pg_dump's message; the partial file is deleted)
     */
    public Result write(DatabaseUrl url, Path file) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(file, "file");
        Path pgDump = executable().orElseThrow(() -> new BackupException(Reason.PG_DUMP_MISSING,
                "pg_dump is not installed: it is not on the PATH, so no backup was made and nothing was migrated.",
                "install the PostgreSQL client tools (pg_dump of the server's major version or newer), or migrate"
                        + " without --backup", null));
        Redactor redactor = new Redactor(url.secrets());
        createOwnerOnly(file);
        long start = System.nanoTime();
        List<String> command = new ArrayList<>(List.of(pgDump.toString(), "--format=custom", "--no-password"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.to(file.toFile()))
                .redirectError(ProcessBuilder.Redirect.PIPE);
        builder.environment().putAll(url.libpqEnvironment());
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] stderr = process.getErrorStream().readAllBytes();
            int exit = process.waitFor();
            if (exit != 0) {
                Files.deleteIfExists(file);
                String message = new String(stderr, StandardCharsets.UTF_8).strip();
                if (message.length() > STDERR_LIMIT) {
                    message = message.substring(0, STDERR_LIMIT) + "...";
                }
                throw new BackupException(Reason.PG_DUMP_FAILED, "pg_dump failed (exit code " + exit + ") for "
                        + url.redacted() + ": " + redactor.redact(message) + ". No backup was made and nothing was"
                        + " migrated.", "fix what pg_dump reports (a server newer than pg_dump needs a newer"
                        + " pg_dump), or migrate without --backup", null);
            }
            return new Result(file, Files.size(file), Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            deleteQuietly(file);
            throw new BackupException(Reason.WRITE_FAILED, "could not run pg_dump into " + file + ": "
                    + redactor.redact(String.valueOf(e.getMessage())) + ".", "check that the folder is writable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            deleteQuietly(file);
            throw new BackupException(Reason.WRITE_FAILED, "the backup was interrupted.", "run it again", e);
        }
    }

    private static void createOwnerOnly(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            FileAttribute<?>[] attributes = posix
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                    : new FileAttribute<?>[0];
            Files.createFile(file, attributes);
            if (posix) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } catch (FileAlreadyExistsException e) {
            throw new BackupException(Reason.FILE_EXISTS, "the backup file " + file + " exists already.",
                    "choose another file; backups are never overwritten", e);
        } catch (IOException e) {
            throw new BackupException(Reason.WRITE_FAILED, "could not create the backup file " + file + ": "
                    + e.getMessage() + ".", "check that the folder is writable", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the failure being reported matters more
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }
}
