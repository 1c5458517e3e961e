package dev.shale.reader;

import dev.shale.dsl.Comment;

/** Turns {@code @Comment} into the model's comment: its text, or {@code null} when absent or empty. */
final class Comments {

    private Comments() {
    }

    /** The comment text, or {@code null} for no comment (PostgreSQL drops an empty comment). */
    static String of(Comment comment) {
        return comment == null || comment.value().isEmpty() ? null : comment.value();
    }
}
