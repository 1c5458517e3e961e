package dev.shale.api;

import dev.shale.model.ExpressionSite;
import java.util.Optional;

/**
 * PostgreSQL refused to build a schema model in the scratch database where Shale obtains its spelling of the
 * model's expressions: the SQL of an expression (or a type) is not valid there. Names the expression when
 * PostgreSQL's error points into one, the statement, and what PostgreSQL said.
 */
public final class SpellingException extends ShaleException {

    private static final long serialVersionUID = 1L;

    private final transient ExpressionSite site;
    private final String statement;
    private final DatabaseError error;

    public SpellingException(ExpressionSite site, String statement, DatabaseError error, Throwable cause) {
        super(message(site, statement, error), cause);
        this.site = site;
        this.statement = statement;
        this.error = error;
    }

    private static String message(ExpressionSite site, String statement, DatabaseError error) {
        String where = site != null ? "the " + site.describe() : "the statement " + statement;
        return "PostgreSQL refused " + where + ": " + error.message()
                + error.hintIfAny().map(h -> " (hint: " + h + ")").orElse("");
    }

    /** The expression PostgreSQL refused, when its error points into one. */
    public Optional<ExpressionSite> site() {
        return Optional.ofNullable(site);
    }

    /** The first line of the statement that failed. */
    public String statement() {
        return statement;
    }

    /** What PostgreSQL said. */
    public DatabaseError error() {
        return error;
    }
}
