package dev.shale.testing;

import dev.shale.model.ColumnType;
import dev.shale.model.Identifiers;
import dev.shale.model.IndexMethod;
import java.util.List;

/** What the random generators know about column types: families, user-style defaults, what may index them. */
final class Types {

    static final ColumnType INTEGER = ColumnType.builtIn("integer");
    static final ColumnType BIGINT = ColumnType.builtIn("bigint");
    static final ColumnType SMALLINT = ColumnType.builtIn("smallint");
    static final ColumnType BOOLEAN = ColumnType.builtIn("boolean");
    static final ColumnType DOUBLE = ColumnType.builtIn("double precision");
    static final ColumnType REAL = ColumnType.builtIn("real");
    static final ColumnType NUMERIC = ColumnType.builtIn("numeric");
    static final ColumnType TEXT = ColumnType.builtIn("text");
    static final ColumnType UUID = ColumnType.builtIn("uuid");
    static final ColumnType TIMESTAMPTZ = ColumnType.builtIn("timestamptz");
    static final ColumnType TIMESTAMP = ColumnType.builtIn("timestamp");
    static final ColumnType DATE = ColumnType.builtIn("date");
    static final ColumnType TIME = ColumnType.builtIn("time");
    static final ColumnType BYTEA = ColumnType.builtIn("bytea");
    static final ColumnType JSONB = ColumnType.builtIn("jsonb");

    static final List<Integer> VARCHAR_LENGTHS = List.of(8, 16, 32, 64, 255);

    /** Families inside which a type change keeps checks, FKs and indexes meaningful. */
    enum Family { INT, DECIMAL, TEXT, OTHER }

    private Types() {
    }

    static ColumnType varchar(int length) {
        return ColumnType.builtIn("varchar", length);
    }

    static ColumnType numeric(int precision, int scale) {
        return ColumnType.builtIn("numeric", precision, scale);
    }

    static Family family(ColumnType type) {
        if (type.dimensions() > 0 || type.isUserType()) {
            return Family.OTHER;
        }
        return switch (type.name()) {
            case "smallint", "integer", "bigint" -> Family.INT;
            case "numeric", "real", "double precision" -> Family.DECIMAL;
            case "text", "varchar" -> Family.TEXT;
            default -> Family.OTHER;
        };
    }

    static boolean isIntegral(ColumnType type) {
        return family(type) == Family.INT;
    }

    static boolean isTextual(ColumnType type) {
        return family(type) == Family.TEXT;
    }

    static boolean isNumber(ColumnType type) {
        return family(type) == Family.INT || family(type) == Family.DECIMAL;
    }

    /** Collations every PostgreSQL server has, whatever its locales. */
    static final List<String> COLLATIONS = List.of("\"C\"", "\"POSIX\"");

    /** Whether a column of {@code type} takes a collation: text and varchar, and their arrays. */
    static boolean isCollatable(ColumnType type) {
        return !type.isUserType() && (type.name().equals("text") || type.name().equals("varchar"));
    }

    /** Whether {@code type} is an enum (or an array of one): a user type other than citext. */
    static boolean isEnum(ColumnType type) {
        return type.isUserType() && !isCitext(type);
    }

    /** citext, in the schema the citext extension of the draft lives in ({@code public} here). */
    static final ColumnType CITEXT = ColumnType.userType(new dev.shale.model.QualifiedName("public", "citext"));

    /** Whether {@code type} is citext (the extension's case-insensitive text) or an array of it. */
    static boolean isCitext(ColumnType type) {
        return type.isUserType() && type.name().equals("citext");
    }

    /** Scalar types a btree, a unique constraint or a key may use. */
    static boolean isKeyable(ColumnType type) {
        return type.dimensions() == 0 && !type.name().equals("jsonb") && !type.name().equals("bytea");
    }

    /** Whether an index of {@code method} on a single column of {@code type} is valid with the default operator class. */
    static boolean supports(IndexMethod method, ColumnType type) {
        return switch (method) {
            case BTREE -> isKeyable(type);
            case HASH -> type.dimensions() == 0 && (isIntegral(type) || isTextual(type) || type.name().equals("uuid"))
                    && !type.isUserType();
            case GIN -> type.dimensions() > 0 || (!type.isUserType() && type.name().equals("jsonb"));
            case BRIN -> type.dimensions() == 0 && !type.isUserType() && (isIntegral(type)
                    || List.of("date", "timestamp", "timestamptz").contains(type.name()));
            case SPGIST -> type.equals(TEXT);
            case GIST -> false;
        };
    }

    /**
     * Defaults as a user would write them, each one PostgreSQL accepts for the type. {@code labels} are the
     * labels of the enum when {@code type} is an enum (scalar).
     */
    static List<String> defaults(ColumnType type, List<String> labels) {
        if (type.dimensions() > 0) {
            return List.of("'{}'");
        }
        if (isCitext(type)) {
            return List.of("'abc'", "''", "'it''s'");
        }
        if (type.isUserType()) {
            return labels.stream().map(Identifiers::literal).toList();
        }
        return switch (type.name()) {
            case "smallint", "integer", "bigint" -> List.of("0", "1", "42", "-1");
            case "numeric", "real", "double precision" -> List.of("0", "1.5");
            case "boolean" -> List.of("true", "false");
            case "text", "varchar" -> List.of("'abc'", "''", "'it''s'");
            case "uuid" -> List.of("gen_random_uuid()");
            case "timestamptz" -> List.of("now()", "CURRENT_TIMESTAMP");
            case "timestamp" -> List.of("LOCALTIMESTAMP", "'2020-01-01 00:00:00'");
            case "date" -> List.of("CURRENT_DATE", "'2020-01-01'");
            case "time" -> List.of("LOCALTIME", "'12:00:00'");
            case "bytea" -> List.of("'\\x00'");
            case "jsonb" -> List.of("'{}'", "'[]'");
            default -> List.of();
        };
    }

    /** Types a type-change edit may turn {@code type} into; {@code sameFamilyOnly} keeps FKs and checks valid. */
    static List<ColumnType> alternatives(ColumnType type, boolean sameFamilyOnly) {
        List<ColumnType> ints = List.of(SMALLINT, INTEGER, BIGINT);
        List<ColumnType> decimals = List.of(NUMERIC, numeric(10, 2), numeric(12, 2), numeric(8, 3), REAL, DOUBLE);
        List<ColumnType> texts = List.of(TEXT, varchar(8), varchar(16), varchar(32), varchar(64), varchar(255));
        List<ColumnType> candidates = switch (family(type)) {
            case INT -> sameFamilyOnly ? ints : concat(ints, List.of(NUMERIC, numeric(12, 2)));
            case DECIMAL -> sameFamilyOnly ? decimals : concat(decimals, List.of(INTEGER, BIGINT));
            case TEXT -> texts;
            case OTHER -> type.isUserType() && type.dimensions() == 0 && !sameFamilyOnly ? List.of(TEXT) : List.of();
        };
        return candidates.stream().filter(candidate -> !candidate.equals(type)).toList();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
