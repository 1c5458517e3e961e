import dev.shale.api.DatabaseUrl;
import dev.shale.api.RunnerSettings;
import dev.shale.api.Shale;
import dev.shale.migrations.files.MigrationDirectory;
import dev.shale.migrations.files.MigrationName;
import dev.shale.migrations.files.MigrationVersion;
import dev.shale.migrations.files.PendingMigration;
import dev.shale.migrations.introspect.IntrospectionResult;
import dev.shale.migrations.runner.history.Checksums;
import dev.shale.migrations.runner.history.HistoryTable;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.snapshot.Snapshot;
import dev.shale.snapshot.SnapshotJson;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * Harness of bench/introspect.sh (not a test): times {@code Shale.introspect} of a whole database and
 * prints one line per introspection, its time and what it read.
 *
 * <pre>
 * java -cp shale.jar:harness IntrospectBench once URL            one introspection in this (fresh) JVM
 * java -cp shale.jar:harness IntrospectBench serve URL WARMUP    WARMUP untimed introspections, then one
 *                                                                per line read from standard input
 * java -cp shale.jar:harness IntrospectBench project URL DIR DDL a project in DIR whose only migration is
 *                                                                the file DDL, already applied
 * </pre>
 *
 * A line: {@code ms=812.3 tables=1000 columns=10000 ...}. "project" writes DIR/shale.yaml (the URL as
 * database.url, schema package {@code bench.schema}, classpath {@code classes}), the migration DDL as
 * {@code migrations/20260101000000_bench_schema.sql} with an empty down, the snapshot of the database as
 * introspected and {@code shale.sum} (all through MigrationDirectory.write), and records the migration in
 * the database's history table as {@code shale migrate} would have, so that the project's latest snapshot
 * and its history match the database.
 */
public final class IntrospectBench {

    private static final String VERSION = "20260101000000";
    private static final String NAME = "bench_schema";

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            usage();
        }
        DatabaseUrl url = DatabaseUrl.parse(args[1]);
        switch (args[0]) {
            case "once" -> System.out.println(line(url));
            case "serve" -> {
                int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 3;
                for (int i = 0; i < warmup; i++) {
                    System.err.println("warm-up " + (i + 1) + ": " + line(url));
                }
                System.out.println("ready");
                System.out.flush();
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                while (in.readLine() != null) {
                    System.out.println(line(url));
                    System.out.flush();
                }
            }
            case "project" -> {
                if (args.length != 4) {
                    usage();
                }
                project(url, args[1], Path.of(args[2]), Path.of(args[3]));
            }
            default -> usage();
        }
    }

    private static void usage() {
        System.err.println("usage: IntrospectBench once URL | serve URL [WARMUP] | project URL DIR DDL");
        System.exit(2);
    }

    /** One introspection of every user schema: its time and what it read. */
    private static String line(DatabaseUrl url) {
        long start = System.nanoTime();
        IntrospectionResult result = Shale.introspect(url, List.of(), RunnerSettings.DEFAULTS);
        long nanos = System.nanoTime() - start;
        return String.format(Locale.ROOT, "ms=%.1f %s", nanos / 1e6, counts(result));
    }

    private static String counts(IntrospectionResult result) {
        SchemaModel model = result.model();
        List<Table> tables = model.tables();
        return String.format(Locale.ROOT,
                "tables=%d columns=%d indexes=%d uniques=%d checks=%d foreign_keys=%d primary_keys=%d"
                        + " enums=%d comments=%d unmanaged=%d",
                tables.size(),
                tables.stream().mapToInt(t -> t.columns().size()).sum(),
                tables.stream().mapToInt(t -> t.indexes().size()).sum(),
                tables.stream().mapToInt(t -> t.uniques().size()).sum(),
                tables.stream().mapToInt(t -> t.checks().size()).sum(),
                tables.stream().mapToInt(t -> t.foreignKeys().size()).sum(),
                tables.stream().filter(t -> t.primaryKey() != null).count(),
                model.enums().size(),
                tables.stream().mapToLong(t -> (t.comment() == null ? 0 : 1)
                        + t.columns().stream().filter(c -> c.comment() != null).count()).sum(),
                result.unmanaged().size());
    }

    private static void project(DatabaseUrl url, String urlText, Path dir, Path ddl) throws Exception {
        IntrospectionResult result = Shale.introspect(url, List.of(), RunnerSettings.DEFAULTS);
        Files.createDirectories(dir.resolve("migrations"));
        Files.createDirectories(dir.resolve("snapshots"));
        Files.createDirectories(dir.resolve("classes"));
        Files.writeString(dir.resolve("shale.yaml"), """
                # Written by bench/IntrospectBench.java: the project of bench/introspect.sh's database.
                schema:
                  packages:
                    - bench.schema
                  classpath:
                    - classes
                migrations: migrations
                snapshots: snapshots
                database:
                  url: %s
                """.formatted(urlText));
        byte[] up = Files.readAllBytes(ddl);
        String snapshot = SnapshotJson.write(Snapshot.next(null, result.model()));
        new MigrationDirectory(dir, dir.resolve("migrations"), dir.resolve("snapshots")).write(new PendingMigration(
                MigrationVersion.parse(VERSION), new MigrationName(NAME),
                new String(up, StandardCharsets.UTF_8), "", snapshot));
        HistoryTable history = new HistoryTable("public");
        try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), url.connectionProperties())) {
            connection.setAutoCommit(false);
            history.ensure(connection);
            try (Statement statement = connection.createStatement()) {
                statement.execute(history.insertSql(VERSION, NAME, Checksums.of(up), 1, 0));
            }
            connection.commit();
        }
        System.out.println("project " + dir + ": " + counts(result));
    }
}
