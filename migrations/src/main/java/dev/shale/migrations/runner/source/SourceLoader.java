package dev.shale.migrations.runner.source;

import dev.shale.api.MigrationRefusedException;
import dev.shale.api.MigrationRefusedException.Reason;
import dev.shale.api.MigrationSource;
import dev.shale.migrations.files.MigrationDirectory;
import dev.shale.migrations.files.MigrationFile;
import dev.shale.migrations.files.MigrationListing;
import dev.shale.migrations.files.MigrationName;
import dev.shale.migrations.files.MigrationVersion;
import dev.shale.migrations.files.ProjectFileException;
import dev.shale.migrations.files.StrayFile;
import dev.shale.migrations.runner.history.Checksums;
import dev.shale.snapshot.NamedContent;
import dev.shale.snapshot.SumFile;
import dev.shale.snapshot.SumFileException;
import dev.shale.snapshot.SumMismatch;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a {@link MigrationSource}: every migration with its text and checksum, and the problems of
 * its files (a {@code shale.sum} mismatch, a misnamed file). A folder is read with
 * {@link MigrationDirectory}; a class-path location (a folder or a jar, found through its
 * {@code shale.sum}) by name: {@code <version>_<name>.sql}, {@code <version>_<name>.down.sql},
 * {@code shale.sum}; other files there are ignored, other {@code .sql} files are problems.
 */
public final class SourceLoader {

    private static final Pattern MIGRATION = Pattern.compile("(\\d{14})_([a-z0-9_]+)(\\.down)?\\.sql");

    private SourceLoader() {
    }

    /**
     * Reads the source.
     *
     * @throws MigrationRefusedException {@code SOURCE_NOT_FOUND} when it does not exist, {@code INVALID_FILE}
     *     when a file cannot be read as UTF-8
     */
    public static LoadedSource load(MigrationSource source) {
        if (source instanceof MigrationSource.Folder folder) {
            return loadFolder(folder.path());
        }
        return loadClasspath((MigrationSource.Classpath) source);
    }

    // ---- folder

    private static LoadedSource loadFolder(Path path) {
        Path folder = path.toAbsolutePath().normalize();
        Path root = folder.getParent() != null ? folder.getParent() : folder;
        MigrationDirectory directory = new MigrationDirectory(root, folder, folder.resolveSibling("snapshots"));
        try {
            directory.requireMigrationsFolder();
        } catch (ProjectFileException e) {
            throw new MigrationRefusedException(Reason.SOURCE_NOT_FOUND, null, e.description(), e.fix(), e);
        }
        try {
            MigrationListing listing = directory.listMigrations();
            List<SourceProblem> problems = new ArrayList<>();
            for (StrayFile stray : listing.strays()) {
                problems.add(new SourceProblem(Reason.INVALID_FILE, stray.path(), stray.reason(), stray.fix()));
            }
            for (SumMismatch mismatch : directory.verifySum()) {
                problems.add(sumProblem(mismatch));
            }
            List<SourceMigration> migrations = new ArrayList<>();
            for (MigrationFile file : listing.migrations()) {
                SourceFile up = read(directory.display(file.up()), readBytes(file.up(), directory));
                SourceFile down = file.down() == null ? null
                        : read(directory.display(file.down()), readBytes(file.down(), directory));
                migrations.add(new SourceMigration(file.version(), file.name().value(), up, down));
            }
            return new LoadedSource(directory.display(folder) + "/", migrations, problems);
        } catch (ProjectFileException e) {
            throw new MigrationRefusedException(Reason.INVALID_FILE, e.path().orElse(null), e.description(), e.fix(), e);
        }
    }

    private static byte[] readBytes(Path file, MigrationDirectory directory) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new MigrationRefusedException(Reason.INVALID_FILE, directory.display(file), "could not read "
                    + directory.display(file) + ": " + e.getMessage() + ".", "check that it exists and is readable", e);
        }
    }

    // ---- class path

    private static LoadedSource loadClasspath(MigrationSource.Classpath source) {
        String location = source.location();
        String shown = "classpath:" + location + "/";
        URL anchor = source.loader().getResource(location + "/" + SumFile.DEFAULT_NAME);
        URL target = anchor != null ? anchor : source.loader().getResource(location);
        if (target == null) {
            throw new MigrationRefusedException(Reason.SOURCE_NOT_FOUND, null, "the class path has no "
                    + location + "/" + SumFile.DEFAULT_NAME + " (nor a folder " + location + ").",
                    "package the migrations folder's .sql files and shale.sum as resources under " + location
                            + " (such as src/main/resources/" + location + "), or give the location they are in");
        }
        Map<String, byte[]> files;
        try {
            files = anchor != null ? listNextTo(anchor) : listIn(target);
        } catch (IOException | UncheckedIOException e) {
            throw new MigrationRefusedException(Reason.SOURCE_NOT_FOUND, null, "could not list " + shown + ": "
                    + e.getMessage() + ".", "check the class path, or read the migrations with MigrationSource.folder", e);
        }
        return fromFiles(shown, files);
    }

    /** The files in the folder or jar directory that holds {@code file}. */
    private static Map<String, byte[]> listNextTo(URL file) throws IOException {
        if (file.getProtocol().equals("file")) {
            return listFolder(toPath(file).getParent());
        }
        URLConnection connection = file.openConnection();
        if (connection instanceof JarURLConnection jar) {
            String entry = jar.getEntryName();
            return listJar(jar, entry.substring(0, entry.lastIndexOf('/') + 1));
        }
        throw new IOException("class-path URLs of protocol " + file.getProtocol() + " cannot be listed");
    }

    /** The files in the folder or jar directory {@code folder}. */
    private static Map<String, byte[]> listIn(URL folder) throws IOException {
        if (folder.getProtocol().equals("file")) {
            return listFolder(toPath(folder));
        }
        URLConnection connection = folder.openConnection();
        if (connection instanceof JarURLConnection jar) {
            String entry = jar.getEntryName() == null ? "" : jar.getEntryName();
            return listJar(jar, entry.isEmpty() || entry.endsWith("/") ? entry : entry + "/");
        }
        throw new IOException("class-path URLs of protocol " + folder.getProtocol() + " cannot be listed");
    }

    private static Path toPath(URL url) throws IOException {
        try {
            return Paths.get(url.toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static Map<String, byte[]> listFolder(Path folder) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.toList()) {
                String name = file.getFileName().toString();
                if (Files.isRegularFile(file) && isRelevant(name)) {
                    out.put(name, Files.readAllBytes(file));
                }
            }
        }
        return out;
    }

    private static Map<String, byte[]> listJar(JarURLConnection connection, String prefix) throws IOException {
        connection.setUseCaches(false);
        Map<String, byte[]> out = new TreeMap<>();
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith(prefix) || name.indexOf('/', prefix.length()) >= 0) {
                    continue;
                }
                String simple = name.substring(prefix.length());
                if (isRelevant(simple)) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        out.put(simple, in.readAllBytes());
                    }
                }
            }
        }
        return out;
    }

    private static boolean isRelevant(String name) {
        return !name.startsWith(".") && (name.endsWith(".sql") || name.equals(SumFile.DEFAULT_NAME));
    }

    private static LoadedSource fromFiles(String folder, Map<String, byte[]> files) {
        Map<MigrationVersion, String> upNames = new TreeMap<>();
        Map<String, String> downNames = new TreeMap<>();
        List<SourceProblem> problems = new ArrayList<>();
        List<NamedContent> summed = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String name = file.getKey();
            if (name.equals(SumFile.DEFAULT_NAME)) {
                continue;
            }
            if (SumFile.isSummable(name)) {
                summed.add(new NamedContent(name, file.getValue()));
            }
            Matcher m = MIGRATION.matcher(name);
            if (!m.matches() || !MigrationVersion.isValid(m.group(1)) || !MigrationName.isValid(m.group(2))) {
                problems.add(new SourceProblem(Reason.INVALID_FILE, folder + name, folder + name
                        + " is not named <version>_<name>.sql or <version>_<name>.down.sql.",
                        "rename it in the project's migrations folder, run shale hash, and package it again"));
                continue;
            }
            if (m.group(3) != null) {
                downNames.put(m.group(1) + "_" + m.group(2), name);
                continue;
            }
            MigrationVersion version = MigrationVersion.parse(m.group(1));
            if (upNames.containsKey(version)) {
                problems.add(new SourceProblem(Reason.INVALID_FILE, folder + name, folder + name
                        + " has the same version as " + folder + upNames.get(version) + ".",
                        "give one of them a later version by renaming it, then run shale hash"));
                continue;
            }
            upNames.put(version, name);
        }
        byte[] sumBytes = files.get(SumFile.DEFAULT_NAME);
        String sumName = folder + SumFile.DEFAULT_NAME;
        try {
            SumFile sum = sumBytes == null ? SumFile.of(List.of(), sumName) : SumFile.parse(decode(sumName, sumBytes), sumName);
            for (SumMismatch mismatch : sum.verify(summed)) {
                problems.add(sumProblem(mismatch));
            }
        } catch (SumFileException e) {
            problems.add(new SourceProblem(Reason.SUM_MISMATCH, sumName, e.problem(), e.fix()));
        }
        List<SourceMigration> migrations = new ArrayList<>();
        upNames.forEach((version, name) -> {
            String stem = name.substring(0, name.length() - ".sql".length());
            String downName = downNames.remove(stem);
            SourceFile up = read(folder + name, files.get(name));
            SourceFile down = downName == null ? null : read(folder + downName, files.get(downName));
            migrations.add(new SourceMigration(version, stem.substring(15), up, down));
        });
        downNames.values().forEach(down -> problems.add(new SourceProblem(Reason.INVALID_FILE, folder + down,
                folder + down + " is a down migration without its up migration.",
                "restore the up migration, or delete this file and run shale hash")));
        return new LoadedSource(folder, migrations, problems);
    }

    // ---- shared

    private static SourceProblem sumProblem(SumMismatch mismatch) {
        return new SourceProblem(Reason.SUM_MISMATCH, mismatch.file(), mismatch.message(), mismatch.fix());
    }

    private static SourceFile read(String display, byte[] bytes) {
        return new SourceFile(display, decode(display, bytes), Checksums.of(bytes));
    }

    private static String decode(String display, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new MigrationRefusedException(Reason.INVALID_FILE, display, display + " is not UTF-8 text.",
                    "save it as UTF-8, then run shale hash", e);
        }
    }
}
