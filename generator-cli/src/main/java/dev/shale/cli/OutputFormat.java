package dev.shale.cli;

/** How a reporting command prints its result: for people, or as JSON for CI and scripts. */
enum OutputFormat {
    TEXT,
    JSON
}
