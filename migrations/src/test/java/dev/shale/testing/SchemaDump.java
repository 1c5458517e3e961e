package dev.shale.testing;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A database's schema as {@code pg_dump --schema-only --no-owner --no-privileges} prints it (comments kept),
 * made comparable between two databases and nothing more:
 * <ul>
 *   <li>lines that differ between databases or runs are dropped: the {@code SET ...} and
 *       {@code SELECT pg_catalog.set_config(...)} session lines, {@code -- Dumped from/by}, and the
 *       psql {@code restrict} and {@code unrestrict} meta-command lines whose key is random on each run;</li>
 *   <li>runs of blank lines become one;</li>
 *   <li>inside each {@code CREATE TABLE ... ( ... );} the column lines are sorted (constraint lines stay after
 *       them, in pg_dump's order, and commas are put back), and the {@code COMMENT ON COLUMN} entries that
 *       pg_dump prints after a table in column-position order are sorted too: a column dropped and added
 *       back comes last, which is no difference in the schema.</li>
 * </ul>
 * Finding pg_dump: {@code SHALE_PG_DUMP}, then {@code PATH}, then the newest
 * {@code /usr/lib/postgresql/<version>/bin/pg_dump}, then the bin directory of an embedded server.
 * Connection details go through the libpq environment, never the command line.
 * <p>{@link #dump} uses pg_dump only when one of the server's major version is found (the same places, with
 * {@code /usr/lib/postgresql/<server major>/bin/pg_dump} in place of the newest): another major prints the same
 * schema differently, or refuses a newer server. Otherwise it compares the {@link CatalogDump}, and says so once.
 */
public final class SchemaDump {

    /** The environment variable naming the pg_dump executable to use. */
    public static final String PG_DUMP_VARIABLE = "SHALE_PG_DUMP";

    private static final Pattern CREATE_TABLE = Pattern.compile("^CREATE (UNLOGGED )?TABLE .* \\($");
    private static final Pattern VOLATILE_LINE = Pattern.compile(
            "^(SET \\w+ = .*;|SELECT pg_catalog\\.set_config\\(.*\\);|-- Dumped (from|by) .*|\\\\(un)?restrict .*)$");
    private static final Pattern PG_DUMP_VERSION = Pattern.compile("\\) (\\d+)");
    private static final Pattern COLUMN_COMMENT_HEADER = Pattern.compile("^-- Name: COLUMN .*; Type: COMMENT; .*$");

    private static volatile Optional<Path> located;
    private static final Map<Path, Integer> PG_DUMP_MAJORS = new ConcurrentHashMap<>();
    private static final Map<String, Integer> SERVER_MAJORS = new ConcurrentHashMap<>();
    private static final Map<Integer, Optional<Path>> FOR_MAJOR = new ConcurrentHashMap<>();
    private static final Set<Integer> ANNOUNCED = ConcurrentHashMap.newKeySet();

    private SchemaDump() {
    }

    /** The pg_dump this machine has, if any. */
    public static Optional<Path> pgDump() {
        Optional<Path> found = located;
        if (found == null) {
            found = locate();
            located = found;
        }
        return found;
    }

    /** Skips the calling test, with the reason, when no pg_dump can be found (fails it in CI: {@link RequiredTools}). */
    public static void assumeAvailable() {
        RequiredTools.assume(pgDump().isPresent(), "pg_dump not found (set " + PG_DUMP_VARIABLE
                + ", put it on PATH or install postgresql-client): schema dumps cannot be compared");
    }

    /**
     * Skips the calling test (fails it in CI) unless a pg_dump of the shared server's major version is found: for
     * tests about pg_dump's own output.
     */
    public static void assumeOfServerVersion() {
        int major = PostgresServer.shared().major();
        RequiredTools.assume(pgDumpFor(major).isPresent(), "no pg_dump of PostgreSQL " + major
                + " (the server's version) found: this test reads pg_dump's own output");
    }

    /**
     * The comparable schema of the database at {@code url}: the canonical pg_dump when a pg_dump of the server's
     * major version is found, otherwise the {@link CatalogDump}.
     */
    public static String dump(JdbcUrl url) {
        int major = serverMajor(url);
        Optional<Path> pgDump = pgDumpFor(major);
        if (ANNOUNCED.add(major)) {
            System.out.println("schema comparisons on PostgreSQL " + major + ": " + pgDump.map(path -> "pg_dump " + path)
                    .orElse("the catalog dump (no pg_dump of PostgreSQL " + major + " found)"));
        }
        return pgDump.isPresent() ? canonical(raw(pgDump.get(), url)) : CatalogDump.dump(url);
    }

    /** The pg_dump of major version {@code major}, looked for where {@link #pgDump()} looks. */
    public static Optional<Path> pgDumpFor(int major) {
        return FOR_MAJOR.computeIfAbsent(major, m -> locateFor(m, System.getenv(), Path.of("/usr/lib/postgresql"),
                () -> PostgresServer.shared().localBinDirectory()));
    }

    static Optional<Path> locateFor(int major, Map<String, String> environment, Path versions,
            Supplier<Optional<Path>> serverBinDirectory) {
        List<Supplier<Optional<Path>>> candidates = List.of(
                () -> locate(environment, versions.resolve("none"), Optional::empty),
                () -> Optional.of(versions.resolve(String.valueOf(major)).resolve("bin").resolve("pg_dump"))
                        .filter(Files::isExecutable),
                () -> serverBinDirectory.get().map(bin -> bin.resolve("pg_dump")).filter(Files::isExecutable));
        for (Supplier<Optional<Path>> candidate : candidates) {
            Optional<Path> found = candidate.get().filter(path -> majorOf(path) == major);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The major version {@code pg_dump --version} prints, or -1 when it prints none. */
    static int majorOf(Path pgDump) {
        return PG_DUMP_MAJORS.computeIfAbsent(pgDump, path -> {
            try {
                Process process = new ProcessBuilder(path.toString(), "--version").redirectErrorStream(true).start();
                process.getOutputStream().close();
                String output = readAll(process.getInputStream());
                process.waitFor(30, TimeUnit.SECONDS);
                Matcher version = PG_DUMP_VERSION.matcher(output);
                return version.find() ? Integer.parseInt(version.group(1)) : -1;
            } catch (IOException e) {
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        });
    }

    private static int serverMajor(JdbcUrl url) {
        return SERVER_MAJORS.computeIfAbsent(url.host() + ":" + url.port(), server -> {
            try (Connection connection = DriverManager.getConnection(url.toString())) {
                return connection.getMetaData().getDatabaseMajorVersion();
            } catch (SQLException e) {
                throw new IllegalStateException("could not read the version of " + url.redacted() + ": "
                        + e.getMessage(), e);
            }
        });
    }

    /** pg_dump's own output for the database at {@code url}, by the pg_dump of the server's version if there is one. */
    public static String raw(JdbcUrl url) {
        return raw(pgDumpFor(serverMajor(url)).or(SchemaDump::pgDump).orElseThrow(), url);
    }

    private static String raw(Path executable, JdbcUrl url) {
        ProcessBuilder builder = new ProcessBuilder(executable.toString(),
                "--schema-only", "--no-owner", "--no-privileges");
        builder.environment().keySet().removeIf(key -> key.startsWith("PG"));
        builder.environment().putAll(url.libpqEnvironment());
        builder.environment().put("PGCONNECT_TIMEOUT", "10");
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            String output = readAll(process.getInputStream());
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(executable + " did not finish within 60 s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(executable + " failed (exit " + process.exitValue() + ") on "
                        + url.redacted() + ": " + errors.join().strip());
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + executable, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + executable, e);
        }
    }

    /** Makes a raw pg_dump output comparable; see the class comment for exactly what changes. */
    public static String canonical(String raw) {
        List<String> kept = new ArrayList<>();
        for (String line : raw.split("\n", -1)) {
            if (VOLATILE_LINE.matcher(line).matches()) {
                continue;
            }
            if (line.isBlank() && (kept.isEmpty() || kept.get(kept.size() - 1).isEmpty())) {
                continue;
            }
            kept.add(line.isBlank() ? "" : line);
        }
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
            kept.remove(kept.size() - 1);
        }
        return String.join("\n", sortColumnComments(sortTableColumns(kept))) + "\n";
    }

    private static List<String> sortTableColumns(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            out.add(line);
            i++;
            if (!CREATE_TABLE.matcher(line).matches()) {
                continue;
            }
            List<String> columns = new ArrayList<>();
            List<String> constraints = new ArrayList<>();
            List<String> current = null;
            while (i < lines.size() && !lines.get(i).startsWith(")")) {
                String item = lines.get(i);
                if (item.startsWith("    ") && !item.startsWith("     ")) {
                    current = item.startsWith("    CONSTRAINT ") ? constraints : columns;
                    current.add(stripComma(item));
                } else if (current != null && !current.isEmpty()) {
                    // a continuation line (a multi-line literal): belongs to the item before it
                    int last = current.size() - 1;
                    current.set(last, current.get(last) + "\n" + stripComma(item));
                } else {
                    columns.add(stripComma(item));
                }
                i++;
            }
            columns.sort(Comparator.naturalOrder());
            List<String> items = new ArrayList<>(columns);
            items.addAll(constraints);
            for (int k = 0; k < items.size(); k++) {
                out.add(items.get(k) + (k < items.size() - 1 ? "," : ""));
            }
        }
        return out;
    }

    private static String stripComma(String item) {
        return item.endsWith(",") ? item.substring(0, item.length() - 1) : item;
    }

    /** Sorts each run of consecutive {@code COMMENT ON COLUMN} entries (header, blank, statement, blank). */
    private static List<String> sortColumnComments(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            if (!isColumnCommentEntry(lines, i)) {
                out.add(lines.get(i));
                i++;
                continue;
            }
            List<List<String>> entries = new ArrayList<>();
            while (isColumnCommentEntry(lines, i)) {
                int end = nextEntry(lines, i + 1);
                int last = end;
                while (last > i && lines.get(last - 1).isEmpty()) {
                    last--;
                }
                entries.add(lines.subList(i, last));
                i = end;
            }
            entries.sort(Comparator.comparing(entry -> String.join("\n", entry)));
            for (List<String> entry : entries) {
                out.addAll(entry);
                out.add("");
            }
            if (i == lines.size()) {
                out.remove(out.size() - 1);
            }
        }
        return out;
    }

    private static boolean isColumnCommentEntry(List<String> lines, int i) {
        return i + 1 < lines.size() && lines.get(i).equals("--")
                && COLUMN_COMMENT_HEADER.matcher(lines.get(i + 1)).matches();
    }

    private static int nextEntry(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && !(lines.get(i).equals("--") && i + 1 < lines.size()
                && lines.get(i + 1).startsWith("-- "))) {
            i++;
        }
        return i;
    }

    private static Optional<Path> locate() {
        return locate(System.getenv(), Path.of("/usr/lib/postgresql"),
                () -> PostgresServer.shared().localBinDirectory());
    }

    /** The search itself: {@code SHALE_PG_DUMP}, {@code PATH}, the newest {@code <versions>/N/bin}, the server's bin. */
    static Optional<Path> locate(Map<String, String> environment, Path versions,
            Supplier<Optional<Path>> serverBinDirectory) {
        String configured = environment.get(PG_DUMP_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured.trim());
            if (!Files.isExecutable(path)) {
                throw new IllegalStateException(PG_DUMP_VARIABLE + " names " + path + ", which is not an executable");
            }
            return Optional.of(path);
        }
        String pathVariable = environment.get("PATH");
        if (pathVariable != null) {
            for (String directory : pathVariable.split(File.pathSeparator)) {
                Path candidate = directory.isEmpty() ? null : Path.of(directory, "pg_dump");
                if (candidate != null && Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        if (Files.isDirectory(versions)) {
            try (Stream<Path> children = Files.list(versions)) {
                Optional<Path> newest = children
                        .filter(child -> child.getFileName().toString().matches("\\d+(\\.\\d+)?"))
                        .sorted(Comparator.comparingDouble((Path child) -> Double.parseDouble(child.getFileName().toString()))
                                .reversed())
                        .map(child -> child.resolve("bin").resolve("pg_dump"))
                        .filter(Files::isExecutable)
                        .findFirst();
                if (newest.isPresent()) {
                    return newest;
                }
            } catch (IOException e) {
                // unreadable: fall through to the server's own programs
            }
        }
        return serverBinDirectory.get().map(bin -> bin.resolve("pg_dump")).filter(Files::isExecutable);
    }

    private static String readAll(InputStream in) {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
