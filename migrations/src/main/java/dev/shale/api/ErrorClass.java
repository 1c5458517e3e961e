package dev.shale.api;

/**
 * What kind of database failure stopped a run, each with a recovery hint. The class is derived from
 * the SQLSTATE, the driver's message and the exception's causes (and, for timeouts, from which limit ran
 * out); {@link #OTHER} covers the rest. Only {@link #CONNECTION_REFUSED} is retried.
 */
public enum ErrorClass {
    /** A refused or unanswered TCP connection, or 57P03 "starting up": the server is down or still starting. */
    CONNECTION_REFUSED("check the host and port, that PostgreSQL is running and accepts TCP connections"
            + " (listen_addresses, pg_hba.conf, firewalls); raise the connect retries when the server is still starting"),
    /** The host name of the URL does not resolve. */
    UNKNOWN_HOST("the host name of the URL does not resolve: check its spelling and the machine's DNS"),
    /** The URL asks for SSL (sslmode=require or stricter) and the server does not offer it. */
    SSL_REFUSED("the URL requires SSL and the server does not offer it: enable ssl on the server, or use"
            + " sslmode=prefer (or disable) where an unencrypted connection is acceptable"),
    /** The server asked for a password and none was given. */
    NO_PASSWORD("the server asks for a password and none was given: set PGPASSWORD, add a line to .pgpass"
            + " (PGPASSFILE), or write it percent-encoded in the URL"),
    /** A URL parameter has a value the driver or the server refuses (sslmode, connectTimeout, options, ...). */
    BAD_URL_PARAMETER("a parameter of the URL has a value the driver or the server refuses (named in the message"
            + " above): fix or remove it in the URL"),
    /** The server is a PostgreSQL major version older than 13, which Shale does not support. */
    UNSUPPORTED_VERSION("upgrade the server to PostgreSQL 13 or newer (pg_upgrade, or a dump restored into a newer"
            + " server), or point the URL (or DataSource) at a server of version 13 or newer"),
    /** The host and port answered, but not as PostgreSQL does. */
    PROTOCOL("something answers at this host and port, but not PostgreSQL: check the port of the URL"
            + " (PostgreSQL's default is 5432) and any proxy in between"),
    /** The connection broke during the run (its backend was terminated, or the network failed) while the server stayed up. */
    CONNECTION_LOST("the connection broke during the run (its backend was terminated, or the network failed):"
            + " what the open transaction held was rolled back; check shale status, then run again"),
    /** The server shut down, restarted or crashed during the run (57P01, 57P02, 57P03 "shutting down"). */
    SERVER_SHUTDOWN("the server shut down or restarted during the run: what the open transaction held was rolled"
            + " back; once the server accepts connections again, check shale status, then run again"),
    /** 28P01, 28000: the server refused the credentials. */
    AUTHENTICATION("check the user name and the password (URL, PGPASSWORD or .pgpass) and the server's pg_hba.conf"),
    /** 3D000: the database named in the URL does not exist. */
    DATABASE_MISSING("create the database (createdb NAME) or fix the database name in the URL"),
    /** 55P03: a statement waited longer than {@code lock_timeout} for a lock another session holds. */
    LOCK_TIMEOUT("another session holds a lock on an object the migration changes: find it in pg_stat_activity"
            + " (pg_blocking_pids), let it finish or end it, then run again; or raise the lock timeout"),
    /** Another Shale runner held the migration lock for longer than the lock wait. */
    RUNNER_LOCKED("another Shale runner is migrating this database: wait for it to finish and run again, or raise"
            + " the lock wait; if no runner is alive, end the session holding the advisory lock (pg_locks)"),
    /** 57014 after {@code statement_timeout}: a single statement ran too long. */
    STATEMENT_TIMEOUT("a statement ran longer than statement_timeout: raise it for this run, or make the"
            + " migration cheaper (CREATE INDEX CONCURRENTLY, NOT VALID then VALIDATE, batches)"),
    /** The whole run exceeded its time limit; the running statement was cancelled. */
    RUN_TIMEOUT("the run exceeded its time limit and was cancelled: raise the run timeout, or split the migration"),
    /**
     * 42P07, 42710, 42701, 42P06, 42723: the object to create exists already. In a migration that commits part of
     * its work before it is recorded, the failure's hint says instead that an earlier interrupted run may have left
     * it ({@link MigrationFailedException#hint()}).
     */
    OBJECT_EXISTS("the object already exists: the database drifted from the migrations (created by hand or by"
            + " another tool); drop it, or compare the database with shale check --db"),
    /** 42P01, 42703, 42704, 42883, 3F000: the statement refers to something that does not exist. */
    UNDEFINED_OBJECT("the statement refers to an object that does not exist: a migration it depends on is"
            + " missing or ordered after it, or the database drifted; compare with shale status and shale check --db"),
    /** 2BP01, 23503: other objects or rows depend on what the statement changes. */
    DEPENDENCY("other objects or rows depend on what the statement drops or changes: drop or change the"
            + " dependents first (or use CASCADE deliberately), or fix the referencing rows"),
    /** 23xxx other than 23503: existing rows violate a constraint the migration adds. */
    CONSTRAINT_VIOLATION("existing rows violate the constraint: discard this unapplied migration (shale discard),"
            + " fix the data in a migration of its own (shale create NAME), then run shale generate again; for a"
            + " column turning NOT NULL, declare @Backfill(\"...\") on it (or a @Default) and generate again"),
    /** 42601 and the other 42xxx errors: the SQL is invalid. */
    SYNTAX("the SQL is invalid for this PostgreSQL version: fix the migration (if it was applied nowhere yet)"
            + " or add a new migration"),
    /** 42501: the user lacks a privilege. */
    PERMISSION("the database user lacks a privilege: run as the objects' owner or GRANT the privilege"),
    /** 25001: a statement that must run outside a transaction (CREATE INDEX CONCURRENTLY, ...). */
    TRANSACTION_BLOCK("this statement cannot run inside a transaction: mark the migration with the header line"
            + " -- shale:transactional false (then run shale hash)"),
    /** Anything else. */
    OTHER("read PostgreSQL's message and detail above; the transaction was rolled back");

    private final String hint;

    ErrorClass(String hint) {
        this.hint = hint;
    }

    /** What the user can do, one sentence. */
    public String hint() {
        return hint;
    }
}
