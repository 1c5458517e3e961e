package dev.shale.cli;

import dev.shale.migrations.files.ProjectFileException;
import dev.shale.snapshot.FileContentException;

/** Describes the typed errors about project files (snapshots, sum, migrations folder) for the console. */
final class ProjectErrors {

    /** A message and its fix. */
    record Reported(String message, String fix) {
    }

    private ProjectErrors() {
    }

    /** The message and fix of a project-file error, or {@code null} when {@code exception} is not one. */
    static Reported describe(Exception exception) {
        if (exception instanceof ProjectFileException e) {
            return new Reported(e.path().map(p -> p + ": ").orElse("") + e.description(), e.fix());
        }
        if (exception instanceof FileContentException e) {
            return new Reported(e.source() + ": " + e.problem(), e.fix());
        }
        return null;
    }
}
