package dev.shale.migrations.runner.sql;

import dev.shale.diff.postgres.DataLoss;
import dev.shale.diff.postgres.DataRequirement;
import dev.shale.diff.postgres.HazardCode;
import dev.shale.diff.postgres.HazardKind;
import dev.shale.diff.postgres.HazardLine;
import dev.shale.diff.postgres.Unrestorable;
import dev.shale.migrationfile.FileLayout;
import dev.shale.migrationfile.HeaderLines;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The machine-readable lines of a migration's header: {@code -- shale:transactional true|false},
 * {@code -- shale:hazards none|data-loss,table-rewrite,long-lock,...} (the kinds of {@link HazardKind}), one
 * {@code -- shale:hazard <code> <severity> <object>} line per hazard (see {@link HazardLine}), {@code -- shale:allow
 * transaction-control,session-control} (see {@link ControlStatement}), one {@code -- shale:loses ...} line per
 * thing a data-loss change discards (see {@link DataLoss}), one {@code -- shale:requires ...} line per thing the
 * existing rows must satisfy for the file to succeed (see {@link DataRequirement}), one
 * {@code -- shale:cannot-restore column ...} line per NOT NULL column a down adds back without its values (see
 * {@link Unrestorable}) and, on the baseline written by {@code shale pull}, {@code -- shale:baseline true}. The header
 * is the block of comment and blank lines at the top of the file, up to its first step marker, as
 * {@link HeaderLines} reads it; {@code shale:} lines below it are ordinary comments. A file without them is
 * transactional, has no hazards, allows no control statement and is no baseline.
 */
public record MigrationHeader(boolean transactional, Set<HazardKind> hazards, boolean baseline,
                              Set<ControlStatement.Kind> allowed, List<DataLoss> losses,
                              List<DataRequirement> requirements, List<Unrestorable> unrestorable,
                              List<HazardLine> hazardLines) {

    /** The header of a file that has none: transactional, no hazards, no baseline, nothing allowed. */
    public static final MigrationHeader DEFAULT = new MigrationHeader(true, Set.of(), false);

    public MigrationHeader {
        hazards = hazards.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(hazards));
        allowed = Set.copyOf(allowed);
        losses = List.copyOf(losses);
        requirements = List.copyOf(requirements);
        unrestorable = List.copyOf(unrestorable);
        hazardLines = List.copyOf(hazardLines);
    }

    /** A header without {@code shale:hazard} lines. */
    public MigrationHeader(boolean transactional, Set<HazardKind> hazards, boolean baseline,
                           Set<ControlStatement.Kind> allowed, List<DataLoss> losses,
                           List<DataRequirement> requirements, List<Unrestorable> unrestorable) {
        this(transactional, hazards, baseline, allowed, losses, requirements, unrestorable, List.of());
    }

    /** A header that requires nothing of the rows and names no column it cannot restore. */
    public MigrationHeader(boolean transactional, Set<HazardKind> hazards, boolean baseline,
                           Set<ControlStatement.Kind> allowed, List<DataLoss> losses) {
        this(transactional, hazards, baseline, allowed, losses, List.of(), List.of());
    }

    /** A header that names no lost data. */
    public MigrationHeader(boolean transactional, Set<HazardKind> hazards, boolean baseline,
                           Set<ControlStatement.Kind> allowed) {
        this(transactional, hazards, baseline, allowed, List.of());
    }

    /** A header that allows no control statement. */
    public MigrationHeader(boolean transactional, Set<HazardKind> hazards, boolean baseline) {
        this(transactional, hazards, baseline, Set.of());
    }

    /** A header that is no baseline. */
    public MigrationHeader(boolean transactional, Set<HazardKind> hazards) {
        this(transactional, hazards, false);
    }

    /**
     * Reads the header of a migration's text.
     *
     * @throws SqlScriptException naming the line of a {@code shale:} line it cannot read
     */
    public static MigrationHeader parse(String text) {
        Objects.requireNonNull(text, "text");
        boolean transactional = true;
        boolean baseline = false;
        Set<HazardKind> hazards = EnumSet.noneOf(HazardKind.class);
        Set<ControlStatement.Kind> allowed = Set.of();
        List<DataLoss> losses = new ArrayList<>();
        List<DataRequirement> requirements = new ArrayList<>();
        List<Unrestorable> unrestorable = new ArrayList<>();
        List<HazardLine> hazardLines = new ArrayList<>();
        // the header is at the top (FileLayout.header stops at its first line that is no comment or at a step
        // marker): splitting whole files showed in the profile of a 1,000-migration run
        for (HeaderLines.Entry entry : FileLayout.header(text).entries()) {
            String key = entry.key();
            String value = entry.value();
            int number = entry.line();
            switch (key) {
                case "transactional" -> transactional = parseBoolean("transactional", value, number);
                case "hazards" -> hazards = parseHazards(value, number);
                case "hazard" -> hazardLines.add(parseHazardLine(value, number));
                case "baseline" -> baseline = parseBoolean("baseline", value, number);
                case "allow" -> {
                    // -- shale:allow <hazard-code> <reason> is shale lint's, for the statement below it
                    if (HazardCode.byCode(value.split("\\s+", 2)[0]).isEmpty()) {
                        allowed = parseAllowed(value, number);
                    }
                }
                case "loses" -> losses.add(parseLoss(value, number));
                case "requires" -> requirements.add(parseRequirement(value, number));
                case "cannot-restore" -> unrestorable.add(parseUnrestorable(value, number));
                case "step" -> {
                    // shale:step written against a word (shale:step1): no marker, and as before no header entry
                }
                default -> throw new SqlScriptException(number, "line " + number + " has an unknown header entry"
                        + " shale:" + key + "; the known ones are shale:transactional, shale:hazards, shale:hazard,"
                        + " shale:allow, shale:loses, shale:requires, shale:cannot-restore, shale:baseline and shale:step");
            }
        }
        return new MigrationHeader(transactional, hazards, baseline, allowed, losses, requirements, unrestorable,
                hazardLines);
    }

    /**
     * Whether the runner must refuse this file unless data loss is allowed, whatever the database holds: it
     * declares data loss without a {@code shale:loses} line saying what it loses.
     */
    public boolean losesUnknownData() {
        return losesData() && losses.isEmpty();
    }

    /** Whether the header allows statements of this kind. */
    public boolean allows(ControlStatement.Kind kind) {
        return allowed.contains(kind);
    }

    /** Whether the hazards include data loss. */
    public boolean losesData() {
        return hazards.contains(HazardKind.DATA_LOSS);
    }

    /** The hazards as their header codes, comma-separated, or {@code none}. */
    public String hazardCodes() {
        return hazards.isEmpty() ? "none"
                : hazards.stream().map(HazardKind::code).sorted().collect(Collectors.joining(","));
    }

    private static boolean parseBoolean(String key, String value, int line) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new SqlScriptException(line, "line " + line + " says shale:" + key + " \"" + value
                    + "\"; write true or false");
        };
    }

    private static DataLoss parseLoss(String value, int line) {
        try {
            return DataLoss.parse(value);
        } catch (IllegalArgumentException e) {
            throw new SqlScriptException(line, "line " + line + " says shale:loses \"" + value + "\": "
                    + e.getMessage());
        }
    }

    private static HazardLine parseHazardLine(String value, int line) {
        try {
            return HazardLine.parse(value);
        } catch (IllegalArgumentException e) {
            throw new SqlScriptException(line, "line " + line + " says shale:hazard \"" + value + "\": "
                    + e.getMessage());
        }
    }

    private static DataRequirement parseRequirement(String value, int line) {
        try {
            return DataRequirement.parse(value);
        } catch (IllegalArgumentException e) {
            throw new SqlScriptException(line, "line " + line + " says shale:requires \"" + value + "\": "
                    + e.getMessage());
        }
    }

    private static Unrestorable parseUnrestorable(String value, int line) {
        try {
            return Unrestorable.parse(value);
        } catch (IllegalArgumentException e) {
            throw new SqlScriptException(line, "line " + line + " says shale:cannot-restore \"" + value + "\": "
                    + e.getMessage());
        }
    }

    private static Set<ControlStatement.Kind> parseAllowed(String value, int line) {
        Set<ControlStatement.Kind> out = EnumSet.noneOf(ControlStatement.Kind.class);
        for (String code : value.split("\\s*,\\s*")) {
            out.add(Arrays.stream(ControlStatement.Kind.values()).filter(k -> k.code().equals(code)).findFirst()
                    .orElseThrow(() -> new SqlScriptException(line, "line " + line + " says shale:allow \"" + code
                            + "\"; write transaction-control, session-control or both, comma-separated")));
        }
        return out;
    }

    private static Set<HazardKind> parseHazards(String value, int line) {
        Set<HazardKind> out = EnumSet.noneOf(HazardKind.class);
        if (value.equals("none")) {
            return out;
        }
        for (String code : value.split("\\s*,\\s*")) {
            HazardKind kind = Arrays.stream(HazardKind.values()).filter(k -> k.code().equals(code)).findFirst()
                    .orElseThrow(() -> new SqlScriptException(line, "line " + line + " names an unknown hazard \""
                            + code + "\"; write none or codes among " + Arrays.stream(HazardKind.values())
                            .map(HazardKind::code).collect(Collectors.joining(", "))));
            out.add(kind);
        }
        return out;
    }
}
