package dev.shale.migrations.files;

import java.util.List;
import java.util.Optional;

/** The migrations folder: migrations in version order and the files that are not migrations. */
public record MigrationListing(List<MigrationFile> migrations, List<StrayFile> strays) {

    public MigrationListing {
        migrations = List.copyOf(migrations);
        strays = List.copyOf(strays);
    }

    /** The newest migration's version, if any. */
    public Optional<MigrationVersion> latestVersion() {
        return migrations.isEmpty() ? Optional.empty()
                : Optional.of(migrations.get(migrations.size() - 1).version());
    }
}
