package dev.shale.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.dsl.Check;
import dev.shale.dsl.Column;
import dev.shale.dsl.Default;
import dev.shale.dsl.Generated;
import dev.shale.dsl.Index;
import dev.shale.dsl.PgEnum;
import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.RenamedFrom;
import dev.shale.dsl.Table;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** SQL-expression fields that are not one expression, and names PostgreSQL would refuse or change. */
class UnsafeDeclarationsTest {

    private static final String NO_SEMICOLON = "write one expression without ; (statements belong in a migration of"
            + " their own: shale create NAME)";
    private static final String BALANCE = "balance the parentheses and brackets";
    private static final String PRINTABLE = "write the name in printable characters (look for a \\u escape in the"
            + " annotation)";

    @Table record DefaultStatement(@PrimaryKey long id, @Default("0; DROP TABLE x; --") int x) {
    }

    @Table record GeneratedComment(@PrimaryKey long id, @Generated("id * 2 -- twice") long x) {
    }

    @Table record CheckUnterminated(@PrimaryKey long id, @Check("x <> 'a") String x) {
    }

    @Table @Check("x > 0) OR (true") record TableCheckUnbalanced(@PrimaryKey long id, int x) {
    }

    @Table @Index(expressions = "lower(x") record IndexExpressionOpen(@PrimaryKey long id, String x) {
    }

    @Table record IndexWhereDollar(@PrimaryKey long id, @Index(where = "x = $q$a") String x) {
    }

    @Table record DefaultIdentifier(@PrimaryKey long id, @Default("\"abc") String x) {
    }

    @Table record DefaultComment(@PrimaryKey long id, @Default("1 /* x") int x) {
    }

    @Table record DefaultOnlyComment(@PrimaryKey long id, @Default("/* none */") int x) {
    }

    @Table("bad\u0000name") record NulTable(@PrimaryKey long id) {
    }

    @Table record SurrogateColumn(@PrimaryKey long id, @Column(name = "x\uD800") int x) {
    }

    @Table record BlankColumn(@PrimaryKey long id, @Column(name = "  ") int x) {
    }

    @Table record NewlineConstraint(@PrimaryKey long id, @Check(name = "c\nd", value = "x > 0") int x) {
    }

    @Table(schema = "information_schema") record InformationSchema(@PrimaryKey long id) {
    }

    @Table(schema = "sch\u0007") record BellSchema(@PrimaryKey long id) {
    }

    @PgEnum("mood\u0000") enum NulEnum { A }

    @Table record RenamedFromNul(@PrimaryKey long id, @RenamedFrom("old\u0000") int x) {
    }

    @Table @RenamedFrom("public.\uDC00") record RenamedFromSurrogate(@PrimaryKey long id) {
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                error(DefaultStatement.class, "x", "has @Default that is not one SQL expression: a ; at character 2,"
                        + " which would end the statement Shale writes the expression into", NO_SEMICOLON),
                error(GeneratedComment.class, "x", "has @Generated that is not one SQL expression: a -- comment at"
                        + " character 8, which would hide what Shale writes after the expression",
                        "remove the comment, or write it as /* ... */"),
                error(CheckUnterminated.class, "x", "has @Check that is not one SQL expression: an unterminated quoted"
                        + " string (starting at character 6)", "end the string with ' (write a quote inside it as '')"),
                error(TableCheckUnbalanced.class, null, "has @Check that is not one SQL expression: a ) at character 6"
                        + " that closes no (", BALANCE),
                error(IndexExpressionOpen.class, null, "has @Index(expressions) that is not one SQL expression: a ( at"
                        + " character 6 that is never closed", BALANCE),
                error(IndexWhereDollar.class, "x", "has @Index(where) that is not one SQL expression: an unterminated"
                        + " dollar-quoted string $q$ (starting at character 5)",
                        "end the dollar-quoted string with the same $tag$ that starts it"),
                error(DefaultIdentifier.class, "x", "has @Default that is not one SQL expression: an unterminated"
                        + " quoted identifier (starting at character 1)",
                        "end the quoted identifier with \" (write a double quote inside it as \"\")"),
                error(DefaultComment.class, "x", "has @Default that is not one SQL expression: an unterminated /*"
                        + " comment (starting at character 3)", "end the comment with */"),
                error(DefaultOnlyComment.class, "x", "has @Default that is not one SQL expression: no expression, only"
                        + " whitespace or comments", "write the SQL expression"),
                error(NulTable.class, null, "table name \"bad\\u0000name\" has a NUL character (\\u0000) at character"
                        + " 4, which PostgreSQL cannot store", PRINTABLE),
                error(SurrogateColumn.class, "x", "column name \"x\\uD800\" has a lone UTF-16 surrogate \\uD800 at"
                        + " character 2, which is not a character: it would reach PostgreSQL as ? and differ from the"
                        + " declared name", PRINTABLE),
                error(BlankColumn.class, "x", "column name \"  \" is only whitespace",
                        "give the column a name that is not blank"),
                error(NewlineConstraint.class, "x", "check constraint name \"c\\u000Ad\" has the control character"
                        + " \\u000A at character 2, which would be invisible in every listing and message", PRINTABLE),
                error(InformationSchema.class, null, "uses schema \"information_schema\", which is PostgreSQL's own"
                        + " information_schema", "choose another schema name"),
                error(BellSchema.class, null, "uses schema \"sch\\u0007\", which has the control character \\u0007 at"
                        + " character 4, which would be invisible in every listing and message",
                        "choose another schema name"),
                error(NulEnum.class, null, "enum type name \"mood\\u0000\" has a NUL character (\\u0000) at character"
                        + " 5, which PostgreSQL cannot store", PRINTABLE),
                error(RenamedFromNul.class, "x", "@RenamedFrom(\"old\\u0000\") names \"old\\u0000\", which has a NUL"
                        + " character (\\u0000) at character 4, which PostgreSQL cannot store",
                        "put the previous name in @RenamedFrom, or remove it"),
                error(RenamedFromSurrogate.class, null, "@RenamedFrom(\"public.\\uDC00\") names \"\\uDC00\", which has"
                        + " a lone UTF-16 surrogate \\uDC00 at character 1, which is not a character: it would reach"
                        + " PostgreSQL as ? and differ from the declared name",
                        "put the previous name in @RenamedFrom, or remove it"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheProblem(Class<?> type, DeclarationProblem expected) {
        SchemaDeclarationException thrown =
                assertThrows(SchemaDeclarationException.class, () -> new RecordSchemaReader().read(List.of(type)));

        assertEquals(List.of(expected), thrown.problems());
    }

    private static Arguments error(Class<?> type, String component, String message, String fix) {
        return Arguments.of(type, new DeclarationProblem(type.getName(), component, message, fix));
    }
}
