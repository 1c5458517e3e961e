package dev.shale.cli.schema;

import dev.shale.cli.ExitCode;
import dev.shale.cli.CommandException;
import dev.shale.cli.config.ShaleConfig;
import dev.shale.reader.DeclaredSchema;
import dev.shale.reader.RecordSchemaReader;
import dev.shale.reader.SchemaClassFinder;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads the project's schema classes from its configured classpath and reads them into a model. */
public final class SchemaLoader {

    /** The declared schema of the project. */
    public DeclaredSchema load(ShaleConfig config) {
        if (config.schemaPackages().isEmpty()) {
            throw new CommandException(ExitCode.USAGE,
                    "no schema package is configured",
                    "set schema.packages in shale.yaml, SHALE_SCHEMA_PACKAGES, or pass --package com.example.schema");
        }
        List<URL> urls = new ArrayList<>();
        for (Path entry : config.classpath()) {
            if (!Files.exists(entry)) {
                throw new CommandException(ExitCode.USAGE,
                        "classpath entry " + config.display(entry) + " does not exist",
                        "compile the schema classes first (for example: mvn compile), or fix schema.classpath in shale.yaml");
            }
            urls.add(toUrl(entry));
        }
        ClassLoader parent = SchemaLoader.class.getClassLoader();
        try (URLClassLoader loader = new URLClassLoader("shale-schema", urls.toArray(URL[]::new), parent)) {
            List<Class<?>> classes;
            try {
                classes = SchemaClassFinder.find(loader, config.schemaPackages());
            } catch (LinkageError e) {
                throw new CommandException(ExitCode.USAGE,
                        "a schema class cannot be loaded: " + e,
                        "add the jars your schema classes need to schema.classpath in shale.yaml", e);
            } catch (UncheckedIOException e) {
                throw new CommandException(ExitCode.USAGE, e.getMessage(),
                        "make the entry readable, or remove it from schema.classpath in shale.yaml", e);
            }
            if (classes.isEmpty()) {
                throw new CommandException(ExitCode.USAGE,
                        "no @Table records or @PgEnum enums found in package(s) " + String.join(", ", config.schemaPackages())
                                + " on classpath " + describe(config),
                        "check schema.packages and schema.classpath in shale.yaml, and compile the schema classes");
            }
            return new RecordSchemaReader().read(classes);
        } catch (java.io.IOException e) {
            throw new CommandException(ExitCode.USAGE, "cannot close the schema class loader: " + e.getMessage(), null, e);
        }
    }

    private static String describe(ShaleConfig config) {
        return config.classpath().isEmpty()
                ? "(empty: only Shale's own)"
                : String.join(java.io.File.pathSeparator, config.classpath().stream().map(config::display).toList());
    }

    private static URL toUrl(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new CommandException(ExitCode.USAGE, "bad classpath entry " + path + ": " + e.getMessage(), null, e);
        }
    }
}
