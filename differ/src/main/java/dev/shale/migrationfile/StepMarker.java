package dev.shale.migrationfile;

import dev.shale.migrationfile.MigrationFileException.Reason;

/**
 * The line that starts a step of a migration file, {@code -- shale:step N transactional|non-transactional}: the
 * step's number (from 1) and whether the runner runs it in a transaction.
 */
public record StepMarker(int number, boolean transactional) {

    /** The word after {@code --} that makes a line comment a step marker. */
    public static final String KEYWORD = "shale:step";

    public StepMarker {
        if (number < 1) {
            throw new IllegalArgumentException("number must be 1 or more: " + number);
        }
    }

    /** The marker's line as Shale writes it, without its line break. */
    public String line() {
        return "-- " + KEYWORD + " " + number + " " + mode();
    }

    /** {@code transactional} or {@code non-transactional}. */
    public String mode() {
        return transactional ? "transactional" : "non-transactional";
    }

    /**
     * The words after {@code shale:step} in a line comment ({@code -- shale:step 2 non-transactional} gives
     * {@code "2 non-transactional"}), or {@code null} when the comment is no step marker.
     *
     * @param comment a line comment's text, from its {@code --}
     */
    public static String words(String comment) {
        if (!comment.startsWith("--")) {
            return null;
        }
        String body = comment.substring(2).strip();
        if (!body.startsWith(KEYWORD)
                || body.length() > KEYWORD.length() && !Character.isWhitespace(body.charAt(KEYWORD.length()))) {
            return null;
        }
        return body.substring(KEYWORD.length()).strip();
    }

    /**
     * Reads a marker's words ({@code "2 non-transactional"}); any run of spaces separates them.
     *
     * @throws MigrationFileException (line 0) for words that are not a number from 1 and a mode
     */
    public static StepMarker read(String words) {
        String[] parts = words.isEmpty() ? new String[0] : words.split("\\s+");
        if (parts.length != 2) {
            throw new MigrationFileException(Reason.MARKER_FORM, 0, "a step marker is -- shale:step N"
                    + " transactional|non-transactional, not -- shale:step " + words);
        }
        int number;
        try {
            number = Integer.parseInt(parts[0]);
        } catch (NumberFormatException e) {
            number = 0;
        }
        if (number < 1 || !parts[0].equals(Integer.toString(number))) {
            throw new MigrationFileException(Reason.MARKER_NUMBER, 0, "the step number \"" + parts[0]
                    + "\" is not a whole number from 1");
        }
        return switch (parts[1]) {
            case "transactional" -> new StepMarker(number, true);
            case "non-transactional" -> new StepMarker(number, false);
            default -> throw new MigrationFileException(Reason.MARKER_MODE, 0, "the mode \"" + parts[1]
                    + "\" is neither transactional nor non-transactional");
        };
    }
}
