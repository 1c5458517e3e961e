package dev.shale.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs real Maven ({@code mvn -o}) in a sample project, offline: its local repository holds the staged Shale
 * artifacts, and a file repository pointing at the user's local repository supplies everything else.
 */
final class MavenRun {

    /** What one run of Maven did. */
    record Result(int exitCode, String log, Duration took) {
    }

    private static final Duration LIMIT = Duration.ofMinutes(3);

    private final Path mvn;
    private final Path localRepository;
    private final Path settings;

    MavenRun(Path mavenHome, Path localRepository, Path settings) {
        this.mvn = mavenHome.resolve("bin").resolve("mvn");
        this.localRepository = localRepository;
        this.settings = settings;
        if (!Files.isExecutable(mvn)) {
            throw new IllegalStateException("no Maven launcher at " + mvn + " (set shale.it.mavenHome)");
        }
    }

    /** Runs {@code mvn -o -B ARGS} in {@code project}; the log is also kept in {@code log.txt} next to it. */
    Result run(Path project, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(mvn.toString(), "-o", "-B",
                "-s", settings.toString(),
                "-Dmaven.repo.local=" + localRepository,
                // the user's local repository is a file:// repository, which offline mode may read
                "-Daether.offline.protocols=file"));
        command.addAll(List.of(arguments));
        Path log = project.resolveSibling(project.getFileName() + "-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        // the sample project's settings come from its pom and the command line only
        environment.keySet().removeIf(name -> name.startsWith("SHALE_") || name.equals("DATABASE_URL"));
        // short JVM runs: the C1 compiler alone starts Maven about twice as fast
        environment.put("MAVEN_OPTS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1");
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("mvn " + String.join(" ", arguments) + " did not finish within " + LIMIT
                    + "; its log: " + log);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8), took);
    }

    /** Settings that add the user's local repository as a file repository for releases and snapshots. */
    static String settings(Path userRepository) {
        String url = userRepository.toUri().toString();
        String policies = "<releases><updatePolicy>never</updatePolicy><checksumPolicy>ignore</checksumPolicy>"
                + "</releases><snapshots><updatePolicy>never</updatePolicy><checksumPolicy>ignore</checksumPolicy>"
                + "</snapshots>";
        return """
                <settings>
                  <profiles>
                    <profile>
                      <id>user-repository</id>
                      <repositories>
                        <repository><id>user-repository</id><url>%1$s</url>%2$s</repository>
                      </repositories>
                      <pluginRepositories>
                        <pluginRepository><id>user-repository</id><url>%1$s</url>%2$s</pluginRepository>
                      </pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles><activeProfile>user-repository</activeProfile></activeProfiles>
                </settings>
                """.formatted(url, policies);
    }
}
