package dev.shale.sql;

import java.util.Objects;

/**
 * One token of PostgreSQL SQL: its kind, its exact text in the source (quotes, prefixes and comment markers
 * included, so the texts of all tokens put together are the source), where it starts (a char offset from 0, a line
 * from 1 counted by {@code \n}, a column from 1 in chars), and whether it is complete: only a token read by
 * {@link SqlLexer#lenient} at the end of cut-off text is not (a string, quoted identifier, dollar quote or block
 * comment never closed).
 */
public record SqlToken(Kind kind, String text, int start, int line, int column, boolean complete) {

    /** What a token is, as PostgreSQL's scanner ({@code scan.l}) tells them apart. */
    public enum Kind {
        /** Spaces, tabs, newlines, carriage returns, form and vertical feeds. */
        WHITESPACE,
        /** {@code -- ...} up to (not including) the end of the line. */
        LINE_COMMENT,
        /** {@code /* ... * /}, nested ones included. */
        BLOCK_COMMENT,
        /** A bare word: a keyword or an identifier ({@code select}, {@code created_at}, {@code a$b}). */
        WORD,
        /** {@code "Name"} or {@code U&"d\0061t\+000061"}. */
        QUOTED_IDENTIFIER,
        /** {@code 'text'}, {@code E'esc\'aped'}, {@code U&'...'}, {@code B'0101'}, {@code X'1F'}, {@code N'...'}. */
        STRING,
        /** {@code $$text$$} or {@code $tag$text$tag$}. */
        DOLLAR_STRING,
        /** {@code 42}, {@code 3.14}, {@code .5e-3}, {@code 0x1F}, {@code 1_000}. */
        NUMBER,
        /** A positional parameter: {@code $1}. */
        PARAMETER,
        /** An operator: {@code =}, {@code <>}, {@code ::}, {@code ||}, {@code ->>}. */
        OPERATOR,
        /** One of {@code ( ) [ ] , ; : .}, or {@code ..}. */
        PUNCTUATION,
        /** A character PostgreSQL's scanner has no token for (it would fail on it). */
        OTHER
    }

    public SqlToken {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (start < 0 || line < 1 || column < 1) {
            throw new IllegalArgumentException("start must be 0 or more, line and column 1 or more: " + start + ", "
                    + line + ", " + column);
        }
    }

    /** The offset just after the token. */
    public int end() {
        return start + text.length();
    }

    /** Whether this is a comment or whitespace, which separate tokens and mean nothing else. */
    public boolean isTrivia() {
        return kind == Kind.WHITESPACE || kind == Kind.LINE_COMMENT || kind == Kind.BLOCK_COMMENT;
    }

    /** Whether this is a bare word equal to {@code word}, ignoring case ({@code CREATE}, {@code create}). */
    public boolean isWord(String word) {
        return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    /** Whether this is a comment: a {@code --} line or a {@code /* ... * /} block. */
    public boolean isComment() {
        return kind == Kind.LINE_COMMENT || kind == Kind.BLOCK_COMMENT;
    }

    /** Whether this is the punctuation {@code symbol}. */
    public boolean is(char symbol) {
        return kind == Kind.PUNCTUATION && text.length() == 1 && text.charAt(0) == symbol;
    }
}
