package dev.shale.reader;

import dev.shale.dsl.Extension;
import dev.shale.model.NameRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@code @Extension} declarations of the schema classes (types and {@code package-info} classes) into
 * the model's extensions, and answers which declared extension provides a column type. One extension may be
 * declared on several classes when every declaration says the same; a conflict names both classes.
 */
final class ExtensionReader {

    /** A declaration and the class it is on, for messages. */
    private record Declared(dev.shale.model.Extension extension, String className) {
    }

    private final Problems problems;
    private final Map<String, Declared> byName = new LinkedHashMap<>();

    ExtensionReader(Problems problems) {
        this.problems = problems;
    }

    /** Reads the declarations on {@code type}, reporting bad and conflicting ones. */
    void read(Class<?> type) {
        for (Extension declared : type.getAnnotationsByType(Extension.class)) {
            String shown = "@Extension(\"" + NameRules.printable(declared.value()) + "\")";
            String nameProblem = dev.shale.model.Extension.nameProblem(declared.value());
            if (nameProblem != null) {
                problems.add(type, null, "has " + shown + ": " + nameProblem,
                        "write the extension's name as CREATE EXTENSION takes it, such as @Extension(\"citext\")");
                continue;
            }
            String schemaProblem = NameRules.schemaProblem(declared.schema());
            if (schemaProblem != null) {
                problems.add(type, null, "has " + shown + " with schema \"" + NameRules.printable(declared.schema())
                        + "\": " + schemaProblem, "name a valid schema, or leave schema out for public");
                continue;
            }
            if (!declared.version().equals(declared.version().trim()) || declared.version().contains("'")) {
                problems.add(type, null, "has " + shown + " with the version \""
                                + NameRules.printable(declared.version()) + "\", which no extension has",
                        "write the version as pg_available_extension_versions lists it, such as \"1.6\", or leave it"
                                + " out for the server's default");
                continue;
            }
            dev.shale.model.Extension extension = new dev.shale.model.Extension(declared.value(), declared.schema(),
                    declared.version().isEmpty() ? null : declared.version());
            Declared earlier = byName.get(extension.name());
            if (earlier == null) {
                byName.put(extension.name(), new Declared(extension, type.getName()));
            } else if (!earlier.extension().equals(extension)) {
                problems.add(type, null, "declares the extension " + extension.name() + " as " + describe(extension)
                                + ", but " + earlier.className() + " declares it as " + describe(earlier.extension()),
                        "declare " + extension.name() + " once, or make both declarations name the same schema and"
                                + " version");
            }
        }
    }

    private static String describe(dev.shale.model.Extension e) {
        return "schema " + e.schema() + ", " + (e.version() == null ? "any version" : "version " + e.version());
    }

    /** The extensions declared, each once. */
    List<dev.shale.model.Extension> extensions() {
        List<dev.shale.model.Extension> all = new ArrayList<>();
        byName.values().forEach(d -> all.add(d.extension()));
        return all;
    }

    /** The declared extension that provides the type {@code typeName} (a known extension type), if any. */
    Optional<dev.shale.model.Extension> providing(String typeName) {
        String extension = KnownTypes.EXTENSION_OF.get(typeName);
        return extension == null ? Optional.empty()
                : Optional.ofNullable(byName.get(extension)).map(Declared::extension);
    }
}
