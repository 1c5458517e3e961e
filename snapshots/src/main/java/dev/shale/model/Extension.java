package dev.shale.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A PostgreSQL extension the schema needs ({@code citext}, {@code pgcrypto}, ...): its name, the schema its objects
 * (types, functions, operators) live in, and the version to install, {@code null} when any version will do.
 */
public record Extension(String name, String schema, String version) implements Comparable<Extension> {

    /** The spelling of an extension name: what {@code CREATE EXTENSION} accepts without surprises. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

    public Extension {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schema, "schema");
        String problem = nameProblem(name);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (version != null && version.isBlank()) {
            throw new IllegalArgumentException("the version of extension " + name + " is blank: leave it out instead");
        }
    }

    /** The extension {@code name} in {@code public}, any version. */
    public static Extension of(String name) {
        return new Extension(name, "public", null);
    }

    /** The extension {@code name} with its objects in {@code schema}, any version. */
    public static Extension of(String name, String schema) {
        return new Extension(name, schema, null);
    }

    /**
     * Why {@code name} is not an extension name (lower-case letters, digits, {@code _} and {@code -}, as the
     * contrib extensions are named), or {@code null} when it is one.
     */
    public static String nameProblem(String name) {
        if (NAME.matcher(name).matches()) {
            return null;
        }
        return "\"" + NameRules.printable(name) + "\" is not an extension name: use the name as pg_available_extensions"
                + " lists it (lower-case letters, digits, _ and -, such as citext or uuid-ossp)";
    }

    /** This extension with {@code version} (or any version, for {@code null}). */
    public Extension withVersion(String version) {
        return new Extension(name, schema, version);
    }

    /** Extensions sort by name: a database holds each at most once. */
    @Override
    public int compareTo(Extension other) {
        return name.compareTo(other.name);
    }

    /** {@code citext} or {@code citext in util, version 1.6}, for messages. */
    @Override
    public String toString() {
        return name + (schema.equals("public") ? "" : " in " + schema)
                + (version == null ? "" : ", version " + version);
    }
}
