package dev.shale.diff;

/**
 * An extension declared in another schema than before. Moving it ({@code ALTER EXTENSION ... SET SCHEMA}) moves
 * its types under the columns that use them, which the model would read as column type changes: Shale refuses
 * instead of writing those.
 */
public final class MovedExtensionException extends RuntimeException {

    private final String extension;

    public MovedExtensionException(String extension, String from, String to) {
        super("extension " + extension + " moves from schema " + from + " to schema " + to
                + ", which Shale does not migrate");
        this.extension = extension;
    }

    /** The extension's name. */
    public String extension() {
        return extension;
    }

    /** What to do instead. */
    public String fix() {
        return "keep @Extension(\"" + extension + "\") in its schema, or move it by hand (ALTER EXTENSION " + extension
                + " SET SCHEMA ...) in a migration of its own and update the snapshot with it";
    }
}
