CREATE EXTENSION pgcrypto;
CREATE TABLE t (h text DEFAULT encode(digest('x', 'sha256'), 'hex'));
