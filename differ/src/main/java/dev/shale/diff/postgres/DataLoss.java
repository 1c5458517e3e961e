package dev.shale.diff.postgres;

import dev.shale.model.Identifiers;
import dev.shale.model.QualifiedName;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a data-loss change discards, as the runner can look it up in a database: the rows of a table, the
 * non-NULL values of a column (dropped, or narrowed to a type that may cut them), or the rows using an enum
 * value, or the current value of a dropped sequence. Written in a migration's header as {@code -- shale:loses table public.users},
 * {@code -- shale:loses column public.users.nickname} or {@code -- shale:loses enum-value public.status 'X'}
 * (identifiers quoted as SQL when they must be, the value as a SQL string literal), so that {@code migrate}
 * and {@code rollback} refuse the change only where that data exists.
 *
 * @param kind what is lost
 * @param relation the table (for {@link Kind#TABLE} and {@link Kind#COLUMN}) or the enum type
 * @param member the column or the enum value; null for a table
 */
public record DataLoss(Kind kind, QualifiedName relation, String member) {

    /** What is lost, with its header keyword. */
    public enum Kind {
        /** Every row of a table. */
        TABLE("table"),
        /** The non-NULL values of a column. */
        COLUMN("column"),
        /** The values of an enum type's label, in every column of that type or an array of it. */
        ENUM_VALUE("enum-value"),
        /** The current value of a sequence: created again, it starts over. */
        SEQUENCE("sequence");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** The keyword after {@code shale:loses}. */
        public String code() {
            return code;
        }
    }

    public DataLoss {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(relation, "relation");
        if ((kind == Kind.TABLE || kind == Kind.SEQUENCE) != (member == null)) {
            throw new IllegalArgumentException(kind.code() + " loss " + (member == null ? "needs" : "has no")
                    + " member");
        }
    }

    /** The rows of {@code table}. */
    public static DataLoss table(QualifiedName table) {
        return new DataLoss(Kind.TABLE, table, null);
    }

    /** The non-NULL values of {@code column} of {@code table}. */
    public static DataLoss column(QualifiedName table, String column) {
        return new DataLoss(Kind.COLUMN, table, column);
    }

    /** The current value of sequence {@code sequence}. */
    public static DataLoss sequence(QualifiedName sequence) {
        return new DataLoss(Kind.SEQUENCE, sequence, null);
    }

    /** The uses of label {@code value} of enum {@code type}. */
    public static DataLoss enumValue(QualifiedName type, String value) {
        return new DataLoss(Kind.ENUM_VALUE, type, value);
    }

    /**
     * The text after {@code shale:loses}, or empty when a name holds a control character (a line break would
     * end the comment line): such a loss cannot be written, and its file keeps the gate by header alone.
     */
    public Optional<String> headerText() {
        if (hasControl(relation.schema()) || hasControl(relation.name()) || member != null && hasControl(member)) {
            return Optional.empty();
        }
        String object = switch (kind) {
            case TABLE, SEQUENCE -> relation.sql();
            case COLUMN -> relation.sql() + "." + Identifiers.quote(member);
            case ENUM_VALUE -> relation.sql() + " " + Identifiers.literal(member);
        };
        return Optional.of(kind.code() + " " + object);
    }

    /** The lost object in words, unquoted: {@code table public.users}, {@code enum value public.status 'X'}. */
    public String describe() {
        return switch (kind) {
            case TABLE -> "table " + relation;
            case COLUMN -> "column " + relation + "." + member;
            case ENUM_VALUE -> "enum value " + relation + " '" + member + "'";
            case SEQUENCE -> "sequence " + relation;
        };
    }

    /**
     * Reads the text after {@code shale:loses} as {@link #headerText()} writes it.
     *
     * @throws IllegalArgumentException saying what is wrong and how to write it
     */
    public static DataLoss parse(String text) {
        int space = text.indexOf(' ');
        String code = space < 0 ? text : text.substring(0, space);
        Kind kind = null;
        for (Kind k : Kind.values()) {
            if (k.code().equals(code)) {
                kind = k;
            }
        }
        if (kind == null) {
            throw new IllegalArgumentException("\"" + code + "\" is not something a migration loses; write table"
                    + " SCHEMA.TABLE, column SCHEMA.TABLE.COLUMN, enum-value SCHEMA.TYPE 'VALUE' or sequence SCHEMA.SEQUENCE");
        }
        HeaderReader reader = new HeaderReader(space < 0 ? "" : text.substring(space + 1).strip());
        List<String> names = reader.names();
        int expected = kind == Kind.COLUMN ? 3 : 2;
        if (names.size() != expected) {
            throw new IllegalArgumentException(kind.code() + " needs " + (expected == 3 ? "SCHEMA.TABLE.COLUMN"
                    : kind == Kind.TABLE ? "SCHEMA.TABLE" : kind == Kind.SEQUENCE ? "SCHEMA.SEQUENCE" : "SCHEMA.TYPE") + " (quote a name as SQL when it must be)");
        }
        QualifiedName relation = new QualifiedName(names.get(0), names.get(1));
        DataLoss loss = switch (kind) {
            case TABLE -> table(relation);
            case COLUMN -> column(relation, names.get(2));
            case ENUM_VALUE -> enumValue(relation, reader.literal("enum-value"));
            case SEQUENCE -> sequence(relation);
        };
        reader.requireEnd();
        return loss;
    }

    private static boolean hasControl(String text) {
        return text.codePoints().anyMatch(Character::isISOControl);
    }
}
