package dev.shale.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.sql.SqlToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SqlLexerTest {

    /** Each token kind, several spellings, each lexed alone to one token of that kind. */
    private static final List<SqlToken> SAMPLES = List.of(
            token(Kind.WORD, "select"), token(Kind.WORD, "created_at"), token(Kind.WORD, "a$b$"),
            token(Kind.WORD, "Größe"), token(Kind.WORD, "_x9"), token(Kind.WORD, "e"), token(Kind.WORD, "U"),
            token(Kind.QUOTED_IDENTIFIER, "\"Name\""), token(Kind.QUOTED_IDENTIFIER, "\"a\"\"b\""),
            token(Kind.QUOTED_IDENTIFIER, "\"x;--/*\""), token(Kind.QUOTED_IDENTIFIER, "U&\"d\\0061t\""),
            token(Kind.STRING, "'text'"), token(Kind.STRING, "'it''s'"), token(Kind.STRING, "'a\\'"),
            token(Kind.STRING, "''"), token(Kind.STRING, "E'a\\'b'"), token(Kind.STRING, "e'\\\\'"),
            token(Kind.STRING, "E'it''s \\n'"), token(Kind.STRING, "B'0101'"), token(Kind.STRING, "x'1F'"),
            token(Kind.STRING, "N'nat'"), token(Kind.STRING, "U&'d\\0061t'"),
            token(Kind.STRING, "'; DROP TABLE x; --'"),
            token(Kind.STRING, "'line\nbreak'"),
            token(Kind.DOLLAR_STRING, "$$text$$"), token(Kind.DOLLAR_STRING, "$$it's; -- $ $$"),
            token(Kind.DOLLAR_STRING, "$fn$ SELECT $$x$$; $fn$"), token(Kind.DOLLAR_STRING, "$a1$$a$$a1$"),
            token(Kind.NUMBER, "42"), token(Kind.NUMBER, "3.14"), token(Kind.NUMBER, ".5e-3"),
            token(Kind.NUMBER, "1e10"), token(Kind.NUMBER, "0x1F"), token(Kind.NUMBER, "1_000"),
            token(Kind.NUMBER, "7."),
            token(Kind.PARAMETER, "$1"), token(Kind.PARAMETER, "$12"),
            token(Kind.OPERATOR, "="), token(Kind.OPERATOR, "<>"), token(Kind.OPERATOR, "::"),
            token(Kind.OPERATOR, "||"), token(Kind.OPERATOR, "->>"), token(Kind.OPERATOR, "@-"),
            token(Kind.OPERATOR, "!~*"),
            token(Kind.PUNCTUATION, "("), token(Kind.PUNCTUATION, ")"), token(Kind.PUNCTUATION, "["),
            token(Kind.PUNCTUATION, "]"), token(Kind.PUNCTUATION, ","), token(Kind.PUNCTUATION, ";"),
            token(Kind.PUNCTUATION, ":"), token(Kind.PUNCTUATION, "."), token(Kind.PUNCTUATION, ".."),
            token(Kind.LINE_COMMENT, "-- note; 'x"), token(Kind.LINE_COMMENT, "--"),
            token(Kind.BLOCK_COMMENT, "/* a */"), token(Kind.BLOCK_COMMENT, "/* a /* nested */ b */"),
            token(Kind.BLOCK_COMMENT, "/**/"), token(Kind.BLOCK_COMMENT, "/* ' \" $$ */"),
            token(Kind.OTHER, "{"), token(Kind.OTHER, "$"), token(Kind.OTHER, "\\"));

    @Test
    void eachSampleIsOneTokenOfItsKind() {
        for (SqlToken sample : SAMPLES) {
            assertEquals(List.of(sample), SqlLexer.tokens(sample.text()), sample.text());
        }
    }

    @Test
    void anExpressionSplitsAsPostgreSqlSplitsIt() {
        assertEquals(List.of("lower", "(", "email", ")", " ", "<>", " ", "''", " ", "AND", " ", "x", "=", "-", "1",
                        "::", "int", " ", "/* c */"),
                texts("lower(email) <> '' AND x=-1::int /* c */"));
        assertEquals(List.of("a", "--x\n".substring(0, 3), "\n", "b"), texts("a--x\nb"));
        assertEquals(List.of("a", "+", "/* x */"), texts("a+/* x */"));
        assertEquals(List.of("1", "..", "2"), texts("1..2"));
        assertEquals(List.of("$tag$ $other$ $tag$", ";"), texts("$tag$ $other$ $tag$;"));
    }

    @Test
    void aBackslashEscapesOnlyInAnEscapeString() {
        assertEquals(List.of("'a\\'", ";", " ", "x"), texts("'a\\'; x"));
        assertEquals(List.of("E'a\\'; x'"), texts("E'a\\'; x'"));
    }

    @Test
    void unterminatedTokensAreRefusedWithWhereTheyStart() {
        assertUnterminated("x = 'abc", Kind.STRING, 4, "an unterminated quoted string (starting at character 5)");
        assertUnterminated("E'a\\'", Kind.STRING, 0, "an unterminated quoted string (starting at character 1)");
        assertUnterminated("E'a\\", Kind.STRING, 0, "an unterminated quoted string (starting at character 1)");
        assertUnterminated("\"abc", Kind.QUOTED_IDENTIFIER, 0,
                "an unterminated quoted identifier (starting at character 1)");
        assertUnterminated("1 + $q$ x $Q$", Kind.DOLLAR_STRING, 4,
                "an unterminated dollar-quoted string $q$ (starting at character 5)");
        assertUnterminated("a /* b /* c */", Kind.BLOCK_COMMENT, 2,
                "an unterminated /* comment (starting at character 3)");
    }

    @Test
    void randomSequencesOfSamplesLexBackToTheSameTokens() {
        Random random = new Random(20261203);
        for (int round = 0; round < 2_000; round++) {
            List<SqlToken> expected = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n >= 0; n--) {
                SqlToken sample = SAMPLES.get(random.nextInt(SAMPLES.size()));
                expected.add(token(sample.kind(), sample.text(), text.toString()));
                text.append(sample.text());
                String separator = sample.kind() == Kind.LINE_COMMENT || random.nextBoolean() ? "\n" : " \t";
                expected.add(token(Kind.WHITESPACE, separator, text.toString()));
                text.append(separator);
            }
            assertEquals(expected, SqlLexer.tokens(text.toString()), text.toString());
        }
    }

    @Test
    void anyTextLexesToTokensThatPutTogetherAreTheTextOrIsRefused() {
        Random random = new Random(1203);
        String pool = "aeEuUbxN_0189.$'\"\\-/*()[];:,=<>!+@ \n\t\r&{}é\uD83D\uDE00";
        int refused = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(24); n > 0; n--) {
                text.append(pool.charAt(random.nextInt(pool.length())));
            }
            String sql = text.toString();
            try {
                List<SqlToken> tokens = SqlLexer.tokens(sql);
                StringBuilder joined = new StringBuilder();
                for (SqlToken token : tokens) {
                    assertEquals(token(token.kind(), token.text(), joined.toString()), token, sql);
                    assertEquals(false, token.text().isEmpty(), sql);
                    joined.append(token.text());
                }
                assertEquals(sql, joined.toString());
            } catch (SqlSyntaxException e) {
                refused++;
                assertEquals(true, e.offset() >= 0 && e.offset() < sql.length(), sql);
            }
        }
        assertEquals(true, refused > 0 && refused < 20_000, "refused " + refused);
    }

    @Test
    void eachTokenKnowsItsOffsetLineAndColumn() {
        String sql = "CREATE TABLE t (\n  a int, -- note\n  b text DEFAULT 'x\ny'\n);\n/* a\n */ $$\n$$";
        List<SqlToken> tokens = SqlLexer.tokens(sql);
        assertEquals(List.of("CREATE@1:1", "TABLE@1:8", "t@1:14", "(@1:16", "a@2:3", "int@2:5", ",@2:8",
                        "-- note@2:10", "b@3:3", "text@3:5", "DEFAULT@3:10", "'x\ny'@3:18", ")@5:1", ";@5:2",
                        "/* a\n */@6:1", "$$\n$$@7:5"),
                tokens.stream().filter(t -> t.kind() != Kind.WHITESPACE)
                        .map(t -> t.text() + "@" + t.line() + ":" + t.column()).toList());
        for (SqlToken token : tokens) {
            assertEquals(sql.substring(token.start(), token.end()), token.text());
            assertEquals(true, token.complete());
        }
    }

    @Test
    void theLenientLexerReturnsAnUnterminatedLastTokenAsIncomplete() {
        assertLenient("x = 'abc", Kind.STRING, "'abc");
        assertLenient("E'a\\", Kind.STRING, "E'a\\");
        assertLenient("\"abc", Kind.QUOTED_IDENTIFIER, "\"abc");
        assertLenient("1 + $q$ x $Q$", Kind.DOLLAR_STRING, "$q$ x $Q$");
        assertLenient("a /* b /* c */", Kind.BLOCK_COMMENT, "/* b /* c */");
        assertEquals(SqlLexer.tokens("a = 'b' -- c"), SqlLexer.lenient("a = 'b' -- c"));
    }

    @Test
    void anUnterminatedTokenIsRefusedWithItsLineColumnAndText() {
        String sql = "SELECT 1;\nSELECT 'a;\n";
        SqlSyntaxException e = assertThrows(SqlSyntaxException.class, () -> SqlLexer.tokens(sql));
        assertEquals(Kind.STRING, e.kind());
        assertEquals("an unterminated quoted string", e.problem());
        assertEquals(17, e.offset());
        assertEquals(2, e.line());
        assertEquals(8, e.column());
        assertEquals(sql, e.sql());
    }

    @Test
    void theLenientLexerAgreesWithTheStrictOneAndMarksWhereItRefuses() {
        Random random = new Random(1204);
        String pool = "aeE_09.$'\"\\-/*();\n ";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(20); n > 0; n--) {
                text.append(pool.charAt(random.nextInt(pool.length())));
            }
            String sql = text.toString();
            List<SqlToken> lenient = SqlLexer.lenient(sql);
            assertEquals(sql, String.join("", lenient.stream().map(SqlToken::text).toList()));
            try {
                assertEquals(SqlLexer.tokens(sql), lenient, sql);
            } catch (SqlSyntaxException e) {
                SqlToken last = lenient.get(lenient.size() - 1);
                assertEquals(false, last.complete(), sql);
                assertEquals(e.offset(), last.start(), sql);
                assertEquals(e.kind(), last.kind(), sql);
                assertEquals(e.line(), last.line(), sql);
                assertEquals(e.column(), last.column(), sql);
                assertEquals(true, lenient.subList(0, lenient.size() - 1).stream().allMatch(SqlToken::complete), sql);
            }
        }
    }

    private static void assertLenient(String sql, Kind kind, String last) {
        List<SqlToken> tokens = SqlLexer.lenient(sql);
        SqlToken token = tokens.get(tokens.size() - 1);
        assertEquals(kind, token.kind(), sql);
        assertEquals(last, token.text(), sql);
        assertEquals(false, token.complete(), sql);
        assertEquals(sql, String.join("", tokens.stream().map(SqlToken::text).toList()));
        assertEquals(true, tokens.subList(0, tokens.size() - 1).stream().allMatch(SqlToken::complete), sql);
    }

    private static void assertUnterminated(String sql, Kind kind, int offset, String message) {
        SqlSyntaxException e = assertThrows(SqlSyntaxException.class, () -> SqlLexer.tokens(sql));
        assertEquals(kind, e.kind());
        assertEquals(offset, e.offset());
        assertEquals(message, e.getMessage());
        assertEquals(sql, e.sql());
    }

    private static List<String> texts(String sql) {
        return SqlLexer.tokens(sql).stream().map(SqlToken::text).toList();
    }

    private static SqlToken token(Kind kind, String text) {
        return token(kind, text, "");
    }

    /** A complete token that follows {@code before}, with the line and column that puts it at. */
    private static SqlToken token(Kind kind, String text, String before) {
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = before.length() - before.lastIndexOf('\n');
        return new SqlToken(kind, text, before.length(), line, column, true);
    }
}
