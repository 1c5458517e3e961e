package dev.shale.cli.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a corpus case expects of {@code shale diff}, read from its optional {@code expect.txt}: without the file the
 * migration must apply and converge; otherwise the first line that is neither blank nor a {@code #} comment is the
 * outcome ({@code applies}, {@code refused}, or a named refusal such as {@code refused-uncastable}) and every
 * following such line is a text the error output must contain (an object's name, loosely: a substring).
 */
public record Expectation(Outcome outcome, String keyword, List<String> mentions) {

    /** Whether the diff must succeed, or refuse. */
    public enum Outcome { APPLIES, REFUSED }

    /** The expectation of a case without {@code expect.txt}. */
    public static final Expectation APPLIES = new Expectation(Outcome.APPLIES, "applies", List.of());

    public Expectation {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(keyword, "keyword");
        mentions = List.copyOf(mentions);
    }

    /** Parses the text of an {@code expect.txt}; {@code source} names it in errors. */
    public static Expectation parse(String text, String source) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String stripped = line.strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                lines.add(stripped);
            }
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(source + " is empty: write applies, refused or refused-<reason>"
                    + " on its first line");
        }
        String keyword = lines.get(0);
        List<String> mentions = lines.subList(1, lines.size());
        if (keyword.equals("applies")) {
            if (!mentions.isEmpty()) {
                throw new IllegalArgumentException(source + ": applies takes no further lines, found " + mentions);
            }
            return APPLIES;
        }
        if (keyword.equals("refused") || keyword.startsWith("refused-")) {
            return new Expectation(Outcome.REFUSED, keyword, mentions);
        }
        throw new IllegalArgumentException(source + ": unknown outcome \"" + keyword
                + "\"; the first line is applies, refused or refused-<reason>");
    }
}
