-- The one row of visibility_version is found by its key, not by scanning the table. Each bump
-- leaves a dead row behind, and a bulk change (20,000 memberships loaded in one transaction) left
-- 109 pages for one row: every statement that confirms a remembered viewer scanned them all.
CREATE OR REPLACE FUNCTION "visibility_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "visibility_version" SET "version" = "version" + 1 WHERE "single";
  RETURN NULL;
END
$$;
