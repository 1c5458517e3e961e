package dev.shale.diff.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.model.ColumnType;
import dev.shale.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeChangesTest {

    /** {@code varchar(255)}, {@code numeric(10,2)}, {@code text[]}, {@code public.role}. */
    private static ColumnType parse(String text) {
        int dimensions = 0;
        while (text.endsWith("[]")) {
            dimensions++;
            text = text.substring(0, text.length() - 2);
        }
        ColumnType type;
        int open = text.indexOf('(');
        if (text.contains(".")) {
            type = ColumnType.userType(QualifiedName.parse(text));
        } else if (open < 0) {
            type = ColumnType.builtIn(text);
        } else {
            List<Integer> modifiers = new ArrayList<>();
            for (String modifier : text.substring(open + 1, text.length() - 1).split(",")) {
                modifiers.add(Integer.valueOf(modifier.trim()));
            }
            type = new ColumnType(null, text.substring(0, open), modifiers, 0);
        }
        for (int i = 0; i < dimensions; i++) {
            type = type.arrayOf();
        }
        return type;
    }

    @ParameterizedTest(name = "{0} -> {1}: narrows {2}, rewrites {3}")
    @CsvSource(delimiter = '|', value = {
        "varchar(100)  | varchar(255)  | false | false",
        "varchar(255)  | varchar(100)  | true  | true",
        "varchar(100)  | text          | false | false",
        "varchar(100)  | varchar       | false | false",
        "text          | varchar       | false | false",
        "text          | varchar(100)  | true  | true",
        "integer       | bigint        | false | true",
        "smallint      | integer       | false | true",
        "bigint        | integer       | true  | true",
        "bigint        | smallint      | true  | true",
        "integer       | smallint      | true  | true",
        "int4          | int8          | false | true",
        "integer       | numeric       | false | true",
        "integer       | numeric(12,2) | false | true",
        "bigint        | numeric(12,2) | true  | true",
        "numeric(10,2) | numeric(12,2) | false | false",
        "numeric(10,2) | numeric       | false | false",
        "numeric(10,2) | numeric(12,4) | false | true",
        "numeric(10,2) | numeric(8,2)  | true  | true",
        "numeric(10,2) | numeric(10,1) | true  | true",
        "numeric(10,2) | numeric(10,4) | true  | true",
        "numeric       | numeric(10,2) | true  | true",
        "numeric(10,2) | integer       | true  | true",
        "real          | double precision | false | true",
        "double precision | real       | true  | true",
        "integer       | text          | false | true",
        "text          | integer       | true  | true",
        "text          | uuid          | true  | true",
        "timestamp(3)  | timestamp(6)  | false | false",
        "timestamp(6)  | timestamp(3)  | true  | true",
        "timestamp     | timestamptz   | true  | true",
        "public.role   | text          | false | true",
        "text          | public.role   | true  | true",
        "public.role   | billing.level | true  | true",
        "text[]        | varchar(10)[] | true  | true",
        "varchar(10)[] | text[]        | false | true",
        "text          | text[]        | true  | true",
        "text          | public.citext | false | true",
        "varchar(10)   | public.citext | false | true",
        "text[]        | public.citext[] | false | true",
        "public.citext | text          | false | true",
        "public.citext | varchar(10)   | true  | true",
        "public.role   | public.citext | true  | true",
    })
    void classifiesTypeChanges(String from, String to, boolean narrows, boolean rewrites) {
        assertEquals(narrows, TypeChanges.narrows(parse(from), parse(to)), "narrows");
        assertEquals(rewrites, TypeChanges.rewrites(parse(from), parse(to)), "rewrites");
    }

    @ParameterizedTest(name = "{0} -> {1}: folds case {2}")
    @CsvSource(delimiter = '|', value = {
        "text          | public.citext | true",
        "varchar(10)   | util.citext   | true",
        "text[]        | public.citext[] | true",
        "text          | public.citext[] | false",
        "public.citext | text          | false",
        "public.citext | util.citext   | false",
        "integer       | public.citext | false",
        "text          | varchar(10)   | false",
    })
    void aChangeToCitextFoldsCase(String from, String to, boolean folds) {
        assertEquals(folds, TypeChanges.foldsCase(parse(from), parse(to)));
    }
}
