package dev.shale.bench;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies a folder of {@code V<version>__<name>.sql} files with Flyway's defaults (one transaction per
 * migration, its history table and lock): {@code java -jar flyway-apply.jar JDBC_URL FOLDER}.
 */
public final class FlywayApply {

    private FlywayApply() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: java -jar flyway-apply.jar JDBC_URL FOLDER");
            System.exit(2);
        }
        MigrateResult result = Flyway.configure()
                .dataSource(args[0], null, null)
                .locations("filesystem:" + args[1])
                .load()
                .migrate();
        System.out.println("flyway applied " + result.migrationsExecuted + " migrations");
    }
}
