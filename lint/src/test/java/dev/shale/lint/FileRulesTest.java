package dev.shale.lint;

import static dev.shale.lint.LintFixtures.codes;
import static dev.shale.lint.LintFixtures.fires;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.diff.postgres.HazardCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule fires on a hand-written file that needs it and stays quiet on the safe form. */
class FileRulesTest {

    private static final String TIMEOUT = "SET lock_timeout = '2s';\n";

    @Test
    void indexWithoutConcurrentlyOnAnExistingTable() {
        assertEquals(List.of("index-not-concurrent"), codes(TIMEOUT + "CREATE INDEX orders_at ON orders (created_at);"));
        assertEquals(List.of(), codes("-- shale:step 1 non-transactional\nCREATE INDEX CONCURRENTLY IF NOT EXISTS"
                + " orders_at ON public.orders (created_at) WHERE deleted_at IS NULL;"));
    }

    @Test
    void indexOnATableCreatedInTheSameFileIsFine() {
        assertEquals(List.of(), codes("CREATE TABLE notes (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                + " body text);\nCREATE INDEX notes_body ON notes (body);\nALTER TABLE notes ADD COLUMN at timestamptz"
                + " NOT NULL;\nALTER TABLE notes ADD CONSTRAINT notes_body_len CHECK (length(body) < 100);"));
    }

    @Test
    void dropIndexWithoutConcurrently() {
        assertEquals(List.of("drop-index-not-concurrent"), codes(TIMEOUT + "DROP INDEX orders_at;"));
        assertEquals(List.of(), codes("-- shale:step 1 non-transactional\nDROP INDEX CONCURRENTLY IF EXISTS orders_at;"));
    }

    @Test
    void concurrentIndexInsideATransaction() {
        assertEquals(List.of("concurrent-in-transaction"), codes("CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_at"
                + " ON orders (created_at);"));
        assertEquals(List.of("concurrent-in-transaction"), codes("-- shale:step 1 transactional\n"
                + "DROP INDEX CONCURRENTLY IF EXISTS orders_at;"));
        assertEquals(List.of(), codes("-- shale:transactional false\nCREATE INDEX CONCURRENTLY IF NOT EXISTS orders_at"
                + " ON orders (created_at);"));
    }

    @Test
    void notRetrySafeInANonTransactionalStep() {
        assertEquals(List.of("not-retry-safe"), codes("-- shale:step 1 non-transactional\n"
                + "CREATE INDEX CONCURRENTLY orders_at ON orders (created_at);"));
        assertEquals(List.of("not-retry-safe"), codes("-- shale:step 1 non-transactional\n"
                + "DROP INDEX CONCURRENTLY orders_at;"));
        assertEquals(List.of(), codes("CREATE TABLE t (id bigint PRIMARY KEY);"));
    }

    @Test
    void foreignKeyAndCheckWithoutNotValid() {
        assertEquals(List.of("constraint-validated-under-lock"), codes(TIMEOUT + "ALTER TABLE orders ADD CONSTRAINT"
                + " orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);"));
        assertEquals(List.of("constraint-validated-under-lock"), codes(TIMEOUT + "ALTER TABLE orders ADD CONSTRAINT"
                + " orders_total CHECK (total >= 0);"));
        assertEquals(List.of(), codes("-- shale:step 1 transactional\n" + TIMEOUT + "ALTER TABLE orders ADD CONSTRAINT"
                + " orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;\n"
                + "-- shale:step 2 transactional\n" + TIMEOUT
                + "ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;"));
    }

    @Test
    void foreignKeyInlineOnAnAddedColumn() {
        assertTrue(fires(HazardCode.CONSTRAINT_VALIDATED_UNDER_LOCK, TIMEOUT
                + "ALTER TABLE orders ADD COLUMN shop_id bigint REFERENCES shops (id);"));
    }

    @Test
    void validateInTheTransactionThatAddedItNotValid() {
        String sameStep = TIMEOUT + "ALTER TABLE orders ADD CONSTRAINT orders_total CHECK (total >= 0) NOT VALID;\n"
                + "ALTER TABLE orders VALIDATE CONSTRAINT orders_total;";
        assertEquals(List.of("validate-in-same-transaction"), codes(sameStep));
    }

    @Test
    void uniqueConstraintAndPrimaryKeyUnderLock() {
        assertEquals(List.of("unique-under-lock"), codes(TIMEOUT + "ALTER TABLE users ADD CONSTRAINT users_email_key"
                + " UNIQUE (email);"));
        assertEquals(List.of("unique-under-lock"), codes(TIMEOUT + "ALTER TABLE users ADD PRIMARY KEY (id);"));
        assertEquals(List.of(), codes("-- shale:step 1 non-transactional\nCREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS"
                + " users_email_key ON users (email);\n-- shale:step 2 transactional\n" + TIMEOUT
                + "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;"));
    }

    @Test
    void setNotNullScansUnlessAValidatedCheckExists() {
        assertEquals(List.of("set-not-null-scan"), codes(TIMEOUT + "ALTER TABLE users ALTER COLUMN email SET NOT NULL;"));
        assertEquals(List.of(), codes("-- shale:step 1 transactional\n" + TIMEOUT
                + "ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;\n"
                + "-- shale:step 2 transactional\n" + TIMEOUT
                + "ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;\n"
                + "ALTER TABLE users ALTER COLUMN email SET NOT NULL;\n"
                + "ALTER TABLE users DROP CONSTRAINT users_email_nn;"));
    }

    @Test
    void notNullColumnWithoutDefaultFailsOnRows() {
        assertEquals(List.of("fails-on-rows"), codes(TIMEOUT + "ALTER TABLE users ADD COLUMN age bigint NOT NULL;"));
        assertEquals(List.of(), codes(TIMEOUT + "ALTER TABLE users ADD COLUMN age bigint NOT NULL DEFAULT 0;"));
    }

    @Test
    void changingAColumnTypeRewrites() {
        assertEquals(List.of("type-change-rewrite"), codes(TIMEOUT + "ALTER TABLE users ALTER COLUMN age TYPE bigint;"));
        assertEquals(List.of(), codes(TIMEOUT + "ALTER TABLE users ALTER COLUMN age SET DEFAULT 0;"));
    }

    @Test
    void aCollationAloneRebuildsIndexesWithoutARewrite() {
        assertEquals(List.of("collation-change"), codes(TIMEOUT
                + "ALTER TABLE users ALTER COLUMN name TYPE text COLLATE \"C\";"));
        assertEquals(List.of("type-change-rewrite"), codes(TIMEOUT
                + "ALTER TABLE users ALTER COLUMN name TYPE text COLLATE \"C\" USING name::text;"));
    }

    @Test
    void volatileDefaultRewritesButAStableOneDoesNot() {
        assertEquals(List.of("volatile-default"), codes(TIMEOUT + "ALTER TABLE users ADD COLUMN token uuid"
                + " DEFAULT gen_random_uuid();"));
        assertEquals(List.of(), codes(TIMEOUT + "ALTER TABLE users ADD COLUMN seen timestamptz DEFAULT now();"));
        assertEquals(List.of(), codes(TIMEOUT + "ALTER TABLE users ADD COLUMN flags jsonb DEFAULT '{}'::jsonb;"));
    }

    @Test
    void serialPrimaryKeyAddedToAnExistingTable() {
        assertEquals(List.of("int-column", "serial-column", "volatile-default", "unique-under-lock",
                "lock-without-timeout"), codes("ALTER TABLE users ADD COLUMN id serial PRIMARY KEY;"));
    }

    @Test
    void dropsAndRenames() {
        assertEquals(List.of("drop-column"), codes(TIMEOUT + "ALTER TABLE users DROP COLUMN age;"));
        assertEquals(List.of("drop-table"), codes(TIMEOUT + "DROP TABLE users;"));
        assertEquals(List.of("drop-database"), codes("DROP DATABASE shop;"));
        assertEquals(List.of("drop-schema"), codes("DROP SCHEMA old;"));
        assertEquals(List.of("backward-incompatible-rename"), codes(TIMEOUT + "ALTER TABLE users RENAME COLUMN"
                + " name TO full_name;"));
        assertEquals(List.of("backward-incompatible-rename"), codes(TIMEOUT + "ALTER TABLE users RENAME TO people;"));
        assertEquals(List.of(), codes("CREATE TABLE tmp (id bigint);\nDROP TABLE tmp;"));
    }

    @Test
    void transactionControlNests() {
        assertEquals(List.of("transaction-nesting", "transaction-nesting"), codes("BEGIN;\nCREATE TABLE t (id bigint);\n"
                + "COMMIT;"));
    }

    @Test
    void strongLockWithoutLockTimeout() {
        assertEquals(List.of("lock-without-timeout"), codes("ALTER TABLE users ALTER COLUMN age SET DEFAULT 0;"));
        assertEquals(List.of("lock-without-timeout"), codes("SET lock_timeout = 0;\nALTER TABLE users DROP"
                + " CONSTRAINT c;"));
        assertEquals(List.of(), codes("SET lock_timeout TO '2s';\nALTER TABLE users DROP CONSTRAINT c;"));
    }

    @Test
    void columnTypes() {
        assertEquals(List.of("char-field", "varchar-field", "timestamp-without-time-zone", "int-column"),
                codes("CREATE TABLE t (a char(3), b varchar(20), c timestamp, d integer);"));
        assertEquals(List.of(), codes("CREATE TABLE t (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                + " a text, b varchar, c timestamptz, d timestamp with time zone, e bigint);"));
        assertEquals(List.of("serial-column"), codes("CREATE TABLE t (id bigserial PRIMARY KEY);"));
    }

    @Test
    void unparsableSqlIsUnchecked() {
        List<LintFinding> findings = LintFixtures.findings("CREATE TABLE t (id bigint);\nALTER TABLE users"
                + " FROBNICATE COLUMN x;\nDO $$ BEGIN PERFORM 1; END $$;");
        // an ALTER TABLE action without a rule is unchecked, and still takes its lock
        assertEquals(List.of("unchecked-statement", "lock-without-timeout", "unchecked-statement"),
                findings.stream().map(f -> f.code().code()).toList());
        assertEquals(List.of(2, 2, 3), findings.stream().map(LintFinding::line).toList());
        assertEquals(List.of("unchecked-statement"), codes("CREATE TABLE t (id bigint;"));
    }

    @Test
    void postgresFormsTheParserLacksAreReadOffTheTokens() {
        String step = "-- shale:step 1 non-transactional\n" + TIMEOUT;
        assertEquals(List.of(), codes(step + "CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON t (a DESC NULLS LAST)"
                + " INCLUDE (b) WITH (fillfactor = 90) WHERE b > 0;"));
        assertEquals(List.of("type-change-rewrite"), codes(TIMEOUT + "ALTER TABLE t ALTER COLUMN x SET DATA TYPE"
                + " bigint USING x::bigint;"));
        assertEquals(List.of(), codes(TIMEOUT + "ALTER INDEX i RENAME TO j;\nALTER TABLE t OWNER TO app;\n"
                + "ALTER TABLE t RENAME CONSTRAINT a TO b;"));
    }

    @Test
    void quietStatementsAreChecked() {
        assertFalse(fires(HazardCode.UNCHECKED_STATEMENT, "CREATE TYPE mood AS ENUM ('a', 'b');\n"
                + "ALTER TYPE mood ADD VALUE 'c';\nCOMMENT ON TABLE users IS 'people';\n"
                + "INSERT INTO users (name) VALUES ('x');\nUPDATE users SET name = 'y';\nCREATE SCHEMA s;"));
    }
}
