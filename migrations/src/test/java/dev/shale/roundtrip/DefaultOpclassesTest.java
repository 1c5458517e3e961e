package dev.shale.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.model.ColumnType;
import dev.shale.model.DefaultOpclasses;
import dev.shale.model.IndexMethod;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link DefaultOpclasses} against a live server: for each built-in type and index method, the operator class
 * PostgreSQL picks for a key that names none is the one the table calls the default, and no other is.
 */
@ExtendWith(PostgresExtension.class)
class DefaultOpclassesTest {

    private static final List<String> TYPES = List.of("bigint", "integer", "smallint", "boolean", "double precision",
            "real", "numeric", "text", "varchar", "char", "uuid", "timestamptz", "timestamp", "date", "time", "timetz",
            "interval", "bytea", "jsonb", "money", "inet", "cidr", "macaddr", "macaddr8", "tsvector", "tsquery",
            "pg_lsn", "oid", "name", "bit", "varbit", "box", "circle", "point", "polygon");

    @Test
    void theDefaultOfEachTypeAndMethodIsPostgresqls(TestDatabase database) {
        List<String> checked = new ArrayList<>();
        int n = 0;
        for (String type : TYPES) {
            for (IndexMethod method : IndexMethod.values()) {
                String table = "t" + n++;
                database.execute("CREATE TABLE " + table + " (k " + type + ", a " + type + "[])");
                String picked = picked(database, table, "k", method);
                if (picked != null) {
                    ColumnType columnType = ColumnType.builtIn(type);
                    assertTrue(DefaultOpclasses.isDefault(columnType, method, picked),
                            type + " " + method + ": PostgreSQL picks " + picked);
                    assertEquals(false, DefaultOpclasses.isDefault(columnType, method, "text_pattern_ops"));
                    checked.add(type + " " + method.sql() + " " + picked);
                }
                String array = picked(database, table, "a", method);
                if (array != null) {
                    assertTrue(DefaultOpclasses.isDefault(ColumnType.builtIn(type).arrayOf(), method, array),
                            type + "[] " + method + ": PostgreSQL picks " + array);
                }
            }
        }
        assertTrue(checked.size() > 80, checked::toString);
    }

    /** The operator class of an index on {@code column} under {@code method}; null when none can be built. */
    private static String picked(TestDatabase database, String table, String column, IndexMethod method) {
        String index = table + "_" + column + "_" + method.sql().toLowerCase(Locale.ROOT);
        try {
            database.execute("CREATE INDEX " + index + " ON " + table + " USING " + method.sql() + " (" + column + ")");
        } catch (RuntimeException cannot) {
            return null;
        }
        return database.firstColumn("SELECT opc.opcname FROM pg_index i JOIN pg_opclass opc ON opc.oid = i.indclass[0]"
                + " WHERE i.indexrelid = '" + index + "'::regclass").get(0);
    }
}
