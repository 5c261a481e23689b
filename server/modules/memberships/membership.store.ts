import { and, asc, eq, getTableColumns, inArray, ne, sql, type SQL } from "drizzle-orm";
import { bodies, focalPoints, memberships, organisations } from "../../../schema/database.js";
import type { Db } from "../../db.js";
import { pagedList, type ListSource } from "../../shared/lists.js";
import { type SortDirection, type SortSpec } from "../../shared/pagination.js";
import { ascending, fetchRows, type RowsQuery } from "../../shared/rows.js";
import { localizedSortKey, enumIn } from "../../shared/sql.js";
import type { Language } from "../../shared/language.js";
import type { Scope } from "../auth/policy.js";

export type MembershipRecord = typeof memberships.$inferSelect;
export type MembershipSortField = "ORGANISATION_NAME" | "BODY_NAME" | "ROLE" | "START_DATE" | "CREATED_AT";

export interface MembershipConditions {
  roles?: string[] | null;
  statuses?: string[] | null;
}

export function membershipSort(field: MembershipSortField, direction: SortDirection, language: Language): SortSpec {
  switch (field) {
    case "ORGANISATION_NAME":
      return {
        expression: sql`(select ${localizedSortKey(organisations.name, language)} from ${organisations} where ${organisations.id} = ${memberships.organisationId})`,
        sqlType: "text",
        direction,
      };
    case "BODY_NAME":
      return {
        expression: sql`(select ${localizedSortKey(bodies.name, language)} from ${bodies} where ${bodies.id} = ${memberships.bodyId})`,
        sqlType: "text",
        direction,
      };
    case "ROLE":
      return { expression: memberships.role, sqlType: "membership_role", direction };
    case "START_DATE":
      return { expression: sql`coalesce(${memberships.startDate}, date '1900-01-01')`, sqlType: "date", direction };
    case "CREATED_AT":
      return { expression: memberships.createdAt, sqlType: "timestamptz", direction };
  }
}

/** Ended memberships are history: listed only when asked for by status. */
function membershipWhere(scope: Scope, conditions: MembershipConditions): SQL | undefined {
  return and(
    conditions.roles?.length ? enumIn(memberships.role, conditions.roles) : undefined,
    enumIn(memberships.status, conditions.statuses?.length ? conditions.statuses : ["ENDED"], !conditions.statuses?.length),
    scope.bodyDetails(memberships.bodyId),
  );
}

/** Memberships grouped by body (a body's members) or by organisation (an organisation's bodies). */
export function membershipList(
  db: Db,
  scope: Scope,
  groupBy: "body" | "organisation",
  conditions: MembershipConditions,
  sort: SortSpec,
  sortName: string,
): ListSource<MembershipRecord> {
  const parentColumn = groupBy === "body" ? memberships.bodyId : memberships.organisationId;
  const key = `memberships.${groupBy}:${JSON.stringify([conditions.roles, conditions.statuses, sortName, sort.direction])}`;
  return pagedList(db, key, "Membership", () => ({
    table: memberships,
    idColumn: memberships.id,
    parentColumn,
    where: membershipWhere(scope, conditions),
    sort,
  }));
}

export function membershipsById(scope: Scope): RowsQuery {
  return { table: memberships, keyColumn: memberships.id, where: scope.bodyDetails(memberships.bodyId) };
}

export async function findMemberships(db: Db, scope: Scope, ids: readonly string[]): Promise<MembershipRecord[]> {
  return fetchRows(db, membershipsById(scope), ids);
}

/** A membership by id whatever the viewer's scope: a requester's own request to a members-only body. */
export async function findMembershipById(db: Db, id: string): Promise<MembershipRecord | null> {
  const [row] = await db.select().from(memberships).where(eq(memberships.id, id));
  return row ?? null;
}

/** Each body's leads: its active chair and co-chairs, chair first. */
export function leadsOfBodies(scope: Scope): RowsQuery {
  return {
    table: memberships,
    keyColumn: memberships.bodyId,
    where: and(enumIn(memberships.role, ["CHAIR", "CO_CHAIR"]), enumIn(memberships.status, ["ACTIVE"]), scope.bodyDetails(memberships.bodyId)),
    orderBy: ascending(memberships.role, memberships.startDate, memberships.id),
  };
}

export type FocalPointRecord = typeof focalPoints.$inferSelect & { bodyId: string };

const focalPointColumns = { ...getTableColumns(focalPoints), bodyId: memberships.bodyId };

export async function findFocalPointsOf(db: Db, scope: Scope, membershipIds: readonly string[]): Promise<FocalPointRecord[]> {
  return db
    .select(focalPointColumns)
    .from(focalPoints)
    .innerJoin(memberships, eq(memberships.id, focalPoints.membershipId))
    .where(and(inArray(focalPoints.membershipId, [...membershipIds]), scope.bodyDetails(memberships.bodyId)))
    .orderBy(asc(focalPoints.createdAt), asc(focalPoints.id));
}

export async function findFocalPoints(db: Db, scope: Scope, ids: readonly string[]): Promise<FocalPointRecord[]> {
  return db
    .select(focalPointColumns)
    .from(focalPoints)
    .innerJoin(memberships, eq(memberships.id, focalPoints.membershipId))
    .where(and(inArray(focalPoints.id, [...ids]), scope.bodyDetails(memberships.bodyId)));
}

// ---- writes (always inside a write's transaction) ----

export type NewMembership = typeof memberships.$inferInsert;
export type MembershipChanges = Partial<Pick<NewMembership, "role" | "status" | "startDate" | "endDate">>;
export type FocalPointValues = Pick<typeof focalPoints.$inferInsert, "name" | "title" | "email" | "phone">;

export async function insertMembership(db: Db, values: NewMembership): Promise<MembershipRecord> {
  const [row] = await db.insert(memberships).values(values).returning();
  return row!;
}

/** Applies changes only if the row is still at `expectedVersion`; null when it is not. */
export async function updateMembership(db: Db, id: string, expectedVersion: number, changes: MembershipChanges) {
  const [row] = await db
    .update(memberships)
    .set({ ...changes, version: sql`${memberships.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(memberships.id, id), eq(memberships.version, expectedVersion)))
    .returning();
  return row ?? null;
}

export async function findLiveMembership(db: Db, bodyId: string, organisationId: string) {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.bodyId, bodyId), eq(memberships.organisationId, organisationId), ne(memberships.status, "ENDED")));
  return row ?? null;
}

export async function countActiveChairs(db: Db, bodyId: string): Promise<number> {
  const [row] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(memberships)
    .where(and(eq(memberships.bodyId, bodyId), eq(memberships.role, "CHAIR"), eq(memberships.status, "ACTIVE")));
  return row?.total ?? 0;
}

export async function insertFocalPoint(db: Db, membershipId: string, values: FocalPointValues) {
  const [row] = await db.insert(focalPoints).values({ ...values, membershipId }).returning();
  return row!;
}

export async function updateFocalPoint(db: Db, id: string, expectedVersion: number, values: Partial<FocalPointValues>) {
  const [row] = await db
    .update(focalPoints)
    .set({ ...values, version: sql`${focalPoints.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(focalPoints.id, id), eq(focalPoints.version, expectedVersion)))
    .returning();
  return row ?? null;
}

export async function deleteFocalPoint(db: Db, id: string, expectedVersion: number) {
  const [row] = await db
    .delete(focalPoints)
    .where(and(eq(focalPoints.id, id), eq(focalPoints.version, expectedVersion)))
    .returning();
  return row ?? null;
}
