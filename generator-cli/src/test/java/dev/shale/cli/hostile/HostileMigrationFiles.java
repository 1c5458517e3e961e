package dev.shale.cli.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Consumer;

/**
 * Hostile migration files and folders (issue 9, items 4, 6, 7, 11 and 12): transaction control and session
 * changes in migrations, a latest migration without its snapshot, files {@code migrate} cannot read (and
 * {@code check} must fail on), files that are not regular files, and migrations folders that are not folders.
 * FIFOs and links to endless devices are in {@link SpecialFilesTest}, which has a timeout.
 */
final class HostileMigrationFiles {

    private static final String V1 = "20261121093000";
    private static final String V2 = "20261121093100";
    private static final String FIRST = "migrations/" + V1 + "_first.sql";
    private static final String SECOND = "migrations/" + V2 + "_second.sql";
    private static final String CREATE_A = "CREATE TABLE a (id int);\n";

    private HostileMigrationFiles() {
    }

    static List<HostileCase> cases() {
        return List.of(
                // item 4: transaction control and session changes
                HostileCase.of("4", "ROLLBACK inside a migration",
                        one(CREATE_A + "ROLLBACK;\n"), List.of("migrate"), 2,
                        FIRST + " line 2: ROLLBACK rolls back the runner's transaction", "Nothing was run",
                        "-- shale:allow transaction-control"),
                HostileCase.of("4", "COMMIT in the second migration of a batch",
                        two(CREATE_A, "CREATE TABLE b (id int);\nCOMMIT;\nCREATE TABLE c (id int);\n"),
                        List.of("migrate"), 2, SECOND + " line 2: COMMIT commits the runner's transaction",
                        "the runner begins and commits every migration's transaction itself"),
                HostileCase.of("4", "START TRANSACTION in a migration, under --transaction each",
                        one("START TRANSACTION;\n" + CREATE_A), List.of("migrate", "--transaction", "each"), 2,
                        FIRST + " line 1: START TRANSACTION", "shale:transactional false"),
                HostileCase.of("4", "SAVEPOINT in a migration fails check",
                        valid(one(CREATE_A + "SAVEPOINT s;\n")), List.of("check"), 4,
                        FIRST + " line 2: SAVEPOINT s splits the runner's transaction", "shale:allow transaction-control"),
                HostileCase.of("4", "BEGIN added by hand is not accepted by hash",
                        p -> p.migration(V1, "first", CREATE_A).write(FIRST, "BEGIN;\n" + CREATE_A),
                        List.of("hash"), 2, FIRST + " line 1: BEGIN opens a transaction", "nothing was written",
                        "shale:allow transaction-control"),
                HostileCase.of("4", "COMMIT in a down file refused by rollback",
                        p -> one(CREATE_A).andThen(q -> q.write("migrations/" + V1 + "_first.down.sql",
                                "DROP TABLE a;\nCOMMIT;\n").hash().run("migrate")).accept(p),
                        List.of("rollback"), 2, "migrations/" + V1 + "_first.down.sql line 2: COMMIT"),
                HostileCase.of("4", "pg_advisory_unlock_all() in a migration",
                        one(CREATE_A + "SELECT pg_advisory_unlock_all();\n"), List.of("migrate"), 2,
                        "line 2: SELECT pg_advisory_unlock_all() can release the runner's migration lock",
                        "-- shale:allow session-control"),
                HostileCase.of("4", "pg_advisory_unlock inside a DO block",
                        one("DO $$ BEGIN PERFORM pg_advisory_unlock(1); END $$;\n"), List.of("migrate"), 2,
                        "line 1: DO $$ BEGIN PERFORM pg_advisory_unlock(1); END $$", "session-control"),
                HostileCase.of("4", "SET SESSION AUTHORIZATION in a migration",
                        one("SET SESSION AUTHORIZATION postgres;\n" + CREATE_A), List.of("migrate"), 2,
                        "changes the user of the runner's session", "-- shale:allow session-control"),
                HostileCase.of("4", "SET ROLE in a migration",
                        one("SET ROLE postgres;\n" + CREATE_A), List.of("migrate"), 2,
                        "SET ROLE postgres changes the role the runner's session acts as", "ALTER ... OWNER TO"),
                HostileCase.of("4", "RESET ALL in a migration fails check",
                        valid(one(CREATE_A + "RESET ALL;\n")), List.of("check"), 4,
                        "line 2: RESET ALL resets every setting of the runner's session", "session-control"),
                HostileCase.of("4", "DISCARD ALL in a migration",
                        one("DISCARD ALL;\n"), List.of("migrate"), 2, "DISCARD ALL discards the state"),
                HostileCase.of("4", "allowed transaction control inside the runner's transaction",
                        one("-- shale:allow transaction-control\n" + CREATE_A + "COMMIT;\n"), List.of("migrate"), 2,
                        "would break the batch's atomicity", "add the header line -- shale:transactional false"),
                HostileCase.of("4", "status on a pending migration with COMMIT",
                        one(CREATE_A + "COMMIT;\n"), List.of("status"), 1,
                        "problem: " + FIRST + " line 2: COMMIT", "Fix: remove it"),
                HostileCase.of("4", "an unknown shale:allow value",
                        one("-- shale:allow everything\n" + CREATE_A), List.of("migrate"), 2,
                        FIRST + " line 1: line 1 says shale:allow \"everything\"",
                        "write transaction-control, session-control or both"),

                // item 6: the latest migration without its snapshot
                HostileCase.of("6", "generate when the latest migration has no snapshot",
                        generatedThenSnapshotDeleted(), List.of("generate"), 2,
                        "the latest migration " + FIRST + " has no snapshot snapshots/" + V1 + "_first.json",
                        "git checkout -- snapshots/" + V1 + "_first.json"),
                HostileCase.of("6", "create when the latest migration has no snapshot",
                        generatedThenSnapshotDeleted(), List.of("create", "seed"), 2,
                        "has no snapshot snapshots/" + V1 + "_first.json", "restore"),

                // item 7: check fails wherever migrate would refuse to read a file
                HostileCase.of("7", "check on a migration that is not UTF-8",
                        valid(p -> p.writeBytes(FIRST, new byte[] {'S', 'E', 'L', 'E', 'C', 'T', ' ', (byte) 0xC3, ';'})
                                .write("migrations/" + V1 + "_first.down.sql", "").hash()),
                        List.of("check"), 4, FIRST + " is not UTF-8 text", "save it as UTF-8"),
                HostileCase.of("7", "check on an unknown shale: header line",
                        valid(one("-- shale:transactionl false\n" + CREATE_A)), List.of("check"), 4,
                        FIRST + " line 1: line 1 has an unknown header entry shale:transactionl"),
                HostileCase.of("7", "check on a malformed shale:transactional line",
                        valid(one("-- Shale migration\n-- shale:transactional maybe\n" + CREATE_A)), List.of("check"),
                        4, FIRST + " line 2: line 2 says shale:transactional \"maybe\"; write true or false"),
                HostileCase.of("7", "check on an unterminated string",
                        valid(one(CREATE_A + "INSERT INTO a VALUES ('oops);\n")), List.of("check"), 4,
                        FIRST + " line 2: the string that starts on line 2 is never closed", "shale hash"),
                HostileCase.of("7", "check on an unterminated dollar quote in a down file",
                        valid(p -> p.migration(V1, "first", CREATE_A)
                                .write("migrations/" + V1 + "_first.down.sql", "DO $x$ BEGIN DROP TABLE a; END $$;\n")
                                .hash()),
                        List.of("check"), 4, "_first.down.sql line 1: the dollar-quoted string $x$"),
                HostileCase.of("7", "check on an unterminated comment",
                        valid(one(CREATE_A + "/* a comment\n/* nested */\n")), List.of("check"), 4,
                        "the /* comment that starts on line 2 is never closed"),
                HostileCase.of("7", "migrate on an unterminated string",
                        one(CREATE_A + "SELECT 'oops;\n"), List.of("migrate"), 2, "is never closed", "Nothing was run"),
                HostileCase.of("7", "check with the migrations folder missing",
                        valid(p -> p.delete("migrations")), List.of("check"), 2,
                        "the migrations folder migrations/ does not exist", "run shale init"),
                HostileCase.of("7", "check with the migrations folder a broken link",
                        valid(p -> p.delete("migrations").link("migrations", "gone")), List.of("check"), 2,
                        "the migrations folder migrations/ is a broken link to gone"),

                // item 11 (files) and item 12 (messages)
                HostileCase.of("11", "a socket named like a migration",
                        p -> socket(p, FIRST), List.of("migrate"), 2,
                        FIRST + " is a socket, not a regular file", "Shale reads only regular files"),
                HostileCase.of("12", "a migration that is a broken link",
                        p -> p.link(FIRST, "../elsewhere/" + V1 + "_first.sql"), List.of("migrate"), 2,
                        FIRST + " is a broken link to ../elsewhere/" + V1 + "_first.sql"),
                HostileCase.of("12", "migrations: in shale.yaml naming a regular file",
                        valid(p -> p.write("shale.yaml", read(p, "shale.yaml") + "migrations: notes.txt\n")
                                .write("notes.txt", "not a folder\n")),
                        List.of("check"), 2, "the migrations folder notes.txt/ is a file, not a folder",
                        "set migrations: in shale.yaml"),
                HostileCase.of("12", "SHALE_MIGRATIONS_DIR naming a regular file, for migrate",
                        p -> p.write("notes.txt", "").env("SHALE_MIGRATIONS_DIR", "notes.txt"), List.of("migrate"),
                        2, "notes.txt/ is a file, not a folder"));
    }

    /** A project with one migration (and an empty down file) of that SQL, its sum up to date. */
    private static Consumer<HostileProject> one(String sql) {
        return p -> p.migration(V1, "first", sql);
    }

    private static Consumer<HostileProject> two(String first, String second) {
        return p -> p.migration(V1, "first", first).migration(V2, "second", second);
    }

    /** The set-up, in a project reading the valid fixture's records (which {@code check} needs). */
    private static Consumer<HostileProject> valid(Consumer<HostileProject> setup) {
        return p -> setup.accept(p.fixture("valid"));
    }

    /** Generates the first migration of the valid fixture as {@code first}, then deletes its snapshot. */
    private static Consumer<HostileProject> generatedThenSnapshotDeleted() {
        return p -> {
            p.fixture("valid");
            HostileProject.Run run = p.run("generate", "--name", "first");
            if (run.exitCode() != 0) {
                throw new IllegalStateException(run.all());
            }
            p.delete("snapshots/" + V1 + "_first.json");
        };
    }

    private static void socket(HostileProject p, String relative) {
        try (ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.bind(UnixDomainSocketAddress.of(p.dir().resolve(relative)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(HostileProject p, String relative) {
        try {
            return Files.readString(p.dir().resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
