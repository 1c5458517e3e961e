package dev.shale.diff.postgres;

import dev.shale.model.Identifiers;
import dev.shale.model.QualifiedName;

/** {@code COMMENT ON TABLE | COLUMN | TYPE ... IS '...'}, or {@code IS NULL} to remove one. */
final class CommentSql {

    private CommentSql() {
    }

    /** {@code COMMENT ON TABLE public.users IS 'People who sign in'}. */
    static String onTable(QualifiedName table, String comment) {
        return "COMMENT ON TABLE " + table.sql() + " IS " + text(comment);
    }

    /** {@code COMMENT ON COLUMN public.users.email IS 'Login'}. */
    static String onColumn(QualifiedName table, String column, String comment) {
        return "COMMENT ON COLUMN " + table.sql() + "." + Identifiers.quote(column) + " IS " + text(comment);
    }

    /** {@code COMMENT ON TYPE public.role IS 'What a user may do'}. */
    static String onType(QualifiedName type, String comment) {
        return "COMMENT ON TYPE " + type.sql() + " IS " + text(comment);
    }

    private static String text(String comment) {
        return comment == null ? "NULL" : Identifiers.literal(comment);
    }
}
