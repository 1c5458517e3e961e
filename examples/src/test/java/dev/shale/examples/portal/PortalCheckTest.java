package dev.shale.examples.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.cli.ShaleCommand;
import dev.shale.junit.ShaleDatabase;
import dev.shale.junit.ShaleDatabaseUrl;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A portal database migrated by {@code @ShaleDatabase} (from the example's {@code migrations/}) is, for
 * {@code shale check --db}, exactly as its snapshot says: no false drift from PostgreSQL's spelling of the @Min/@Max checks, now(), gen_random_uuid() or the enum default.
 */
@ShaleDatabase
class PortalCheckTest {

    private static final Path EXAMPLE = Path.of("").toAbsolutePath();

    @Test
    void aMigratedPortalDatabaseHasNoDrift(@ShaleDatabaseUrl String url, @TempDir Path copy) throws IOException {
        for (String folder : new String[] {"migrations", "snapshots"}) {
            Files.createDirectories(copy.resolve(folder));
            try (var files = Files.list(EXAMPLE.resolve(folder))) {
                for (Path file : files.toList()) {
                    Files.copy(file, copy.resolve(folder).resolve(file.getFileName()));
                }
            }
        }
        Files.writeString(copy.resolve("shale.yaml"), "schema:\n  packages: [dev.shale.examples.portal]\n  classpath: ['"
                + EXAMPLE.resolve("target/classes").toString().replace("\\", "/") + "']\n");
        Map<String, String> environment = Map.of("DATABASE_URL", url);

        Run check = run(environment, copy, "check", "--db");

        assertEquals(0, check.exitCode(), check.out() + check.err());
        assertTrue(check.out().contains("(last applied migration 20261121213641_add_super_admin_role); no drift."),
                check.out());
    }

    /** What one run printed and returned. */
    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(Map<String, String> environment, Path project, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "-C";
        all[args.length + 1] = project.toString();
        int code = ShaleCommand.execute(environment, Clock.systemUTC(), new PrintWriter(out, true),
                new PrintWriter(err, true), all);
        return new Run(code, out.toString(), err.toString());
    }
}
