package dev.shale.reader;

import dev.shale.model.EnumType;
import dev.shale.model.QualifiedName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code @PgEnum} enums being read, by Java class and by PostgreSQL name. */
final class EnumCatalog {

    private final Map<Class<?>, QualifiedName> byClass = new LinkedHashMap<>();
    private final Map<QualifiedName, List<String>> labels = new LinkedHashMap<>();

    /** Registers an enum class under its type name. */
    void add(Class<?> type, QualifiedName name) {
        byClass.put(type, name);
    }

    /** Registers an enum class as the enum type it was read into, labels included. */
    void add(Class<?> type, EnumType read) {
        add(type, read.name());
        labels.put(read.name(), read.values());
    }

    /** The labels of a registered enum type, in order; empty when they are not known. */
    Optional<List<String>> labelsOf(QualifiedName name) {
        return Optional.ofNullable(labels.get(name));
    }

    /** The type name of a registered enum class. */
    Optional<QualifiedName> nameOf(Class<?> type) {
        return Optional.ofNullable(byClass.get(type));
    }

    /**
     * The declared enum a type name written in SQL refers to: {@code "schema.name"} exactly, or a bare
     * {@code "name"} in {@code schema} first, then in {@code public}.
     */
    Optional<QualifiedName> find(String written, String schema) {
        if (written.contains(".")) {
            QualifiedName name = QualifiedName.parse(written);
            return byClass.containsValue(name) ? Optional.of(name) : Optional.empty();
        }
        for (QualifiedName candidate : new QualifiedName[] {new QualifiedName(schema, written), QualifiedName.of(written)}) {
            if (byClass.containsValue(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
