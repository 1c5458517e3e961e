package dev.shale.cli.pull;

import com.palantir.javapoet.JavaFile;
import dev.shale.migrations.files.AtomicFileSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/** Writes generated sources under a source root, all or nothing (through {@link AtomicFileSet}). */
public final class SourceFiles {

    private final Path root;

    public SourceFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Where {@code file} goes. */
    public Path target(JavaFile file) {
        return root.resolve(RecordGenerator.path(file));
    }

    /** The targets of {@code files} that exist already. */
    public List<Path> existing(List<JavaFile> files) {
        return files.stream().map(this::target).filter(p -> Files.exists(p, LinkOption.NOFOLLOW_LINKS)).toList();
    }

    /**
     * Writes every file or none; an existing file is replaced only when {@code replace} is true.
     *
     * @return the paths written, in the order of {@code files}
     */
    public List<Path> write(List<JavaFile> files, boolean replace) {
        List<AtomicFileSet.Target> targets = files.stream().map(f -> new AtomicFileSet.Target(target(f),
                f.toString().getBytes(StandardCharsets.UTF_8), replace)).toList();
        new AtomicFileSet(this::display).write(targets);
        return targets.stream().map(AtomicFileSet.Target::path).toList();
    }

    /** A path relative to the source root, with {@code /}, for messages. */
    public String display(Path path) {
        Path relative = root.relativize(path.toAbsolutePath().normalize());
        return relative.toString().replace('\\', '/');
    }
}
