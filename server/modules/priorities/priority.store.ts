import { and, asc, eq, inArray, isNotNull, isNull, notInArray, sql, type SQL } from "drizzle-orm";
import { indicators, priorities } from "../../../schema/database.js";
import type { Db } from "../../db.js";
import type { Language } from "../../shared/language.js";
import { pagedList, type ListSource } from "../../shared/lists.js";
import { type SortDirection, type SortSpec } from "../../shared/pagination.js";
import { ascending, fetchRows, type RowsQuery } from "../../shared/rows.js";
import { localizedSortKey, enumIn } from "../../shared/sql.js";
import type { Scope } from "../auth/policy.js";

export type PriorityRecord = typeof priorities.$inferSelect;
export type IndicatorRecord = typeof indicators.$inferSelect;

export interface PriorityConditions {
  bodyId?: string | null;
  year?: number | null;
  workArea?: string | null;
  includeArchived?: boolean;
}

export function prioritySort(field: "CREATED_AT" | "YEAR" | "TITLE", direction: SortDirection, language: Language): SortSpec {
  if (field === "YEAR") return { expression: priorities.year, sqlType: "integer", direction };
  if (field === "TITLE") return { expression: localizedSortKey(priorities.title, language), sqlType: "text", direction };
  return { expression: priorities.createdAt, sqlType: "timestamptz", direction };
}

function priorityWhere(scope: Scope, conditions: PriorityConditions): SQL | undefined {
  return and(
    conditions.bodyId ? eq(priorities.bodyId, conditions.bodyId) : undefined,
    conditions.year != null ? eq(priorities.year, conditions.year) : undefined,
    conditions.workArea ? enumIn(priorities.workArea, [conditions.workArea]) : undefined,
    conditions.includeArchived ? undefined : isNull(priorities.archivedAt),
    scope.bodyDetails(priorities.bodyId),
  );
}

/** Priorities as a top-level list, or grouped by body. */
export function priorityList(
  db: Db,
  scope: Scope,
  groupBy: "body" | null,
  conditions: PriorityConditions,
  sort: SortSpec,
  sortName: string,
): ListSource<PriorityRecord> {
  const parentColumn = groupBy ? priorities.bodyId : undefined;
  return pagedList(db, `priorities.${groupBy}:${JSON.stringify([conditions, sortName, sort.direction])}`, "Priority", () => ({
    table: priorities,
    idColumn: priorities.id,
    parentColumn,
    where: priorityWhere(scope, conditions),
    sort,
  }));
}

export function prioritiesById(scope: Scope): RowsQuery {
  return { table: priorities, keyColumn: priorities.id, where: scope.bodyDetails(priorities.bodyId) };
}

export async function findPriorities(db: Db, scope: Scope, ids: readonly string[]): Promise<PriorityRecord[]> {
  return fetchRows(db, prioritiesById(scope), ids);
}

/** Each priority's indicators in their order. */
export function indicatorsOfPriorities(scope: Scope): RowsQuery {
  return {
    table: indicators,
    keyColumn: indicators.priorityId,
    where: scope.priorityDetails(indicators.priorityId),
    orderBy: ascending(indicators.position, indicators.createdAt, indicators.id),
  };
}

export async function findIndicators(db: Db, scope: Scope, ids: readonly string[]): Promise<IndicatorRecord[]> {
  return db
    .select()
    .from(indicators)
    .where(and(inArray(indicators.id, [...ids]), scope.priorityDetails(indicators.priorityId)));
}

// ---- writes (always inside a write's transaction) ----

export type NewPriority = typeof priorities.$inferInsert;
export type NewIndicator = typeof indicators.$inferInsert;

export async function insertPriority(db: Db, values: NewPriority): Promise<PriorityRecord> {
  const [row] = await db.insert(priorities).values(values).returning();
  return row!;
}

export async function insertIndicators(db: Db, values: NewIndicator[]): Promise<IndicatorRecord[]> {
  return values.length ? db.insert(indicators).values(values).returning() : [];
}

/** Applies changes only if the row is still at `expectedVersion`; null when it is not. */
export async function updatePriority(db: Db, id: string, expectedVersion: number, changes: Partial<NewPriority>) {
  const [row] = await db
    .update(priorities)
    .set({ ...changes, version: sql`${priorities.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(priorities.id, id), eq(priorities.version, expectedVersion)))
    .returning();
  return row ?? null;
}

export async function updateIndicator(db: Db, id: string, expectedVersion: number, changes: Partial<NewIndicator>) {
  const [row] = await db
    .update(indicators)
    .set({ ...changes, version: sql`${indicators.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(indicators.id, id), eq(indicators.version, expectedVersion)))
    .returning();
  return row ?? null;
}

/** A body's open (not archived) priorities of a year that have not been carried forward yet. */
export function findPrioritiesToCarry(db: Db, bodyId: string, year: number) {
  const carried = db
    .select({ id: priorities.carriedFromId })
    .from(priorities)
    .where(and(eq(priorities.bodyId, bodyId), isNotNull(priorities.carriedFromId)));
  return db
    .select()
    .from(priorities)
    .where(and(eq(priorities.bodyId, bodyId), eq(priorities.year, year), isNull(priorities.archivedAt), notInArray(priorities.id, carried)))
    .orderBy(asc(priorities.createdAt), asc(priorities.id));
}

export function findIndicatorsOfPriorities(db: Db, priorityIds: readonly string[]) {
  return priorityIds.length
    ? db.select().from(indicators).where(inArray(indicators.priorityId, [...priorityIds])).orderBy(asc(indicators.position), asc(indicators.id))
    : Promise.resolve([]);
}

export async function nextIndicatorPosition(db: Db, priorityId: string): Promise<number> {
  const [row] = await db
    .select({ next: sql<number>`coalesce(max(${indicators.position}) + 1, 0)::int` })
    .from(indicators)
    .where(eq(indicators.priorityId, priorityId));
  return row?.next ?? 0;
}
