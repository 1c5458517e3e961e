CREATE UNLOGGED TABLE cache (k text PRIMARY KEY, v text);
