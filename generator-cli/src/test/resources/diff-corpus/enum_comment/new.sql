CREATE TYPE mood AS ENUM ('happy');
COMMENT ON TYPE mood IS 'How one feels';
