package dev.shale.reader;

import dev.shale.dsl.Identity;

/**
 * Reads {@code @Identity}'s sequence options into the model's identity, checked against the column's type as
 * PostgreSQL would check them; a bound equal to PostgreSQL's default is kept as the default (null), as a database
 * reads it.
 */
final class IdentityOptions {

    private IdentityOptions() {
    }

    /**
     * The identity {@code component} of {@code record} declares, or {@code null} after reporting why it cannot be
     * one; {@code typeName} is smallint, integer or bigint, or {@code null} when the type is unknown or wrong (then
     * only checks that need no type are made). The increment is not 0.
     */
    static dev.shale.model.Identity read(Class<?> record, String component, Identity identity, String typeName,
                                        Problems problems) {
        int before = problems.size();
        Long minValue = single(record, component, "minValue", identity.minValue(), problems);
        Long maxValue = single(record, component, "maxValue", identity.maxValue(), problems);
        if (identity.cache() < 1) {
            problems.add(record, component, "has @Identity(cache = " + identity.cache() + ")",
                    "use a cache of at least 1");
        }
        long increment = identity.increment();
        if (typeName != null) {
            long typeMin = typeMinimum(typeName);
            long typeMax = typeMaximum(typeName);
            for (Long bound : new Long[] {minValue, maxValue}) {
                if (bound != null && (bound < typeMin || bound > typeMax)) {
                    problems.add(record, component, "has @Identity bound " + bound + ", out of range for " + typeName,
                            "use a bound between " + typeMin + " and " + typeMax + " or a wider type");
                }
            }
            long min = minValue != null ? minValue : increment > 0 ? 1 : typeMin;
            long max = maxValue != null ? maxValue : increment > 0 ? typeMax : -1;
            if (problems.size() == before && min >= max) {
                problems.add(record, component, "has @Identity with minValue " + min + " not below maxValue " + max,
                        "make minValue less than maxValue");
            } else if (problems.size() == before && (identity.start() < min || identity.start() > max)) {
                problems.add(record, component, "has @Identity(start = " + identity.start()
                        + ") outside its values " + min + " to " + max, "set start between minValue and maxValue");
            }
            minValue = minValue != null && minValue == (increment > 0 ? 1 : typeMin) ? null : minValue;
            maxValue = maxValue != null && maxValue == (increment > 0 ? typeMax : -1) ? null : maxValue;
        }
        if (problems.size() != before) {
            return null;
        }
        try {
            return new dev.shale.model.Identity(identity.always(), identity.start(), increment, minValue, maxValue,
                    identity.cache(), identity.cycle());
        } catch (IllegalArgumentException e) {
            problems.add(record, component, "has @Identity options PostgreSQL refuses: " + e.getMessage(),
                    "make minValue less than maxValue and start between them");
            return null;
        }
    }

    private static Long single(Class<?> record, String component, String attribute, long[] values,
                               Problems problems) {
        if (values.length > 1) {
            problems.add(record, component, "has @Identity(" + attribute + ") with " + values.length + " values",
                    "give one value, or none for PostgreSQL's default");
            return null;
        }
        return values.length == 0 ? null : values[0];
    }

    private static long typeMinimum(String typeName) {
        return switch (typeName) {
            case "smallint" -> Short.MIN_VALUE;
            case "integer" -> Integer.MIN_VALUE;
            default -> Long.MIN_VALUE;
        };
    }

    private static long typeMaximum(String typeName) {
        return switch (typeName) {
            case "smallint" -> Short.MAX_VALUE;
            case "integer" -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
    }
}
