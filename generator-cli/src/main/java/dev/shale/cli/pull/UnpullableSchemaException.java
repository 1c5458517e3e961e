package dev.shale.cli.pull;

import java.util.List;

/** The database holds objects that records cannot declare exactly; every one is listed, nothing is written. */
public final class UnpullableSchemaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<PullProblem> problems;

    public UnpullableSchemaException(List<PullProblem> problems) {
        super(problems.size() + (problems.size() == 1 ? " object" : " objects")
                + " of the database cannot be declared as records");
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in the order of the schema model. */
    public List<PullProblem> problems() {
        return problems;
    }
}
