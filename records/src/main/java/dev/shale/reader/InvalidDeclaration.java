package dev.shale.reader;

/**
 * Thrown by the reader's helpers for one declaration they cannot map; the caller, which knows
 * the class and component, turns it into a {@link DeclarationProblem}.
 */
final class InvalidDeclaration extends RuntimeException {

    private final String fix;

    InvalidDeclaration(String message, String fix) {
        super(message, null, false, false);
        this.fix = fix;
    }

    /** How to fix the declaration. */
    String fix() {
        return fix;
    }
}
