package dev.shale.diff;

/** A {@code @RenamedFrom} names an object that the previous snapshot does not have. */
public final class UnresolvedRenameException extends RuntimeException {

    private final String declaredAt;

    public UnresolvedRenameException(String declaredAt, String message) {
        super(message);
        this.declaredAt = declaredAt;
    }

    /** Where the rename was declared: {@code com.example.User.content}. */
    public String declaredAt() {
        return declaredAt;
    }
}
