package dev.shale.cli.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code shale.yaml} that {@code shale init} writes, made from {@link ConfigKeys}: the schema package and
 * classpath given, the folders at their defaults, and every other key commented out, each with its description and
 * the environment variable that overrides it, so the file's comments agree with the documentation.
 */
public final class ConfigTemplate {

    private static final int WIDTH = 100;

    private ConfigTemplate() {
    }

    /** The file's text for a project whose schema records are in {@code schemaPackage}, compiled to {@code classpath}. */
    public static String initial(String schemaPackage, String classpath) {
        StringBuilder out = new StringBuilder("# Shale configuration. Paths are relative to this file; "
                + ConfigException.DOCS + " describes every key.\n");
        String section = "";
        for (ConfigKey key : ConfigKeys.ALL) {
            if (!key.section().equals(section)) {
                section = key.section();
                if (!section.isEmpty()) {
                    String name = section;
                    boolean set = ConfigKeys.ALL.stream().anyMatch(k -> k.section().equals(name)
                            && value(k, schemaPackage, classpath) != null);
                    out.append(set ? "" : "# ").append(section).append(":\n");
                }
            }
            String value = value(key, schemaPackage, classpath);
            String prefix = (value == null ? "# " : "") + (key.section().isEmpty() ? "" : "  ");
            for (String line : wrap(describe(key), WIDTH - prefix.length() - 2)) {
                out.append(prefix).append("# ").append(line).append('\n');
            }
            out.append(prefix).append(key.leaf()).append(':').append(value == null ? " " + key.example() : value)
                    .append('\n');
        }
        return out.toString();
    }

    /** What the file sets {@code key} to (after its colon), or null when it leaves it commented out. */
    private static String value(ConfigKey key, String schemaPackage, String classpath) {
        return switch (key.name()) {
            case "schema.packages" -> "\n    - " + schemaPackage;
            case "schema.classpath" -> "\n    - " + classpath;
            case "migrations", "snapshots" -> " " + key.defaultValue();
            default -> null;
        };
    }

    /** The key's description, with the variables that override it. */
    private static String describe(ConfigKey key) {
        String variables = key.environment().isEmpty() ? ""
                : " Environment: " + String.join(" or ", key.environment()) + ".";
        return key.description() + variables;
    }

    /** {@code text} cut into lines of at most {@code width} characters, at spaces. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
