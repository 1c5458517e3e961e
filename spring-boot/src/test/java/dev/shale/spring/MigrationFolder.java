package dev.shale.spring;

import dev.shale.snapshot.NamedContent;
import dev.shale.snapshot.SumFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A migrations folder written by a test: {@code .sql} files and the {@code shale.sum} that accepts them. */
final class MigrationFolder {

    private final Path folder;

    MigrationFolder(Path folder) {
        this.folder = folder;
    }

    /** Copies every file of the test class path's {@code db/shale} here. */
    MigrationFolder withClasspathMigrations() {
        for (String name : List.of("20261201090000_create_customers.sql", "20261201090100_seed_customers.sql",
                "20261201090200_create_orders.sql")) {
            try (var in = MigrationFolder.class.getResourceAsStream("/db/shale/" + name)) {
                write(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return this;
    }

    /** Writes one file and a new {@code shale.sum}. */
    MigrationFolder write(String name, String sql) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(name), sql);
            List<NamedContent> files = new ArrayList<>();
            try (Stream<Path> list = Files.list(folder)) {
                for (Path file : list.sorted().toList()) {
                    String fileName = file.getFileName().toString();
                    if (SumFile.isSummable(fileName) && !fileName.equals(SumFile.DEFAULT_NAME)) {
                        files.add(new NamedContent(fileName, Files.readAllBytes(file)));
                    }
                }
            }
            Files.writeString(folder.resolve(SumFile.DEFAULT_NAME), SumFile.of(files).write());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code shale.locations} property naming this folder. */
    String location() {
        return "shale.locations=filesystem:" + folder;
    }
}
