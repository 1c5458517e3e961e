package dev.shale.cli.pull;

import dev.shale.model.SchemaModel;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The part of an introspected model that records can declare, and the schemas left out: records declare
 * a schema only through the tables, enum types and extensions in it, so a schema holding none is not pulled.
 */
public record PulledSchema(SchemaModel model, List<String> emptySchemas) {

    public PulledSchema {
        emptySchemas = List.copyOf(emptySchemas);
    }

    /** {@code introspected} without its empty schemas and without its extensions' versions. */
    public static PulledSchema of(SchemaModel introspected) {
        Set<String> used = new TreeSet<>();
        introspected.tables().forEach(t -> used.add(t.name().schema()));
        introspected.enums().forEach(e -> used.add(e.name().schema()));
        introspected.extensions().forEach(e -> used.add(e.schema()));
        introspected.sequences().forEach(s -> used.add(s.name().schema()));
        List<String> empty = introspected.schemas().stream().filter(s -> !used.contains(s)).toList();
        SchemaModel model = new SchemaModel(introspected.schemas().stream().filter(used::contains).toList(),
                introspected.enums(), introspected.tables(),
                // declared without a version, as pull writes them: whichever version a database installs will do
                introspected.extensions().stream().map(e -> e.withVersion(null)).toList(),
                introspected.sequences());
        return new PulledSchema(model, empty);
    }
}
