-- The single row of visibility_version, and the triggers that keep its number growing with every
-- change that can change which members-only bodies someone may not see (schema/database.ts).
-- Deferred to the end of the transaction: the row is locked only as the change commits, after every
-- other lock the transaction takes, so that two writers of memberships wait on it only while the
-- other commits, and never hold it while waiting for something else.
INSERT INTO "visibility_version" ("single", "version") VALUES (true, 0);
--> statement-breakpoint
CREATE FUNCTION "visibility_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "visibility_version" SET "version" = "version" + 1;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "memberships_visibility_changed"
  AFTER INSERT OR DELETE OR UPDATE OF "status", "body_id", "organisation_id" ON "memberships"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "visibility_changed"();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "coordination_bodies_visibility_changed"
  AFTER INSERT OR DELETE OR UPDATE OF "visibility" ON "coordination_bodies"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "visibility_changed"();
--> statement-breakpoint
CREATE TRIGGER "memberships_truncated" AFTER TRUNCATE ON "memberships" FOR EACH STATEMENT EXECUTE FUNCTION "visibility_changed"();
--> statement-breakpoint
CREATE TRIGGER "coordination_bodies_truncated" AFTER TRUNCATE ON "coordination_bodies" FOR EACH STATEMENT EXECUTE FUNCTION "visibility_changed"();
