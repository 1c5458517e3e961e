package dev.shale.reader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects every declaration problem of one read, so all are reported together. */
final class Problems {

    private final Set<DeclarationProblem> found = new LinkedHashSet<>();

    /** Records a problem with the type itself ({@code component} null) or with one of its components. */
    void add(Class<?> type, String component, String message, String fix) {
        found.add(new DeclarationProblem(type.getName(), component, message, fix));
    }

    /** How many problems have been recorded so far. */
    int size() {
        return found.size();
    }

    /** Throws one exception carrying every problem, if there is any, in class order (then in the order found). */
    void throwIfAny() {
        if (!found.isEmpty()) {
            List<DeclarationProblem> sorted = new ArrayList<>(found);
            sorted.sort(Comparator.comparing(DeclarationProblem::className));
            throw new SchemaDeclarationException(sorted);
        }
    }
}
