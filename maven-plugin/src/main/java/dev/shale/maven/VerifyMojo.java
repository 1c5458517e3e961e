package dev.shale.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code shale:verify}: replays every migration and every down migration on a throwaway database (on
 * {@code devDatabaseUrl}'s server, else an embedded PostgreSQL) and compares each step with its snapshot.
 */
@Mojo(name = "verify", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class VerifyMojo extends AbstractShaleMojo {

    @Override
    protected ShaleArguments commandLine() {
        return new ShaleArguments("verify");
    }

    @Override
    protected String goal() {
        return "verify";
    }
}
