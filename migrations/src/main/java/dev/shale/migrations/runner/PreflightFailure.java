package dev.shale.migrations.runner;

import dev.shale.diff.postgres.DataRequirement;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A {@link DataRequirement} the rows do not satisfy: how many rows offend (at most {@link Preflight#LIMIT}, with
 * {@code more} when there are more), up to five of their keys ({@code id=17}, {@code (org_id, id)=(1,17)}, or
 * {@code ctid=(0,3)} for a table without a primary key) and, for an enum value, the columns that use it.
 */
public record PreflightFailure(DataRequirement requirement, long count, boolean more, List<String> keys,
                               List<String> columns) {

    public PreflightFailure {
        Objects.requireNonNull(requirement, "requirement");
        keys = List.copyOf(keys);
        columns = List.copyOf(columns);
    }

    /** What offends, in words: {@code public.users.email holds 3 NULLs (id=1, id=4, id=9)}. */
    public String describe() {
        String amount = (more ? "more than " : "") + NumberFormat.getIntegerInstance(Locale.US).format(count);
        boolean one = count == 1 && !more;
        String rows = amount + (one ? " row" : " rows");
        DataRequirement r = requirement;
        String found;
        if (r instanceof DataRequirement.NoNulls n) {
            found = n.table() + "." + n.column() + " holds " + amount + (one ? " NULL" : " NULLs")
                    + " (SET NOT NULL needs none)";
        } else if (r instanceof DataRequirement.Empty e) {
            found = e.table() + " holds " + rows + " and column " + e.column() + " is added NOT NULL without a default"
                    + " (declare a default or a backfill, or make it nullable)";
        } else if (r instanceof DataRequirement.Unique u) {
            found = rows + " of " + u.table() + " share their (" + String.join(", ", u.keys()) + ") with another row"
                    + (u.where() == null ? "" : " where " + u.where()) + " (unique " + u.name() + ")";
        } else if (r instanceof DataRequirement.Check c) {
            found = rows + " of " + c.table() + (one ? " violates" : " violate") + " check " + c.name() + " ("
                    + c.expression() + ")";
        } else if (r instanceof DataRequirement.References f) {
            found = rows + " of " + f.table() + " (" + String.join(", ", f.columns()) + ")" + (one ? " has" : " have")
                    + " no match in " + f.target() + " (" + String.join(", ", f.targetColumns()) + ") (foreign key "
                    + f.name() + ")";
        } else if (r instanceof DataRequirement.EnumUnused e) {
            found = rows + (one ? " uses" : " use") + " enum value " + e.type() + " '" + e.value() + "', which the"
                    + " migration removes (in " + String.join(", ", columns) + ")";
        } else if (r instanceof DataRequirement.Cast c) {
            found = amount + (one ? " value" : " values") + " of " + c.table() + "." + c.column() + " cannot be"
                    + " converted from " + c.from() + " to " + c.to() + " unchanged (rejected, cut or rounded)";
        } else if (r instanceof DataRequirement.Computes c) {
            found = rows + " of " + c.table() + (one ? " makes" : " make") + " generated column " + c.column() + " ("
                    + c.expression() + ") raise an error, so adding the column fails (correct or delete those rows,"
                    + " or change the expression so that it computes a value for them, a wider type for example)";
        } else {
            throw new AssertionError("no description for " + r);
        }
        return found + (keys.isEmpty() ? "" : ": " + String.join(", ", keys));
    }
}
