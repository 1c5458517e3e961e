package dev.shale.cli;

import picocli.CommandLine.IVersionProvider;

/** The version {@code shale --version} prints, from the jar's manifest. */
final class ShaleVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = ShaleVersion.class.getPackage().getImplementationVersion();
        return new String[] {"shale " + (version == null ? "(development build)" : version)};
    }
}
