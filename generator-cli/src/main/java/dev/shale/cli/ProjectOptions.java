package dev.shale.cli;

import dev.shale.cli.config.ConfigLoader;
import dev.shale.cli.config.ShaleConfig;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every project command shares: where the project is and where its schema classes are. */
public final class ProjectOptions {

    @Option(names = "--package", paramLabel = "PACKAGE", split = ",",
            description = "Package(s) of the schema classes; overrides schema.packages of shale.yaml.")
    List<String> packages = new ArrayList<>();

    @Option(names = "--classpath", paramLabel = "PATH",
            description = "Where the compiled schema classes are (entries separated by '${sys:path.separator}'); overrides schema.classpath.")
    String classpath;

    /** The resolved configuration of the project in {@code projectDir}. */
    public ShaleConfig load(Path projectDir, Map<String, String> environment) {
        List<String> entries = classpath == null ? List.of() : List.of(classpath.split(File.pathSeparator));
        return new ConfigLoader(environment).load(projectDir, packages, entries);
    }
}
