/**
 * Small helpers shared by the write-API tests: sending a mutation and reading its payload, new
 * partner organisations with their own user and token (so each test builds its own fixtures), the
 * demo's ids, and row counts that show a refused write changed nothing.
 */
import { randomUUID } from "node:crypto";
import { count, eq, sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { expect } from "vitest";
import * as tables from "../schema/database.js";
import { insertAccessToken } from "../server/modules/auth/auth.store.js";
import { DEMO_BODY_NAMES, DEMO_ORGANISATIONS, DEMO_PRIORITIES } from "../server/seed/demo-data.js";
import type { DemoRole } from "../server/seed/demo.js";
import { fromGlobalId, toGlobalId } from "../server/shared/ids.js";
import type { GraphQLResponse, Hub, RequestOptions } from "./testkit.js";

export type BodyKey = keyof typeof DEMO_BODY_NAMES;
export type OrgKey = keyof typeof DEMO_ORGANISATIONS;
export type PriorityKey = keyof typeof DEMO_PRIORITIES;

/** Who sends a request: a demo role, or a test partner's token. */
export type Actor = DemoRole | { token: string };

export const asActor = (actor: Actor): RequestOptions => (typeof actor === "string" ? { as: actor } : { token: actor.token });

/** The uuid inside a global id (for SQL against the tables). */
export function rawId(globalId: string): string {
  const decoded = fromGlobalId(globalId);
  if (!decoded) throw new Error(`not a global id: ${globalId}`);
  return decoded.id;
}

/** Sends a request that must succeed without top-level errors; returns its data. */
export async function ok<T = any>(hub: Hub, query: string, variables: Record<string, unknown> = {}, actor: Actor = "admin"): Promise<T> {
  const response = await hub.query<T>(query, variables, asActor(actor));
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  expect(response.status).toBe(200);
  return response.data!;
}

/** Sends a request that must fail with a top-level error of `code`. */
export async function failsWith(hub: Hub, code: string, query: string, variables: Record<string, unknown> = {}, actor: Actor = "admin"): Promise<GraphQLResponse<any>> {
  const response = await hub.query(query, variables, asActor(actor));
  expect(response.errors, `expected a ${code} error, got ${JSON.stringify(response.data)}`).toBeDefined();
  expect(response.errors!.map((error) => error.extensions?.code)).toContain(code);
  return response;
}

// ---------------------------------------------------------------------------------------------
// Mutations

const TRANSITIONS = ["membershipApprove", "membershipDecline", "membershipSuspend", "membershipReinstate", "membershipEnd"];

/** The input type of each mutation. */
function inputTypeOf(mutation: string): string {
  if (TRANSITIONS.includes(mutation)) return "MembershipTransitionInput";
  return `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
}

/** The payload field that holds the written object. */
function objectFieldOf(mutation: string): string {
  if (mutation === "prioritiesCarryForward") return "priorities";
  if (mutation === "focalPointRemove") return "removedFocalPointId";
  for (const prefix of ["membership", "focalPoint", "priority", "indicator", "commitment", "progressReport"]) {
    if (mutation.startsWith(prefix)) return prefix;
  }
  throw new Error(`unknown mutation ${mutation}`);
}

export interface UserErrorData {
  code: string;
  field: string[] | null;
  message: string;
}

export interface Written<T = any> {
  /** The object in the payload (null when refused). */
  object: T | null;
  userErrors: UserErrorData[];
}

/**
 * Sends one mutation with `input`; `fields` is the selection on the written object (ignored for
 * focalPointRemove, whose payload holds an id). Fails the test on top-level errors.
 */
export async function mutate<T = any>(hub: Hub, mutation: string, input: Record<string, unknown>, fields: string, actor: Actor): Promise<Written<T>> {
  const response = await send(hub, mutation, input, fields, actor);
  expect(response.errors, `${mutation}: ${JSON.stringify(response.errors)}`).toBeUndefined();
  const payload = response.data![mutation];
  return { object: payload[objectFieldOf(mutation)], userErrors: payload.userErrors };
}

/** The raw response of a mutation, for tests that fire many at once. */
export function send(hub: Hub, mutation: string, input: Record<string, unknown>, fields: string, actor: Actor): Promise<GraphQLResponse<any>> {
  const objectField = objectFieldOf(mutation);
  const selection = objectField === "removedFocalPointId" ? objectField : `${objectField} { ${fields} }`;
  const query = `mutation($input: ${inputTypeOf(mutation)}!) { ${mutation}(input: $input) { ${selection} userErrors { code field message } } }`;
  return hub.query(query, { input }, asActor(actor));
}

/** A mutation that must succeed: no user errors, an object; returns the object. */
export async function write<T = any>(hub: Hub, mutation: string, input: Record<string, unknown>, fields: string, actor: Actor): Promise<T> {
  const { object, userErrors } = await mutate<T>(hub, mutation, input, fields, actor);
  expect(userErrors, `${mutation} refused: ${JSON.stringify(userErrors)}`).toEqual([]);
  expect(object).not.toBeNull();
  return object!;
}

/** A mutation that must be refused with a user error of `code` on `field`; returns the errors. */
export async function refused(
  hub: Hub,
  mutation: string,
  input: Record<string, unknown>,
  actor: Actor,
  expected: { code: string; field?: string[] | null },
): Promise<UserErrorData[]> {
  const { object, userErrors } = await mutate(hub, mutation, input, "__typename", actor);
  expectRefusal({ object, userErrors }, expected, mutation);
  return userErrors;
}

/**
 * Checks a refused payload: no object, and among the user errors (usually just one) one with the
 * code, naming the field when given; every error has a message.
 */
export function expectRefusal(written: Written, expected: { code: string; field?: string[] | null }, label = "write"): void {
  const objectIsEmpty = written.object === null || (Array.isArray(written.object) && written.object.length === 0);
  expect(objectIsEmpty, `${label} should be refused but returned ${JSON.stringify(written.object)}`).toBe(true);
  expect(written.userErrors.length, `${label}: no user errors`).toBeGreaterThan(0);
  const wanted = expected.field === undefined ? { code: expected.code } : { code: expected.code, field: expected.field };
  expect(written.userErrors, `${label}: ${JSON.stringify(written.userErrors)}`).toContainEqual(expect.objectContaining(wanted));
  for (const error of written.userErrors) expect(error.message.length).toBeGreaterThan(0);
}

// ---------------------------------------------------------------------------------------------
// Selections

export const MEMBERSHIP = `id role status version startDate endDate viewerCanManage viewerCanEditFocalPoints
  organisation { id } body { id }`;
export const VALUES = `values { value text indicator { id } }`;
export const REPORT = `id revision version reviewState locked reviewerComment reviewedAt status periodStart periodEnd
  narrativeTranslations { en ar } ${VALUES}
  revisions { revision status periodStart periodEnd narrativeTranslations { en ar } ${VALUES} }
  viewerCanCorrect viewerCanReview viewerCanUnlock commitment { id }`;
export const COMMITMENT = `id version status descriptionTranslations { en ar } viewerCanReport viewerCanUpdate
  organisation { id } priority { id } targets { target note indicator { id } }`;
export const INDICATOR = `id position measure direction baseline target nameTranslations { en ar } unitLabelTranslations { en ar } priority { id }`;
export const PRIORITY = `id version year workArea archived archivedAt titleTranslations { en ar } descriptionTranslations { en ar }
  viewerCanUpdate viewerCanCommit body { id } indicators { ${INDICATOR} }`;

// ---------------------------------------------------------------------------------------------
// Fixtures

export interface DemoIds {
  bodies: Record<BodyKey, string>;
  organisations: Record<OrgKey, string>;
  priorities: Record<PriorityKey, string>;
  /** The global User ids of the demo users. */
  users: Record<DemoRole, string>;
}

/** The global ids of the demo's bodies, organisations, priorities (by English name) and users. */
export async function lookUpDemo(hub: Hub): Promise<DemoIds> {
  const data = await ok(
    hub,
    `{ bodies(first: 100) { nodes { id nameTranslations { en } } }
       organisations(first: 100) { nodes { id nameTranslations { en } } }
       priorities(first: 100) { nodes { id titleTranslations { en } } } }`,
  );
  const byName = (nodes: any[], pick: (node: any) => string) => new Map(nodes.map((node) => [pick(node), node.id as string]));
  const bodies = byName(data.bodies.nodes, (n) => n.nameTranslations.en);
  const organisations = byName(data.organisations.nodes, (n) => n.nameTranslations.en);
  const priorities = byName(data.priorities.nodes, (n) => n.titleTranslations.en);
  const pick = <K extends string>(keys: K[], names: Map<string, string>, nameOf: (key: K) => string) =>
    Object.fromEntries(keys.map((key) => [key, names.get(nameOf(key)) ?? fail(`demo item ${key} not found`)])) as Record<K, string>;
  const roles = Object.keys(hub.users) as DemoRole[];
  const users = {} as Record<DemoRole, string>;
  for (const role of roles) users[role] = (await ok(hub, `{ viewer { id } }`, {}, role)).viewer.id;
  return {
    bodies: pick(Object.keys(DEMO_BODY_NAMES) as BodyKey[], bodies, (key) => DEMO_BODY_NAMES[key].en),
    organisations: pick(Object.keys(DEMO_ORGANISATIONS) as OrgKey[], organisations, (key) => DEMO_ORGANISATIONS[key].name.en),
    priorities: pick(Object.keys(DEMO_PRIORITIES) as PriorityKey[], priorities, (key) => DEMO_PRIORITIES[key].title.en),
    users,
  };
}

function fail(message: string): never {
  throw new Error(message);
}

export interface Partner {
  token: string;
  /** Global ids. */
  organisationId: string;
  userId: string;
  name: string;
}

let partnerCount = 0;

/** A new (fictional) national NGO with one user and an access token, in no body yet. */
export async function newPartner(hub: Hub, label = "Partner"): Promise<Partner> {
  const n = ++partnerCount;
  const suffix = randomUUID().slice(0, 8);
  const name = `${label} ${n} ${suffix} (test)`;
  const db = hub.database.db;
  const [organisation] = await db
    .insert(tables.organisations)
    .values({ name: { en: name, ar: `منظمة اختبار ${n}` }, acronym: `T${n}`, type: 22 })
    .returning({ id: tables.organisations.id });
  const [user] = await db
    .insert(tables.users)
    .values({ name: `Tester ${n}`, email: `tester.${n}.${suffix}@example.org`, organisationId: organisation!.id, platformRole: "USER" })
    .returning({ id: tables.users.id });
  const token = await insertAccessToken(db, user!.id, "test");
  return { token, organisationId: toGlobalId("Organisation", organisation!.id), userId: toGlobalId("User", user!.id), name };
}

/** The partner asks to join the body and the lead approves: an ACTIVE membership; returns it. */
export async function joinBody(hub: Hub, partner: Partner, bodyId: string, options: { role?: "MEMBER" | "OBSERVER"; lead?: Actor } = {}) {
  const requested = await write(hub, "membershipRequest", { bodyId, role: options.role ?? "MEMBER" }, MEMBERSHIP, partner);
  return write(hub, "membershipApprove", { membershipId: requested.id, expectedVersion: requested.version }, MEMBERSHIP, options.lead ?? "unWomenChair");
}

export interface IndicatorSpec {
  measure: "UNIT" | "PERCENTAGE" | "QUALITATIVE";
  name?: { en?: string | null; ar?: string | null };
  unitLabel?: { en?: string | null; ar?: string | null } | null;
  baseline?: number | null;
  target?: number | null;
  direction?: "UP" | "DOWN";
}

/** Three indicators, one of each measure: people (UNIT), share (PERCENTAGE), change (QUALITATIVE). */
export const THREE_INDICATORS: IndicatorSpec[] = [
  { measure: "UNIT", name: { en: "People reached", ar: "الأشخاص الذين تم الوصول إليهم" }, unitLabel: { en: "people", ar: "أشخاص" }, baseline: 100, target: 500 },
  { measure: "PERCENTAGE", name: { en: "Share of women", ar: "نسبة النساء" }, baseline: 40, target: 60 },
  { measure: "QUALITATIVE", name: { en: "Change in practice", ar: "التغيير في الممارسة" } },
];

/** A new priority of the body, set by a lead; returns it with its indicators. */
export async function newPriority(
  hub: Hub,
  bodyId: string,
  options: { year?: number; workArea?: string; title?: string; indicators?: IndicatorSpec[]; lead?: Actor } = {},
) {
  const title = options.title ?? `Priority ${randomUUID().slice(0, 8)}`;
  return write(
    hub,
    "priorityCreate",
    {
      bodyId,
      year: options.year ?? 2026,
      workArea: options.workArea ?? "SERVICE_DELIVERY",
      title: { en: title, ar: `أولوية ${title}` },
      indicators: (options.indicators ?? THREE_INDICATORS).map((indicator) => ({
        name: { en: `Indicator (${indicator.measure})`, ar: "مؤشر" },
        ...indicator,
      })),
    },
    PRIORITY,
    options.lead ?? "unWomenChair",
  );
}

/** A commitment of the partner against the priority (no targets unless given). */
export function newCommitment(hub: Hub, actor: Actor, priorityId: string, extra: Record<string, unknown> = {}) {
  return write(
    hub,
    "commitmentCreate",
    { priorityId, description: { en: "We will do our part.", ar: "سنقوم بدورنا." }, status: "IN_PROGRESS", ...extra },
    COMMITMENT,
    actor,
  );
}

/** Values for THREE_INDICATORS-style priorities: a number for UNIT/PERCENTAGE, text for QUALITATIVE. */
export function valuesFor(indicators: Array<{ id: string; measure: string }>, numbers: { unit?: number; percentage?: number; text?: string } = {}) {
  return indicators.map((indicator) =>
    indicator.measure === "QUALITATIVE"
      ? { indicatorId: indicator.id, text: numbers.text ?? "Practice changed in two centres." }
      : { indicatorId: indicator.id, value: indicator.measure === "UNIT" ? (numbers.unit ?? 120) : (numbers.percentage ?? 55.5) },
  );
}

/** A first-quarter report of the commitment, submitted by `actor`. */
export function newReport(hub: Hub, actor: Actor, commitmentId: string, indicators: Array<{ id: string; measure: string }>, extra: Record<string, unknown> = {}) {
  return write(
    hub,
    "progressReportSubmit",
    {
      commitmentId,
      periodStart: "2026-01-01",
      periodEnd: "2026-03-31",
      status: "ON_TRACK",
      narrative: { en: "First quarter.", ar: "الربع الأول." },
      values: valuesFor(indicators),
      ...extra,
    },
    REPORT,
    actor,
  );
}

// ---------------------------------------------------------------------------------------------
// Database checks

/** The tables a write can touch, for before/after comparisons. */
export const WRITE_TABLES = {
  organisations: tables.organisations,
  memberships: tables.memberships,
  focal_points: tables.focalPoints,
  priorities: tables.priorities,
  indicators: tables.indicators,
  commitments: tables.commitments,
  commitment_targets: tables.commitmentTargets,
  progress_reports: tables.progressReports,
  progress_report_revisions: tables.progressReportRevisions,
  progress_report_values: tables.progressReportValues,
  audit_events: tables.auditEvents,
  idempotency_keys: tables.idempotencyKeys,
} satisfies Record<string, PgTable>;

export async function countRows(hub: Hub, table: PgTable, where?: SQL): Promise<number> {
  const [row] = await hub.database.db.select({ n: count() }).from(table).where(where);
  return Number(row!.n);
}

/** Row counts of every table a write can touch. */
export async function rowCounts(hub: Hub): Promise<Record<keyof typeof WRITE_TABLES, number>> {
  const entries = await Promise.all(Object.entries(WRITE_TABLES).map(async ([name, table]) => [name, await countRows(hub, table)] as const));
  return Object.fromEntries(entries) as Record<keyof typeof WRITE_TABLES, number>;
}

/** The audit events recorded for one object (global id), straight from the table. */
export function auditRowsOf(hub: Hub, globalId: string) {
  return hub.database.db.select().from(tables.auditEvents).where(eq(tables.auditEvents.objectId, rawId(globalId))).orderBy(tables.auditEvents.occurredAt);
}

/** The stored `version` of a focal point or indicator (the API does not expose it; see the tests that ask for it). */
export async function storedVersion(hub: Hub, table: "focal_points" | "indicators", globalId: string): Promise<number> {
  const result = await hub.database.db.execute(sql`select version from ${sql.identifier(table)} where id = ${rawId(globalId)}`);
  const rows = ((result as { rows?: unknown[] }).rows ?? (result as unknown as unknown[])) as Array<{ version: number }>;
  return Number(rows[0]!.version);
}

export { tables };
