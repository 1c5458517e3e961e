package dev.shale.reader;

import java.util.List;
import java.util.stream.Collectors;

/** The schema classes declare something that cannot be mapped; carries every problem found. */
public final class SchemaDeclarationException extends RuntimeException {

    private final List<DeclarationProblem> problems;

    public SchemaDeclarationException(List<DeclarationProblem> problems) {
        super(problems.stream().map(DeclarationProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a SchemaDeclarationException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in class order. */
    public List<DeclarationProblem> problems() {
        return problems;
    }
}
