CREATE TYPE "public"."body_kind" AS ENUM('SECTOR', 'WORKING_GROUP', 'TASK_FORCE', 'SUB_WORKING_GROUP');--> statement-breakpoint
CREATE TYPE "public"."body_level" AS ENUM('GLOBAL', 'REGIONAL', 'NATIONAL', 'FIELD');--> statement-breakpoint
CREATE TYPE "public"."body_visibility" AS ENUM('PUBLIC', 'MEMBERS_ONLY');--> statement-breakpoint
CREATE TYPE "public"."commitment_status" AS ENUM('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'WITHDRAWN');--> statement-breakpoint
CREATE TYPE "public"."indicator_direction" AS ENUM('UP', 'DOWN');--> statement-breakpoint
CREATE TYPE "public"."indicator_measure" AS ENUM('UNIT', 'PERCENTAGE', 'QUALITATIVE');--> statement-breakpoint
CREATE TYPE "public"."membership_role" AS ENUM('CHAIR', 'CO_CHAIR', 'MEMBER', 'OBSERVER');--> statement-breakpoint
CREATE TYPE "public"."membership_status" AS ENUM('REQUESTED', 'ACTIVE', 'SUSPENDED', 'ENDED');--> statement-breakpoint
CREATE TYPE "public"."platform_role" AS ENUM('ADMIN', 'USER');--> statement-breakpoint
CREATE TYPE "public"."report_status" AS ENUM('ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'DONE');--> statement-breakpoint
CREATE TYPE "public"."review_state" AS ENUM('SUBMITTED', 'VALIDATED', 'RETURNED');--> statement-breakpoint
CREATE TYPE "public"."work_area" AS ENUM('COORDINATION_AND_INFORMATION_SHARING', 'TECHNICAL_ASSISTANCE_AND_CAPACITY_BUILDING', 'ADVOCACY', 'MONITORING_AND_REPORTING', 'SERVICE_DELIVERY', 'POLICY_AND_LEGAL_REFORM', 'RESEARCH_AND_DATA', 'RESOURCE_MOBILISATION');--> statement-breakpoint
CREATE TABLE "access_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"label" text NOT NULL,
	"token_hash" text NOT NULL,
	"token_prefix" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"last_used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"actor_user_id" uuid,
	"actor_organisation_id" uuid,
	"action" text NOT NULL,
	"object_type" text NOT NULL,
	"object_id" uuid NOT NULL,
	"body_id" uuid,
	"before" jsonb,
	"after" jsonb,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coordination_bodies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" jsonb NOT NULL,
	"acronym" text,
	"description" jsonb,
	"kind" "body_kind" NOT NULL,
	"level" "body_level" NOT NULL,
	"framework_id" uuid,
	"parent_id" uuid,
	"visibility" "body_visibility" DEFAULT 'PUBLIC' NOT NULL,
	"work_areas" "work_area"[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "coordination_bodies_name_text" CHECK ((coalesce(length(trim(name->>'en')), 0) > 0 or coalesce(length(trim(name->>'ar')), 0) > 0)),
	CONSTRAINT "coordination_bodies_description_text" CHECK ((description is null or (coalesce(length(trim(description->>'en')), 0) > 0 or coalesce(length(trim(description->>'ar')), 0) > 0))),
	CONSTRAINT "coordination_bodies_not_own_parent" CHECK ("coordination_bodies"."parent_id" is distinct from "coordination_bodies"."id")
);
--> statement-breakpoint
CREATE TABLE "coordination_body_links" (
	"body_id" uuid NOT NULL,
	"related_body_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coordination_body_links_body_id_related_body_id_pk" PRIMARY KEY("body_id","related_body_id"),
	CONSTRAINT "coordination_body_links_not_self" CHECK ("coordination_body_links"."body_id" <> "coordination_body_links"."related_body_id")
);
--> statement-breakpoint
CREATE TABLE "commitment_targets" (
	"commitment_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"target" double precision,
	"note" text,
	CONSTRAINT "commitment_targets_commitment_id_indicator_id_pk" PRIMARY KEY("commitment_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"priority_id" uuid NOT NULL,
	"description" jsonb NOT NULL,
	"status" "commitment_status" DEFAULT 'PLANNED' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "commitments_description_text" CHECK ((coalesce(length(trim(description->>'en')), 0) > 0 or coalesce(length(trim(description->>'ar')), 0) > 0))
);
--> statement-breakpoint
CREATE TABLE "focal_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"membership_id" uuid NOT NULL,
	"name" text NOT NULL,
	"title" text,
	"email" text,
	"phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "focal_points_name_present" CHECK (length(trim("focal_points"."name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "framework_tracks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"framework_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "framework_tracks_name_text" CHECK ((coalesce(length(trim(name->>'en')), 0) > 0 or coalesce(length(trim(name->>'ar')), 0) > 0)),
	CONSTRAINT "framework_tracks_description_text" CHECK ((description is null or (coalesce(length(trim(description->>'en')), 0) > 0 or coalesce(length(trim(description->>'ar')), 0) > 0)))
);
--> statement-breakpoint
CREATE TABLE "frameworks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "frameworks_name_text" CHECK ((coalesce(length(trim(name->>'en')), 0) > 0 or coalesce(length(trim(name->>'ar')), 0) > 0)),
	CONSTRAINT "frameworks_description_text" CHECK ((description is null or (coalesce(length(trim(description->>'en')), 0) > 0 or coalesce(length(trim(description->>'ar')), 0) > 0)))
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"priority_id" uuid NOT NULL,
	"name" jsonb NOT NULL,
	"measure" "indicator_measure" NOT NULL,
	"unit_label" jsonb,
	"baseline" double precision,
	"target" double precision,
	"direction" "indicator_direction" DEFAULT 'UP' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "indicators_name_text" CHECK ((coalesce(length(trim(name->>'en')), 0) > 0 or coalesce(length(trim(name->>'ar')), 0) > 0)),
	CONSTRAINT "indicators_unit_label_text" CHECK ((unit_label is null or (coalesce(length(trim(unit_label->>'en')), 0) > 0 or coalesce(length(trim(unit_label->>'ar')), 0) > 0))),
	CONSTRAINT "indicators_percentage_range" CHECK ("indicators"."measure" <> 'PERCENTAGE' or (("indicators"."baseline" is null or "indicators"."baseline" between 0 and 100) and ("indicators"."target" is null or "indicators"."target" between 0 and 100))),
	CONSTRAINT "indicators_qualitative_no_numbers" CHECK ("indicators"."measure" <> 'QUALITATIVE' or ("indicators"."baseline" is null and "indicators"."target" is null))
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" "membership_role" NOT NULL,
	"status" "membership_status" NOT NULL,
	"start_date" date,
	"end_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "memberships_dates_in_order" CHECK ("memberships"."end_date" is null or "memberships"."start_date" is null or "memberships"."end_date" >= "memberships"."start_date")
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" jsonb NOT NULL,
	"acronym" text,
	"type" smallint NOT NULL,
	"iati_identifier" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "organisations_name_text" CHECK ((coalesce(length(trim(name->>'en')), 0) > 0 or coalesce(length(trim(name->>'ar')), 0) > 0)),
	CONSTRAINT "organisations_type_code" CHECK (type in (10, 11, 15, 21, 22, 23, 24, 30, 40, 60, 70, 80, 90))
);
--> statement-breakpoint
CREATE TABLE "priorities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"work_area" "work_area" NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "priorities_year_range" CHECK ("priorities"."year" between 2000 and 2100),
	CONSTRAINT "priorities_title_text" CHECK ((coalesce(length(trim(title->>'en')), 0) > 0 or coalesce(length(trim(title->>'ar')), 0) > 0)),
	CONSTRAINT "priorities_description_text" CHECK ((description is null or (coalesce(length(trim(description->>'en')), 0) > 0 or coalesce(length(trim(description->>'ar')), 0) > 0)))
);
--> statement-breakpoint
CREATE TABLE "progress_report_revisions" (
	"report_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"status" "report_status" NOT NULL,
	"narrative" jsonb,
	"submitted_by_id" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "progress_report_revisions_report_id_revision_pk" PRIMARY KEY("report_id","revision")
);
--> statement-breakpoint
CREATE TABLE "progress_report_values" (
	"report_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"indicator_id" uuid NOT NULL,
	"value" double precision,
	"text" text,
	CONSTRAINT "progress_report_values_report_id_revision_indicator_id_pk" PRIMARY KEY("report_id","revision","indicator_id"),
	CONSTRAINT "progress_report_values_present" CHECK ("progress_report_values"."value" is not null or "progress_report_values"."text" is not null)
);
--> statement-breakpoint
CREATE TABLE "progress_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commitment_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"status" "report_status" NOT NULL,
	"narrative" jsonb,
	"review_state" "review_state" DEFAULT 'SUBMITTED' NOT NULL,
	"reviewer_comment" text,
	"reviewed_by_id" uuid,
	"reviewed_at" timestamp with time zone,
	"revision" integer DEFAULT 1 NOT NULL,
	"submitted_by_id" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "progress_reports_period_in_order" CHECK ("progress_reports"."period_end" >= "progress_reports"."period_start"),
	CONSTRAINT "progress_reports_revision_positive" CHECK ("progress_reports"."revision" >= 1),
	CONSTRAINT "progress_reports_narrative_text" CHECK ((narrative is null or (coalesce(length(trim(narrative->>'en')), 0) > 0 or coalesce(length(trim(narrative->>'ar')), 0) > 0)))
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"organisation_id" uuid,
	"platform_role" "platform_role" DEFAULT 'USER' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "access_tokens" ADD CONSTRAINT "access_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_organisation_id_organisations_id_fk" FOREIGN KEY ("actor_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_body_id_coordination_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."coordination_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordination_bodies" ADD CONSTRAINT "coordination_bodies_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."frameworks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordination_bodies" ADD CONSTRAINT "coordination_bodies_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."coordination_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordination_body_links" ADD CONSTRAINT "coordination_body_links_body_id_coordination_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."coordination_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordination_body_links" ADD CONSTRAINT "coordination_body_links_related_body_id_coordination_bodies_id_fk" FOREIGN KEY ("related_body_id") REFERENCES "public"."coordination_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_targets" ADD CONSTRAINT "commitment_targets_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_targets" ADD CONSTRAINT "commitment_targets_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_priority_id_priorities_id_fk" FOREIGN KEY ("priority_id") REFERENCES "public"."priorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focal_points" ADD CONSTRAINT "focal_points_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_tracks" ADD CONSTRAINT "framework_tracks_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."frameworks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_priority_id_priorities_id_fk" FOREIGN KEY ("priority_id") REFERENCES "public"."priorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_body_id_coordination_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."coordination_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priorities" ADD CONSTRAINT "priorities_body_id_coordination_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."coordination_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_report_revisions" ADD CONSTRAINT "progress_report_revisions_report_id_progress_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."progress_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_report_revisions" ADD CONSTRAINT "progress_report_revisions_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_report_values" ADD CONSTRAINT "progress_report_values_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_report_values" ADD CONSTRAINT "progress_report_values_revision_fk" FOREIGN KEY ("report_id","revision") REFERENCES "public"."progress_report_revisions"("report_id","revision") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "access_tokens_hash_key" ON "access_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "access_tokens_user_idx" ON "access_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "audit_events_body_idx" ON "audit_events" USING btree ("body_id","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_events_object_idx" ON "audit_events" USING btree ("object_type","object_id");--> statement-breakpoint
CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor_user_id","occurred_at");--> statement-breakpoint
CREATE INDEX "coordination_bodies_parent_idx" ON "coordination_bodies" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "coordination_bodies_framework_idx" ON "coordination_bodies" USING btree ("framework_id");--> statement-breakpoint
CREATE INDEX "coordination_bodies_kind_idx" ON "coordination_bodies" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "coordination_bodies_name_en_idx" ON "coordination_bodies" USING btree (lower("name"->>'en'),"id");--> statement-breakpoint
CREATE INDEX "coordination_bodies_created_idx" ON "coordination_bodies" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "coordination_body_links_related_idx" ON "coordination_body_links" USING btree ("related_body_id");--> statement-breakpoint
CREATE INDEX "commitment_targets_indicator_idx" ON "commitment_targets" USING btree ("indicator_id");--> statement-breakpoint
CREATE INDEX "commitments_priority_idx" ON "commitments" USING btree ("priority_id","created_at","id");--> statement-breakpoint
CREATE INDEX "commitments_organisation_idx" ON "commitments" USING btree ("organisation_id","created_at","id");--> statement-breakpoint
CREATE INDEX "commitments_created_idx" ON "commitments" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "focal_points_membership_idx" ON "focal_points" USING btree ("membership_id");--> statement-breakpoint
CREATE UNIQUE INDEX "framework_tracks_framework_code_key" ON "framework_tracks" USING btree ("framework_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "frameworks_code_key" ON "frameworks" USING btree ("code");--> statement-breakpoint
CREATE INDEX "indicators_priority_idx" ON "indicators" USING btree ("priority_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_one_live_per_body_organisation" ON "memberships" USING btree ("body_id","organisation_id") WHERE "memberships"."status" <> 'ENDED';--> statement-breakpoint
CREATE INDEX "memberships_body_idx" ON "memberships" USING btree ("body_id","status","created_at","id");--> statement-breakpoint
CREATE INDEX "memberships_organisation_idx" ON "memberships" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_iati_identifier_key" ON "organisations" USING btree ("iati_identifier");--> statement-breakpoint
CREATE INDEX "organisations_type_idx" ON "organisations" USING btree ("type");--> statement-breakpoint
CREATE INDEX "organisations_name_en_idx" ON "organisations" USING btree (lower("name"->>'en'),"id");--> statement-breakpoint
CREATE INDEX "organisations_created_idx" ON "organisations" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "priorities_body_year_idx" ON "priorities" USING btree ("body_id","year","created_at","id");--> statement-breakpoint
CREATE INDEX "priorities_year_idx" ON "priorities" USING btree ("year");--> statement-breakpoint
CREATE INDEX "progress_report_values_indicator_idx" ON "progress_report_values" USING btree ("indicator_id");--> statement-breakpoint
CREATE INDEX "progress_reports_commitment_idx" ON "progress_reports" USING btree ("commitment_id","period_end","submitted_at","id");--> statement-breakpoint
CREATE INDEX "progress_reports_created_idx" ON "progress_reports" USING btree ("created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "users_organisation_idx" ON "users" USING btree ("organisation_id");