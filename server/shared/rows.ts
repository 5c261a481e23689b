/**
 * Rows of one table looked up by a key column: what a by-id or by-parent DataLoader fetches for
 * many keys at once, and what the look-ahead compiler fetches for one parent inside a larger
 * statement. Both read the same description, so the two paths cannot drift apart.
 */
import type DataLoader from "dataloader";
import { and, asc, desc, getTableColumns, inArray, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Context } from "../context.js";
import type { Db } from "../db.js";
import type { NodeTypeName } from "./ids.js";
import { byKey, groupBy } from "./loaders.js";
import { asNode, type NodeRow } from "./node.js";

export interface RowsQuery {
  table: PgTable;
  /** The column the keys are values of: the row's id, or its parent's id. */
  keyColumn: AnyPgColumn;
  /** Filters and the viewer's visibility scope. */
  where?: SQL;
  /** The rows' order, by columns of `table`, so that the look-ahead compiler can order a list by them where it aggregates it. */
  orderBy?: SortColumn[];
  /** Only the first row per key in `orderBy`'s order, e.g. a commitment's latest report. */
  firstOnly?: boolean;
  /** Computed columns returned with each row, e.g. whether a body's details are visible. */
  extra?: Record<string, SQL>;
}

/** One column of a `RowsQuery`'s order. */
export interface SortColumn {
  column: AnyPgColumn;
  direction: "asc" | "desc";
}

export const ascending = (...columns: AnyPgColumn[]): SortColumn[] => columns.map((column) => ({ column, direction: "asc" }));
export const descending = (...columns: AnyPgColumn[]): SortColumn[] => columns.map((column) => ({ column, direction: "desc" }));

/** An order as `ORDER BY` terms: over the table, or over its columns under an alias (`under`). */
export function orderTerms(order: SortColumn[] = [], under?: string): SQL[] {
  return order.map(({ column, direction }) => {
    const term = under ? sql`${sql.identifier(under)}.${sql.identifier(column.name)}` : column;
    return direction === "asc" ? asc(term) : desc(term);
  });
}

/** Rows by key for a request: one DataLoader per name, its rows tagged as nodes of `type`. */
export interface RowsRelation {
  name: string;
  type: NodeTypeName;
  /** The rows' query for the request's visibility scope; built once per batch, not per field. */
  query(scope: Context["scope"]): RowsQuery;
  /** Many rows per key (a list), or at most one (an object or null). */
  many: boolean;
}

export async function fetchRows<T>(db: Db, query: RowsQuery, keys: readonly string[]): Promise<T[]> {
  const columns = { ...getTableColumns(query.table), ...aliasedExtra(query.extra) };
  const where = and(inArray(query.keyColumn, [...keys]), query.where);
  const orderBy = orderTerms(query.orderBy);
  if (query.firstOnly) {
    return (await db.selectDistinctOn([query.keyColumn], columns).from(query.table).where(where).orderBy(query.keyColumn, ...orderBy)) as T[];
  }
  return (await db.select(columns).from(query.table).where(where).orderBy(...orderBy)) as T[];
}

export function aliasedExtra(extra: Record<string, SQL> = {}) {
  return Object.fromEntries(Object.entries(extra).map(([name, expression]) => [name, expression.as(name)]));
}

/** The request's DataLoader of a relation: a list per key when `many`, else a row or null. */
export function rowsLoader<T extends { id: string }>(ctx: Context, relation: RowsRelation & { many: true }): DataLoader<string, NodeRow<T>[]>;
export function rowsLoader<T extends { id: string }>(ctx: Context, relation: RowsRelation & { many: false }): DataLoader<string, NodeRow<T> | null>;
export function rowsLoader<T extends { id: string }>(ctx: Context, relation: RowsRelation): DataLoader<string, NodeRow<T>[] | NodeRow<T> | null>;
export function rowsLoader<T extends { id: string }>(ctx: Context, relation: RowsRelation) {
  return ctx.loaders.get<NodeRow<T>[] | NodeRow<T> | null>(
    relation.name,
    async (keys) => {
      const query = relation.query(ctx.scope);
      const keyOf = keyReader<T>(query.keyColumn);
      const rows = (await fetchRows<T>(ctx.db, query, keys)).map((row) => asNode(relation.type, row));
      return relation.many ? groupBy(rows, keyOf) : byKey(rows, keyOf);
    },
    relation.many ? [] : null,
  );
}

/** Reads a row's value of a column by the column's property name in drizzle's rows. */
export function keyReader<T>(column: AnyPgColumn): (row: T) => string {
  const property = propertyOf(column);
  return (row) => (row as Record<string, string>)[property]!;
}

const properties = new WeakMap<AnyPgColumn, string>();

/** The property name drizzle gives a column in its rows (`organisationId` for `organisation_id`). */
export function propertyOf(column: AnyPgColumn): string {
  let property = properties.get(column);
  if (property === undefined) {
    const entry = Object.entries(getTableColumns(column.table)).find(([, candidate]) => candidate === column);
    if (!entry) throw new Error(`column ${column.name} is not a column of its table`);
    properties.set(column, (property = entry[0]));
  }
  return property;
}
