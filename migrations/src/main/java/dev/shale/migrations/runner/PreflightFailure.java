package dev.shale.migrations.runner;

import dev.shale.diff.postgres.DataRequirement;
import dev.shale.diff.postgres.DataRequirementVisitor;
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
        String found = requirement.accept(new Found(amount, one, rows, columns));
        return found + (keys.isEmpty() ? "" : ": " + String.join(", ", keys));
    }

    /** What offends, per kind of requirement, without the keys. */
    private static final class Found implements DataRequirementVisitor<String> {

        private final String amount;
        private final boolean one;
        private final String rows;
        private final List<String> columns;

        Found(String amount, boolean one, String rows, List<String> columns) {
            this.amount = amount;
            this.one = one;
            this.rows = rows;
            this.columns = columns;
        }

        @Override
        public String visit(DataRequirement.NoNulls n) {
            return n.table() + "." + n.column() + " holds " + amount + (one ? " NULL" : " NULLs")
                    + " (SET NOT NULL needs none)";
        }

        @Override
        public String visit(DataRequirement.Empty e) {
            return e.table() + " holds " + rows + " and column " + e.column() + " is added NOT NULL without a default"
                    + " (declare a default or a backfill, or make it nullable)";
        }

        @Override
        public String visit(DataRequirement.Unique u) {
            return rows + " of " + u.table() + " share their (" + String.join(", ", u.keys()) + ") with another row"
                    + (u.where() == null ? "" : " where " + u.where()) + " (unique " + u.name() + ")";
        }

        @Override
        public String visit(DataRequirement.Check c) {
            return rows + " of " + c.table() + (one ? " violates" : " violate") + " check " + c.name() + " ("
                    + c.expression() + ")";
        }

        @Override
        public String visit(DataRequirement.References f) {
            return rows + " of " + f.table() + " (" + String.join(", ", f.columns()) + ")" + (one ? " has" : " have")
                    + " no match in " + f.target() + " (" + String.join(", ", f.targetColumns()) + ") (foreign key "
                    + f.name() + ")";
        }

        @Override
        public String visit(DataRequirement.SequenceInRange s) {
            return "the current value " + String.join("", columns) + " of sequence " + s.sequence()
                    + " lies outside " + s.min() + ".." + s.max() + ", the range the migration narrows it to"
                    + " (ALTER SEQUENCE refuses it; Shale never restarts a sequence)";
        }

        @Override
        public String visit(DataRequirement.EnumUnused e) {
            return rows + (one ? " uses" : " use") + " enum value " + e.type() + " '" + e.value() + "', which the"
                    + " migration removes (in " + String.join(", ", columns) + ")";
        }

        @Override
        public String visit(DataRequirement.Cast c) {
            return amount + (one ? " value" : " values") + " of " + c.table() + "." + c.column() + " cannot be"
                    + " converted from " + c.from() + " to " + c.to() + " unchanged (rejected, cut or rounded)";
        }

        @Override
        public String visit(DataRequirement.Computes c) {
            return rows + " of " + c.table() + (one ? " makes" : " make") + " generated column " + c.column() + " ("
                    + c.expression() + ") raise an error, so adding the column fails (correct or delete those rows,"
                    + " or change the expression so that it computes a value for them, a wider type for example)";
        }
    }
}
