package dev.shale.cli;

import dev.shale.cli.config.ConfigLoader;
import dev.shale.cli.config.ConfigTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code shale init}: writes {@code shale.yaml} and the migrations and snapshots folders. */
@Command(name = "init", mixinStandardHelpOptions = true, description = "Write shale.yaml and create the migrations/ and snapshots/ folders.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  shale init",
            "  shale init --package com.example.schema --classpath target/classes",
            "  shale -C services/billing init"
        })
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    ShaleCommand shale;

    @Option(names = "--package", paramLabel = "PACKAGE", defaultValue = "com.example.schema",
            description = "The package of your schema records (default: ${DEFAULT-VALUE}).")
    String schemaPackage;

    @Option(names = "--classpath", paramLabel = "PATH", defaultValue = "target/classes",
            description = "Where the compiled schema classes are, relative to the project (default: ${DEFAULT-VALUE}).")
    String classpath;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, or json (its JSON Schema: dev/shale/cli/schemas/init.schema.json in shale.jar).")
    OutputFormat format;

    @Override
    public Integer call() throws IOException {
        Console console = shale.console();
        Path project = shale.projectDir().toAbsolutePath().normalize();
        Path config = project.resolve(ConfigLoader.FILE_NAME);
        boolean configExists = Files.exists(config);
        if (!configExists) {
            Files.createDirectories(project);
            Files.writeString(config, configText());
        }
        for (String folder : new String[] {"migrations", "snapshots"}) {
            Files.createDirectories(project.resolve(folder));
        }
        if (format == OutputFormat.JSON) {
            java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
            out.put("schemaVersion", 1);
            out.put("command", "init");
            out.put("config", ConfigLoader.FILE_NAME);
            out.put("configWritten", !configExists);
            out.put("folders", java.util.List.of("migrations", "snapshots"));
            console.result(JsonText.of(out));
            return ExitCode.OK;
        }
        console.line(configExists
                ? ConfigLoader.FILE_NAME + " already exists; left as it is."
                : "Wrote " + ConfigLoader.FILE_NAME + ".");
        console.line("Folders migrations/ and snapshots/ are ready.");
        console.line("Next: declare @Table records in " + schemaPackage + ", compile them, and run: shale generate --name init");
        return ExitCode.OK;
    }

    private String configText() {
        return ConfigTemplate.initial(schemaPackage, classpath);
    }
}
