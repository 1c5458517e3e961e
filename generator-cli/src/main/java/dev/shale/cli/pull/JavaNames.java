package dev.shale.cli.pull;

import dev.shale.model.Identifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Java names for database names: PascalCase class names, camelCase record components, package segments
 * for schemas. Pure; never returns a keyword, a restricted identifier or a name the caller marked taken.
 */
final class JavaNames {

    /** java.lang types the generated code may use: a class of that name in the package would shadow them. */
    private static final Set<String> JAVA_LANG = Set.of("Boolean", "Byte", "Character", "Class", "Deprecated",
            "Double", "Enum", "Error", "Exception", "Float", "Integer", "Iterable", "Long", "Math", "Number",
            "Object", "Override", "Record", "Short", "String", "System", "Thread", "Void");

    /** Names a record component cannot have (they clash with methods of {@code Object}) or should not. */
    private static final Set<String> NOT_COMPONENTS = Set.of("clone", "finalize", "getClass", "hashCode", "notify",
            "notifyAll", "toString", "wait", "yield", "record", "var", "sealed", "permits", "_");

    private JavaNames() {
    }

    /** The words of a database name: split at anything that is not a letter or digit, and at case changes. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** {@code support_tickets} to {@code SupportTickets}; {@code fallbackPrefix} goes before a leading digit. */
    static String pascalCase(String name, String fallbackPrefix) {
        StringBuilder out = new StringBuilder();
        for (String word : words(name)) {
            out.append(capitalize(word));
        }
        if (out.length() == 0 || !Character.isJavaIdentifierStart(out.codePointAt(0))) {
            out.insert(0, fallbackPrefix);
        }
        return out.toString();
    }

    /** {@code created_at} to {@code createdAt}; an all-capital first word is lowered whole ({@code URL} to {@code url}). */
    static String camelCase(String name, String fallback) {
        List<String> words = words(name);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i == 0) {
                out.append(word.equals(word.toUpperCase(Locale.ROOT)) ? word.toLowerCase(Locale.ROOT)
                        : Character.toLowerCase(word.charAt(0)) + word.substring(1));
            } else {
                out.append(capitalize(word));
            }
        }
        if (out.length() == 0) {
            return fallback;
        }
        if (!Character.isJavaIdentifierStart(out.codePointAt(0))) {
            out.insert(0, fallback);
        }
        return out.toString();
    }

    /** A class name from {@code base} that is not taken, not a java.lang type and not a keyword; marks it taken. */
    static String className(String base, String suffix, Set<String> taken) {
        String name = base;
        if (JAVA_LANG.contains(name) || !SourceVersion.isName(name) || taken.contains(lower(name))) {
            name = base + suffix;
        }
        for (int n = 2; taken.contains(lower(name)) || !SourceVersion.isName(name); n++) {
            name = base + suffix + n;
        }
        taken.add(lower(name));
        return name;
    }

    /** A record component name from {@code base}, valid and not taken; marks it taken. */
    static String componentName(String base, Set<String> taken) {
        String name = base;
        if (!usableComponent(name) || taken.contains(name)) {
            name = base + "_";
        }
        for (int n = 2; !usableComponent(name) || taken.contains(name); n++) {
            name = base + n;
        }
        taken.add(name);
        return name;
    }

    /** Whether {@code label} can be the name of an enum constant (which is how Shale reads a label). */
    static boolean isConstant(String label) {
        return SourceVersion.isName(label) && !label.equals("_");
    }

    /** A package segment for a schema name: lower case, keywords and leading digits escaped with {@code _}. */
    static String packageSegment(String schema, Set<String> taken) {
        String base = String.join("_", words(schema)).toLowerCase(Locale.ROOT);
        if (base.isEmpty() || !Character.isJavaIdentifierStart(base.codePointAt(0))) {
            base = "_" + base;
        }
        if (!SourceVersion.isName(base)) {
            base = base + "_";
        }
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
            name = base + n;
        }
        return name;
    }

    /** Whether the component name reads back as {@code column} without {@code @Column(name = ...)}. */
    static boolean snakeCasesTo(String component, String column) {
        return Identifiers.snakeCase(component).equals(column);
    }

    private static boolean usableComponent(String name) {
        return SourceVersion.isName(name) && !NOT_COMPONENTS.contains(name);
    }

    private static String capitalize(String word) {
        int first = word.codePointAt(0);
        return new String(Character.toChars(Character.toUpperCase(first))) + word.substring(Character.charCount(first));
    }

    /** Class names are compared ignoring case, since two files differing only in case clash on some file systems. */
    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
