CREATE TABLE "Docs" (id integer);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER "Docs_Touch" BEFORE UPDATE ON "Docs" FOR EACH ROW EXECUTE FUNCTION touch();
