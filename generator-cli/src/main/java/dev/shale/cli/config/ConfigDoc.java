package dev.shale.cli.config;

import java.util.stream.Collectors;

/**
 * Writes {@code docs/configuration.md} from {@link ConfigKeys}, so the documentation cannot drift from the keys the
 * reader knows: a test compares the committed file with {@link #markdown()}.
 */
public final class ConfigDoc {

    /** The example of a wrong file the page shows; a test runs it and compares the output with {@link #EXAMPLE_OUTPUT}. */
    static final String EXAMPLE_FILE = """
            database:
              url: postgres://db.example.com/app
              lockRetry: 3
              lockRetryBackoff: 5 seconds
            """;

    /** The environment of the example. */
    static final java.util.Map<String, String> EXAMPLE_ENVIRONMENT = java.util.Map.of("SHALE_GENERATE_ONLINE", "yes");

    /** What {@code shale status} prints for the example (checked by a test). */
    static final String EXAMPLE_OUTPUT = """
            error: the configuration has 3 problems; nothing was run:
              shale.yaml:3:3: unknown key 'database.lockRetry'
                fix: did you mean 'lockRetries'? (the keys under database are url, devUrl, spellingUrl, dataChecks, \
            lockRetries, lockRetryBackoff; see docs/configuration.md)
              shale.yaml:4:21: database.lockRetryBackoff must be a duration (a whole number with a unit: 250ms, 10s, \
            5m, 1h or 1h30m; 0 for none), not "5 seconds"
                fix: write it as lockRetryBackoff: 1s (see docs/configuration.md)
              SHALE_GENERATE_ONLINE must be true or false, not "yes"
                fix: set SHALE_GENERATE_ONLINE to a value such as true, or unset it to use generate.online of \
            shale.yaml (see docs/configuration.md)
              fix: fix each one as said above (docs/configuration.md describes every key)
            """;

    private ConfigDoc() {
    }

    /** The whole page. */
    public static String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Configuration: shale.yaml\n\n")
                .append("<!-- Generated from ConfigKeys (generator-cli, dev.shale.cli.config) by ConfigDoc; ConfigDocTest"
                        + " fails when this file and the table differ. Regenerate: mvn -o -q test -pl generator-cli -am"
                        + " -Dtest=ConfigDocTest -Dsurefire.failIfNoSpecifiedTests=false -Dshale.updateDocs=true -->\n\n")
                .append("""
                        Shale reads `shale.yaml` in the project folder (the current folder, or `-C DIR`). Paths in it
                        are relative to the project folder. An environment variable overrides the file's value, and a
                        flag overrides both. A missing file, an empty file and a missing key all mean the defaults.
                        `shale init` writes a `shale.yaml` with every key, the ones it does not set commented out.

                        ## Validation

                        Every command checks the file and the environment variables before it does anything: the
                        keys must be the ones below, each written once, and each value must have its type. A problem
                        is reported with its line and column in the file (or the variable's name) and the fix; all
                        the problems are reported at once, the exit code is 2, and nothing is run or written. An
                        unknown key gets a "did you mean" for the key nearest in spelling. Database URLs are never
                        shown, since they may hold a password.

                        For example, with this `shale.yaml` and `SHALE_GENERATE_ONLINE=yes`:

                        ```yaml
                        """)
                .append(EXAMPLE_FILE)
                .append("```\n\n```text\n$ shale status\n")
                .append(EXAMPLE_OUTPUT)
                .append("""
                        ```

                        Of `DATABASE_URL` and `SHALE_DATABASE_URL`, only the one Shale uses is checked
                        (`SHALE_DATABASE_URL` when it is set).

                        """)
                .append("## Keys\n\n")
                .append("| key | type | default | environment | flag |\n")
                .append("| --- | --- | --- | --- | --- |\n");
        for (ConfigKey key : ConfigKeys.ALL) {
            out.append("| [`").append(key.name()).append("`](#").append(anchor(key)).append(") | ").append(key.type())
                    .append(" | ").append(key.defaultValue()).append(" | ").append(environment(key)).append(" | ")
                    .append(key.flag().isEmpty() ? "none" : "`" + key.flag() + "`").append(" |\n");
        }
        for (ConfigKey key : ConfigKeys.ALL) {
            out.append("\n### ").append(key.name()).append("\n\n")
                    .append(key.description()).append("\n\n")
                    .append("- type: ").append(key.type()).append('\n')
                    .append("- default: ").append(key.defaultValue()).append('\n')
                    .append("- environment: ").append(environment(key)).append('\n')
                    .append("- flag: ").append(key.flag().isEmpty() ? "none" : "`" + key.flag() + "`").append('\n')
                    .append("\n```yaml\n").append(example(key)).append("```\n");
        }
        out.append("\n## A complete file\n\nAs `shale init --package com.example.schema` writes it:\n\n```yaml\n")
                .append(ConfigTemplate.initial("com.example.schema", "target/classes")).append("```\n");
        return out.toString();
    }

    private static String environment(ConfigKey key) {
        return key.environment().isEmpty() ? "none"
                : key.environment().stream().map(v -> "`" + v + "`").collect(Collectors.joining(" or "));
    }

    /** The key with its example value, as it stands in the file. */
    private static String example(ConfigKey key) {
        return key.section().isEmpty() ? key.written() + "\n" : key.section() + ":\n  " + key.written() + "\n";
    }

    /** The GitHub anchor of the key's heading: lower case, dots dropped. */
    private static String anchor(ConfigKey key) {
        return key.name().toLowerCase(java.util.Locale.ROOT).replace(".", "");
    }
}
