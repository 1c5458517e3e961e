package dev.shale.lint;

/** A {@code -- shale:allow <code> <reason>} comment directly above a statement: it accepts that code's finding there. */
record AllowComment(int line, String code, String reason) {
}
