CREATE COLLATION german (provider = libc, locale = 'C');
