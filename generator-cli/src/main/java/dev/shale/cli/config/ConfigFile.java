package dev.shale.cli.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The shape of {@code shale.yaml}, as written by users; unknown keys are rejected. */
record ConfigFile(
        @JsonProperty("schema") SchemaSection schema,
        @JsonProperty("migrations") String migrations,
        @JsonProperty("snapshots") String snapshots,
        @JsonProperty("database") DatabaseSection database) {

    /** Where the schema classes are. */
    record SchemaSection(
            @JsonProperty("packages") List<String> packages,
            @JsonProperty("classpath") List<String> classpath) {
    }

    /** The database to connect to, and the development server {@code verify} makes throwaway databases on. */
    record DatabaseSection(@JsonProperty("url") String url, @JsonProperty("devUrl") String devUrl) {
    }
}
