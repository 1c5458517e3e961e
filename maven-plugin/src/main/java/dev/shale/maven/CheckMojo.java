package dev.shale.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code shale:check}: fails the build when the compiled records have ungenerated changes, the migrations do not
 * match shale.sum, the snapshot chain is broken or conflicts, a down file is missing, or (when a database is
 * configured in the pom, or {@code db} is true) the live database drifted. Bound to {@code verify} by default.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.COMPILE,
        threadSafe = true)
public class CheckMojo extends AbstractDatabaseMojo {

    /**
     * Also compare the live database with the snapshot of its last applied migration ({@code --db}). Default: when
     * {@code databaseUrl} is set in the pom or with -Dshale.databaseUrl; true uses the URL of shale.yaml or
     * DATABASE_URL as well.
     */
    @Parameter(property = "shale.db")
    protected Boolean db;

    @Override
    protected ShaleArguments commandLine() {
        boolean drift = db != null ? db : databaseUrl != null && !databaseUrl.isBlank();
        return withDatabaseOptions(new ShaleArguments("check").flag("--db", drift));
    }

    @Override
    protected String goal() {
        return "check";
    }
}
