package dev.shale.cli.hostile;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Hostile inputs to the runner's commands (issue items 9 to 11): durations and counts out of range, a
 * {@code shale.yaml} that is not UTF-8 or holds a huge comment, {@code migrate --mark-applied} misused, and
 * backup folders that cannot hold a backup.
 */
final class HostileRunnerInputs {

    private static final String FORM = "write a whole number with a unit: 250ms, 10s, 5m, 1h or 1h30m";
    private static final String NOTES = "20261121093000";

    private HostileRunnerInputs() {
    }

    static List<HostileCase> cases() {
        return List.of(
                HostileCase.of("11", "a lock wait that overflows", HostileRunnerInputs::pending,
                        List.of("migrate", "--lock-wait", "99999999999999h"), 2,
                        "--lock-wait", "'99999999999999h' is longer than the limit of 8760h", FORM),
                HostileCase.of("11", "a lock timeout beyond PostgreSQL's int of milliseconds", HostileRunnerInputs::pending,
                        List.of("status", "--lock-timeout", "25d"), 2,
                        "--lock-timeout", "'25d' is longer than PostgreSQL's limit of 2147483647ms", FORM),
                HostileCase.of("11", "a negative statement timeout", HostileRunnerInputs::pending,
                        List.of("rollback", "--statement-timeout", "-1s"), 2,
                        "--statement-timeout", "'-1s' is not a duration", FORM),
                HostileCase.of("11", "a run timeout with a fraction", HostileRunnerInputs::pending,
                        List.of("migrate", "--timeout", "1.5h"), 2, "--timeout", "'1.5h' is not a duration", FORM),
                HostileCase.of("11", "a connect retry delay too long for a long", HostileRunnerInputs::pending,
                        List.of("status", "--connect-retry-delay", "99999999999999999999ms"), 2,
                        "--connect-retry-delay", "'99999999999999999999ms' is longer than the limit", FORM),
                HostileCase.of("11", "connect retries beyond an int", HostileRunnerInputs::pending,
                        List.of("migrate", "--connect-retries", "99999999999"), 2,
                        "--connect-retries", "'99999999999' is too large", "write a whole number up to 2147483647"),
                HostileCase.of("11", "shale.yaml in Latin-1", p -> pending(p).writeBytes("shale.yaml",
                                "# caf\u00e9\nmigrations: migrations\n".getBytes(StandardCharsets.ISO_8859_1)),
                        List.of("status"), 2, "shale.yaml:1:6: the file is not UTF-8 text (byte 0xE9",
                        "save shale.yaml as UTF-8"),
                HostileCase.of("11", "shale.yaml in UTF-16", p -> pending(p).writeBytes("shale.yaml",
                                "\uFEFFmigrations: migrations\n".getBytes(StandardCharsets.UTF_16LE)),
                        List.of("migrate"), 2, "shale.yaml:1:1: the file is not UTF-8 text (byte 0xFF",
                        "save shale.yaml as UTF-8"),
                HostileCase.of("11", "a 10 MB comment before an unknown key in shale.yaml",
                        p -> pending(p).write("shale.yaml", "# " + "x".repeat(10_000_000) + "\nmigration: db\n"),
                        List.of("status"), 2, "shale.yaml:2:1: unknown key 'migration'", "did you mean 'migrations'?"),
                HostileCase.of("9", "mark-applied with a version that names no migration", HostileRunnerInputs::pending,
                        List.of("migrate", "--mark-applied", "20300101000000"), 2,
                        "no migration in migrations has the version 20300101000000", "see shale status"),
                HostileCase.of("9", "mark-applied with a word for a version", HostileRunnerInputs::pending,
                        List.of("migrate", "--mark-applied", "latest"), 2,
                        "--mark-applied needs a migration version of 14 digits", "the version that starts"),
                HostileCase.of("9", "mark-applied with options that run migrations", HostileRunnerInputs::generated,
                        List.of("migrate", "--mark-applied", NOTES, "--to", NOTES, "--backup"), 2,
                        "--mark-applied runs no migration, so --to, --backup do not apply", "without them"),
                HostileCase.of("9", "force without mark-applied", HostileRunnerInputs::generated,
                        List.of("migrate", "--force"), 2, "--force applies only with --mark-applied", "leave --force out"),
                HostileCase.of("9", "mark-applied on a database without the migration's effect",
                        HostileRunnerInputs::generated, List.of("migrate", "--mark-applied", NOTES), 2,
                        "does not show that migrations/" + NOTES + "_create_notes.sql ran",
                        "table notes is missing from the database", "fix: if the migration did not run"),
                HostileCase.of("9", "mark-applied on a data migration without force", p -> {
                            generated(p);
                            p.run("migrate");
                            p.run("create", "seed_notes");
                        }, List.of("migrate", "--mark-applied", "20261121093200"), 2,
                        "changes no schema", "mark it with --force"),
                HostileCase.of("10", "backups is a file", p -> pending(p).write("backups", "not a folder"),
                        List.of("migrate", "--backup"), 2, "backups is a file, not a folder", "move the file backups away"),
                HostileCase.of("10", "backups is a broken link", p -> pending(p).link("backups", "no-such-folder"),
                        List.of("migrate", "--backup"), 2, "backups is a link to no-such-folder, which is missing",
                        "create the folder the link points to"));
    }

    /** One pending migration. */
    private static HostileProject pending(HostileProject p) {
        return p.migration("20261121080000", "one", "CREATE TABLE one (id int);\n");
    }

    /** The notes table generated from records (a migration and its snapshot), not applied. */
    private static void generated(HostileProject p) {
        p.fixture("markapplied");
        HostileProject.Run run = p.run("generate", "--name", "create_notes");
        if (run.exitCode() != 0) {
            throw new IllegalStateException(run.all());
        }
    }
}
