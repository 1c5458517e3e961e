package dev.shale.cli.review;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text made safe for GitHub- and GitLab-flavoured Markdown: plain text with its markup characters escaped, table
 * cells whose pipes cannot split the row, code spans and fenced blocks that their content cannot close, and text
 * for HTML elements such as {@code <summary>}.
 */
public final class Markdown {

    private static final Pattern BACKTICKS = Pattern.compile("`+");
    /** Characters that start inline markup, HTML or an entity anywhere in a line (the text never starts a line). */
    private static final String MARKUP = "\\`*_[]<>|~&";

    private Markdown() {
    }

    /** Plain text on one line, every Markdown and HTML markup character backslash-escaped. */
    public static String text(String value) {
        StringBuilder out = new StringBuilder();
        oneLine(value).chars().forEach(c -> {
            if (MARKUP.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append((char) c);
        });
        return out.toString();
    }

    /**
     * A code span around {@code value} (on one line): delimited by more backticks than its longest run of them,
     * padded with a space where it starts or ends with a backtick; empty text is shown as a blank code span.
     */
    public static String code(String value) {
        String line = oneLine(value);
        String fence = "`".repeat(longestRun(line) + 1);
        boolean pad = line.isEmpty() || line.startsWith("`") || line.endsWith("`");
        return fence + (pad ? " " : "") + line + (pad ? " " : "") + fence;
    }

    /**
     * Text for a table cell, built with {@link #text} and {@link #code}: each pipe escaped as {@code \|}, which
     * GitHub and GitLab read as a pipe even inside a code span, so it cannot end the cell.
     */
    public static String cell(String markdown) {
        return oneLine(markdown).replace("|", "\\|");
    }

    /** The fence of a code block holding {@code body}: three backticks, or one more than its longest run. */
    public static String fence(String body) {
        return "`".repeat(Math.max(3, longestRun(body) + 1));
    }

    /** Text inside an HTML element such as {@code <summary>}: {@code &}, {@code <} and {@code >} as entities. */
    public static String html(String value) {
        return oneLine(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Line breaks (and the spaces around them) as one space, other control characters as spaces. */
    static String oneLine(String value) {
        String joined = value.replaceAll("\\s*\\R\\s*", " ");
        StringBuilder out = new StringBuilder(joined.length());
        joined.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return out.toString();
    }

    private static int longestRun(String value) {
        int longest = 0;
        Matcher matcher = BACKTICKS.matcher(value);
        while (matcher.find()) {
            longest = Math.max(longest, matcher.group().length());
        }
        return longest;
    }
}
