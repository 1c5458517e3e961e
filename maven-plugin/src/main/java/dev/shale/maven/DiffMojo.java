package dev.shale.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code shale:diff}: prints the SQL that turns the schema of {@code from} into that of {@code to}; each is records,
 * latest, empty, a version, a snapshot file or a database URL. Reads only.
 */
@Mojo(name = "diff", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class DiffMojo extends AbstractShaleMojo {

    /** The schema to start from: records, latest, empty, VERSION, FILE.json or URL. */
    @Parameter(property = "shale.from", defaultValue = "latest")
    protected String from;

    /** The schema to arrive at: records, latest, empty, VERSION, FILE.json or URL. */
    @Parameter(property = "shale.to", defaultValue = "records")
    protected String to;

    /** Fails the build when the two sources differ ({@code --exit-code}). */
    @Parameter(property = "shale.exitCode", defaultValue = "false")
    protected boolean exitCode;

    /** The schema of shale_migrations, left out of a database's schema (default: public). */
    @Parameter(property = "shale.historySchema")
    protected String historySchema;

    @Override
    protected ShaleArguments commandLine() {
        return new ShaleArguments("diff")
                .option("--from", from)
                .option("--to", to)
                .flag("--exit-code", exitCode)
                .option("--history-schema", historySchema);
    }

    @Override
    protected String goal() {
        return "diff";
    }
}
