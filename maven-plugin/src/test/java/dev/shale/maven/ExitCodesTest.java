package dev.shale.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ExitCodesTest {

    @Test
    void successThrowsNothing() {
        assertDoesNotThrow(() -> ExitCodes.check("check", 0, "ignored"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4, 5, 6, 7, 8})
    void findingsAndDataChecksFailTheBuild(int code) {
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> ExitCodes.check("check", code, "error: the records differ"));
        assertEquals("shale check failed (exit code " + code + "): error: the records differ", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 70})
    void errorsThatKeptTheGoalFromRunningAreExecutionErrors(int code) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> ExitCodes.check("migrate", code, "error: no database is configured"));
        assertEquals("shale migrate failed (exit code " + code + "): error: no database is configured", e.getMessage());
    }
}
