package dev.shale.snapshot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The snapshots of a project in version order, checked as a chain: the first follows nothing and
 * each other follows the one before it. Forks (two snapshots generated from the same one, i.e. two
 * branches merged) and breaks are reported as findings, never thrown.
 */
public final class SnapshotChain {

    private static final String REGENERATE = regenerate("your migration, its down and its snapshot");

    private final List<NamedSnapshot> snapshots;
    private final List<ChainFinding> findings;

    private SnapshotChain(List<NamedSnapshot> snapshots) {
        this.snapshots = List.copyOf(snapshots);
        this.findings = check(this.snapshots);
    }

    /** The chain of these snapshots, which must be given in version order (oldest first). */
    public static SnapshotChain of(List<NamedSnapshot> inVersionOrder) {
        return new SnapshotChain(inVersionOrder);
    }

    /** The snapshots, oldest first. */
    public List<NamedSnapshot> snapshots() {
        return snapshots;
    }

    /** Forks first, then breaks, each in version order; empty when the chain is intact. */
    public List<ChainFinding> findings() {
        return findings;
    }

    /** Whether every snapshot follows the one before it. */
    public boolean isIntact() {
        return findings.isEmpty();
    }

    /** The newest snapshot, if any; check {@link #isIntact()} before generating on top of it. */
    public Optional<NamedSnapshot> latest() {
        return snapshots.isEmpty() ? Optional.empty() : Optional.of(snapshots.get(snapshots.size() - 1));
    }

    private static List<ChainFinding> check(List<NamedSnapshot> snapshots) {
        Map<String, String> fileById = new LinkedHashMap<>();
        Map<Optional<String>, List<NamedSnapshot>> byPrevious = new LinkedHashMap<>();
        for (NamedSnapshot s : snapshots) {
            fileById.putIfAbsent(s.id(), s.fileName());
            byPrevious.computeIfAbsent(Optional.ofNullable(s.previousId()), k -> new ArrayList<>()).add(s);
        }
        List<ChainFinding> out = new ArrayList<>();
        Set<NamedSnapshot> laterForkMembers = new HashSet<>();
        byPrevious.forEach((previous, children) -> {
            if (children.size() > 1) {
                out.add(fork(previous.orElse(null), children, fileById));
                laterForkMembers.addAll(children.subList(1, children.size()));
            }
        });
        boolean forked = !out.isEmpty();
        for (int i = 0; i < snapshots.size(); i++) {
            NamedSnapshot current = snapshots.get(i);
            String follows = current.previousId();
            String expected = i == 0 ? null : snapshots.get(i - 1).id();
            boolean explainedByFork = laterForkMembers.contains(current) || forked && fileById.containsKey(follows);
            if (!Objects.equals(follows, expected) && !explainedByFork) {
                out.add(breakAt(current, i == 0 ? null : snapshots.get(i - 1), fileById));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The fix of a branch conflict, every step in order; {@code yours} names the files to delete (such as "your
     * migration, its down and its snapshot").
     */
    public static String regenerate(String yours) {
        return "regenerate yours on top: 1. if a database applied your migration, roll it back there first (shale"
                + " rollback); 2. delete " + yours + "; 3. merge the other branch (if git reports a conflict in"
                + " shale.sum, keep either side); 4. run shale hash, which rewrites shale.sum for the files left;"
                + " 5. run shale generate, review the SQL and commit the new migration, its down, its snapshot and"
                + " shale.sum";
    }

    private static ChainFinding fork(String previousId, List<NamedSnapshot> children, Map<String, String> fileById) {
        List<String> files = children.stream().map(NamedSnapshot::fileName).toList();
        String parent = previousId == null ? "an empty schema (no earlier snapshot)"
                : fileById.containsKey(previousId) ? "snapshot " + fileById.get(previousId) + " (id " + previousId + ")"
                : "snapshot id " + previousId;
        String message = "branch conflict: snapshots " + String.join(" and ", files) + (files.size() == 2 ? " were both" : " were all") + " generated from "
                + parent + ", so two branches each ran shale generate on the same state and their migrations"
                + " do not know about each other.";
        return new ChainFinding(ChainFinding.Kind.FORK, files, message,
                REGENERATE + " (keep the snapshot merged first; regenerate the one from your branch, such as "
                        + files.get(files.size() - 1) + ")");
    }

    private static ChainFinding breakAt(NamedSnapshot current, NamedSnapshot before, Map<String, String> fileById) {
        String follows = current.previousId();
        String file = current.fileName();
        if (before == null) {
            return new ChainFinding(ChainFinding.Kind.BREAK, List.of(file), "snapshot " + file
                    + " is the first but follows snapshot id " + follows + ", which no snapshot file has.",
                    "restore the earlier snapshots from version control");
        }
        String what = follows == null ? "follows nothing (it was generated as a first snapshot)"
                : fileById.containsKey(follows) ? "follows " + fileById.get(follows)
                : "follows snapshot id " + follows + ", which no snapshot file has";
        return new ChainFinding(ChainFinding.Kind.BREAK, List.of(before.fileName(), file), "snapshot " + file + " "
                + what + ", but the snapshot before it is " + before.fileName() + " (id "
                + before.id() + ").",
                "restore missing snapshots from version control, or " + REGENERATE);
    }
}
