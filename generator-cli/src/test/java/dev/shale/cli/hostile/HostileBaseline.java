package dev.shale.cli.hostile;

import java.util.List;

/** Hostile inputs Shale already refused before the hardening issue: kept in the table so they stay refused. */
final class HostileBaseline {

    private HostileBaseline() {
    }

    static List<HostileCase> cases() {
        return List.of(
                HostileCase.of("baseline", "two records declare one table",
                        p -> p.fixture("duplicatetable"), List.of("generate"), 2,
                        "items", "dev.shale.cli.fixtures.duplicatetable.Second", "fix: "),
                HostileCase.of("baseline", "migration edited without shale hash",
                        p -> p.migration("20261121093000", "first", "CREATE TABLE a (id int);\n")
                                .write("migrations/20261121093000_first.sql", "CREATE TABLE b (id int);\n"),
                        List.of("migrate"), 2, "shale.sum", "shale hash"),
                HostileCase.of("baseline", "an unknown flag",
                        p -> { }, List.of("migrate", "--no-such-flag"), 2, "--no-such-flag"));
    }
}
