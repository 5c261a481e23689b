CREATE TABLE "visibility_version" (
	"single" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "visibility_version_single_row" CHECK ("visibility_version"."single")
);
