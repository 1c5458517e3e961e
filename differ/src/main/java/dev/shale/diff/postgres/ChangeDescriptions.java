package dev.shale.diff.postgres;

import dev.shale.diff.change.Change;

/** One line of plain words per change, for migration headers and reports. */
public final class ChangeDescriptions {

    private ChangeDescriptions() {
    }

    /** For example {@code create table public.users} or {@code add value SUPER_ADMIN to enum public.role}. */
    public static String describe(Change change) {
        throw new UnsupportedOperationException("TODO");
    }
}
