import { and, asc, eq, inArray, isNull, type SQL } from "drizzle-orm";
import { indicators, priorities } from "../../../schema/database.js";
import type { Db } from "../../db.js";
import type { Language } from "../../shared/language.js";
import type { ListSource } from "../../shared/lists.js";
import { countRows, fetchPages, type SortDirection, type SortSpec } from "../../shared/pagination.js";
import { localizedSortKey } from "../../shared/sql.js";
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
    conditions.workArea ? eq(priorities.workArea, conditions.workArea as never) : undefined,
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
  const where = priorityWhere(scope, conditions);
  return {
    key: `priorities.${groupBy}:${JSON.stringify([conditions, sortName, sort.direction])}`,
    type: "Priority",
    pages: (page, parentIds) =>
      fetchPages(db, { table: priorities, idColumn: priorities.id, parentColumn, parentIds, where, sort, first: page.first, after: page.after }),
    counts: (parentIds) => countRows(db, { table: priorities, parentColumn, parentIds, where }),
  };
}

export async function findPriorities(db: Db, scope: Scope, ids: readonly string[]): Promise<PriorityRecord[]> {
  return db
    .select()
    .from(priorities)
    .where(and(inArray(priorities.id, [...ids]), scope.bodyDetails(priorities.bodyId)));
}

export async function findIndicatorsOf(db: Db, scope: Scope, priorityIds: readonly string[]): Promise<IndicatorRecord[]> {
  return db
    .select()
    .from(indicators)
    .where(and(inArray(indicators.priorityId, [...priorityIds]), scope.priorityDetails(indicators.priorityId)))
    .orderBy(asc(indicators.position), asc(indicators.createdAt), asc(indicators.id));
}

export async function findIndicators(db: Db, scope: Scope, ids: readonly string[]): Promise<IndicatorRecord[]> {
  return db
    .select()
    .from(indicators)
    .where(and(inArray(indicators.id, [...ids]), scope.priorityDetails(indicators.priorityId)));
}
