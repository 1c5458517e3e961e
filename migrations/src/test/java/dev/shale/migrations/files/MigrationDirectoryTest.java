package dev.shale.migrations.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.migrations.files.ProjectFileException.Problem;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.snapshot.ChainFinding;
import dev.shale.snapshot.Snapshot;
import dev.shale.snapshot.SnapshotChain;
import dev.shale.snapshot.SnapshotJson;
import dev.shale.snapshot.SumMismatch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationDirectoryTest {

    private static final SchemaModel USERS = SchemaModel.builder()
            .table(Table.builder(QualifiedName.of("users"))
                    .column(Column.of("id", ColumnType.builtIn("uuid"), false))
                    .primaryKey("users_pkey", "id"))
            .build();

    @TempDir
    Path project;

    private MigrationDirectory directory;

    @BeforeEach
    void setUp() {
        directory = new MigrationDirectory(project.resolve("migrations"), project.resolve("snapshots"));
    }

    private static PendingMigration pending(String version, String name, Snapshot snapshot) {
        return new PendingMigration(MigrationVersion.parse(version), MigrationName.of(name),
                "-- up " + name + "\n", "-- down " + name + "\n", SnapshotJson.write(snapshot));
    }

    /** Two migrations generated in a row; returns the second snapshot. */
    private Snapshot twoMigrations() {
        Snapshot first = Snapshot.next(null, USERS);
        directory.write(pending("20261121093000", "create_users", first));
        Snapshot second = first.following(SchemaModel.EMPTY);
        directory.write(pending("20261121100000", "drop_users", second));
        return second;
    }

    private List<String> tree() throws IOException {
        try (Stream<Path> files = Files.walk(project)) {
            return files.map(p -> directory.display(p)).sorted().toList();
        }
    }

    private void write(String relative, String text) throws IOException {
        Files.createDirectories(project.resolve(relative).getParent());
        Files.writeString(project.resolve(relative), text);
    }

    @Test
    void emptyProjectHasNothing() {
        assertEquals(new MigrationListing(List.of(), List.of()), directory.listMigrations());
        assertEquals(Optional.empty(), directory.latestSnapshot());
        assertEquals(Optional.empty(), directory.readSum());
        assertEquals(List.of(), directory.verifySum());
        assertEquals(Optional.empty(), directory.latestVersion());
    }

    @Test
    void writesMigrationDownSnapshotAndSum() throws IOException {
        Snapshot first = Snapshot.next(null, USERS);
        List<Path> written = directory.write(pending("20261121093000", "create_users", first));
        assertEquals(List.of("migrations/20261121093000_create_users.sql",
                "migrations/20261121093000_create_users.down.sql", "snapshots/20261121093000_create_users.json",
                "migrations/shale.sum"), written.stream().map(directory::display).toList());
        assertEquals(List.of("", "migrations", "migrations/20261121093000_create_users.down.sql",
                "migrations/20261121093000_create_users.sql", "migrations/shale.sum", "snapshots",
                "snapshots/20261121093000_create_users.json"), tree());
        assertEquals("-- up create_users\n", Files.readString(written.get(0)));
        assertEquals(Optional.of(first), directory.latestSnapshot());
        assertEquals(List.of(), directory.verifySum());
        assertEquals(directory.computeSum(), directory.readSum().orElseThrow());
    }

    @Test
    void listsMigrationsInVersionOrderWithTheirDownFiles() {
        twoMigrations();
        MigrationListing listing = directory.listMigrations();
        assertEquals(List.of(), listing.strays());
        assertEquals(List.of("20261121093000_create_users", "20261121100000_drop_users"),
                listing.migrations().stream().map(MigrationFile::stem).toList());
        MigrationFile first = listing.migrations().get(0);
        assertEquals("migrations/20261121093000_create_users.down.sql",
                directory.display(first.downFile().orElseThrow()));
        assertEquals(Optional.of(MigrationVersion.parse("20261121100000")), listing.latestVersion());
    }

    @Test
    void reportsStrayFilesInsteadOfIgnoringThem() throws IOException {
        twoMigrations();
        write("migrations/notes.txt", "todo");
        write("migrations/20261121_short.sql", "");
        write("migrations/20261121100000_CamelCase.sql", "");
        write("migrations/20261399000000_bad_month.sql", "");
        write("migrations/20261121100000_same_version.sql", "");
        write("migrations/20260101000000_orphan.down.sql", "");
        write("migrations/.gitkeep", "");
        Files.createDirectories(project.resolve("migrations/archive"));
        write("snapshots/readme.md", "");
        MigrationListing listing = directory.listMigrations();
        assertEquals(2, listing.migrations().size());
        assertEquals(List.of("migrations/20260101000000_orphan.down.sql", "migrations/20261121100000_CamelCase.sql",
                "migrations/20261121100000_same_version.sql", "migrations/20261121_short.sql",
                "migrations/20261399000000_bad_month.sql", "migrations/archive", "migrations/notes.txt"),
                listing.strays().stream().map(StrayFile::path).toList());
        StrayFile orphan = listing.strays().get(0);
        assertEquals("migrations/20260101000000_orphan.down.sql is a down migration without its up migration"
                + " 20260101000000_orphan.sql. Fix: restore 20260101000000_orphan.sql from version control, or delete"
                + " this file and run shale hash", orphan.toString());
        assertEquals("migrations/20261121100000_same_version.sql has the same version 20261121100000 as"
                + " migrations/20261121100000_drop_users.sql.", listing.strays().get(2).reason());
        assertTrue(listing.strays().get(6).reason().startsWith("migrations/notes.txt is not a migration"));
        assertEquals(List.of("snapshots/readme.md"),
                directory.readSnapshots().strays().stream().map(StrayFile::path).toList());
    }

    @Test
    void sumCoversEverySqlFileInMigrations() throws IOException {
        twoMigrations();
        write("migrations/stray.sql", "select 1;");
        write("snapshots/not-covered.sql", "select 1;");
        List<SumMismatch> found = directory.verifySum();
        assertEquals(List.of("ADDED migrations/stray.sql"),
                found.stream().map(m -> m.kind() + " " + m.file()).toList());
    }

    @Test
    void verifySumReportsEachMismatchKind() throws IOException {
        twoMigrations();
        write("migrations/20261121093000_create_users.sql", "-- edited\n");
        Files.delete(project.resolve("migrations/20261121100000_drop_users.down.sql"));
        write("migrations/20261121110000_by_hand.sql", "select 1;\n");
        List<SumMismatch> found = directory.verifySum();
        assertEquals(List.of("EDITED migrations/20261121093000_create_users.sql",
                "MISSING migrations/20261121100000_drop_users.down.sql",
                "ADDED migrations/20261121110000_by_hand.sql"),
                found.stream().map(m -> m.kind() + " " + m.file()).toList());
        assertTrue(found.get(0).fix().startsWith("if the edit is deliberate, run shale hash"), found.get(0).fix());
        directory.writeSum();
        assertEquals(List.of(), directory.verifySum());
    }

    @Test
    void windowsCheckoutStillVerifies() throws IOException {
        twoMigrations();
        Path up = project.resolve("migrations/20261121093000_create_users.sql");
        Files.writeString(up, Files.readString(up).replace("\n", "\r\n"));
        assertEquals(List.of(), directory.verifySum());
    }

    @Test
    void malformedSumIsATypedError() throws IOException {
        write("migrations/shale.sum", "not a sum\n");
        ProjectFileException e = assertThrows(ProjectFileException.class, directory::verifySum);
        assertEquals(Problem.INVALID_SUM, e.problem());
        assertEquals("migrations/shale.sum", e.path().orElseThrow());
        assertTrue(e.description().startsWith("migrations/shale.sum line 1 must be the total hash"));
    }

    @Test
    void writeNeverOverwritesAndLeavesNothingBehind() throws IOException {
        Snapshot second = twoMigrations();
        write("snapshots/20261121120000_add_more.json", "{\"someone\": \"else\"}\n");
        List<String> before = tree();
        String sumBefore = Files.readString(project.resolve("migrations/shale.sum"));
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> directory.write(pending("20261121120000", "add_more", second.following(USERS))));
        assertEquals(Problem.FILE_EXISTS, e.problem());
        assertEquals("snapshots/20261121120000_add_more.json", e.path().orElseThrow());
        assertEquals(before, tree());
        assertEquals(sumBefore, Files.readString(project.resolve("migrations/shale.sum")));
        assertEquals("{\"someone\": \"else\"}\n",
                Files.readString(project.resolve("snapshots/20261121120000_add_more.json")));
    }

    @Test
    void writeRefusesAVersionThatIsNotAfterTheLatest() {
        Snapshot second = twoMigrations();
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> directory.write(pending("20261121095959", "late", second.following(USERS))));
        assertEquals(Problem.VERSION_NOT_INCREASING, e.problem());
        assertEquals("version 20261121095959 is not after the latest migration or snapshot version"
                + " 20261121100000.", e.description());
    }

    @Test
    void writeRefusesToAcceptUnhashedEdits() throws IOException {
        Snapshot second = twoMigrations();
        write("migrations/20261121093000_create_users.sql", "-- edited\n");
        List<String> before = tree();
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> directory.write(pending("20261121120000", "next", second.following(USERS))));
        assertEquals(Problem.SUM_MISMATCH, e.problem());
        assertEquals("migrations/20261121093000_create_users.sql", e.path().orElseThrow());
        assertEquals(before, tree());
    }

    @Test
    void writeRefusesASnapshotThatDoesNotFollowTheLatest() {
        twoMigrations();
        Snapshot stale = Snapshot.next(null, USERS).following(USERS);
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> directory.write(pending("20261121120000", "stale", stale)));
        assertEquals(Problem.SNAPSHOT_NOT_ON_TOP, e.problem());
    }

    @Test
    void mergedBranchesAreAForkWithAReadableMessage() throws IOException {
        Snapshot second = twoMigrations();
        Snapshot ours = second.following(USERS);
        directory.write(pending("20261122080000", "add_users_again", ours));
        // The other branch generated from the same snapshot; git merged its files in.
        Snapshot theirs = second.following(SchemaModel.builder().schema("audit").build());
        write("snapshots/20261122090000_add_audit.json", SnapshotJson.write(theirs));

        SnapshotChain chain = directory.snapshotChain();
        assertEquals(1, chain.findings().size(), chain.findings().toString());
        ChainFinding fork = chain.findings().get(0);
        assertEquals(ChainFinding.Kind.FORK, fork.kind());
        assertEquals("branch conflict: snapshots snapshots/20261122080000_add_users_again.json and"
                + " snapshots/20261122090000_add_audit.json were both generated from snapshot"
                + " snapshots/20261121100000_drop_users.json (id " + second.id() + "), so two branches each ran shale"
                + " generate on the same state and their migrations do not know about each other.", fork.message());

        ProjectFileException e = assertThrows(ProjectFileException.class, directory::latestSnapshot);
        assertEquals(Problem.CHAIN_BROKEN, e.problem());
        assertEquals("snapshots/20261122090000_add_audit.json", e.path().orElseThrow());
        assertTrue(e.fix().startsWith("regenerate yours on top: 1. if a database applied your migration, roll it"
                + " back there first (shale rollback); 2. delete your migration, its down and its snapshot;"), e.fix());
        assertTrue(e.fix().contains("4. run shale hash"), e.fix());
    }

    @Test
    void handEditedSnapshotIsATypedErrorWhenItIsRead() throws IOException {
        Snapshot second = twoMigrations();
        Path file = project.resolve("snapshots/20261121093000_create_users.json");
        Files.writeString(file, Files.readString(file).replace("\"uuid\"", "\"text\""));

        SnapshotListing listing = directory.readSnapshots(); // headers only: the chain is intact
        assertTrue(listing.chain().isIntact());
        assertEquals(second, listing.snapshots().get(1).snapshot());
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> listing.snapshots().get(0).snapshot());
        assertEquals(Problem.INVALID_SNAPSHOT, e.problem());
        assertEquals("snapshots/20261121093000_create_users.json", e.path().orElseThrow());
        assertTrue(e.description().contains("was edited by hand or corrupted"), e.description());
        assertTrue(e.fix().contains("git checkout -- snapshots/20261121093000_create_users.json"), e.fix());
    }

    @Test
    void aSnapshotWhoseHeaderCannotBeReadIsATypedErrorOfTheListing() throws IOException {
        twoMigrations();
        Path file = project.resolve("snapshots/20261121093000_create_users.json");
        Files.writeString(file, Files.readString(file).replace("\"formatVersion\": 1", "\"formatVersion\": 9"));

        ProjectFileException e = assertThrows(ProjectFileException.class, directory::readSnapshots);
        assertEquals(Problem.INVALID_SNAPSHOT, e.problem());
        assertEquals("snapshot snapshots/20261121093000_create_users.json was written by a newer Shale (format 9);"
                + " this Shale reads format 1.", e.description());
    }

    @Test
    void aSnapshotLaidOutDifferentlyIsReadWholeAndAPreviousIdAfterTheSchemaIsNamed() throws IOException {
        Snapshot second = twoMigrations();
        Path file = project.resolve("snapshots/20261121100000_drop_users.json");
        String text = Files.readString(file);
        // the schema first: read whole at once, and the chain is checked with its ids
        String schemaFirst = "{\n  \"schema\": {},\n" + text.substring(2, text.indexOf(",\n  \"schema\"")) + "\n}\n";
        Files.writeString(file, schemaFirst);
        assertTrue(directory.readSnapshots().chain().isIntact());
        assertEquals(second, directory.readSnapshots().snapshots().get(1).snapshot());
        // the previousId after the schema: the header read stops at the schema, so reading it says so
        String previousLast = text.replace(",\n  \"previousId\": \"" + second.previousId() + "\"", "")
                .replace("\n}\n", ",\n  \"previousId\": \"" + second.previousId() + "\"\n}\n");
        Files.writeString(file, previousLast);
        SnapshotListing listing = directory.readSnapshots();
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> listing.snapshots().get(1).snapshot());
        assertEquals("snapshot snapshots/20261121100000_drop_users.json has a previousId after its schema, out of"
                + " the order Shale writes, so the snapshot chain was checked without it.", e.description());
    }

    @Test
    void latestVersionCountsSnapshotsToo() throws IOException {
        twoMigrations();
        write("snapshots/20261201000000_baseline.json", "{}");
        assertEquals(Optional.of(MigrationVersion.parse("20261201000000")), directory.latestVersion());
    }

    @Test
    void messagesNeverShowAbsolutePaths() throws IOException {
        twoMigrations();
        write("migrations/20261121093000_create_users.sql", "-- edited\n");
        write("migrations/stray.txt", "");
        String all = directory.verifySum() + " " + directory.listMigrations().strays() + " "
                + assertThrows(ProjectFileException.class, () -> directory.write(
                        pending("20261121093000", "create_users", Snapshot.next(null, USERS)))).getMessage();
        assertFalse(all.contains(project.toString()), all);
    }

    @Test
    void explicitProjectRootResolvesRelativeFolders() {
        MigrationDirectory nested = new MigrationDirectory(project, Path.of("db/migrations"), Path.of("db/snapshots"));
        nested.write(pending("20261121093000", "create_users", Snapshot.next(null, USERS)));
        assertEquals("db/migrations/shale.sum", nested.display(nested.sumFile()));
        assertTrue(Files.isRegularFile(project.resolve("db/snapshots/20261121093000_create_users.json")));
    }
}
