package dev.shale.reader;

import java.util.Optional;

/**
 * Which extension provides a type a column may be declared with unqualified ({@code citext} from {@code citext},
 * {@code lquery} from {@code ltree}): when the schema declares that extension, such a column's type lives in the
 * extension's schema. {@code shale pull} asks it too, so it writes only what the reader reads back the same.
 */
public final class ExtensionTypes {

    private ExtensionTypes() {
    }

    /** The extension that provides the type {@code typeName}, if it is one Shale knows. */
    public static Optional<String> extensionOf(String typeName) {
        return Optional.ofNullable(KnownTypes.EXTENSION_OF.get(typeName));
    }
}
