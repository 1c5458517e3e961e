package dev.shale.migrations.runner;

import dev.shale.diff.postgres.DataLoss;
import dev.shale.diff.postgres.DataRequirement;
import dev.shale.diff.postgres.DataRequirementVisitor;
import dev.shale.diff.postgres.Unrestorable;
import dev.shale.sql.SqlLexer;
import dev.shale.sql.SqlToken;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Which of a unit's header lines ({@code shale:requires}, {@code shale:loses}, {@code shale:cannot-restore}) still
 * concern a run that resumes it after {@code done} segments. A line belongs to the segments whose statements name its
 * objects (a column, a constraint or index, a key column, an enum type or a table, compared as identifiers, case
 * aside): once every segment naming it has run, what it guards is done (a NOT NULL set, a constraint validated, a
 * column dropped) and checking it again would look at objects the finished steps changed. A line no segment names
 * cannot be placed, so it is kept, as is every line of a unit that has not started: nothing still to run goes
 * unchecked.
 */
final class StillToRun {

    private static final DataRequirementVisitor<Set<String>> NAMES = new Names();

    private static final Set<String> WORDS = Set.of("and", "or", "not", "is", "null", "true", "false", "in", "select",
            "from", "where", "as", "like", "between", "any", "all", "array", "case", "when", "then", "else", "end");

    private StillToRun() {
    }

    /** The requirements of {@code unit} still to check when {@code done} of its segments ran. */
    static List<DataRequirement> requirements(Unit unit, int done) {
        return keep(unit, done, unit.header().requirements(), StillToRun::names);
    }

    /** The losses of {@code unit} still to gate when {@code done} of its segments ran. */
    static List<DataLoss> losses(Unit unit, int done) {
        return keep(unit, done, unit.header().losses(), StillToRun::names);
    }

    /** The columns {@code unit} cannot restore still to gate when {@code done} of its segments ran. */
    static List<Unrestorable> unrestorable(Unit unit, int done) {
        return keep(unit, done, unit.header().unrestorable(), u -> names(u.column()));
    }

    /** The segments of {@code unit} done, from a run's map by version. */
    static int done(Unit unit, Map<String, Integer> done) {
        return done.getOrDefault(unit.version(), 0);
    }

    private static <T> List<T> keep(Unit unit, int done, List<T> lines, Function<T, Set<String>> names) {
        if (done <= 0 || lines.isEmpty()) {
            return lines;
        }
        List<Set<String>> segments = unit.segments().stream().map(StillToRun::identifiers).toList();
        return lines.stream().filter(line -> {
            Set<String> wanted = names.apply(line);
            boolean named = false;
            for (int s = 0; s < segments.size(); s++) {
                if (segments.get(s).stream().anyMatch(wanted::contains)) {
                    if (s >= done) {
                        return true;
                    }
                    named = true;
                }
            }
            return !named;
        }).toList();
    }

    /** The identifiers a requirement's checked change is written with: not the table, which most steps name. */
    static Set<String> names(DataRequirement requirement) {
        return requirement.accept(NAMES);
    }

    /** The identifier a loss is written with: the table, the column, or the enum type. */
    static Set<String> names(DataLoss loss) {
        return folded(Stream.of(loss.kind() == DataLoss.Kind.COLUMN ? loss.member() : loss.relation().name()));
    }

    private static Set<String> identifiers(Segment segment) {
        Set<String> out = new HashSet<>();
        segment.statements().forEach(s -> out.addAll(words(s.sql())));
        return out;
    }

    /**
     * The identifiers of SQL text as {@link SqlLexer} reads them, lower case, keywords of expressions aside: bare
     * words, and quoted identifiers without their quotes; strings and comments hold none.
     */
    private static Set<String> words(String sql) {
        Set<String> out = new HashSet<>();
        for (SqlToken token : SqlLexer.lenient(sql)) {
            String folded;
            if (token.kind() == SqlToken.Kind.WORD) {
                folded = token.text().toLowerCase(Locale.ROOT);
            } else if (token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER && token.text().startsWith("\"")
                    && token.complete()) {
                folded = token.text().substring(1, token.text().length() - 1).replace("\"\"", "\"")
                        .toLowerCase(Locale.ROOT);
            } else {
                continue;
            }
            if (!folded.isEmpty() && !WORDS.contains(folded)) {
                out.add(folded);
            }
        }
        return out;
    }

    private static Set<String> folded(Stream<String> names) {
        Set<String> out = new HashSet<>();
        names.forEach(n -> out.add(n.toLowerCase(Locale.ROOT)));
        return out;
    }

    /** The identifiers of each kind of requirement; a column of the table for no-nulls, empty, cast and computes. */
    private static final class Names implements DataRequirementVisitor<Set<String>> {

        @Override
        public Set<String> visit(DataRequirement.NoNulls r) {
            return folded(Stream.of(r.column()));
        }

        @Override
        public Set<String> visit(DataRequirement.Empty r) {
            return folded(Stream.of(r.column()));
        }

        @Override
        public Set<String> visit(DataRequirement.Unique r) {
            return folded(Stream.concat(Stream.of(r.name()), r.keys().stream().flatMap(k -> words(k).stream())));
        }

        @Override
        public Set<String> visit(DataRequirement.Check r) {
            return folded(Stream.concat(Stream.of(r.name()), words(r.expression()).stream()));
        }

        @Override
        public Set<String> visit(DataRequirement.References r) {
            return folded(Stream.concat(Stream.of(r.name()), r.columns().stream()));
        }

        @Override
        public Set<String> visit(DataRequirement.SequenceInRange r) {
            return folded(Stream.of(r.sequence().name()));
        }

        @Override
        public Set<String> visit(DataRequirement.EnumUnused r) {
            return folded(Stream.of(r.type().name()));
        }

        @Override
        public Set<String> visit(DataRequirement.Cast r) {
            return folded(Stream.of(r.column()));
        }

        @Override
        public Set<String> visit(DataRequirement.Computes r) {
            return folded(Stream.of(r.column()));
        }
    }
}
