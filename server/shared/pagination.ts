/**
 * Keyset pagination shared by every store: one SQL statement returns one page for each of many
 * parents (a window function partitions by the parent column), so a connection nested in a list
 * costs one statement however long the list is.
 */
import { and, count, getTableColumns, inArray, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../db.js";
import type { PageRequest } from "./connection.js";
import { encodeCursor } from "./cursor.js";
import { badInput, postgresErrorCode } from "./errors.js";
import { aliasedExtra } from "./rows.js";

export type SortDirection = "ASC" | "DESC";

/** An orderBy field in SQL; `sqlType` casts the cursor's sort key back for the keyset comparison. */
export interface SortSpec {
  expression: SQL | AnyPgColumn;
  sqlType: string;
  direction: SortDirection;
}

export interface PageQuery {
  table: PgTable;
  idColumn: AnyPgColumn;
  /** The column that links a row to its parent; absent for top-level lists. */
  parentColumn?: AnyPgColumn;
  parentIds?: readonly string[];
  /** Filters and the viewer's visibility scope, as SQL. */
  where?: SQL;
  sort: SortSpec;
  page: PageRequest;
  /** Computed columns to return with each row, e.g. whether its details are visible. */
  extra?: Record<string, SQL>;
}

export interface Page<T> {
  rows: T[];
  cursors: string[];
  /** Whether more rows lie beyond the page in the direction it was read. */
  hasMore: boolean;
}

/** The key of a top-level list's only page and count. */
export const TOP_LEVEL = "";

export async function fetchPages<T extends { id: string }>(db: Db, query: PageQuery): Promise<Map<string, Page<T>>> {
  try {
    return await queryPages<T>(db, query);
  } catch (error) {
    // A cursor of another list holds a sort key of another type, which the database cannot cast.
    if (query.page.cursor && postgresErrorCode(error)?.startsWith("22")) {
      throw badInput(query.page.backward ? "before" : "after", "is not a cursor of this list");
    }
    throw error;
  }
}

async function queryPages<T extends { id: string }>(db: Db, query: PageQuery): Promise<Map<string, Page<T>>> {
  const { table, idColumn, parentColumn, sort } = query;
  const first = query.page.size;
  // A backward page (last/before) is read in the opposite order, then put back in order.
  const direction = sql.raw(readDirection(query));
  const sortKey = sql<string>`(${sort.expression})::text`.as("__sort_key");
  const conditions = and(parentCondition(query), query.where, afterCondition(query));
  const columns = { ...getTableColumns(table), ...aliasedExtra(query.extra) };

  let rows: Array<T & { __sortKey: string; __parent?: string; __rank?: number }>;
  if (!parentColumn) {
    rows = (await db
      .select({ ...columns, __sortKey: sortKey })
      .from(table)
      .where(conditions)
      .orderBy(sql`${sort.expression} ${direction}`, sql`${idColumn} ${direction}`)
      .limit(first + 1)) as never;
  } else {
    const rank = sql<number>`row_number() over (partition by ${parentColumn} order by ${sort.expression} ${direction}, ${idColumn} ${direction})`;
    const ranked = db
      .select({ ...columns, __sortKey: sortKey, __parent: sql<string>`${parentColumn}`.as("__parent"), __rank: rank.as("__rank") })
      .from(table)
      .where(conditions)
      .as("ranked");
    rows = (await db
      .select()
      .from(ranked)
      .where(sql`${ranked.__rank} <= ${first + 1}`)
      .orderBy(ranked.__parent, ranked.__rank)) as never;
  }
  return groupIntoPages(rows, first, query.page.backward);
}

export function readDirection({ sort, page }: PageQuery): SortDirection {
  return page.backward === (sort.direction === "ASC") ? "DESC" : "ASC";
}

/** Row counts per parent (or of the whole list), with the same filters and scope as the pages. */
export async function countRows(
  db: Db,
  query: Pick<PageQuery, "table" | "parentColumn" | "parentIds" | "where">,
): Promise<Map<string, number>> {
  const condition = and(parentCondition(query), query.where);
  if (!query.parentColumn) {
    const [row] = await db.select({ total: count() }).from(query.table).where(condition);
    return new Map([[TOP_LEVEL, row?.total ?? 0]]);
  }
  const rows = await db
    .select({ parent: sql<string>`${query.parentColumn}`, total: count() })
    .from(query.table)
    .where(condition)
    .groupBy(query.parentColumn);
  return new Map(rows.map((row) => [row.parent, row.total]));
}

export function pageOf<T>(pages: Map<string, Page<T>>, parentId: string = TOP_LEVEL): Page<T> {
  return pages.get(parentId) ?? { rows: [], cursors: [], hasMore: false };
}

function parentCondition(query: Pick<PageQuery, "parentColumn" | "parentIds">): SQL | undefined {
  if (!query.parentColumn) return undefined;
  return inArray(query.parentColumn, [...(query.parentIds ?? [])]);
}

/** Rows beyond the cursor in the reading direction. */
export function afterCondition(query: PageQuery): SQL | undefined {
  const { page, sort, idColumn } = query;
  if (!page.cursor) return undefined;
  const comparison = sql.raw(readDirection(query) === "ASC" ? ">" : "<");
  const sortKey = sql`cast(${page.cursor.sortKey} as ${sql.raw(sort.sqlType)})`;
  return sql`(${sort.expression}, ${idColumn}) ${comparison} (${sortKey}, cast(${page.cursor.id} as uuid))`;
}

export function groupIntoPages<T extends { id: string }>(
  rows: Array<T & { __sortKey: string; __parent?: string; __rank?: number }>,
  first: number,
  backward: boolean,
): Map<string, Page<T>> {
  const pages = new Map<string, Page<T>>();
  for (const { __sortKey, __parent, __rank, ...fields } of rows) {
    const row = fields as unknown as T;
    const parent = __parent ?? TOP_LEVEL;
    let page = pages.get(parent);
    if (!page) pages.set(parent, (page = { rows: [], cursors: [], hasMore: false }));
    if (page.rows.length === first) {
      page.hasMore = true;
      continue;
    }
    page.rows.push(row);
    page.cursors.push(encodeCursor({ sortKey: __sortKey, id: row.id }));
  }
  if (backward) for (const page of pages.values()) (page.rows.reverse(), page.cursors.reverse());
  return pages;
}
