package dev.shale.spring;

/** A {@code shale.*} property Shale cannot use: names the property, the value and the fix. */
public class ShaleConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String property;
    private final String fix;

    public ShaleConfigurationException(String property, String problem, String fix, Throwable cause) {
        super(property + ": " + problem + " Fix: " + fix, cause);
        this.property = property;
        this.fix = fix;
    }

    /** The property at fault, such as {@code shale.locations}. */
    public String property() {
        return property;
    }

    /** What to do. */
    public String fix() {
        return fix;
    }
}
