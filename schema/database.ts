/**
 * The hub's tables. This file is the source of the SQL migrations in `migrations/`
 * (`npm run db:generate`) and of the enum values the GraphQL layer exposes.
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/** Text in the hub's two languages; at least one is present (checked in SQL). */
export type LocalizedText = { en?: string | null; ar?: string | null };

export const BODY_KINDS = ["SECTOR", "WORKING_GROUP", "TASK_FORCE", "SUB_WORKING_GROUP"] as const;
export const BODY_LEVELS = ["GLOBAL", "REGIONAL", "NATIONAL", "FIELD"] as const;
export const BODY_VISIBILITIES = ["PUBLIC", "MEMBERS_ONLY"] as const;
export const WORK_AREAS = [
  "COORDINATION_AND_INFORMATION_SHARING",
  "TECHNICAL_ASSISTANCE_AND_CAPACITY_BUILDING",
  "ADVOCACY",
  "MONITORING_AND_REPORTING",
  "SERVICE_DELIVERY",
  "POLICY_AND_LEGAL_REFORM",
  "RESEARCH_AND_DATA",
  "RESOURCE_MOBILISATION",
] as const;
export const MEMBERSHIP_ROLES = ["CHAIR", "CO_CHAIR", "MEMBER", "OBSERVER"] as const;
export const MEMBERSHIP_STATUSES = ["REQUESTED", "ACTIVE", "SUSPENDED", "ENDED"] as const;
export const INDICATOR_MEASURES = ["UNIT", "PERCENTAGE", "QUALITATIVE"] as const;
export const INDICATOR_DIRECTIONS = ["UP", "DOWN"] as const;
export const COMMITMENT_STATUSES = ["PLANNED", "IN_PROGRESS", "COMPLETED", "WITHDRAWN"] as const;
export const REPORT_STATUSES = ["ON_TRACK", "AT_RISK", "OFF_TRACK", "DONE"] as const;
export const REVIEW_STATES = ["SUBMITTED", "VALIDATED", "RETURNED"] as const;
export const PLATFORM_ROLES = ["ADMIN", "USER"] as const;
/** The IATI OrganisationType codelist, by code. */
export const ORGANISATION_TYPE_CODES = [10, 11, 15, 21, 22, 23, 24, 30, 40, 60, 70, 80, 90] as const;

export const bodyKind = pgEnum("body_kind", BODY_KINDS);
export const bodyLevel = pgEnum("body_level", BODY_LEVELS);
export const bodyVisibility = pgEnum("body_visibility", BODY_VISIBILITIES);
export const workArea = pgEnum("work_area", WORK_AREAS);
export const membershipRole = pgEnum("membership_role", MEMBERSHIP_ROLES);
export const membershipStatus = pgEnum("membership_status", MEMBERSHIP_STATUSES);
export const indicatorMeasure = pgEnum("indicator_measure", INDICATOR_MEASURES);
export const indicatorDirection = pgEnum("indicator_direction", INDICATOR_DIRECTIONS);
export const commitmentStatus = pgEnum("commitment_status", COMMITMENT_STATUSES);
export const reportStatus = pgEnum("report_status", REPORT_STATUSES);
export const reviewState = pgEnum("review_state", REVIEW_STATES);
export const platformRole = pgEnum("platform_role", PLATFORM_ROLES);

const id = () => uuid("id").primaryKey().defaultRandom();
const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();
const version = () => integer("version").notNull().default(1);
const localized = (name: string) => jsonb(name).$type<LocalizedText>();
/** SQL that is true when a localized column holds a non-empty `en` or `ar`. */
const textPresent = (column: string) =>
  `(coalesce(length(trim(${column}->>'en')), 0) > 0 or coalesce(length(trim(${column}->>'ar')), 0) > 0)`;
const hasText = (column: string) => sql.raw(textPresent(column));
const optionalText = (column: string) => sql.raw(`(${column} is null or ${textPresent(column)})`);

export const frameworks = pgTable(
  "frameworks",
  {
    id: id(),
    code: text("code").notNull(),
    name: localized("name").notNull(),
    description: localized("description"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("frameworks_code_key").on(t.code),
    check("frameworks_name_text", hasText("name")),
    check("frameworks_description_text", optionalText("description")),
  ],
);

export const frameworkTracks = pgTable(
  "framework_tracks",
  {
    id: id(),
    frameworkId: uuid("framework_id")
      .notNull()
      .references(() => frameworks.id),
    code: text("code").notNull(),
    name: localized("name").notNull(),
    description: localized("description"),
    position: integer("position").notNull().default(0),
  },
  (t) => [
    uniqueIndex("framework_tracks_framework_code_key").on(t.frameworkId, t.code),
    check("framework_tracks_name_text", hasText("name")),
    check("framework_tracks_description_text", optionalText("description")),
  ],
);

export const bodies = pgTable(
  "coordination_bodies",
  {
    id: id(),
    name: localized("name").notNull(),
    acronym: text("acronym"),
    description: localized("description"),
    kind: bodyKind("kind").notNull(),
    level: bodyLevel("level").notNull(),
    frameworkId: uuid("framework_id").references(() => frameworks.id),
    parentId: uuid("parent_id"),
    visibility: bodyVisibility("visibility").notNull().default("PUBLIC"),
    workAreas: workArea("work_areas").array().notNull().default(sql`'{}'`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    foreignKey({ columns: [t.parentId], foreignColumns: [t.id], name: "coordination_bodies_parent_fk" }),
    index("coordination_bodies_parent_idx").on(t.parentId),
    index("coordination_bodies_framework_idx").on(t.frameworkId),
    index("coordination_bodies_kind_idx").on(t.kind),
    index("coordination_bodies_name_en_idx").on(sql`lower(${t.name}->>'en')`, t.id),
    index("coordination_bodies_created_idx").on(t.createdAt, t.id),
    check("coordination_bodies_name_text", hasText("name")),
    check("coordination_bodies_description_text", optionalText("description")),
    check("coordination_bodies_not_own_parent", sql`${t.parentId} is distinct from ${t.id}`),
  ],
);

/** "Coordinates closely with": stored in both directions so each body finds its peers by one index. */
export const bodyLinks = pgTable(
  "coordination_body_links",
  {
    bodyId: uuid("body_id")
      .notNull()
      .references(() => bodies.id),
    relatedBodyId: uuid("related_body_id")
      .notNull()
      .references(() => bodies.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.relatedBodyId] }),
    index("coordination_body_links_related_idx").on(t.relatedBodyId),
    check("coordination_body_links_not_self", sql`${t.bodyId} <> ${t.relatedBodyId}`),
  ],
);

export const organisations = pgTable(
  "organisations",
  {
    id: id(),
    name: localized("name").notNull(),
    acronym: text("acronym"),
    /** IATI OrganisationType code. */
    type: smallint("type").notNull(),
    iatiIdentifier: text("iati_identifier"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    uniqueIndex("organisations_iati_identifier_key").on(t.iatiIdentifier),
    index("organisations_type_idx").on(t.type),
    index("organisations_name_en_idx").on(sql`lower(${t.name}->>'en')`, t.id),
    index("organisations_created_idx").on(t.createdAt, t.id),
    check("organisations_name_text", hasText("name")),
    check("organisations_type_code", sql.raw(`type in (${ORGANISATION_TYPE_CODES.join(", ")})`)),
  ],
);

export const memberships = pgTable(
  "memberships",
  {
    id: id(),
    bodyId: uuid("body_id")
      .notNull()
      .references(() => bodies.id),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    role: membershipRole("role").notNull(),
    status: membershipStatus("status").notNull(),
    startDate: date("start_date", { mode: "string" }),
    endDate: date("end_date", { mode: "string" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    uniqueIndex("memberships_one_live_per_body_organisation")
      .on(t.bodyId, t.organisationId)
      .where(sql`${t.status} <> 'ENDED'`),
    index("memberships_body_idx").on(t.bodyId, t.status, t.createdAt, t.id),
    // A body's leads (its active chair and co-chairs) are read with the body nearly everywhere; large bodies have over a thousand members.
    index("memberships_body_role_idx").on(t.bodyId, t.role, t.status),
    index("memberships_organisation_idx").on(t.organisationId, t.status),
    check("memberships_dates_in_order", sql`${t.endDate} is null or ${t.startDate} is null or ${t.endDate} >= ${t.startDate}`),
  ],
);

export const focalPoints = pgTable(
  "focal_points",
  {
    id: id(),
    membershipId: uuid("membership_id")
      .notNull()
      .references(() => memberships.id),
    name: text("name").notNull(),
    title: text("title"),
    email: text("email"),
    phone: text("phone"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("focal_points_membership_idx").on(t.membershipId),
    check("focal_points_name_present", sql`length(trim(${t.name})) > 0`),
  ],
);

export const priorities = pgTable(
  "priorities",
  {
    id: id(),
    bodyId: uuid("body_id")
      .notNull()
      .references(() => bodies.id),
    year: integer("year").notNull(),
    workArea: workArea("work_area").notNull(),
    title: localized("title").notNull(),
    description: localized("description"),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    /** The priority of an earlier year this one was carried forward from. */
    carriedFromId: uuid("carried_from_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    foreignKey({ columns: [t.carriedFromId], foreignColumns: [t.id], name: "priorities_carried_from_fk" }),
    uniqueIndex("priorities_carried_once_per_body").on(t.bodyId, t.carriedFromId),
    index("priorities_body_year_idx").on(t.bodyId, t.year, t.createdAt, t.id),
    index("priorities_year_idx").on(t.year),
    check("priorities_year_range", sql`${t.year} between 2000 and 2100`),
    check("priorities_title_text", hasText("title")),
    check("priorities_description_text", optionalText("description")),
  ],
);

export const indicators = pgTable(
  "indicators",
  {
    id: id(),
    priorityId: uuid("priority_id")
      .notNull()
      .references(() => priorities.id),
    name: localized("name").notNull(),
    measure: indicatorMeasure("measure").notNull(),
    unitLabel: localized("unit_label"),
    baseline: doublePrecision("baseline"),
    target: doublePrecision("target"),
    direction: indicatorDirection("direction").notNull().default("UP"),
    position: integer("position").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("indicators_priority_idx").on(t.priorityId, t.position),
    check("indicators_name_text", hasText("name")),
    check("indicators_unit_label_text", optionalText("unit_label")),
    check(
      "indicators_percentage_range",
      sql`${t.measure} <> 'PERCENTAGE' or ((${t.baseline} is null or ${t.baseline} between 0 and 100) and (${t.target} is null or ${t.target} between 0 and 100))`,
    ),
    check("indicators_qualitative_no_numbers", sql`${t.measure} <> 'QUALITATIVE' or (${t.baseline} is null and ${t.target} is null)`),
  ],
);

export const commitments = pgTable(
  "commitments",
  {
    id: id(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    priorityId: uuid("priority_id")
      .notNull()
      .references(() => priorities.id),
    description: localized("description").notNull(),
    status: commitmentStatus("status").notNull().default("PLANNED"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("commitments_priority_idx").on(t.priorityId, t.createdAt, t.id),
    // An organisation's own commitments against each priority: the partner view reads them for every priority of every body it is in.
    index("commitments_priority_organisation_idx").on(t.priorityId, t.organisationId, t.createdAt, t.id),
    index("commitments_organisation_idx").on(t.organisationId, t.createdAt, t.id),
    index("commitments_created_idx").on(t.createdAt, t.id),
    check("commitments_description_text", hasText("description")),
  ],
);

/** A commitment's own target for one indicator of its priority. */
export const commitmentTargets = pgTable(
  "commitment_targets",
  {
    commitmentId: uuid("commitment_id")
      .notNull()
      .references(() => commitments.id),
    indicatorId: uuid("indicator_id")
      .notNull()
      .references(() => indicators.id),
    target: doublePrecision("target"),
    note: text("note"),
  },
  (t) => [primaryKey({ columns: [t.commitmentId, t.indicatorId] }), index("commitment_targets_indicator_idx").on(t.indicatorId)],
);

export const users = pgTable(
  "users",
  {
    id: id(),
    name: text("name").notNull(),
    email: text("email").notNull(),
    organisationId: uuid("organisation_id").references(() => organisations.id),
    platformRole: platformRole("platform_role").notNull().default("USER"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("users_email_key").on(sql`lower(${t.email})`),
    index("users_organisation_idx").on(t.organisationId),
  ],
);

/** The current state of a progress report; every revision is also kept in progress_report_revisions. */
export const progressReports = pgTable(
  "progress_reports",
  {
    id: id(),
    commitmentId: uuid("commitment_id")
      .notNull()
      .references(() => commitments.id),
    periodStart: date("period_start", { mode: "string" }).notNull(),
    periodEnd: date("period_end", { mode: "string" }).notNull(),
    status: reportStatus("status").notNull(),
    narrative: localized("narrative"),
    reviewState: reviewState("review_state").notNull().default("SUBMITTED"),
    reviewerComment: text("reviewer_comment"),
    reviewedById: uuid("reviewed_by_id").references(() => users.id),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    revision: integer("revision").notNull().default(1),
    submittedById: uuid("submitted_by_id").references(() => users.id),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("progress_reports_commitment_idx").on(t.commitmentId, t.periodEnd, t.submittedAt, t.id),
    index("progress_reports_created_idx").on(t.createdAt, t.id),
    check("progress_reports_period_in_order", sql`${t.periodEnd} >= ${t.periodStart}`),
    check("progress_reports_revision_positive", sql`${t.revision} >= 1`),
    check("progress_reports_narrative_text", optionalText("narrative")),
  ],
);

/** Every revision of a progress report, as submitted; never updated. */
export const progressReportRevisions = pgTable(
  "progress_report_revisions",
  {
    reportId: uuid("report_id")
      .notNull()
      .references(() => progressReports.id),
    revision: integer("revision").notNull(),
    periodStart: date("period_start", { mode: "string" }).notNull(),
    periodEnd: date("period_end", { mode: "string" }).notNull(),
    status: reportStatus("status").notNull(),
    narrative: localized("narrative"),
    submittedById: uuid("submitted_by_id").references(() => users.id),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.revision] })],
);

/** A reported value for one indicator in one revision of a report. */
export const progressReportValues = pgTable(
  "progress_report_values",
  {
    reportId: uuid("report_id").notNull(),
    revision: integer("revision").notNull(),
    indicatorId: uuid("indicator_id")
      .notNull()
      .references(() => indicators.id),
    value: doublePrecision("value"),
    text: text("text"),
  },
  (t) => [
    primaryKey({ columns: [t.reportId, t.revision, t.indicatorId] }),
    foreignKey({
      columns: [t.reportId, t.revision],
      foreignColumns: [progressReportRevisions.reportId, progressReportRevisions.revision],
      name: "progress_report_values_revision_fk",
    }),
    index("progress_report_values_indicator_idx").on(t.indicatorId),
    check("progress_report_values_present", sql`${t.value} is not null or ${t.text} is not null`),
  ],
);

export const accessTokens = pgTable(
  "access_tokens",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    label: text("label").notNull(),
    /** SHA-256 of the token, hex; the token itself is never stored. */
    tokenHash: text("token_hash").notNull(),
    /** The token's first characters, so a user can tell their tokens apart. */
    tokenPrefix: text("token_prefix").notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("access_tokens_hash_key").on(t.tokenHash), index("access_tokens_user_idx").on(t.userId)],
);

/**
 * One row: a number that grows with every change that can change which members-only bodies someone
 * may not see — a membership's status, body or organisation; a body's visibility; a body or
 * membership added or removed — kept by deferred triggers (migration 0004), so the number commits
 * with the change. A viewer remembered from an earlier request still sees what it saw while the
 * number is the one read with its hidden bodies (`tokenStillMeans`): one row read instead of the
 * hidden bodies worked out again in every statement that confirms a remembered viewer.
 */
export const visibilityVersion = pgTable(
  "visibility_version",
  {
    single: boolean("single").primaryKey().default(true),
    version: bigint("version", { mode: "number" }).notNull().default(0),
  },
  (t) => [check("visibility_version_single_row", sql`${t.single}`)],
);

export const auditEvents = pgTable(
  "audit_events",
  {
    id: id(),
    actorUserId: uuid("actor_user_id").references(() => users.id),
    actorOrganisationId: uuid("actor_organisation_id").references(() => organisations.id),
    action: text("action").notNull(),
    objectType: text("object_type").notNull(),
    objectId: uuid("object_id").notNull(),
    /** The body the object belongs to, so a body's leads can read its trail. */
    bodyId: uuid("body_id").references(() => bodies.id),
    before: jsonb("before"),
    after: jsonb("after"),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("audit_events_body_idx").on(t.bodyId, t.occurredAt),
    index("audit_events_object_idx").on(t.objectType, t.objectId),
    index("audit_events_actor_idx").on(t.actorUserId, t.occurredAt),
  ],
);

/**
 * Retried writes: the first write under a (user, key) stores its result here in the same
 * transaction, so a retry, even a concurrent one, finds it at the unique key instead of writing again.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    key: text("key").notNull(),
    operation: text("operation").notNull(),
    resultId: uuid("result_id").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] }), check("idempotency_keys_key_length", sql`length(${t.key}) between 1 and 200`)],
);
