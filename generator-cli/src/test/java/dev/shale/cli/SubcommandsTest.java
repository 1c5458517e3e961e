package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;

class SubcommandsTest {

    private static final List<String> ALL = List.of("init", "generate", "create", "discard", "hash", "migrate", "status",
            "rollback", "diff", "push", "check", "lint", "pull", "verify", "report", "help");

    @Test
    void namesTheFirstArgumentAfterTheProjectDirectory() {
        assertEquals("check", Subcommands.named("check", "--db"));
        assertEquals("check", Subcommands.named("-C", "project", "check"));
        assertEquals("migrate", Subcommands.named("--project-dir", "project", "migrate"));
        assertEquals("status", Subcommands.named("--project-dir=project", "status"));
        assertEquals("status", Subcommands.named("-Cproject", "status"));
        assertEquals("chek", Subcommands.named("chek"));
        assertEquals("migrate", Subcommands.named("-q", "migrate"));
        assertEquals("status", Subcommands.named("--no-color", "-C", "project", "--quiet", "status"));
        assertNull(Subcommands.named("--help", "check"));
        assertNull(Subcommands.named("-C", "project"));
        assertNull(Subcommands.named());
    }

    @Test
    void buildsOnlyTheNamedSubcommand() {
        assertEquals(List.of("check"), registered("-C", "project", "check", "--db"));
        assertEquals(List.of("generate"), registered("generate"));
    }

    @Test
    void buildsThemAllForHelpNoCommandOrAnUnknownOne() {
        assertEquals(ALL, registered("--help"));
        assertEquals(ALL, registered());
        assertEquals(ALL, registered("help", "check"));
        assertEquals(ALL, registered("chek"));
    }

    private static List<String> registered(String... args) {
        CommandLine commandLine = new CommandLine(new ShaleCommand(Map.of(), Clock.systemUTC()));
        Subcommands.register(commandLine, args);
        return List.copyOf(commandLine.getSubcommands().keySet());
    }
}
