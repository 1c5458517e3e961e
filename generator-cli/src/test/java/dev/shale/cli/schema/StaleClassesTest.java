package dev.shale.cli.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleClassesTest {

    private static final Instant COMPILED = Instant.parse("2026-11-21T09:00:00Z");

    @TempDir
    Path project;

    @Test
    void findsSourcesNewerThanTheirClassesAndSourcesWithoutClassesInTheSchemaPackages() throws IOException {
        file("src/main/java/com/acme/schema/User.java", COMPILED.plusSeconds(60));
        file("target/classes/com/acme/schema/User.class", COMPILED);
        file("src/main/java/com/acme/schema/sub/Order.java", COMPILED.minusSeconds(60));
        file("target/classes/com/acme/schema/sub/Order.class", COMPILED);
        file("src/main/java/com/acme/schema/Invoice.java", COMPILED);
        file("src/main/java/com/acme/schema/package-info.java", COMPILED.plusSeconds(60));
        file("src/main/java/com/acme/other/Elsewhere.java", COMPILED.plusSeconds(60));

        List<StaleClasses.Stale> stale =
                StaleClasses.find(List.of(project.resolve("target/classes")), List.of("com.acme.schema"));

        assertEquals(List.of(
                        new StaleClasses.Stale(src("Invoice.java"), project.resolve(
                                "target/classes/com/acme/schema/Invoice.class"), true, "mvn compile"),
                        new StaleClasses.Stale(src("User.java"), project.resolve(
                                "target/classes/com/acme/schema/User.class"), false, "mvn compile")),
                stale);
    }

    @Test
    void mapsGradleAndTestClassesFoldersAndLeavesOtherFoldersAlone() throws IOException {
        file("src/test/java/a/T.java", COMPILED.plusSeconds(1));
        file("target/test-classes/a/T.class", COMPILED);
        file("src/main/java/a/M.java", COMPILED.plusSeconds(1));
        file("build/classes/java/main/a/M.class", COMPILED);
        file("out/a/M.class", COMPILED);

        assertEquals(List.of("gradle classes", "mvn test-compile"), StaleClasses.find(List.of(
                project.resolve("target/test-classes"), project.resolve("build/classes/java/main"),
                project.resolve("out"), project.resolve("missing/target/classes")), List.of("a")).stream()
                .map(StaleClasses.Stale::compile).toList());
    }

    private Path src(String name) {
        return project.resolve("src/main/java/com/acme/schema/" + name);
    }

    private void file(String relative, Instant modified) throws IOException {
        Path path = project.resolve(relative);
        Files.createDirectories(path.getParent());
        Files.writeString(path, "");
        Files.setLastModifiedTime(path, FileTime.from(modified));
    }
}
