package dev.shale.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code shale:lint}: reports the lock, rewrite, data-loss and safety hazards of migration files (by default the
 * pending ones); fails the build on an unaccepted finding at or above {@code failOn}.
 */
@Mojo(name = "lint", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class LintMojo extends AbstractDatabaseMojo {

    /** The least severity that fails the build: error, warning (default) or note. */
    @Parameter(property = "shale.failOn")
    protected String failOn;

    /** Migration files to lint, relative to the project directory (default: the pending ones). */
    @Parameter(property = "shale.files")
    protected List<String> files;

    /** Lints only the migrations after this version (no database is asked). */
    @Parameter(property = "shale.since")
    protected String since;

    /** Lints every migration (no database is asked). */
    @Parameter(property = "shale.all", defaultValue = "false")
    protected boolean all;

    @Override
    protected ShaleArguments commandLine() {
        return withDatabaseOptions(new ShaleArguments("lint")
                .option("--fail-on", failOn)
                .option("--since", since)
                .flag("--all", all))
                .plain(files);
    }

    @Override
    protected String goal() {
        return "lint";
    }
}
