CREATE TYPE level AS ENUM ('Low');
