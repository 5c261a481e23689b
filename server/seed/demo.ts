/**
 * Loads the demo data set (`demo-data.ts`) into an empty database, in one transaction, and gives
 * each demo user an access token. The embedded database's demo template holds the same data with
 * each token replaced by a placeholder, so that each database copied from it issues its own.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import {
  accessTokens,
  bodies,
  bodyLinks,
  commitments,
  commitmentTargets,
  focalPoints,
  frameworks,
  frameworkTracks,
  indicators,
  memberships,
  organisations,
  priorities,
  progressReportRevisions,
  progressReports,
  progressReportValues,
  users,
} from "../../schema/database.js";
import type { Db } from "../db.js";
import { insertAccessTokens } from "../modules/auth/auth.store.js";
import {
  DEMO_BODIES,
  DEMO_BODY_LINKS,
  DEMO_COMMITMENTS,
  DEMO_FRAMEWORKS,
  DEMO_MEMBERSHIPS,
  DEMO_ORGANISATIONS,
  DEMO_PRIORITIES,
  DEMO_REFERENCE_YEAR,
  DEMO_USERS,
  type DemoBodyKey,
  type DemoCommitment,
  type DemoOrgKey,
  type DemoPriorityKey,
  type DemoReport,
  type DemoUserSeed,
} from "./demo-data.js";

export type DemoRole =
  | "admin"
  | "unWomenChair"
  | "unfpaCoChair"
  | "partnerInTaskForce"
  | "partnerOutsideTaskForce"
  | "gbvPartner";

export interface DemoUser {
  role: DemoRole;
  name: string;
  email: string;
  organisation: string | null;
  token: string;
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

// Fails to compile when the data and the role list drift apart.
const USER_SEEDS: Record<DemoRole, DemoUserSeed> = DEMO_USERS;

/** True when there are no coordination bodies and no organisations, so the demo can be loaded. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [body] = await db.select({ id: bodies.id }).from(bodies).limit(1);
  const [organisation] = await db.select({ id: organisations.id }).from(organisations).limit(1);
  return !body && !organisation;
}

export interface DemoLoadOptions {
  year: number;
  /** The demo's activity as of this instant ({@link demoAsOf}); as of now when not given. */
  asOf?: Date;
  /**
   * Runs with the demo users and their tokens before the transaction commits, so that they are
   * kept (demo-tokens.json) before they exist, and a failure to keep them loads nothing.
   */
  beforeCommit?: (users: DemoUser[]) => void;
}

/** Loads the whole demo for `options.year` and returns the demo users with their tokens. */
export async function loadDemoData(db: Db, options: DemoLoadOptions): Promise<DemoUser[]> {
  const { year } = options;
  const asOf = options.asOf ?? demoAsOf(year, new Date());
  return db.transaction(async (tx) => {
    const organisationIds = await insertOrganisations(tx);
    const bodyIds = await insertBodies(tx);
    await insertMemberships(tx, bodyIds, organisationIds, year);
    const demoUsers = await insertUsers(tx, organisationIds);
    const { priorityIds, indicatorIds } = await insertPriorities(tx, bodyIds, year);
    await insertCommitments(tx, { organisationIds, priorityIds, indicatorIds, users: demoUsers, year, asOf });
    const loaded = demoUsers.map(asDemoUser);
    options.beforeCommit?.(loaded);
    return loaded;
  });
}

// Ids are made here instead of read back with RETURNING, so that rows can point at each other
// without relying on the order in which PostgreSQL returns a multi-row insert.
function newIds<K extends string>(keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, randomUUID()])) as Record<K, string>;
}

const keysOf = <T extends object>(record: T) => Object.keys(record) as (keyof T & string)[];

/** The data is written for DEMO_REFERENCE_YEAR; this keeps its dates in the same place relative to `year`. */
function shiftToYear(date: string, year: number): string {
  return `${Number(date.slice(0, 4)) + year - DEMO_REFERENCE_YEAR}${date.slice(4)}`;
}

async function insertOrganisations(tx: Tx): Promise<Record<DemoOrgKey, string>> {
  const ids = newIds(keysOf(DEMO_ORGANISATIONS));
  await tx.insert(organisations).values(
    keysOf(DEMO_ORGANISATIONS).map((key) => {
      const { name, acronym, type, iatiIdentifier } = DEMO_ORGANISATIONS[key];
      return { id: ids[key], name, acronym, type, iatiIdentifier };
    }),
  );
  return ids;
}

/** Frameworks and their tracks, the bodies, and the links between peer bodies. */
async function insertBodies(tx: Tx): Promise<Record<DemoBodyKey, string>> {
  const frameworkIds = newIds(keysOf(DEMO_FRAMEWORKS));
  await tx.insert(frameworks).values(
    keysOf(DEMO_FRAMEWORKS).map((code) => ({
      id: frameworkIds[code],
      code,
      name: DEMO_FRAMEWORKS[code].name,
      description: DEMO_FRAMEWORKS[code].description,
    })),
  );
  await tx.insert(frameworkTracks).values(
    keysOf(DEMO_FRAMEWORKS).flatMap((code) =>
      DEMO_FRAMEWORKS[code].tracks.map((track, position) => ({ frameworkId: frameworkIds[code], ...track, position })),
    ),
  );

  const bodyIds = newIds(keysOf(DEMO_BODIES));
  // One statement is enough for parents too: PostgreSQL checks foreign keys at the end of it.
  await tx.insert(bodies).values(
    keysOf(DEMO_BODIES).map((key) => {
      const { framework, parent, workAreas, ...body } = DEMO_BODIES[key];
      return {
        ...body,
        id: bodyIds[key],
        frameworkId: framework ? frameworkIds[framework] : null,
        parentId: parent ? bodyIds[parent] : null,
        workAreas: [...workAreas],
      };
    }),
  );
  await tx.insert(bodyLinks).values(
    DEMO_BODY_LINKS.flatMap(([a, b]) => [
      { bodyId: bodyIds[a], relatedBodyId: bodyIds[b] },
      { bodyId: bodyIds[b], relatedBodyId: bodyIds[a] },
    ]),
  );
  return bodyIds;
}

async function insertMemberships(
  tx: Tx,
  bodyIds: Record<DemoBodyKey, string>,
  organisationIds: Record<DemoOrgKey, string>,
  year: number,
): Promise<void> {
  const rows = DEMO_MEMBERSHIPS.map((membership) => ({ id: randomUUID(), membership }));
  await tx.insert(memberships).values(
    rows.map(({ id, membership }) => ({
      id,
      bodyId: bodyIds[membership.body],
      organisationId: organisationIds[membership.organisation],
      role: membership.role,
      status: membership.status,
      startDate: shiftToYear(membership.startDate, year),
      endDate: membership.endDate && shiftToYear(membership.endDate, year),
    })),
  );
  await tx.insert(focalPoints).values(
    rows.flatMap(({ id, membership }) => membership.focalPoints.map((person) => ({ membershipId: id, ...person }))),
  );
}

interface LoadedUser extends DemoUser {
  id: string;
  organisationKey: DemoOrgKey;
}

const asDemoUser = ({ role, name, email, organisation, token }: LoadedUser): DemoUser => ({ role, name, email, organisation, token });

const DEMO_ROLES = keysOf(USER_SEEDS);
const DEMO_EMAILS = DEMO_ROLES.map((role) => USER_SEEDS[role].email);

async function insertUsers(tx: Tx, organisationIds: Record<DemoOrgKey, string>): Promise<LoadedUser[]> {
  const ids = newIds(DEMO_ROLES);
  await tx.insert(users).values(
    DEMO_ROLES.map((role) => {
      const { name, email, organisation, platformRole } = USER_SEEDS[role];
      return { id: ids[role], name, email, organisationId: organisationIds[organisation], platformRole };
    }),
  );
  return issueTokens(tx, ids);
}

/** A "demo" token for each demo user, given their ids. */
async function issueTokens(tx: Tx, ids: Record<DemoRole, string>): Promise<LoadedUser[]> {
  const tokens = await insertAccessTokens(tx as unknown as Db, DEMO_ROLES.map((role) => ids[role]), "demo");
  return DEMO_ROLES.map((role, index) => {
    const { name, email, organisation } = USER_SEEDS[role];
    return {
      id: ids[role],
      role,
      name,
      email,
      organisation: DEMO_ORGANISATIONS[organisation].name.en,
      organisationKey: organisation,
      token: tokens[index]!,
    };
  });
}

/**
 * The label of the tokens that stand for the demo users' in the demo template: revoked, and hashes
 * of no token ever shown. A copy issues real tokens in their place once ({@link issueDemoTokens});
 * a database whose demo tokens were deleted or revoked by hand has none, and gets none back.
 */
const TOKEN_TO_ISSUE = "demo (to be issued)";

/** Replaces the demo users' tokens by placeholders: the demo template's copies would share them. */
export async function withdrawDemoTokens(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    const demoUsers = await tx.select({ id: users.id }).from(users).where(inArray(users.email, DEMO_EMAILS));
    await tx.delete(accessTokens).where(inArray(accessTokens.userId, demoUsers.map((user) => user.id)));
    await tx.insert(accessTokens).values(
      demoUsers.map(({ id }) => ({ userId: id, label: TOKEN_TO_ISSUE, tokenHash: randomBytes(32).toString("hex"), tokenPrefix: "", revokedAt: new Date() })),
    );
  });
}

/**
 * Issues the demo users' tokens in a copy of the demo template, in place of its placeholders.
 * Null for any other database, which keeps the tokens it has.
 */
export async function issueDemoTokens(db: Db, beforeCommit?: (users: DemoUser[]) => void): Promise<DemoUser[] | null> {
  return db.transaction(async (tx) => {
    const waiting = await tx
      .select({ id: users.id, email: users.email })
      .from(accessTokens)
      .innerJoin(users, eq(users.id, accessTokens.userId))
      .where(and(eq(accessTokens.label, TOKEN_TO_ISSUE), inArray(users.email, DEMO_EMAILS)));
    if (waiting.length !== DEMO_ROLES.length) return null;
    await tx.delete(accessTokens).where(eq(accessTokens.label, TOKEN_TO_ISSUE));
    const idByEmail = new Map(waiting.map((user) => [user.email, user.id]));
    const ids = Object.fromEntries(DEMO_ROLES.map((role) => [role, idByEmail.get(USER_SEEDS[role].email)!])) as Record<DemoRole, string>;
    const issued = (await issueTokens(tx, ids)).map(asDemoUser);
    beforeCommit?.(issued);
    return issued;
  });
}

interface PriorityIds {
  priorityIds: Record<DemoPriorityKey, string>;
  /** Each priority's indicator ids, in position order: the data refers to indicators by index. */
  indicatorIds: Record<DemoPriorityKey, string[]>;
}

async function insertPriorities(tx: Tx, bodyIds: Record<DemoBodyKey, string>, year: number): Promise<PriorityIds> {
  const keys = keysOf(DEMO_PRIORITIES);
  const priorityIds = newIds(keys);
  const indicatorIds = Object.fromEntries(
    keys.map((key) => [key, DEMO_PRIORITIES[key].indicators.map(() => randomUUID())]),
  ) as Record<DemoPriorityKey, string[]>;

  await tx.insert(priorities).values(
    keys.map((key) => {
      const { body, workArea, title, description } = DEMO_PRIORITIES[key];
      return { id: priorityIds[key], bodyId: bodyIds[body], year, workArea, title, description };
    }),
  );
  await tx.insert(indicators).values(
    keys.flatMap((key) =>
      DEMO_PRIORITIES[key].indicators.map((indicator, position) => ({
        ...indicator,
        id: indicatorIds[key][position],
        priorityId: priorityIds[key],
        position,
      })),
    ),
  );
  return { priorityIds, indicatorIds };
}

interface CommitmentContext extends PriorityIds {
  organisationIds: Record<DemoOrgKey, string>;
  users: readonly LoadedUser[];
  year: number;
  asOf: Date;
}

/** A demo commitment or report together with the id it is inserted under. */
interface WithId<T> {
  id: string;
  item: T;
}

async function insertCommitments(tx: Tx, context: CommitmentContext): Promise<void> {
  const rows = DEMO_COMMITMENTS.map((item) => ({ id: randomUUID(), item }));
  await tx.insert(commitments).values(
    rows.map(({ id, item }) => ({
      id,
      organisationId: context.organisationIds[item.organisation],
      priorityId: context.priorityIds[item.priority],
      description: item.description,
      status: item.status,
    })),
  );
  await tx.insert(commitmentTargets).values(
    rows.flatMap(({ id, item }) =>
      item.targets.map(({ indicator, target, note }) => ({
        commitmentId: id,
        indicatorId: indicatorAt(context, item.priority, indicator),
        target,
        note: note ?? null,
      })),
    ),
  );
  await insertReports(tx, rows, context);
}

async function insertReports(
  tx: Tx,
  commitmentRows: readonly WithId<DemoCommitment>[],
  context: CommitmentContext,
): Promise<void> {
  const reviewerId = context.users.find((user) => user.role === "unWomenChair")?.id ?? null;
  // Partners report for their own organisation; organisations without a demo user report anonymously.
  const submitterIds = new Map(context.users.map((user) => [user.organisationKey, user.id]));
  const { asOf } = context;
  const reports = commitmentRows.flatMap(({ id: commitmentId, item: commitment }) =>
    commitment.reports.map((report) => ({ id: randomUUID(), commitmentId, commitment, report })),
  );

  const reportRows = reports.map(({ id, commitmentId, commitment, report }) => {
    const period = quarter(context.year, report.quarter);
    const submittedAt = notAfter(submittedAfter(period.periodEnd), asOf);
    const reviewed = report.reviewState !== "SUBMITTED";
    return {
      id,
      commitmentId,
      ...period,
      status: report.status,
      narrative: report.narrative,
      reviewState: report.reviewState,
      reviewerComment: report.reviewerComment,
      reviewedById: reviewed ? reviewerId : null,
      reviewedAt: reviewed ? notAfter(reviewedAfter(submittedAt), asOf) : null,
      revision: 1,
      submittedById: submitterIds.get(commitment.organisation) ?? null,
      submittedAt,
    };
  });
  await tx.insert(progressReports).values(reportRows);
  await tx.insert(progressReportRevisions).values(
    reportRows.map((row) => ({
      reportId: row.id,
      revision: row.revision,
      periodStart: row.periodStart,
      periodEnd: row.periodEnd,
      status: row.status,
      narrative: row.narrative,
      submittedById: row.submittedById,
      submittedAt: row.submittedAt,
    })),
  );
  await tx.insert(progressReportValues).values(
    reports.flatMap(({ id, commitment, report }) => reportValues(id, report, context, commitment.priority)),
  );
}

function reportValues(reportId: string, report: DemoReport, context: PriorityIds, priority: DemoPriorityKey) {
  return Object.entries(report.values).map(([index, value]) => ({
    reportId,
    revision: 1,
    indicatorId: indicatorAt(context, priority, Number(index)),
    value: typeof value === "number" ? value : null,
    text: typeof value === "string" ? value : null,
  }));
}

function indicatorAt({ indicatorIds }: PriorityIds, priority: DemoPriorityKey, index: number): string {
  const id = indicatorIds[priority][index];
  if (!id) throw new Error(`Demo data: priority ${priority} has no indicator ${index}`);
  return id;
}

/** The first and last day of a quarter, as 'YYYY-MM-DD'. */
function quarter(year: number, number: DemoReport["quarter"]): { periodStart: string; periodEnd: string } {
  const firstMonth = (number - 1) * 3;
  const day = (date: Date) => date.toISOString().slice(0, 10);
  // Day 0 of the month after the quarter is the quarter's last day.
  return {
    periodStart: day(new Date(Date.UTC(year, firstMonth, 1))),
    periodEnd: day(new Date(Date.UTC(year, firstMonth + 3, 0))),
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;
const daysAfter = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);
/** A demo report is submitted 10 days after its quarter and reviewed 6 days after that. */
const submittedAfter = (periodEnd: string) => daysAfter(new Date(periodEnd), 10);
const reviewedAfter = (submittedAt: Date) => daysAfter(submittedAt, 6);
// Loading the current year must not produce reports submitted or reviewed in the future.
const notAfter = (date: Date, limit: Date) => (date > limit ? limit : date);

/**
 * The instant the demo of `year` is loaded as of, at `now`: the latest submission or review of a
 * quarter's reports that is not after `now` (the start of the year before the first). Reports due
 * later are dated then. It changes a few times a year, so a copy of the demo template made
 * between two of them holds the same demo as one loaded at start (its key includes it).
 */
export function demoAsOf(year: number, now: Date): Date {
  const quarters = ([1, 2, 3, 4] as const).map((number) => submittedAfter(quarter(year, number).periodEnd));
  const instants = [new Date(Date.UTC(year, 0, 1)), ...quarters, ...quarters.map(reviewedAfter)];
  const passed = instants.filter((instant) => instant <= now);
  return passed.length ? new Date(Math.max(...passed.map(Number))) : now;
}
