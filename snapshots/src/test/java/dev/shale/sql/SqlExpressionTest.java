package dev.shale.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SqlExpressionTest {

    @Test
    void singleExpressionsPass() {
        for (String ok : List.of("0", "now()", "'it''s; -- fine'", "E'a\\'; b'", "$$x; y$$", "lower(email)",
                "priority between 1 and 5", "(a[1] + b) * 2 /* note; */", "'{}'::jsonb", "\"odd;name\" > 0",
                "'a\\'", "gen_random_uuid()", "x = ANY (ARRAY['a', 'b'])")) {
            assertEquals(Optional.empty(), SqlExpression.problem(ok), ok);
        }
    }

    @Test
    void eachDefectIsNamedWithWhereItIsAndTheFix() {
        assertProblem("0; DROP TABLE x; --", "a ; at character 2, which would end the statement Shale writes the"
                + " expression into", "write one expression without ;");
        assertProblem("1 -- note", "a -- comment at character 3", "write it as /* ... */");
        assertProblem("'abc", "an unterminated quoted string (starting at character 1)", "end the string with '");
        assertProblem("\"abc", "an unterminated quoted identifier (starting at character 1)",
                "end the quoted identifier with \"");
        assertProblem("$q$abc", "an unterminated dollar-quoted string $q$ (starting at character 1)",
                "the same $tag$");
        assertProblem("1 /* x", "an unterminated /* comment (starting at character 3)", "end the comment with */");
        assertProblem("(a", "a ( at character 1 that is never closed", "balance the parentheses");
        assertProblem("a)", "a ) at character 2 that closes no (", "balance the parentheses");
        assertProblem("a[1)", "a ) at character 4 that closes no (", "balance the parentheses");
        assertProblem("true) OR (true", "a ) at character 5 that closes no (", "balance the parentheses");
        assertProblem(" /* only */ ", "no expression, only whitespace or comments", "write the SQL expression");
    }

    private static void assertProblem(String sql, String what, String fix) {
        SqlExpression.Problem problem = SqlExpression.problem(sql).orElseThrow();
        assertEquals(true, problem.what().startsWith(what), problem.what());
        assertEquals(true, problem.fix().contains(fix), problem.fix());
    }
}
