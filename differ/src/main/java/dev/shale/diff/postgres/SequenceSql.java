package dev.shale.diff.postgres;

import dev.shale.diff.change.AlterSequence;
import dev.shale.diff.change.SetSequenceOwner;
import dev.shale.model.Identifiers;
import dev.shale.model.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Sequences: create with their options, drop, alter options (never {@code RESTART}) and set the owner. */
final class SequenceSql {

    private SequenceSql() {
    }

    /** {@code CREATE SEQUENCE public.orders_id_seq AS integer}, with each option that is not PostgreSQL's default. */
    static String create(Sequence s) {
        StringBuilder out = new StringBuilder("CREATE SEQUENCE ").append(s.name().sql()).append(" AS ")
                .append(s.dataType());
        if (s.increment() != 1) {
            out.append(" INCREMENT BY ").append(s.increment());
        }
        if (s.minValue() != null) {
            out.append(" MINVALUE ").append(s.minValue());
        }
        if (s.maxValue() != null) {
            out.append(" MAXVALUE ").append(s.maxValue());
        }
        if (s.start() != s.defaultStart()) {
            out.append(" START WITH ").append(s.start());
        }
        if (s.cache() != 1) {
            out.append(" CACHE ").append(s.cache());
        }
        if (s.cycle()) {
            out.append(" CYCLE");
        }
        return out.toString();
    }

    /** {@code DROP SEQUENCE public.orders_id_seq}. */
    static String drop(Sequence s) {
        return "DROP SEQUENCE " + s.name().sql();
    }

    /**
     * {@code ALTER SEQUENCE ...} of the options that differ, a new data type first on its own. When the increment
     * or a bound changes, both bounds
     * are written out ({@code NO MINVALUE} recomputes PostgreSQL's default for the new type and increment sign,
     * which a bare {@code INCREMENT BY} would not). Never {@code RESTART}: the current value stays.
     */
    static List<String> alter(AlterSequence change) {
        Sequence from = change.from();
        Sequence to = change.to();
        if (from.sameOptions(to)) {
            return List.of();
        }
        List<String> statements = new ArrayList<>();
        if (!from.dataType().equals(to.dataType())) {
            // alone: in one statement with AS, PostgreSQL takes NO MINVALUE of a bound that was the old type's
            // default as the new type's, whatever the new increment's sign
            statements.add("ALTER SEQUENCE " + to.name().sql() + " AS " + to.dataType());
        }
        List<String> options = new ArrayList<>();
        if (from.increment() != to.increment()) {
            options.add("INCREMENT BY " + to.increment());
        }
        boolean bounds = from.increment() != to.increment()
                || !Objects.equals(from.minValue(), to.minValue()) || !Objects.equals(from.maxValue(), to.maxValue());
        if (bounds) {
            options.add(to.minValue() == null ? "NO MINVALUE" : "MINVALUE " + to.minValue());
            options.add(to.maxValue() == null ? "NO MAXVALUE" : "MAXVALUE " + to.maxValue());
        }
        if (from.start() != to.start()) {
            options.add("START WITH " + to.start());
        }
        if (from.cache() != to.cache()) {
            options.add("CACHE " + to.cache());
        }
        if (from.cycle() != to.cycle()) {
            options.add(to.cycle() ? "CYCLE" : "NO CYCLE");
        }
        if (!options.isEmpty()) {
            statements.add("ALTER SEQUENCE " + to.name().sql() + " " + String.join(" ", options));
        }
        return statements;
    }

    /** {@code ALTER SEQUENCE ... OWNED BY public.orders.id}, or {@code OWNED BY NONE}. */
    static String owner(SetSequenceOwner change) {
        Sequence.OwnedBy to = change.to();
        return "ALTER SEQUENCE " + change.sequence().sql() + " OWNED BY "
                + (to == null ? "NONE" : to.table().sql() + "." + Identifiers.quote(to.column()));
    }
}
