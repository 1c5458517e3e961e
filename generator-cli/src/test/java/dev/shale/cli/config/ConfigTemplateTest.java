package dev.shale.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file {@code shale init} writes: valid, and with every key of the table, described as the table says. */
class ConfigTemplateTest {

    @TempDir
    Path dir;

    @Test
    void isValidAndSetsThePackageClasspathAndFolders() throws IOException {
        Files.writeString(dir.resolve("shale.yaml"), ConfigTemplate.initial("com.example.schema", "target/classes"));

        ConfigFile file = ConfigFileReader.read(dir.resolve("shale.yaml"));

        assertEquals(new ConfigFile(new ConfigFile.SchemaSection(List.of("com.example.schema"),
                List.of("target/classes")), "migrations", "snapshots", null, null), file);
    }

    @Test
    void everyKeyIsThereWithItsDescriptionAndEnvironmentAndTheCommentedOnesAreValidWhenUncommented()
            throws IOException {
        String text = ConfigTemplate.initial("com.example.schema", "target/classes");
        String flat = text.replaceAll("\n#? *# ", " ");
        for (ConfigKey key : ConfigKeys.ALL) {
            assertTrue(text.contains(key.leaf() + ":"), key.name());
            assertTrue(flat.contains(key.description()), key.name() + "\n" + text);
            key.environment().forEach(variable -> assertTrue(text.contains(variable), variable));
        }
        String uncommented = text.replaceAll("(?m)^# (?=(database|generate):|  )", "");
        Files.writeString(dir.resolve("shale.yaml"), uncommented);
        ConfigFile file = ConfigFileReader.read(dir.resolve("shale.yaml"));
        assertEquals("jdbc:postgresql://localhost:5432/app?user=app", file.database().url());
        assertEquals("true", file.generate().online());
    }
}
