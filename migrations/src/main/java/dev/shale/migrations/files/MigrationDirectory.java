package dev.shale.migrations.files;

import dev.shale.migrations.files.ProjectFileException.Problem;
import dev.shale.snapshot.ChainFinding;
import dev.shale.snapshot.NamedContent;
import dev.shale.snapshot.NamedSnapshot;
import dev.shale.snapshot.Snapshot;
import dev.shale.snapshot.SnapshotChain;
import dev.shale.snapshot.SnapshotException;
import dev.shale.snapshot.SnapshotFileHeader;
import dev.shale.snapshot.SnapshotJson;
import dev.shale.snapshot.SumFile;
import dev.shale.snapshot.SumFileException;
import dev.shale.snapshot.SumMismatch;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A project's {@code migrations/} and {@code snapshots/} folders: lists migrations, reads snapshots
 * and {@code shale.sum}, and writes a new migration with its snapshot and sum all or nothing.
 *
 * <p>{@code shale.sum} covers every {@code .sql} file directly in {@code migrations/} (up, down and
 * stray ones); snapshots are not in it, since each verifies itself by its content-addressed id.
 * Hidden files (names starting with {@code .}, such as {@code .gitkeep} and Shale's own temporary
 * files) are skipped everywhere; every other unrecognised file is reported as a {@link StrayFile}, and so
 * is anything named like a migration that is not a regular file (a FIFO, a device, a broken link), which
 * is never opened. A missing folder reads as empty (see {@link #requireMigrationsFolder}). Messages name files relative to the project root. One writer
 * at a time is assumed; an existing migration or snapshot is never overwritten.
 */
public final class MigrationDirectory {

    private static final Pattern MIGRATION = Pattern.compile("(\\d{14})_([a-z0-9_]+)(\\.down)?\\.sql");
    private static final Pattern SNAPSHOT = Pattern.compile("(\\d{14})_([a-z0-9_]+)\\.json");
    private static final String PATTERN_HELP = "<version>_<name>.sql or <version>_<name>.down.sql, the version"
            + " a UTC timestamp YYYYMMDDHHMMSS and the name snake_case";

    private final Path root;
    private final Path migrations;
    private final Path snapshots;
    private final AtomicFileSet writer;

    /** The folders, with the project root taken as the migrations folder's parent. */
    public MigrationDirectory(Path migrations, Path snapshots) {
        this(parentOf(migrations), migrations, snapshots);
    }

    /** The folders, relative to {@code projectRoot} unless absolute; messages name paths relative to the root. */
    public MigrationDirectory(Path projectRoot, Path migrations, Path snapshots) {
        this.root = projectRoot.toAbsolutePath().normalize();
        this.migrations = root.resolve(migrations).normalize();
        this.snapshots = root.resolve(snapshots).normalize();
        this.writer = new AtomicFileSet(this::display);
    }

    private static Path parentOf(Path folder) {
        Path parent = folder.toAbsolutePath().normalize().getParent();
        return parent == null ? folder.toAbsolutePath() : parent;
    }

    /** The migrations folder, absolute. */
    public Path migrationsFolder() {
        return migrations;
    }

    /** The snapshots folder, absolute. */
    public Path snapshotsFolder() {
        return snapshots;
    }

    /** The sum file, {@code migrations/shale.sum}. */
    public Path sumFile() {
        return migrations.resolve(SumFile.DEFAULT_NAME);
    }

    /** A path as messages show it: relative to the project root, with {@code /} separators. */
    public String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path relative;
        try {
            relative = root.relativize(absolute);
        } catch (IllegalArgumentException e) {
            return String.valueOf(absolute.getFileName());
        }
        return Stream.iterate(0, i -> i < relative.getNameCount(), i -> i + 1)
                .map(i -> relative.getName(i).toString()).collect(Collectors.joining("/"));
    }

    // ---- migrations

    /** The migrations in version order, and every file in the folder that is not one (nor {@code shale.sum}). */
    public MigrationListing listMigrations() {
        Map<MigrationVersion, MigrationFile> ups = new TreeMap<>();
        Map<String, Path> downs = new TreeMap<>();
        List<StrayFile> strays = new ArrayList<>();
        for (Path file : entries(migrations)) {
            String name = file.getFileName().toString();
            if (name.equals(SumFile.DEFAULT_NAME)) {
                continue;
            }
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                strays.add(folderStray(file, "migrations"));
                continue;
            }
            Optional<String> special = FileKinds.notRegular(file);
            if (special.isPresent()) {
                strays.add(stray(file, special.get() + "; Shale reads only regular files and does not open it.",
                        "put the file itself there (not a link, pipe or device), or move it out of "
                                + display(migrations) + "/"));
                continue;
            }
            Matcher m = MIGRATION.matcher(name);
            if (!m.matches() || !MigrationVersion.isValid(m.group(1)) || !MigrationName.isValid(m.group(2))) {
                strays.add(name.endsWith(".sql")
                        ? stray(file, "is not named " + PATTERN_HELP + " (and at most " + MigrationName.MAX_LENGTH
                                + " characters).", "rename it, such as 20261121093000_add_email.sql, then run shale hash")
                        : stray(file, "is not a migration (" + PATTERN_HELP + ") nor " + SumFile.DEFAULT_NAME + ".",
                                "move it out of " + display(migrations) + "/"));
                continue;
            }
            MigrationVersion version = MigrationVersion.parse(m.group(1));
            if (m.group(3) != null) {
                downs.put(name, file);
                continue;
            }
            MigrationFile existing = ups.get(version);
            if (existing != null) {
                strays.add(stray(file, "has the same version " + version + " as " + display(existing.up()) + ".",
                        "give one of them a later version by renaming it, then run shale hash"));
                continue;
            }
            ups.put(version, new MigrationFile(version, new MigrationName(m.group(2)), file, null));
        }
        Map<String, MigrationVersion> upByStem = new HashMap<>();
        ups.forEach((version, up) -> upByStem.put(up.stem(), version));
        downs.forEach((name, file) -> {
            String stem = name.substring(0, name.length() - ".down.sql".length());
            MigrationVersion version = upByStem.get(stem);
            if (version == null) {
                strays.add(stray(file, "is a down migration without its up migration " + stem + ".sql.",
                        "restore " + stem + ".sql from version control, or delete this file and run shale hash"));
            } else {
                MigrationFile up = ups.get(version);
                ups.put(version, new MigrationFile(up.version(), up.name(), up.up(), file));
            }
        });
        strays.sort(Comparator.comparing(StrayFile::path));
        return new MigrationListing(new ArrayList<>(ups.values()), strays);
    }

    /** The newest version among migrations and snapshot files, if any; see {@link MigrationVersion#next}. */
    public Optional<MigrationVersion> latestVersion() {
        Optional<MigrationVersion> migration = listMigrations().latestVersion();
        Optional<MigrationVersion> snapshot = entries(snapshots).stream()
                .map(p -> SNAPSHOT.matcher(p.getFileName().toString()))
                .filter(m -> m.matches() && MigrationVersion.isValid(m.group(1)))
                .map(m -> MigrationVersion.parse(m.group(1))).max(Comparator.naturalOrder());
        return Stream.of(migration, snapshot).flatMap(Optional::stream).max(Comparator.naturalOrder());
    }

    /**
     * Refuses a migrations folder that is missing, a file, a broken link or anything else that is not a folder:
     * reading it as empty would pass for a project without migrations.
     *
     * @throws ProjectFileException {@code READ_FAILED} saying which, with the fix
     */
    public void requireMigrationsFolder() {
        Optional<String> problem = FileKinds.notFolder(migrations);
        if (problem.isPresent()) {
            String shown = display(migrations) + "/";
            throw new ProjectFileException(Problem.READ_FAILED, null, "the migrations folder " + shown
                    + " " + problem.get() + ".", problem.get().equals("does not exist")
                    ? "run shale init in the project (-C DIR names it), or set migrations: in shale.yaml (or"
                            + " SHALE_MIGRATIONS_DIR) to the project's migrations folder"
                    : "set migrations: in shale.yaml (or SHALE_MIGRATIONS_DIR) to the project's migrations folder, or"
                            + " replace " + shown + " with that folder");
        }
    }

    /** A file's text, read as UTF-8; a path that is not a regular file is refused before it is opened. */
    public String readText(Path file) {
        Optional<String> special = FileKinds.notRegular(file);
        if (special.isPresent()) {
            throw new ProjectFileException(Problem.READ_FAILED, display(file), display(file) + " " + special.get()
                    + "; Shale reads only regular files and did not open it.",
                    "put the file itself there (not a link, pipe or device)");
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ProjectFileException(Problem.READ_FAILED, display(file), display(file)
                    + " is not UTF-8 text.", "save it as UTF-8", e);
        } catch (IOException e) {
            throw readFailed(file, e);
        }
    }

    // ---- snapshots

    /**
     * Every snapshot in version order, its header read and checked (format, dialect, ids), and the files in the
     * folder that are not snapshots. A snapshot's content is read and verified (its id is the hash of its schema)
     * when {@link NamedSnapshot#snapshot()} is first called, which throws this {@code ProjectFileException}
     * ({@code INVALID_SNAPSHOT}) when it cannot be.
     *
     * @throws ProjectFileException {@code INVALID_SNAPSHOT} for the first snapshot whose header cannot be read
     */
    public SnapshotListing readSnapshots() {
        List<NamedSnapshot> read = new ArrayList<>();
        List<StrayFile> strays = new ArrayList<>();
        for (Path file : entries(snapshots)) {
            String name = file.getFileName().toString();
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                strays.add(folderStray(file, "snapshots"));
                continue;
            }
            Matcher m = SNAPSHOT.matcher(name);
            if (!m.matches() || !MigrationVersion.isValid(m.group(1)) || !MigrationName.isValid(m.group(2))) {
                strays.add(stray(file, "is not a snapshot (<version>_<name>.json, named like its migration).",
                        "move it out of " + display(snapshots) + "/"));
                continue;
            }
            String shown = display(file);
            Optional<String> special = FileKinds.notRegular(file);
            if (special.isPresent()) {
                throw new ProjectFileException(Problem.INVALID_SNAPSHOT, shown, "snapshot " + shown + " "
                        + special.get() + "; Shale reads only regular files and did not open it.",
                        "restore it from version control (git checkout -- " + shown + ")");
            }
            Optional<SnapshotFileHeader> header = readSnapshotHeader(file);
            read.add(header.isPresent()
                    ? NamedSnapshot.lazy(shown, header.get(), () -> readSnapshot(file, shown, header.get()))
                    : new NamedSnapshot(shown, readSnapshot(file, shown, null)));
        }
        return new SnapshotListing(read, strays);
    }

    /** The header from the start of the file, or empty when the whole file must be read to tell. */
    private static Optional<SnapshotFileHeader> readSnapshotHeader(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return SnapshotJson.readHeader(in);
        } catch (IOException e) {
            return Optional.empty(); // reading it whole says what is wrong
        }
    }

    /** The whole snapshot, which must have the ids of {@code header} when its header was read before. */
    private Snapshot readSnapshot(Path file, String shown, SnapshotFileHeader header) {
        Snapshot snapshot;
        try {
            snapshot = SnapshotJson.read(readText(file), shown);
        } catch (SnapshotException e) {
            throw new ProjectFileException(Problem.INVALID_SNAPSHOT, shown, e.problem(), e.fix(), e);
        }
        if (header != null && !header.equals(SnapshotFileHeader.of(snapshot))) {
            throw new ProjectFileException(Problem.INVALID_SNAPSHOT, shown, "snapshot " + shown + " has a"
                    + " previousId after its schema, out of the order Shale writes, so the snapshot chain was"
                    + " checked without it.", "restore it from version control (git checkout -- " + shown + ")");
        }
        return snapshot;
    }

    /** The snapshots as a chain, with its findings (forks, breaks). */
    public SnapshotChain snapshotChain() {
        return readSnapshots().chain();
    }

    /**
     * The newest snapshot, or empty when there is none (the schema is then empty).
     *
     * @throws ProjectFileException {@code CHAIN_BROKEN} when the chain has a fork or a break, since
     *     generating on top of it would hide the conflict
     */
    public Optional<Snapshot> latestSnapshot() {
        SnapshotChain chain = snapshotChain();
        if (!chain.isIntact()) {
            ChainFinding first = chain.findings().get(0);
            int more = chain.findings().size() - 1;
            throw new ProjectFileException(Problem.CHAIN_BROKEN, first.files().get(first.files().size() - 1),
                    first.message() + (more == 0 ? "" : " (and " + more + " more; run shale check)"), first.fix());
        }
        return chain.latest().map(NamedSnapshot::snapshot);
    }

    // ---- sum

    /** {@code shale.sum} as written, or empty when there is none. */
    public Optional<SumFile> readSum() {
        Path sum = sumFile();
        if (!Files.exists(sum, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(SumFile.parse(readText(sum), display(sum)));
        } catch (SumFileException e) {
            throw new ProjectFileException(Problem.INVALID_SUM, display(sum), e.problem(), e.fix(), e);
        }
    }

    /** The sum of the {@code .sql} files on disk now, as {@code shale hash} would write it. */
    public SumFile computeSum() {
        return SumFile.of(summedFiles(), display(sumFile()));
    }

    /**
     * How the {@code .sql} files differ from {@code shale.sum}; empty when they match. Without a sum
     * file every {@code .sql} file is {@code ADDED}.
     */
    public List<SumMismatch> verifySum() {
        List<NamedContent> files = summedFiles();
        return readSum().orElseGet(() -> SumFile.of(List.of(), display(sumFile()))).verify(files);
    }

    /** Writes {@code shale.sum} for the files on disk ({@code shale hash}); returns its path. */
    public Path writeSum() {
        Path sum = sumFile();
        writer.write(List.of(new AtomicFileSet.Target(sum, bytes(computeSum().write()), true)));
        return sum;
    }

    // ---- writing a migration

    /**
     * Writes the migration's up and down files, its snapshot and the updated {@code shale.sum}, all or
     * nothing (see {@link AtomicFileSet}); returns the paths written, in that order. Refuses, before
     * writing anything, when a target exists, the version is not after every existing one, the
     * migrations do not match {@code shale.sum} (which would silently accept a hand edit), the
     * snapshot chain is broken, or the snapshot does not follow the latest one.
     *
     * @throws ProjectFileException naming the file and the fix; nothing was written
     */
    public List<Path> write(PendingMigration pending) {
        Objects.requireNonNull(pending, "pending");
        Path up = migrations.resolve(pending.stem() + ".sql");
        Path down = migrations.resolve(pending.stem() + ".down.sql");
        Path snapshot = snapshots.resolve(pending.stem() + ".json");
        for (Path target : List.of(up, down, snapshot)) {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new ProjectFileException(Problem.FILE_EXISTS, display(target), display(target)
                        + " already exists; Shale never overwrites a migration or a snapshot.",
                        "run the command again for a new version, or choose another name");
            }
        }
        checkVersion(pending.version());
        checkSum();
        checkSnapshot(pending.snapshot(), display(snapshot));
        List<NamedContent> summed = new ArrayList<>(summedFiles());
        summed.add(NamedContent.ofText(up.getFileName().toString(), pending.up()));
        summed.add(NamedContent.ofText(down.getFileName().toString(), pending.down()));
        String sum = SumFile.of(summed, display(sumFile())).write();
        writer.write(List.of(
                new AtomicFileSet.Target(up, bytes(pending.up()), false),
                new AtomicFileSet.Target(down, bytes(pending.down()), false),
                new AtomicFileSet.Target(snapshot, bytes(pending.snapshot()), false),
                new AtomicFileSet.Target(sumFile(), bytes(sum), true)));
        return List.of(up, down, snapshot, sumFile());
    }

    /**
     * Removes the latest migration (its up and down files and its snapshot) and rewrites {@code shale.sum} without
     * it, all or nothing (see {@link AtomicFileSet#removeAndWrite}); returns the migration removed. The caller
     * makes sure no database applied it. Refuses, before changing anything, when there is no migration, when
     * {@code expected} is given and is not the latest version, when the migrations do not match
     * {@code shale.sum}, or when the latest migration's snapshot is missing or not the newest of the chain.
     *
     * @throws ProjectFileException naming the file and the fix; nothing was changed
     */
    public MigrationFile discardLatest(MigrationVersion expected) {
        requireMigrationsFolder();
        List<MigrationFile> all = listMigrations().migrations();
        if (all.isEmpty()) {
            throw new ProjectFileException(Problem.CANNOT_DISCARD, null, display(migrations)
                    + "/ holds no migration to discard.", "nothing to do: shale generate writes the first one");
        }
        MigrationFile latest = all.get(all.size() - 1);
        if (expected != null && !expected.equals(latest.version())) {
            throw new ProjectFileException(Problem.CANNOT_DISCARD, display(latest.up()), "version " + expected
                    + " is not the latest migration; the latest is " + latest.stem() + ", and only the latest"
                    + " can be discarded (the ones after it were built on it).",
                    "discard the later ones first, newest first, or pass " + latest.version());
        }
        checkSum();
        Path snapshot = snapshots.resolve(latest.stem() + ".json");
        if (!Files.isRegularFile(snapshot, LinkOption.NOFOLLOW_LINKS)) {
            throw new ProjectFileException(Problem.CANNOT_DISCARD, display(snapshot), "the latest migration "
                    + latest.stem() + " has no snapshot " + display(snapshot) + ", so Shale cannot tell the schema"
                    + " before it from the one after it.", "restore " + display(snapshot)
                    + " from version control, or delete the migration's files and run shale hash");
        }
        MigrationVersion newest = latestVersion().orElseThrow();
        if (!newest.equals(latest.version())) {
            throw new ProjectFileException(Problem.CANNOT_DISCARD, display(snapshot), "a snapshot of version "
                    + newest + " is newer than the latest migration " + latest.stem() + ".",
                    "restore the migration of that snapshot from version control, or move the snapshot out of "
                            + display(snapshots) + "/");
        }
        latestSnapshot(); // refuses a broken chain, since the snapshot before would not be the new head
        List<Path> removals = new ArrayList<>(List.of(latest.up()));
        latest.downFile().ifPresent(removals::add);
        List<NamedContent> kept = summedFiles().stream()
                .filter(f -> removals.stream().noneMatch(r -> r.getFileName().toString().equals(f.name()))).toList();
        removals.add(snapshot);
        String sum = SumFile.of(kept, display(sumFile())).write();
        writer.removeAndWrite(removals, List.of(new AtomicFileSet.Target(sumFile(), bytes(sum), true)));
        return latest;
    }

    private void checkVersion(MigrationVersion version) {
        Optional<MigrationVersion> latest = latestVersion();
        if (latest.isPresent() && version.compareTo(latest.get()) <= 0) {
            throw new ProjectFileException(Problem.VERSION_NOT_INCREASING, null, "version " + version
                    + " is not after the latest migration or snapshot version " + latest.get() + ".",
                    "run the command again; Shale picks a version after " + latest.get());
        }
    }

    private void checkSum() {
        List<SumMismatch> mismatches = verifySum();
        if (!mismatches.isEmpty()) {
            SumMismatch first = mismatches.get(0);
            int more = mismatches.size() - 1;
            throw new ProjectFileException(Problem.SUM_MISMATCH, first.file(), first.message()
                    + (more == 0 ? "" : " (and " + more + " more; run shale check)")
                    + " Shale does not write a new migration over unaccepted changes.", first.fix());
        }
    }

    private void checkSnapshot(String text, String shown) {
        Snapshot next;
        try {
            next = SnapshotJson.read(text, shown);
        } catch (SnapshotException e) {
            throw new ProjectFileException(Problem.INVALID_SNAPSHOT, shown, "the new " + e.problem(), e.fix(), e);
        }
        Optional<Snapshot> latest = latestSnapshot();
        String expected = latest.map(Snapshot::id).orElse(null);
        if (!Objects.equals(next.previousId(), expected)) {
            throw new ProjectFileException(Problem.SNAPSHOT_NOT_ON_TOP, shown, "the new snapshot " + shown
                    + " follows " + (next.previousId() == null ? "nothing" : "id " + next.previousId())
                    + ", but the latest snapshot " + (expected == null ? "does not exist" : "has id " + expected)
                    + ".", "run the command again: the snapshots changed while it ran");
        }
    }

    /** Every {@code .sql} file directly in the migrations folder that a sum file can name. */
    private List<NamedContent> summedFiles() {
        List<NamedContent> out = new ArrayList<>();
        for (Path file : entries(migrations)) {
            String name = file.getFileName().toString();
            if (name.endsWith(".sql") && SumFile.isSummable(name) && Files.isRegularFile(file)) {
                try {
                    out.add(new NamedContent(name, Files.readAllBytes(file)));
                } catch (IOException e) {
                    throw readFailed(file, e);
                }
            }
        }
        return out;
    }

    // ---- helpers

    /** The non-hidden entries of a folder, sorted by name; none when the folder does not exist. */
    private List<Path> entries(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw readFailed(folder, e);
        }
    }

    private StrayFile stray(Path file, String reason, String fix) {
        return new StrayFile(display(file), display(file) + " " + reason, fix);
    }

    private StrayFile folderStray(Path folder, String kind) {
        return stray(folder, "is a folder; Shale reads only files directly in " + display(parentOf(folder)) + "/.",
                "move what it holds out of the " + kind + " folder");
    }

    private ProjectFileException readFailed(Path file, IOException e) {
        return new ProjectFileException(Problem.READ_FAILED, display(file), "could not read " + display(file) + ": "
                + AtomicFileSet.reason(e) + ".", "check that it exists and is readable", e);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
