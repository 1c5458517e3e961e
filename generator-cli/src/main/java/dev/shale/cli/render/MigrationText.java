package dev.shale.cli.render;

import dev.shale.diff.MigrationPlan;
import dev.shale.diff.change.Change;
import dev.shale.diff.postgres.ChangeDescriptions;
import dev.shale.diff.postgres.DataLoss;
import dev.shale.diff.postgres.DataRequirement;
import dev.shale.diff.postgres.Hazard;
import dev.shale.diff.postgres.HazardKind;
import dev.shale.diff.postgres.MigrationStep;
import dev.shale.diff.postgres.RewriteNotes;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.diff.postgres.Unrestorable;
import dev.shale.migrationfile.HeaderLines;
import dev.shale.migrationfile.MigrationFile;
import dev.shale.migrationfile.Step;
import dev.shale.migrationfile.StepMarker;
import dev.shale.model.NameRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The text of generated migration files, built as a {@link MigrationFile}: a header listing changes and hazards in
 * plain words, machine-readable {@code shale:} lines for the runner, then the steps, each behind its
 * {@code -- shale:step} marker and starting with its timeouts.
 */
public final class MigrationText {

    private MigrationText() {
    }

    /** The up file that turns snapshot {@code fromId} (or an empty database) into {@code toId}. */
    public static String up(MigrationPlan plan, String fromId, String toId) {
        return render("up", fromLabel(fromId), "snapshot " + toId, plan.changes(), plan.upSteps(), plan.upHazards(),
                plan.upRequirements(), List.of(), false);
    }

    /**
     * The up file of a baseline: {@link #up} from an empty database, its header saying (in words and with
     * {@code -- shale:baseline true}) that an existing database records it without running it.
     */
    public static String baseline(MigrationPlan plan, String toId) {
        return render("up", fromLabel(null), "snapshot " + toId, plan.changes(), plan.upSteps(), plan.upHazards(),
                plan.upRequirements(), List.of(), true);
    }

    /**
     * The down file: the reverse of every change, last first; a {@code shale:cannot-restore} line for each NOT NULL
     * column it adds back without its values, so that rollback refuses it where the table has rows.
     */
    public static String down(MigrationPlan plan, String fromId, String toId) {
        List<Change> reversed = new ArrayList<>(plan.changes());
        Collections.reverse(reversed);
        List<Change> downChanges = reversed.stream().map(Change::reverse).toList();
        return render("down", "snapshot " + toId, fromLabel(fromId), downChanges, plan.downSteps(), plan.downHazards(),
                plan.downRequirements(), plan.downUnrestorable(), false);
    }

    /**
     * The SQL that turns {@code from} into {@code to}, for {@code shale diff} and {@code shale push}: the
     * migration format with free labels, so the output can be saved as a custom migration.
     */
    public static String diff(MigrationPlan plan, String from, String to) {
        return render("up", from, to, plan.changes(), plan.upSteps(), plan.upHazards(),
                plan.upRequirements(), List.of(), false);
    }

    /** The up and down skeletons of a custom migration written by {@code shale create}. */
    public static String custom(String direction) {
        String instructions = direction.equals("up")
                ? "Write the SQL of this migration below (data changes, seed rows, CREATE INDEX CONCURRENTLY ...)."
                : "Write the SQL that undoes the up migration below, or leave it empty if it cannot be undone.";
        return MigrationFile.of(HeaderLines.of("-- Shale custom migration (" + direction + ")",
                HeaderLines.entryLine("transactional", "true"), HeaderLines.entryLine("hazards", "none"), "--", "-- " + instructions,
                "-- The schema snapshot carries over unchanged: keep schema changes in your records.",
                "-- Mark the migration non-transactional (for CREATE INDEX CONCURRENTLY and the like) by",
                "-- changing the line above to: -- shale:transactional false"), List.of()).write();
    }

    private static String fromLabel(String fromId) {
        return fromId == null ? "empty database" : "snapshot " + fromId;
    }

    private static String render(String direction, String from, String to, List<Change> changes,
                                 List<MigrationStep> steps, List<Hazard> hazards,
                                 List<DataRequirement> requirements, List<Unrestorable> unrestorable,
                                 boolean baseline) {
        List<String> header = new ArrayList<>();
        header.add("-- Shale migration (" + direction + ")");
        if (baseline) {
            header.add("-- Baseline: the schema shale pull read from an existing database. On that database, record"
                    + " it as");
            header.add("-- applied without running it: shale migrate --baseline. On a new database, migrate runs it.");
        }
        header.add("-- from: " + from);
        header.add("-- to:   " + to);
        header.add(HeaderLines.entryLine("transactional", "true"));
        header.add(HeaderLines.entryLine("hazards", hazardCodes(hazards)));
        hazards.stream().map(Hazard::headerText).flatMap(Optional::stream).distinct()
                .forEach(line -> header.add(HeaderLines.entryLine("hazard", line)));
        losses(hazards).forEach(line -> header.add(HeaderLines.entryLine("loses", line)));
        unrestorable.stream().map(Unrestorable::headerText).flatMap(Optional::stream).distinct()
                .forEach(line -> header.add(HeaderLines.entryLine("cannot-restore", line)));
        requires(requirements).forEach(line -> header.add(HeaderLines.entryLine("requires", line)));
        if (baseline) {
            header.add(HeaderLines.entryLine("baseline", "true"));
        }
        header.add("--");
        header.add("-- Changes:");
        changes.forEach(c -> header.add("--   " + oneLine(ChangeDescriptions.describe(c))));
        if (changes.isEmpty()) {
            header.add("--   none");
        }
        header.add("--");
        header.add("-- Hazards:");
        for (Hazard hazard : hazards) {
            header.add("--   " + describe(hazard));
            header.add("--     safer: " + hazard.code().alternative());
        }
        unrestorable.forEach(u -> header.add("--   cannot restore: " + oneLine(u.message())));
        if (hazards.isEmpty() && unrestorable.isEmpty()) {
            header.add("--   none");
        }
        List<String> rewrites = changes.stream().map(RewriteNotes::of).flatMap(Optional::stream)
                .map(MigrationText::oneLine).toList();
        if (!rewrites.isEmpty()) {
            header.add("--");
            header.add("-- Rewrites (done as written, under an exclusive lock; on a large table, expand/contract"
                    + " instead):");
            rewrites.forEach(r -> header.add("--   " + r));
        }
        return MigrationFile.of(new HeaderLines(header), steps(steps)).write();
    }

    /**
     * Each step behind its marker ({@code -- shale:step 2 non-transactional}): its {@code SET lock_timeout} and
     * {@code SET statement_timeout}, then its statements, each ended by a semicolon.
     */
    private static List<Step> steps(List<MigrationStep> steps) {
        List<Step> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            MigrationStep step = steps.get(i);
            List<String> statements = new ArrayList<>(step.timeouts().statements());
            step.statements().stream().map(SqlStatement::sql).forEach(statements::add);
            out.add(Step.of(new StepMarker(i + 1, step.transactional()), statements));
        }
        return out;
    }

    /**
     * The {@code shale:loses} lines' texts: what each data-loss hazard discards, so the runner gates it by the
     * data the database holds. None when one of them cannot be written (a data-loss hazard that names no loss,
     * a name with a control character): the runner then gates the file by its {@code shale:hazards} line alone.
     */
    private static List<String> losses(List<Hazard> hazards) {
        List<String> lines = new ArrayList<>();
        for (Hazard hazard : hazards) {
            if (hazard.kind() != HazardKind.DATA_LOSS) {
                continue;
            }
            if (hazard.losses().isEmpty()) {
                return List.of();
            }
            for (DataLoss loss : hazard.losses()) {
                Optional<String> text = loss.headerText();
                if (text.isEmpty()) {
                    return List.of();
                }
                lines.add(text.get());
            }
        }
        return lines.stream().distinct().toList();
    }

    /**
     * The {@code shale:requires} lines' texts: what the existing rows must satisfy, which {@code migrate} checks
     * read-only before it changes anything. A requirement whose text holds a control character is left out: its
     * change is then found out when it runs.
     */
    private static List<String> requires(List<DataRequirement> requirements) {
        return requirements.stream().map(DataRequirement::headerText).flatMap(Optional::stream).distinct().toList();
    }

    private static String hazardCodes(List<Hazard> hazards) {
        String codes = hazards.stream().map(h -> h.kind().code()).distinct().sorted().collect(Collectors.joining(","));
        return codes.isEmpty() ? "none" : codes;
    }

    /**
     * A hazard on one line, as the header's Hazards block and {@code generate} show it:
     * {@code drop-column (error, data loss) public.users.email: Dropping column public.users.email deletes its
     * values.}
     */
    public static String describe(Hazard hazard) {
        return hazard.code().code() + " (" + hazard.severity().code() + ", " + hazard.kind().words() + ") "
                + oneLine(hazard.object()) + ": " + oneLine(hazard.message());
    }

    /**
     * Text as the header and the terminal show it, on one line: line breaks (with the spaces around them) become
     * one space, and every other control character is written as a backslash-u escape (escape as backslash u001B),
     * so that a name holding one can neither break a comment line nor send the terminal a control sequence.
     */
    public static String oneLine(String text) {
        return NameRules.printable(text.replaceAll("\\s*\\R\\s*", " "));
    }
}
