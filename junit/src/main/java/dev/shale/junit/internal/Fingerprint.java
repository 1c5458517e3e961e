package dev.shale.junit.internal;

import dev.shale.api.MigrationSource;
import dev.shale.migrations.runner.source.LoadedSource;
import dev.shale.migrations.runner.source.SourceLoader;
import dev.shale.migrations.runner.source.SourceMigration;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of a set of migrations: a SHA-256 over each migration's version, name and the checksums Shale keeps
 * of its up and down files (the ones the history table records), so an added, removed or edited migration gives
 * another fingerprint and so another template.
 */
public final class Fingerprint {

    /** Bumped when what a template holds changes for the same files (the extension's own format). */
    private static final String FORMAT = "shale-junit template 1\n";

    private Fingerprint() {
    }

    /** 16 lowercase hex digits identifying the migrations of {@code source}. */
    public static String of(MigrationSource source) {
        LoadedSource loaded = SourceLoader.load(source);
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        digest.update(FORMAT.getBytes(StandardCharsets.UTF_8));
        for (SourceMigration migration : loaded.migrations()) {
            String line = migration.versionText() + ' ' + migration.name() + ' ' + migration.up().checksum() + ' '
                    + migration.downFile().map(down -> down.checksum()).orElse("-") + '\n';
            digest.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }
}
