package dev.shale.testing;

import dev.shale.model.ColumnType;
import dev.shale.model.Identifiers;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Random values of one column type for {@link RowFiller}, as SQL expressions with an explicit cast
 * ({@code 'abc'::varchar(8)}), kept inside what the column's checks say when {@link Bound} read them. Values lean
 * small but sometimes sit at the edge of what a narrower type can hold (an integer beyond smallint, a text longer
 * than 16 characters, a numeric with many digits), so that type changes meet rows they cannot convert.
 */
final class ColumnValues {

    /** What a column's checks require of its values, when a check is one of the shapes read. */
    enum Bound { NONE, POSITIVE, NON_NEGATIVE, NOT_EMPTY }

    private static final List<String> WORDS = List.of("alpha", "Beta", "it's", "über", "x-y z", "back\\slash",
            "line", "Zeta", "quote\"d", "tab", "émile", "null");
    private static final List<String> JSON = List.of("{}", "[]", "{\"a\": 1}", "[1, 2, 3]", "{\"k\": \"it's\"}",
            "\"text\"", "null", "{\"nested\": {\"b\": [true, false]}}");
    private static final List<String> CASES = List.of("alpha", "Alpha", "ALPHA", "beta", "Beta");
    private static final List<String> FLOAT_FRACTIONS = List.of(".0", ".5", ".25", ".75", ".1");

    private ColumnValues() {
    }

    /** A value of {@code type} (an enum's labels in {@code labels}), as a SQL expression; never NULL. */
    static Value random(ColumnType type, List<String> labels, Bound bound, SplittableRandom random) {
        if (type.dimensions() > 0) {
            ColumnType element = type.element();
            int size = random.nextInt(4);
            List<String> elements = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                elements.add(scalarText(element, labels, Bound.NONE, random));
            }
            String sql = size == 0 ? "'{}'::" + type.sql()
                    : "ARRAY[" + String.join(", ", elements.stream().map(Identifiers::literal).toList()) + "]::"
                            + type.sql();
            return new Value(sql, String.join("\u0001", elements));
        }
        String text = scalarText(type, labels, bound, random);
        return new Value(Identifiers.literal(text) + "::" + type.sql(), text);
    }

    /** A SQL expression and the value as a key, for uniqueness within the rows made. */
    record Value(String sql, String key) {
    }

    private static String scalarText(ColumnType type, List<String> labels, Bound bound, SplittableRandom random) {
        if (type.isUserType() && !type.name().equals("citext")) {
            return labels.get(random.nextInt(labels.size()));
        }
        return switch (type.name()) {
            case "smallint" -> Long.toString(integral(bound, random, 30_000));
            case "integer" -> Long.toString(integral(bound, random, random.nextInt(100) < 8 ? 2_000_000_000 : 40_000));
            case "bigint" -> Long.toString(integral(bound, random, random.nextInt(100) < 8 ? 9_000_000_000_000L : 40_000));
            case "numeric" -> numeric(type, bound, random);
            case "real", "double precision" -> {
                long whole = integral(bound, random, 2000);
                String fraction = FLOAT_FRACTIONS.get(random.nextInt(FLOAT_FRACTIONS.size()));
                yield whole == 0 && bound == Bound.POSITIVE ? "0.5" : whole + fraction;
            }
            case "boolean" -> random.nextBoolean() ? "true" : "false";
            case "text", "varchar", "citext" -> text(type, bound, random);
            case "uuid" -> new java.util.UUID(random.nextLong(), random.nextLong()).toString();
            case "timestamptz" -> timestamp(random) + "+00";
            case "timestamp" -> timestamp(random);
            case "date" -> date(random);
            case "time" -> time(random);
            case "bytea" -> {
                byte[] bytes = new byte[random.nextInt(5)];
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) random.nextInt(256);
                }
                yield "\\x" + HexFormat.of().formatHex(bytes);
            }
            case "jsonb" -> JSON.get(random.nextInt(JSON.size()));
            default -> throw new IllegalArgumentException("no values for type " + type.sql());
        };
    }

    private static long integral(Bound bound, SplittableRandom random, long limit) {
        long value = random.nextInt(100) < 70 ? random.nextLong(-50, 1000) : random.nextLong(-limit, limit + 1);
        return switch (bound) {
            case POSITIVE -> value > 0 ? value : 1 - value;
            case NON_NEGATIVE -> Math.abs(value);
            default -> value;
        };
    }

    private static String numeric(ColumnType type, Bound bound, SplittableRandom random) {
        int scale = type.modifiers().size() > 1 ? type.modifiers().get(1) : type.modifiers().isEmpty() ? 4 : 0;
        int integerDigits = type.modifiers().isEmpty() ? (random.nextInt(100) < 10 ? 12 : 4)
                : type.modifiers().get(0) - scale;
        long whole = integerDigits == 0 ? 0 : random.nextLong((long) Math.pow(10, Math.min(integerDigits, 15)));
        String digits = scale == 0 ? "" : "." + String.format(Locale.ROOT, "%0" + scale + "d",
                random.nextLong((long) Math.pow(10, Math.min(scale, 15))));
        boolean negative = bound == Bound.NONE && random.nextBoolean();
        String text = (negative ? "-" : "") + whole + digits;
        return bound == Bound.POSITIVE && new java.math.BigDecimal(text).signum() == 0 ? (integerDigits > 0 ? "1" : "0.5")
                : text;
    }

    private static String text(ColumnType type, Bound bound, SplittableRandom random) {
        int limit = type.modifiers().isEmpty() ? Integer.MAX_VALUE : type.modifiers().get(0);
        String text = switch (random.nextInt(10)) {
            case 0 -> bound == Bound.NOT_EMPTY ? "a" : "";
            case 1 -> "a longer text of more than sixteen characters " + random.nextInt(1000);
            // a few words in several cases, so that rows differ only in case now and then
            case 2 -> CASES.get(random.nextInt(CASES.size()));
            default -> WORDS.get(random.nextInt(WORDS.size())) + " " + random.nextInt(1000);
        };
        return text.length() <= limit ? text : text.substring(0, limit);
    }

    private static String timestamp(SplittableRandom random) {
        return date(random) + " " + time(random);
    }

    private static String date(SplittableRandom random) {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", 1990 + random.nextInt(50), 1 + random.nextInt(12),
                1 + random.nextInt(28));
    }

    private static String time(SplittableRandom random) {
        String time = String.format(Locale.ROOT, "%02d:%02d:%02d", random.nextInt(24), random.nextInt(60),
                random.nextInt(60));
        return random.nextBoolean() ? time : time + "." + String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
    }
}
