/**
 * The authorization matrix's machinery: the actors (demo users, and users made for one test of
 * an organisation with exactly the memberships the actor needs), fresh fixtures made through
 * drizzle, a snapshot of every table, and `runCell`, which runs one mutation as one actor and
 * checks the outcome.
 *
 * Each cell gets its own fixtures and, for the made-up actors, its own organisation and user, so
 * cells do not depend on each other or on their order.
 */
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { expect } from "vitest";
import {
  bodies,
  commitments,
  focalPoints,
  indicators,
  memberships,
  organisations,
  priorities,
  progressReportRevisions,
  progressReports,
  users,
} from "../schema/database.js";
import type { Db } from "../server/db.js";
import { insertAccessToken } from "../server/modules/auth/auth.store.js";
import type { DemoRole } from "../server/seed/demo.js";
import { toGlobalId } from "../server/shared/ids.js";
import { DEMO_YEAR, type Hub, type RequestOptions } from "./testkit.js";

// ---------------------------------------------------------------------------------------------
// The bodies and the world

/** The two bodies the matrix runs against: the PUBLIC GBV sector and the MEMBERS_ONLY LGBTIQ+ Task Force. */
export type BodyKey = "gbv" | "tf";

export interface World {
  hub: Hub;
  db: Db;
  /** Database ids (uuids). */
  bodies: Record<BodyKey | "gwg" | "scig", string>;
  /** In each body, the organisation of the `member` actor, whose focal points, commitments and reports the cells target. */
  owner: Record<BodyKey, { organisationId: string; membershipId: string }>;
}

async function bodyByAcronym(db: Db, acronym: string): Promise<string> {
  const [row] = await db.select({ id: bodies.id }).from(bodies).where(eq(bodies.acronym, acronym));
  if (!row) throw new Error(`no body ${acronym}`);
  return row.id;
}

async function organisationByAcronym(db: Db, acronym: string): Promise<string> {
  const [row] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.acronym, acronym));
  if (!row) throw new Error(`no organisation ${acronym}`);
  return row.id;
}

async function activeMembership(db: Db, bodyId: string, organisationId: string): Promise<string> {
  const [row] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.bodyId, bodyId), eq(memberships.organisationId, organisationId), eq(memberships.status, "ACTIVE")));
  if (!row) throw new Error("no active membership");
  return row.id;
}

export async function loadWorld(hub: Hub): Promise<World> {
  const db = hub.database.db;
  const ids = {
    gbv: await bodyByAcronym(db, "GBV-CP"),
    tf: await bodyByAcronym(db, "LGBTIQ+ TF"),
    gwg: await bodyByAcronym(db, "GWG"),
    scig: await bodyByAcronym(db, "SCIG"),
  };
  // gbvPartner is a user of the Tyre Coast Family Support Centre; partnerInTaskForce of the Cedar Bridge Women's Network.
  const tyreFamily = await organisationByAcronym(db, "TCFSC");
  const cedarBridge = await organisationByAcronym(db, "CBWN");
  return {
    hub,
    db,
    bodies: ids,
    owner: {
      gbv: { organisationId: tyreFamily, membershipId: await activeMembership(db, ids.gbv, tyreFamily) },
      tf: { organisationId: cedarBridge, membershipId: await activeMembership(db, ids.tf, cedarBridge) },
    },
  };
}

export const gid = toGlobalId;

// ---------------------------------------------------------------------------------------------
// Actors

export type Actor =
  /** The demo platform admin; a UN Women user, so also a user of both bodies' chair. */
  | "admin"
  /** A platform admin whose (new) organisation has no membership at all: admin rights alone. */
  | "outsideAdmin"
  /** UN Women: CHAIR of the GBV sector and of the task force. */
  | "chair"
  /** UNFPA: CO_CHAIR of the GBV sector and of the task force. */
  | "coChair"
  /** An ordinary MEMBER whose organisation owns the targeted focal points, commitments and reports (gbvPartner; partnerInTaskForce). */
  | "member"
  /** A new organisation with only an ACTIVE OBSERVER membership of the body. */
  | "observer"
  /** A new organisation with no membership at all. */
  | "nonMember"
  /** A new organisation that is only an ACTIVE MEMBER of another body (the Social Cohesion sector). */
  | "otherBodyMember"
  /** partnerOutsideTaskForce: a Gender Working Group member, not in the task force. */
  | "outsider"
  /** A new organisation that CO_CHAIRs the Gender Working Group (the task force's parent) and is only a MEMBER of the task force. */
  | "parentLeadMember"
  /** A new organisation that CO_CHAIRs the Gender Working Group and is not in the task force at all. */
  | "parentLeadOnly"
  /** No token. */
  | "anonymous";

type Role = (typeof memberships.$inferInsert)["role"];
type Status = (typeof memberships.$inferInsert)["status"];

let sequence = 0;
const unique = (label: string) => `${label} ${++sequence}-${randomUUID().slice(0, 8)}`;

export async function createOrganisation(db: Db, label: string): Promise<string> {
  const [row] = await db
    .insert(organisations)
    .values({ name: { en: `${unique(label)} (test)` }, type: 22 })
    .returning({ id: organisations.id });
  return row!.id;
}

/** A user of the organisation, with an access token; returns the token. */
export async function createUser(db: Db, organisationId: string | null, label: string, platformRole: "ADMIN" | "USER" = "USER"): Promise<string> {
  const name = unique(label);
  const [row] = await db
    .insert(users)
    .values({ name, email: `${name.replace(/\W+/g, ".").toLowerCase()}@test.example.org`, organisationId, platformRole })
    .returning({ id: users.id });
  return insertAccessToken(db, row!.id, "test");
}

export async function createMembership(
  db: Db,
  values: { bodyId: string; organisationId: string; role: Role; status?: Status },
): Promise<string> {
  const [row] = await db
    .insert(memberships)
    .values({ status: "ACTIVE", startDate: "2020-01-06", ...values })
    .returning({ id: memberships.id });
  return row!.id;
}

/** A user of a new organisation that holds exactly these memberships; returns the user's token. */
async function userWith(db: Db, label: string, held: Array<{ bodyId: string; role: Role }>): Promise<string> {
  const organisationId = await createOrganisation(db, label);
  for (const membership of held) await createMembership(db, { ...membership, organisationId });
  return createUser(db, organisationId, label);
}

const DEMO_ACTORS: Record<BodyKey, Partial<Record<Actor, DemoRole>>> = {
  gbv: { admin: "admin", chair: "unWomenChair", coChair: "unfpaCoChair", member: "gbvPartner" },
  tf: { admin: "admin", chair: "unWomenChair", coChair: "unfpaCoChair", member: "partnerInTaskForce", outsider: "partnerOutsideTaskForce" },
};

/** How to send a request as the actor; made-up actors get a new organisation and user for each call. */
export async function actAs(world: World, body: BodyKey, actor: Actor): Promise<RequestOptions> {
  const { db } = world;
  const bodyId = world.bodies[body];
  const demo = DEMO_ACTORS[body][actor];
  if (demo) return { as: demo };
  switch (actor) {
    case "anonymous":
      return { as: null };
    case "observer":
      return { token: await userWith(db, "Observer", [{ bodyId, role: "OBSERVER" }]) };
    case "outsideAdmin":
      return { token: await createUser(db, await createOrganisation(db, "Admin's organisation"), "Outside admin", "ADMIN") };
    case "nonMember":
      return { token: await userWith(db, "Unaffiliated", []) };
    case "otherBodyMember":
      return { token: await userWith(db, "Other body member", [{ bodyId: world.bodies.scig, role: "MEMBER" }]) };
    case "parentLeadMember":
      return {
        token: await userWith(db, "GWG co-chair, TF member", [
          { bodyId: world.bodies.gwg, role: "CO_CHAIR" },
          { bodyId, role: "MEMBER" },
        ]),
      };
    case "parentLeadOnly":
      return { token: await userWith(db, "GWG co-chair", [{ bodyId: world.bodies.gwg, role: "CO_CHAIR" }]) };
    default:
      throw new Error(`actor ${actor} is not defined for body ${body}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Fixtures (all through drizzle, version 1)

export async function createFocalPoint(db: Db, membershipId: string): Promise<string> {
  const name = unique("Focal Point");
  const [row] = await db
    .insert(focalPoints)
    .values({ membershipId, name, title: "Coordinator", email: "focal.point@test.example.org", phone: "+961 1 000 000" })
    .returning({ id: focalPoints.id });
  return row!.id;
}

/** A priority of the body for `year`, with one UNIT indicator. */
export async function createPriority(db: Db, bodyId: string, year = DEMO_YEAR): Promise<{ priorityId: string; indicatorId: string }> {
  const [priority] = await db
    .insert(priorities)
    .values({ bodyId, year, workArea: "COORDINATION_AND_INFORMATION_SHARING", title: { en: unique("Test priority") } })
    .returning({ id: priorities.id });
  const [indicator] = await db
    .insert(indicators)
    .values({ priorityId: priority!.id, name: { en: "People reached" }, measure: "UNIT", baseline: 0, target: 100, direction: "UP", position: 0 })
    .returning({ id: indicators.id });
  return { priorityId: priority!.id, indicatorId: indicator!.id };
}

/** A commitment of the organisation against a new priority of the body. */
export async function createCommitment(db: Db, bodyId: string, organisationId: string): Promise<string> {
  const { priorityId } = await createPriority(db, bodyId);
  const [row] = await db
    .insert(commitments)
    .values({ organisationId, priorityId, description: { en: unique("Test commitment") }, status: "IN_PROGRESS" })
    .returning({ id: commitments.id });
  return row!.id;
}

/** A report (revision 1) on a new commitment of the organisation, in the given review state. */
export async function createReport(
  db: Db,
  bodyId: string,
  organisationId: string,
  reviewState: "SUBMITTED" | "VALIDATED",
): Promise<string> {
  const commitmentId = await createCommitment(db, bodyId, organisationId);
  const content = { periodStart: `${DEMO_YEAR}-01-01`, periodEnd: `${DEMO_YEAR}-03-31`, status: "ON_TRACK" as const, narrative: { en: "First quarter." } };
  const [report] = await db
    .insert(progressReports)
    .values({ commitmentId, ...content, reviewState, reviewerComment: reviewState === "VALIDATED" ? "Validated." : null, reviewedAt: reviewState === "VALIDATED" ? new Date() : null })
    .returning({ id: progressReports.id });
  await db.insert(progressReportRevisions).values({ reportId: report!.id, revision: 1, ...content });
  return report!.id;
}

// ---------------------------------------------------------------------------------------------
// Snapshot of the whole database

/** PGlite answers `execute` with `{ rows }`, postgres.js with an array of rows. */
async function rowsOf<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

const tableLists = new WeakMap<Db, Promise<string[]>>();

function publicTables(db: Db): Promise<string[]> {
  let tables = tableLists.get(db);
  if (!tables) {
    tables = rowsOf<{ name: string }>(db, sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`).then(
      (rows) => rows.map((row) => row.name),
    );
    tableLists.set(db, tables);
  }
  return tables;
}

/** Every table of schema public: `rows:md5` of its rows in a fixed order, in one statement. */
export async function snapshot(db: Db): Promise<Record<string, string>> {
  const tables = await publicTables(db);
  const parts = tables.map(
    (table) =>
      `select '${table}' as name, count(*)::int as count, coalesce(md5(string_agg(t::text, ',' order by t::text)), '') as hash from public."${table}" t`,
  );
  const rows = await rowsOf<{ name: string; count: number; hash: string }>(db, sql.raw(parts.join(" union all ")));
  return Object.fromEntries(rows.map((row) => [row.name, `${row.count}:${row.hash}`]));
}

// ---------------------------------------------------------------------------------------------
// One cell of the matrix

/** ALLOWED, a user-error code in the payload, or UNAUTHENTICATED as a top-level error. */
export type Outcome = "ALLOWED" | "FORBIDDEN" | "NOT_FOUND" | "ALREADY_EXISTS" | "INVALID" | "UNAUTHENTICATED";

export interface Scenario {
  /** The mutation field. */
  mutation: string;
  /** Its input type. */
  inputType: string;
  /** The payload's object field; `kind` says whether it is an object, a list of objects, or an id. */
  field: string;
  kind?: "object" | "list" | "id";
  /** The object's selection (for "object" and "list"). */
  selection?: string;
  /** Builds fresh fixtures in the body and returns the mutation's input. */
  fixture(world: World, body: BodyKey): Promise<Record<string, unknown>>;
  /** Checks the returned object of an allowed write. */
  verify?(result: any, input: Record<string, unknown>): void;
}

function documentOf(scenario: Scenario): string {
  const selection = scenario.kind === "id" ? "" : ` { ${scenario.selection ?? "id"} }`;
  return `mutation($input: ${scenario.inputType}!) {
    ${scenario.mutation}(input: $input) { ${scenario.field}${selection} userErrors { code field message } }
  }`;
}

/**
 * Runs the scenario in the body as the actor, with fresh fixtures, and checks the outcome:
 * allowed → no user errors, the object returned, the database changed; refused → exactly the
 * expected code, no object, and every table exactly as it was.
 */
export async function runCell(world: World, body: BodyKey, scenario: Scenario, actor: Actor, expected: Outcome): Promise<void> {
  const options = await actAs(world, body, actor);
  const input = await scenario.fixture(world, body);
  const before = await snapshot(world.db);
  const response = await world.hub.query(documentOf(scenario), { input }, options);
  const after = await snapshot(world.db);

  if (expected === "UNAUTHENTICATED") {
    expect(response.errors?.map((error) => error.extensions?.code), JSON.stringify(response)).toEqual(["UNAUTHENTICATED"]);
    expect(response.data ?? null).toBeNull();
    expect(after, "a refused write changed the database").toEqual(before);
    return;
  }

  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  const payload = response.data[scenario.mutation];
  const result = payload[scenario.field];
  const got = payload.userErrors.length ? payload.userErrors.map((error: { code: string }) => error.code).join(",") : "ALLOWED";
  const detail = `expected ${expected}, got ${got}: ${JSON.stringify(payload.userErrors)}`;

  if (expected === "ALLOWED") {
    expect(payload.userErrors, detail).toEqual([]);
    if (scenario.kind === "list") expect(result.length, "the list of written objects").toBeGreaterThan(0);
    else expect(result, "the written object").toBeTruthy();
    scenario.verify?.(result, input);
    expect(after, "an allowed write changed nothing").not.toEqual(before);
    return;
  }

  expect(payload.userErrors.map((error: { code: string }) => error.code), detail).toEqual([expected]);
  if (scenario.kind === "list") expect(result).toEqual([]);
  else expect(result).toBeNull();
  expect(after, "a refused write changed the database").toEqual(before);
}

export interface Cell<S extends string> {
  scenario: S;
  actor: Actor;
  expected: Outcome;
}

/** One `[name, cell]` row per (scenario, actor) for `it.each(...)("%s", ...)`, with the outcome the rules give. */
export function cells<S extends string, A extends Actor>(
  scenarios: readonly S[],
  actors: readonly A[],
  expected: (scenario: S, actor: A) => Outcome,
): Array<[string, Cell<S>]> {
  return scenarios.flatMap((scenario) =>
    actors.map((actor): [string, Cell<S>] => {
      const outcome = expected(scenario, actor);
      return [`${scenario} as ${actor} → ${outcome}`, { scenario, actor, expected: outcome }];
    }),
  );
}
