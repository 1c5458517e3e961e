package dev.shale.migrations.runner.backup;

import dev.shale.api.BackupException;
import dev.shale.api.BackupException.Reason;
import dev.shale.api.DatabaseUrl;
import dev.shale.migrations.files.FileKinds;
import dev.shale.migrations.runner.errors.Redactor;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A backup with {@code pg_dump} before migrating: finds {@code pg_dump} on the {@code PATH}, runs it in
 * custom format ({@code pg_restore} reads it) with the credentials in its environment (never on its
 * command line), and writes a new file of mode 0600 (owner read and write only, where the file system
 * has POSIX permissions), created exclusively so two runners never share one. A folder that cannot hold it
 * (a file, a broken link, no permission) is named with its cause before {@code pg_dump} runs. The CLI calls it
 * for {@code migrate --backup}.
 */
public final class PgDumpBackup {

    /** What a backup wrote. */
    public record Result(Path file, long bytes, Duration elapsed) {
    }

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final int STDERR_LIMIT = 2000;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

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

    /**
     * {@code <UTC time to the millisecond>-<6 random hex digits>.dump} under {@code folder}, such as
     * {@code 20261121093000123-4f2a9c.dump}: runs in the same millisecond get different names.
     */
    public static Path defaultFile(Path folder, Instant now) {
        return folder.resolve(STAMP.format(now) + "-" + String.format("%06x", RANDOM.nextInt(1 << 24)) + ".dump");
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
     * missing); messages show absolute paths.
     *
     * @throws BackupException {@code PG_DUMP_MISSING}, {@code FILE_EXISTS}, {@code WRITE_FAILED} or
     *     {@code PG_DUMP_FAILED} (with pg_dump's message; the partial file is deleted)
     */
    public Result write(DatabaseUrl url, Path file) {
        return write(url, file, null);
    }

    /**
     * As {@link #write(DatabaseUrl, Path)}, with the paths in messages relative to {@code shownFrom} (the project
     * folder) when it is not null.
     */
    public Result write(DatabaseUrl url, Path file, Path shownFrom) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(file, "file");
        Shown shown = new Shown(shownFrom);
        Path pgDump = executable().orElseThrow(() -> new BackupException(Reason.PG_DUMP_MISSING,
                "pg_dump is not installed: it is not on the PATH, so no backup was made and nothing was migrated.",
                "install the PostgreSQL client tools (pg_dump of the server's major version or newer), or migrate"
                        + " without --backup", null));
        Redactor redactor = new Redactor(url.secrets());
        createOwnerOnly(file, shown);
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
            throw new BackupException(Reason.WRITE_FAILED, "could not run pg_dump into " + shown.of(file) + ": "
                    + redactor.redact(String.valueOf(e.getMessage())) + ".", "check that the folder is writable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            deleteQuietly(file);
            throw new BackupException(Reason.WRITE_FAILED, "the backup was interrupted.", "run it again", e);
        }
    }

    private static void createOwnerOnly(Path file, Shown shown) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            createFolder(folder, shown);
        }
        try {
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            FileAttribute<?>[] attributes = posix
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                    : new FileAttribute<?>[0];
            Files.createFile(file, attributes);
            if (posix) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } catch (FileAlreadyExistsException e) {
            throw new BackupException(Reason.FILE_EXISTS, "the backup file " + shown.of(file) + " exists already;"
                    + " no backup was made and nothing was migrated.",
                    "choose another file; backups are never overwritten", e);
        } catch (AccessDeniedException e) {
            throw unwritable(folder, shown, e);
        } catch (IOException e) {
            throw new BackupException(Reason.WRITE_FAILED, "cannot create the backup file " + shown.of(file) + ": "
                    + reason(e) + "; no backup was made and nothing was migrated.",
                    "make " + shown.of(folder) + " a writable folder", e);
        }
    }

    /** Creates the backups folder, or says why it cannot be: a file, a broken link, a file above it, no permission. */
    private static void createFolder(Path folder, Shown shown) {
        if (Files.isSymbolicLink(folder) && !Files.exists(folder)) {
            throw new BackupException(Reason.WRITE_FAILED, shown.of(folder) + " is a link to " + FileKinds.target(folder)
                    + ", which is missing; no backup was made and nothing was migrated.",
                    "create the folder the link points to, or remove the link", null);
        }
        for (Path above = folder; above != null; above = above.getParent()) {
            if (Files.exists(above) && !Files.isDirectory(above)) {
                throw new BackupException(Reason.WRITE_FAILED, shown.of(above) + " is a file, not a folder, so the"
                        + " backup cannot be written in " + shown.of(folder) + "; no backup was made and nothing was"
                        + " migrated.", "move the file " + shown.of(above) + " away (the backups go in "
                        + shown.of(folder) + ")", null);
            }
        }
        try {
            Files.createDirectories(folder);
        } catch (AccessDeniedException e) {
            throw unwritable(folder, shown, e);
        } catch (IOException e) {
            throw new BackupException(Reason.WRITE_FAILED, "cannot create the backup folder " + shown.of(folder)
                    + ": " + reason(e) + "; no backup was made and nothing was migrated.",
                    "create " + shown.of(folder) + " as a writable folder", e);
        }
    }

    private static BackupException unwritable(Path folder, Shown shown, IOException e) {
        return new BackupException(Reason.WRITE_FAILED, "cannot write in the folder " + shown.of(folder)
                + ": permission denied; no backup was made and nothing was migrated.",
                "make " + shown.of(folder) + " writable by this user, or migrate without --backup", e);
    }


    private static String reason(IOException e) {
        return e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
    }

    /** Paths as messages show them: relative to the project, or absolute. */
    private record Shown(Path root) {
        String of(Path path) {
            Path absolute = path.toAbsolutePath();
            if (root == null || !absolute.startsWith(root.toAbsolutePath())) {
                return absolute.toString();
            }
            return root.toAbsolutePath().relativize(absolute).toString();
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
