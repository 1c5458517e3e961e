package dev.shale.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code shale:status}: shows every migration as applied, pending, modified, missing or out of order; fails the build
 * when migrate would refuse to run. Reads only.
 */
@Mojo(name = "status", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class StatusMojo extends AbstractDatabaseMojo {

    @Override
    protected ShaleArguments commandLine() {
        return withDatabaseOptions(new ShaleArguments("status"));
    }

    @Override
    protected String goal() {
        return "status";
    }
}
