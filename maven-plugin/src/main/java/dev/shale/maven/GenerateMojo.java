package dev.shale.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code shale:generate}: compares the project's compiled schema records with the latest snapshot and writes a
 * migration, its down migration, a new snapshot and shale.sum (nothing when nothing changed). Bound to no phase:
 * run it after compile, as {@code mvn compile shale:generate}.
 */
@Mojo(name = "generate", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class GenerateMojo extends AbstractShaleMojo {

    /** The migration's name in snake_case (default: derived from the changes). */
    @Parameter(property = "shale.name")
    protected String name;

    @Override
    protected ShaleArguments commandLine() {
        return new ShaleArguments("generate").option("--name", name);
    }

    @Override
    protected String goal() {
        return "generate";
    }
}
