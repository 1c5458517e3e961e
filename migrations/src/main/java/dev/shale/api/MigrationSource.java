package dev.shale.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the migrations are read from: a folder on disk ({@link #folder}), or a location on the
 * class path ({@link #classpath}), a folder or a jar, so an application packaged with its migrations
 * migrates itself at start-up. Either way the {@code .sql} files are verified against the
 * {@code shale.sum} next to them before anything runs.
 */
public sealed interface MigrationSource {

    /** The project's {@code migrations/} folder; messages name files relative to its parent. */
    static MigrationSource folder(Path migrations) {
        return new Folder(migrations);
    }

    /**
     * A class-path location such as {@code db/shale} (copy {@code migrations/*.sql} and {@code shale.sum}
     * there, for instance into {@code src/main/resources/db/shale}), read with the thread's context class
     * loader (or this class's when there is none).
     */
    static MigrationSource classpath(String location) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return new Classpath(location, loader != null ? loader : MigrationSource.class.getClassLoader());
    }

    /** A class-path location read with this class loader. */
    static MigrationSource classpath(String location, ClassLoader loader) {
        return new Classpath(location, loader);
    }

    /** How messages name the source. */
    String describe();

    /** A folder on disk. */
    record Folder(Path path) implements MigrationSource {
        public Folder {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String describe() {
            return "folder " + path;
        }
    }

    /** A class-path location, without leading or trailing {@code /}. */
    record Classpath(String location, ClassLoader loader) implements MigrationSource {
        public Classpath {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(loader, "loader");
            location = location.replaceAll("^/+|/+$", "");
        }

        @Override
        public String describe() {
            return "classpath:" + location;
        }
    }
}
