CREATE SEQUENCE tickets AS integer INCREMENT BY 2 START 10 CACHE 3;
CREATE SEQUENCE countdown AS smallint INCREMENT BY -1;
CREATE SEQUENCE widened AS smallint MAXVALUE 1000 CYCLE;
SELECT nextval('tickets'), nextval('countdown'), nextval('widened');
