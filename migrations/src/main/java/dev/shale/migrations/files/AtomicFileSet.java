package dev.shale.migrations.files;

import dev.shale.migrations.files.ProjectFileException.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Writes several files all or nothing, as far as the file system allows. Each file is first written
 * in full (and flushed to disk) to a hidden temporary file beside its target; then each is put in
 * place in the order given — a new file by hard link, which fails rather than overwrite, or by an
 * atomic move where links are not supported; a replaced file by an atomic move. On any failure the
 * files already put in place are removed (or their old content restored), folders created for
 * them are removed, and temporary files are always deleted.
 */
public final class AtomicFileSet {

    /** One file to write; {@code replace} says whether an existing file may be replaced. */
    public record Target(Path path, byte[] content, boolean replace) {
        public Target {
            Objects.requireNonNull(path, "path");
            content = content.clone();
        }
    }

    /** A file put in place, with the content it replaced ({@code null} when it was new). */
    private record Placed(Path path, byte[] previous) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Function<Path, String> display;

    /** {@code display} turns a path into its name for messages, relative to the project. */
    public AtomicFileSet(Function<Path, String> display) {
        this.display = display;
    }

    /**
     * Writes every target, or none of them.
     *
     * @throws ProjectFileException {@code FILE_EXISTS} if a new file's target exists, {@code WRITE_FAILED}
     *     for any other failure; in both cases nothing was changed unless the message says otherwise
     */
    public void write(List<Target> targets) {
        List<Path> createdFolders = new ArrayList<>();
        List<Path> temps = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        Path current = null;
        try {
            for (Target target : targets) {
                current = target.path();
                createFolders(target.path().toAbsolutePath().getParent(), createdFolders);
            }
            for (Target target : targets) {
                current = target.path();
                temps.add(writeTemp(target));
            }
            for (int i = 0; i < targets.size(); i++) {
                current = targets.get(i).path();
                placed.add(place(targets.get(i), temps.get(i)));
            }
        } catch (IOException | ProjectFileException e) {
            deleteTemps(temps);
            throw failure(current, e, undo(placed, createdFolders));
        } catch (RuntimeException | Error e) {
            deleteTemps(temps);
            undo(placed, createdFolders);
            throw e;
        } finally {
            deleteTemps(temps);
        }
    }

    /**
     * Removes the files {@code removals} and writes {@code targets}, all or nothing: each file to remove is first
     * moved to a hidden name beside it (listings skip hidden files), then the targets are written as by
     * {@link #write}; on any failure the moved files are put back. The hidden files are deleted at the end.
     *
     * @throws ProjectFileException {@code WRITE_FAILED} naming the file; nothing was changed unless the message
     *     says otherwise
     */
    public void removeAndWrite(List<Path> removals, List<Target> targets) {
        List<Path[]> parked = new ArrayList<>();
        for (Path path : removals) {
            Path hidden = path.resolveSibling("." + path.getFileName() + "." + HexFormat.of().formatHex(randomBytes())
                    + ".removed");
            try {
                Files.move(path, hidden, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                List<String> leftBehind = putBack(parked);
                throw new ProjectFileException(Problem.WRITE_FAILED, display.apply(path), "could not remove "
                        + display.apply(path) + ": " + reason(e) + "." + undone(leftBehind), "check that the folder"
                        + " is writable, then run the command again" + undoFix(leftBehind), e);
            }
            parked.add(new Path[] {path, hidden});
        }
        try {
            write(targets);
        } catch (ProjectFileException e) {
            List<String> leftBehind = putBack(parked);
            if (leftBehind.isEmpty()) {
                throw e;
            }
            throw new ProjectFileException(e.problem(), e.path().orElse(null), e.description() + undone(leftBehind),
                    e.fix() + undoFix(leftBehind), e);
        } catch (RuntimeException | Error e) {
            putBack(parked);
            throw e;
        }
        for (Path[] p : parked) {
            try {
                Files.deleteIfExists(p[1]);
            } catch (IOException ignored) {
                // a hidden file is harmless; listings skip hidden files
            }
        }
    }

    /** Moves parked files back to their names; returns the names it could not restore. */
    private List<String> putBack(List<Path[]> parked) {
        List<String> leftBehind = new ArrayList<>();
        for (int i = parked.size() - 1; i >= 0; i--) {
            try {
                Files.move(parked.get(i)[1], parked.get(i)[0], StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                leftBehind.add(display.apply(parked.get(i)[0]) + " (kept as " + parked.get(i)[1].getFileName() + ")");
            }
        }
        return leftBehind;
    }

    private static String undone(List<String> leftBehind) {
        return leftBehind.isEmpty() ? " Nothing was changed."
                : " Shale could not undo its changes to " + String.join(", ", leftBehind) + ".";
    }

    private static String undoFix(List<String> leftBehind) {
        return leftBehind.isEmpty() ? "" : "; restore or delete " + String.join(", ", leftBehind) + " by hand";
    }

    private static void deleteTemps(List<Path> temps) {
        for (Path temp : temps) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a hidden temporary file is harmless; listings skip hidden files
            }
        }
    }

    private static void createFolders(Path folder, List<Path> created) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = folder; p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            Files.createDirectory(p);
            created.add(p);
        }
    }

    private static Path writeTemp(Target target) throws IOException {
        Path path = target.path();
        String random = HexFormat.of().formatHex(randomBytes());
        Path temp = path.resolveSibling("." + path.getFileName() + "." + random + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(target.content());
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private Placed place(Target target, Path temp) throws IOException {
        Path path = target.path();
        if (target.replace()) {
            byte[] previous = Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? Files.readAllBytes(path) : null;
            moveAtomically(temp, path);
            return new Placed(path, previous);
        }
        try {
            Files.createLink(path, temp);
        } catch (FileAlreadyExistsException e) {
            throw exists(path);
        } catch (UnsupportedOperationException | FileSystemException e) {
            // No hard links on this file system: check, then move (a race here could still replace).
            if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                throw exists(path);
            }
            moveAtomically(temp, path);
        }
        return new Placed(path, null);
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes what was put in place, newest first; returns the names of files it could not restore. */
    private List<String> undo(List<Placed> placed, List<Path> createdFolders) {
        List<String> leftBehind = new ArrayList<>();
        for (int i = placed.size() - 1; i >= 0; i--) {
            Placed p = placed.get(i);
            try {
                if (p.previous() == null) {
                    Files.deleteIfExists(p.path());
                } else {
                    Path temp = writeTemp(new Target(p.path(), p.previous(), true));
                    moveAtomically(temp, p.path());
                }
            } catch (IOException e) {
                leftBehind.add(display.apply(p.path()));
            }
        }
        for (int i = createdFolders.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(createdFolders.get(i));
            } catch (DirectoryNotEmptyException e) {
                // something else put a file there meanwhile: keep it
            } catch (IOException e) {
                leftBehind.add(display.apply(createdFolders.get(i)));
            }
        }
        return leftBehind;
    }

    private ProjectFileException failure(Path at, Exception e, List<String> leftBehind) {
        String undone = undone(leftBehind);
        String undoFix = undoFix(leftBehind);
        if (e instanceof ProjectFileException p) {
            return new ProjectFileException(p.problem(), p.path().orElse(null), p.description() + undone,
                    p.fix() + undoFix, e);
        }
        String name = at == null ? "the files" : display.apply(at);
        return new ProjectFileException(Problem.WRITE_FAILED, at == null ? null : name,
                "could not write " + name + ": " + reason(e) + "." + undone,
                "check that the folder is writable and the disk has space, then run the command again" + undoFix,
                e);
    }

    private ProjectFileException exists(Path path) {
        String name = display.apply(path);
        return new ProjectFileException(Problem.FILE_EXISTS, name, name + " already exists; Shale never overwrites"
                + " a migration or a snapshot.", "if it is left over from an interrupted run, compare it with"
                + " version control and delete it; otherwise run the command again for a new version");
    }

    /** The cause of an I/O failure, without the absolute path the JDK puts in its messages. */
    static String reason(Exception e) {
        if (e instanceof FileSystemException f) {
            String kind = f.getClass().getSimpleName().replace("Exception", "");
            return f.getReason() == null ? kind : kind + " (" + f.getReason() + ")";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
    }
}
