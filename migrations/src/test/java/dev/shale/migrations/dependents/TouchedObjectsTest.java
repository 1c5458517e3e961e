package dev.shale.migrations.dependents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.migrations.dependents.TouchedObject.Kind;
import dev.shale.model.QualifiedName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link TouchedObjects} reads from statements: drops and alters of tables and columns, drops of other objects. */
class TouchedObjectsTest {

    private static TouchedObject touched(Kind kind, String schema, String name, String member) {
        return new TouchedObject(kind, new QualifiedName(schema, name), member);
    }

    @Test
    void dropTableNamesEveryTableUnqualifiedOnesInPublic() {
        assertEquals(List.of(touched(Kind.DROP_TABLE, "public", "users", null),
                        touched(Kind.DROP_TABLE, "Billing", "Invoices", null)),
                TouchedObjects.of("DROP TABLE IF EXISTS Users, \"Billing\".\"Invoices\" CASCADE"));
    }

    @Test
    void alterTableActionsAreReadOneByOne() {
        assertEquals(List.of(touched(Kind.DROP_COLUMN, "app", "users", "email"),
                        touched(Kind.ALTER_COLUMN_TYPE, "app", "users", "name"),
                        touched(Kind.ALTER_COLUMN_TYPE, "app", "users", "Age"),
                        touched(Kind.ALTER_TABLE, "app", "users", null),
                        touched(Kind.ALTER_TABLE, "app", "users", null),
                        touched(Kind.ALTER_TABLE, "app", "users", null)),
                TouchedObjects.of("ALTER TABLE IF EXISTS ONLY app.users DROP COLUMN IF EXISTS email,"
                        + " ALTER COLUMN name TYPE varchar(20) USING substr(name, 1, 20),"
                        + " ALTER \"Age\" SET DATA TYPE bigint, ADD CONSTRAINT c CHECK (f(1, 2) > 0),"
                        + " DROP CONSTRAINT old, ALTER COLUMN x SET DEFAULT 1"));
    }

    @Test
    void dropsOfUnmanagedObjectsAreRecognised() {
        assertEquals(List.of(touched(Kind.DROP_VIEW, "public", "emails", null)), TouchedObjects.of("DROP VIEW emails"));
        assertEquals(List.of(touched(Kind.DROP_VIEW, "s", "m", null)),
                TouchedObjects.of("DROP MATERIALIZED VIEW IF EXISTS s.m"));
        assertEquals(List.of(touched(Kind.DROP_FUNCTION, "public", "touch", null)),
                TouchedObjects.of("DROP FUNCTION touch(integer, text)"));
        assertEquals(List.of(touched(Kind.DROP_TABLE_OBJECT, "public", "users", "users_touch")),
                TouchedObjects.of("DROP TRIGGER IF EXISTS users_touch ON public.users"));
        assertEquals(List.of(touched(Kind.DROP_INDEX, "public", "users_email", null)),
                TouchedObjects.of("DROP INDEX CONCURRENTLY users_email"));
    }

    @Test
    void otherStatementsAndTextThatDoesNotScanTouchNothing() {
        assertEquals(List.of(), TouchedObjects.of("CREATE TABLE users (id int)"));
        assertEquals(List.of(), TouchedObjects.of("UPDATE users SET name = 'DROP TABLE users'"));
        assertEquals(List.of(), TouchedObjects.of("DROP TABLE 'unterminated"));
    }
}
