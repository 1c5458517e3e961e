CREATE AGGREGATE my_sum(integer) (SFUNC = int4pl, STYPE = integer);
