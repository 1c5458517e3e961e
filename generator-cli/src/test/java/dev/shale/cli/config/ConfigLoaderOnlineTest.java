package dev.shale.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.cli.CommandException;
import dev.shale.diff.postgres.DdlForm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate.online}: true by default, false from shale.yaml, and SHALE_GENERATE_ONLINE over both. */
class ConfigLoaderOnlineTest {

    @TempDir
    Path dir;

    private DdlForm form(Map<String, String> environment) {
        return new ConfigLoader(environment).load(dir, List.of(), List.of()).ddlForm();
    }

    @Test
    void onlineFormsByDefault() {
        assertEquals(DdlForm.ONLINE, form(Map.of()));
    }

    @Test
    void theFileTurnsThemOffAndTheEnvironmentWins() throws IOException {
        Files.writeString(dir.resolve("shale.yaml"), "generate:\n  online: false\n");
        assertEquals(DdlForm.PLAIN, form(Map.of()));
        assertEquals(DdlForm.ONLINE, form(Map.of("SHALE_GENERATE_ONLINE", "true")));
        Files.writeString(dir.resolve("shale.yaml"), "generate:\n  online: true\n");
        assertEquals(DdlForm.PLAIN, form(Map.of("SHALE_GENERATE_ONLINE", "false")));
    }

    @Test
    void anEnvironmentValueOtherThanTrueOrFalseIsAUsageError() {
        CommandException e = assertThrows(CommandException.class, () -> form(Map.of("SHALE_GENERATE_ONLINE", "yes")));
        assertEquals("SHALE_GENERATE_ONLINE must be true or false, not \"yes\"", e.getMessage());
    }
}
