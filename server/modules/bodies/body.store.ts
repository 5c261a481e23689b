import { and, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { bodies, bodyLinks } from "../../../schema/database.js";
import type { Db } from "../../db.js";
import type { Scope } from "../auth/policy.js";
import type { SortSpec } from "../../shared/pagination.js";
import { pagedList, type ListSource } from "../../shared/lists.js";
import { fetchRows, type RowsQuery } from "../../shared/rows.js";
import { containsPattern, searchCondition, enumIn } from "../../shared/sql.js";

export type BodyRecord = typeof bodies.$inferSelect & { detailsVisible: boolean };

export interface BodyConditions {
  kinds?: string[] | null;
  levels?: string[] | null;
  search?: string | null;
  frameworkId?: string | null;
  parentId?: string | null;
}

const detailsVisible = (scope: Scope) => sql<boolean>`${scope.bodyDetails(bodies.id)}`;

/** Bodies by id with whether the viewer may see their details; every body's name is public. */
export function bodiesById(scope: Scope): RowsQuery {
  return { table: bodies, keyColumn: bodies.id, extra: { detailsVisible: detailsVisible(scope) } };
}

export async function findBodies(db: Db, scope: Scope, ids: readonly string[]): Promise<BodyRecord[]> {
  return fetchRows(db, bodiesById(scope), ids);
}

/**
 * Structure (level, framework, parent) is a detail, so filtering by it only finds bodies whose
 * details the viewer may see: a members-only task force cannot be found as "a child of the GWG".
 */
export function bodyWhere(scope: Scope, conditions: BodyConditions): SQL | undefined {
  const structural = conditions.levels?.length || conditions.frameworkId || conditions.parentId;
  return and(
    conditions.kinds?.length ? enumIn(bodies.kind, conditions.kinds) : undefined,
    conditions.levels?.length ? enumIn(bodies.level, conditions.levels) : undefined,
    conditions.search ? bodySearch(scope, conditions.search) : undefined,
    conditions.frameworkId ? eq(bodies.frameworkId, conditions.frameworkId) : undefined,
    conditions.parentId ? eq(bodies.parentId, conditions.parentId) : undefined,
    structural ? scope.bodyDetails(bodies.id) : undefined,
  );
}

/** Names are public; the acronym is a detail, matched only where the viewer may see it. */
function bodySearch(scope: Scope, search: string): SQL {
  const acronym = and(sql`${bodies.acronym} ilike ${containsPattern(search)}`, scope.bodyDetails(bodies.id))!;
  return or(searchCondition(search, bodies.name), acronym)!;
}

/**
 * Bodies as a list: top-level with `where`, or grouped under parents by `groupBy`
 * (a body's children, a framework's bodies), where only detail-visible bodies are listed.
 */
export function bodyList(
  db: Db,
  scope: Scope,
  key: string,
  sort: SortSpec,
  options: { where?: SQL; groupBy?: "parent" | "framework" },
): ListSource<BodyRecord> {
  const parentColumn = options.groupBy === "parent" ? bodies.parentId : options.groupBy === "framework" ? bodies.frameworkId : undefined;
  return pagedList(db, `bodies.${options.groupBy ?? "all"}:${key}:${sort.direction}`, "CoordinationBody", () => ({
    table: bodies,
    idColumn: bodies.id,
    parentColumn,
    where: parentColumn ? and(options.where, scope.bodyDetails(bodies.id)) : options.where,
    sort,
    extra: { detailsVisible: detailsVisible(scope) },
  }));
}

/** The peers each body coordinates closely with. */
export async function findRelatedBodyIds(db: Db, bodyIds: readonly string[]) {
  return db
    .select({ bodyId: bodyLinks.bodyId, relatedBodyId: bodyLinks.relatedBodyId })
    .from(bodyLinks)
    .where(inArray(bodyLinks.bodyId, [...bodyIds]));
}

/** Locks the body's row, so writes that must see the body's other rows (memberships, carried priorities) run one after another. */
export async function lockBody(db: Db, bodyId: string) {
  const [body] = await db.select({ id: bodies.id, visibility: bodies.visibility }).from(bodies).where(eq(bodies.id, bodyId)).for("update");
  return body ?? null;
}
