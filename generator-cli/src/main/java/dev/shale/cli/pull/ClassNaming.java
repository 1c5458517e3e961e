package dev.shale.cli.pull;

import com.palantir.javapoet.ClassName;
import dev.shale.model.EnumType;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Java class of every pulled table and enum type: {@code public} in the base package, every other
 * schema in a sub-package named after it; PascalCase names, made unique within their package (enums are
 * named first, then tables, each in the model's sorted order, then the holders of sequences and extensions, so the
 * result does not depend on anything else).
 */
final class ClassNaming {

    private final Map<QualifiedName, ClassName> tables = new LinkedHashMap<>();
    private final Map<QualifiedName, ClassName> enums = new LinkedHashMap<>();
    private ClassName sequences;
    private ClassName extensions;

    ClassNaming(SchemaModel model, String basePackage) {
        Set<String> schemas = new TreeSet<>();
        model.enums().forEach(e -> schemas.add(e.name().schema()));
        model.tables().forEach(t -> schemas.add(t.name().schema()));
        Map<String, String> packages = new HashMap<>();
        Set<String> segments = new HashSet<>();
        for (String schema : schemas) {
            packages.put(schema, schema.equals("public") ? basePackage
                    : basePackage + "." + JavaNames.packageSegment(schema, segments));
        }
        Map<String, Set<String>> taken = new HashMap<>();
        for (EnumType type : model.enums()) {
            String pkg = packages.get(type.name().schema());
            String name = JavaNames.className(JavaNames.pascalCase(type.name().name(), "Enum"), "Enum",
                    taken.computeIfAbsent(pkg, p -> new HashSet<>()));
            enums.put(type.name(), ClassName.get(pkg, name));
        }
        for (Table table : model.tables()) {
            String pkg = packages.get(table.name().schema());
            String name = JavaNames.className(JavaNames.pascalCase(table.name().name(), "Table"), "Table",
                    taken.computeIfAbsent(pkg, p -> new HashSet<>()));
            tables.put(table.name(), ClassName.get(pkg, name));
        }
        if (model.sequences().stream().anyMatch(s -> s.ownedBy() == null)) {
            sequences = ClassName.get(basePackage, JavaNames.className("Sequences", "Sequences",
                    taken.computeIfAbsent(basePackage, p -> new HashSet<>())));
        }
        if (!model.extensions().isEmpty()) {
            // named after the tables and enums, so a table called database_extensions keeps its natural name
            extensions = ClassName.get(basePackage, JavaNames.className(RecordGenerator.EXTENSIONS_CLASS, "",
                    taken.computeIfAbsent(basePackage, p -> new HashSet<>())));
        }
    }

    /**
     * The class declaring the extensions, when there are any: {@value RecordGenerator#EXTENSIONS_CLASS}, or
     * {@code DatabaseExtensions2} (3, ...) when a table or enum of the base package takes that name.
     */
    Optional<ClassName> extensions() {
        return Optional.ofNullable(extensions);
    }

    /** The holder of the sequences no column owns, when there are any. */
    Optional<ClassName> sequences() {
        return Optional.ofNullable(sequences);
    }

    /** The record class of a pulled table. */
    Optional<ClassName> table(QualifiedName name) {
        return Optional.ofNullable(tables.get(name));
    }

    /** The enum class of a pulled enum type. */
    Optional<ClassName> enumType(QualifiedName name) {
        return Optional.ofNullable(enums.get(name));
    }
}
