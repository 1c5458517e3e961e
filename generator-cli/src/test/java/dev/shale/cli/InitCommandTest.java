package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {

    @TempDir
    Path temp;

    @Test
    void writesConfigurationAndFoldersThatGenerateThenUses() {
        TestProject project = new TestProject(temp.resolve("app"));

        TestProject.Run init = project.run("init", "--package", "dev.shale.cli.fixtures.valid", "--classpath", "classes");

        assertEquals(0, init.exitCode(), init.err());
        assertTrue(Files.isDirectory(project.dir().resolve("migrations")));
        assertTrue(Files.isDirectory(project.dir().resolve("snapshots")));
        String config = project.read("shale.yaml");
        assertTrue(config.contains("    - dev.shale.cli.fixtures.valid\n"), config);
        assertTrue(config.contains("    - classes\n"), config);

        TestProject.Run generate = project.run("generate");

        assertEquals(ExitCode.USAGE, generate.exitCode(), generate.out());
        assertTrue(generate.err().contains("classpath entry classes does not exist"), generate.err());
    }

    @Test
    void leavesAnExistingConfigurationAlone() {
        TestProject project = new TestProject(temp).withFixture("valid");
        String before = project.read("shale.yaml");

        TestProject.Run init = project.run("init");

        assertEquals(0, init.exitCode(), init.err());
        assertTrue(init.out().contains("already exists; left as it is"), init.out());
        assertEquals(before, project.read("shale.yaml"));
    }
}
