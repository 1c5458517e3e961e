package dev.shale.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: the project's {@code shale.yaml} (in the project's base directory), the project's compiled
 * classes and compile classpath as the schema classpath, and the pom's overrides of {@code shale.yaml}'s keys, handed
 * to {@code shale} as its environment overrides ({@code SHALE_*}) so that they win over the file as they do on the
 * command line.
 */
public abstract class AbstractShaleMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** The folder holding {@code shale.yaml}; relative paths of the file are resolved against it. */
    @Parameter(property = "shale.projectDirectory", defaultValue = "${project.basedir}", required = true)
    protected File projectDirectory;

    /** Skips the goal. */
    @Parameter(property = "shale.skip", defaultValue = "false")
    protected boolean skip;

    /** The database ({@code jdbc:postgresql://host:5432/db?user=NAME}); overrides database.url and DATABASE_URL. */
    @Parameter(property = "shale.databaseUrl")
    protected String databaseUrl;

    /** The server for throwaway databases (verify, generate's spelling); overrides database.devUrl. */
    @Parameter(property = "shale.devDatabaseUrl")
    protected String devDatabaseUrl;

    /** An empty database where generate reads PostgreSQL's spelling of expressions; overrides database.spellingUrl. */
    @Parameter(property = "shale.spellingDatabaseUrl")
    protected String spellingDatabaseUrl;

    /** Packages of the schema records and enums; overrides schema.packages. */
    @Parameter(property = "shale.schemaPackages")
    protected List<String> schemaPackages;

    /** The migrations folder; overrides migrations of shale.yaml (default there: migrations). */
    @Parameter(property = "shale.migrationsDir")
    protected File migrationsDir;

    /** The snapshots folder; overrides snapshots of shale.yaml (default there: snapshots). */
    @Parameter(property = "shale.snapshotsDir")
    protected File snapshotsDir;

    /** Lock-timeout retries of migrate; overrides database.lockRetries. */
    @Parameter(property = "shale.lockRetries")
    protected Integer lockRetries;

    /** The first wait before a lock-timeout retry (such as 1s); overrides database.lockRetryBackoff. */
    @Parameter(property = "shale.lockRetryBackoff")
    protected String lockRetryBackoff;

    /** Whether generate and diff write the online forms (true) or plain DDL (false); overrides generate.online. */
    @Parameter(property = "shale.generateOnline")
    protected Boolean generateOnline;

    /** Use the project's classes and compile classpath as the schema classpath (otherwise schema.classpath). */
    @Parameter(property = "shale.useProjectClasspath", defaultValue = "true")
    protected boolean useProjectClasspath;

    /** The output format: text (default), json, and for some goals markdown or sarif. */
    @Parameter(property = "shale.format")
    protected String format;

    /** Writes the goal's results (a JSON, Markdown or SARIF report) to this file instead of the log. */
    @Parameter(property = "shale.outputFile")
    protected File outputFile;

    /** More arguments for the command, added as they are after the pom's (for options this goal does not name). */
    @Parameter
    protected List<String> arguments;

    /** The goal's command line: the subcommand and its options. */
    protected abstract ShaleArguments commandLine();

    /** The goal's name, for messages. */
    protected abstract String goal();

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping shale " + goal() + " (shale.skip)");
            return;
        }
        ShaleArguments command = new ShaleArguments("-C", projectDirectory.getAbsolutePath())
                .plain(commandLine().toList())
                .option("--format", format)
                .plain(arguments);
        new ShaleRunner(getLog()).run(goal(), environment(), command,
                outputFile == null ? null : outputFile.toPath());
    }

    /** The process environment, with the pom's settings as {@code shale}'s environment overrides. */
    Map<String, String> environment() throws MojoExecutionException {
        Map<String, String> environment = new HashMap<>(System.getenv());
        put(environment, "SHALE_DATABASE_URL", databaseUrl);
        put(environment, "SHALE_DEV_DATABASE_URL", devDatabaseUrl);
        put(environment, "SHALE_SPELLING_DATABASE_URL", spellingDatabaseUrl);
        if (schemaPackages != null && !schemaPackages.isEmpty()) {
            put(environment, "SHALE_SCHEMA_PACKAGES", String.join(",", schemaPackages));
        }
        put(environment, "SHALE_MIGRATIONS_DIR", migrationsDir == null ? null : migrationsDir.getAbsolutePath());
        put(environment, "SHALE_SNAPSHOTS_DIR", snapshotsDir == null ? null : snapshotsDir.getAbsolutePath());
        put(environment, "SHALE_LOCK_RETRIES", lockRetries == null ? null : lockRetries.toString());
        put(environment, "SHALE_LOCK_RETRY_BACKOFF", lockRetryBackoff);
        put(environment, "SHALE_GENERATE_ONLINE", generateOnline == null ? null : generateOnline.toString());
        if (useProjectClasspath) {
            put(environment, "SHALE_CLASSPATH", String.join(File.pathSeparator, schemaClasspath()));
        }
        return environment;
    }

    /** The project's output directory, then its compile classpath (the jars the schema classes may need). */
    private List<String> schemaClasspath() throws MojoExecutionException {
        try {
            List<String> elements = new ArrayList<>();
            elements.add(project.getBuild().getOutputDirectory());
            for (String element : project.getCompileClasspathElements()) {
                if (!elements.contains(element)) {
                    elements.add(element);
                }
            }
            return elements;
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("shale " + goal() + ": the compile classpath of " + project.getId()
                    + " is not resolved: " + e.getMessage(), e);
        }
    }

    private static void put(Map<String, String> environment, String name, String value) {
        if (value != null && !value.isBlank()) {
            environment.put(name, value.strip());
        }
    }
}
