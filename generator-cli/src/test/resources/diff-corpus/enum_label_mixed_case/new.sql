CREATE TYPE level AS ENUM ('Low', 'HIGH', 'medium');
