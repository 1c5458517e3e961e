package dev.shale.junit;

import dev.shale.snapshot.NamedContent;
import dev.shale.snapshot.SumFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Migration folders written by tests, with their {@code shale.sum}. */
final class Fixtures {

    private Fixtures() {
    }

    /** Writes (or rewrites) one migration file and the folder's sum file. */
    static void write(Path migrations, String name, String sql) throws IOException {
        Files.writeString(migrations.resolve(name), sql);
        List<NamedContent> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(migrations)) {
            for (Path file : listing.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                files.add(new NamedContent(file.getFileName().toString(), Files.readAllBytes(file)));
            }
        }
        Files.writeString(migrations.resolve(SumFile.DEFAULT_NAME), SumFile.of(files).write());
    }
}
