package dev.shale.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version {@code shale --version} prints: the build's {@code project.version}, which Maven writes into the
 * resource {@code dev/shale/cli/version.properties}, so a run from classes (an IDE, tests) knows it as a jar does.
 */
final class ShaleVersion implements IVersionProvider {

    private static final String RESOURCE = "/dev/shale/cli/version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"shale " + version()};
    }

    /** The build's version, such as {@code 0.1.0-SNAPSHOT}. */
    static String version() {
        try (InputStream in = ShaleVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build; rebuild Shale with Maven");
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            if (version.isBlank() || version.contains("${")) {
                throw new IllegalStateException(RESOURCE + " holds no version (\"" + version + "\"); rebuild Shale"
                        + " with Maven, which fills it in");
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
