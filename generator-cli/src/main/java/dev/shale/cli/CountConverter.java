package dev.shale.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a count ({@code --connect-retries N}, {@code --steps N}) as an int; what is not one, too large included, is a
 * usage error that picocli reports with the flag's name. A negative count is read, for the command to refuse with
 * its own bounds and fix.
 */
final class CountConverter implements ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        String text = value.strip();
        if (!text.matches("-?\\d+")) {
            throw new TypeConversionException("'" + value + "' is not a count; write a whole number such as 5");
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is too large; write a whole number up to "
                    + Integer.MAX_VALUE);
        }
    }
}
