/**
 * The SQL half of the look-ahead compiler: a planned selection becomes one statement that returns,
 * for each parent row, every planned relation as nested JSON (correlated sub-queries with
 * json_agg, as PostGraphile does). Each relation's rows are read with the store's own description
 * (table, key, filters, visibility scope, order, page), the same one its DataLoader runs.
 */
import { getTableColumns, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import { afterCondition, readDirection, type PageQuery } from "../pagination.js";
import { orderTerms, type RowsQuery } from "../rows.js";
import type { FieldPlan, PlannedField } from "./plan.js";

/** Names the aliases of one statement: every relation reads its rows under an alias of its own. */
export class AliasNames {
  private count = 0;
  next(): string {
    return `la${++this.count}`;
  }
}

export const SORT_KEY = "__sort_key";
export const SORT_VALUE = "__sort_value";
export const RANK = "__rank";

const ref = (alias: string, column: AnyPgColumn) => sql`${sql.identifier(alias)}.${sql.identifier(column.name)}`;

/**
 * The JSON of one planned field for the parent row under `parentAlias`; for a root field (no
 * parent), of the object with the plan's key, or of the top-level list.
 */
export function relationJson(names: AliasNames, field: PlannedField, parentAlias: string | null): SQL {
  const alias = names.next();
  const { plan } = field;
  const parentKey = parentKeyOf(plan, parentAlias);
  const item = itemJson(names, field, alias);
  if (field.plan.kind === "rows") return rowsJson(field.plan.query, field.plan.relation.many, parentKey, alias, item);
  const query: PageQuery = { ...field.plan.source.query(), page: field.plan.page };
  const count = field.countWanted ? countJson(query, parentKey) : sql`null`;
  return sql`json_build_array(${pageJson(query, parentKey, alias, item)}, ${count})`;
}

/** What the field's rows belong to: the parent row's key column, a root's key, or nothing (a top-level list). */
export function parentKeyOf(plan: FieldPlan, parentAlias: string | null): SQL | null {
  if (parentAlias && plan.parentKey) return ref(parentAlias, plan.parentKey);
  return plan.kind === "rows" ? sql`${plan.key}` : null;
}

/**
 * An item as a JSON array: its row's values in `rowLayout`'s order (an array, not an object: no
 * key repeated in every row, less to build and to parse), then its own planned relations.
 */
function itemJson(names: AliasNames, field: PlannedField, alias: string): SQL {
  const values = rowLayout(field).map((name) => sql`${sql.identifier(alias)}.${sql.identifier(name)}`);
  const children = field.children.map((child) => relationJson(names, child, alias));
  return sql`json_build_array(${sql.join([...values, ...children], sql`, `)})`;
}

/** The names of the values of an item's row, in the order the item's JSON array holds them. */
export function rowLayout(field: PlannedField): string[] {
  const query = field.plan.kind === "rows" ? field.plan.query : field.plan.source.query();
  const columns = Object.values(getTableColumns(query.table)).map((column) => column.name);
  return [...columns, ...Object.keys(query.extra ?? {}), ...(field.plan.kind === "page" ? [SORT_KEY] : [])];
}

function columnsOf(table: PgTable, extra: Record<string, SQL> = {}): SQL {
  const extras = Object.entries(extra).map(([name, expression]) => sql`, ${expression} as ${sql.identifier(name)}`);
  return sql`${table}.*${sql.join(extras)}`;
}

/** `a and b and …` of the conditions that are there. */
function all(...conditions: Array<SQL | undefined | null>): SQL {
  const present = conditions.filter((condition): condition is SQL => condition != null);
  return present.length ? sql.join(present, sql` and `) : sql`true`;
}

export function rowsJson(query: RowsQuery, many: boolean, parentKey: SQL | null, alias: string, item: SQL): SQL {
  const where = all(parentKey && sql`${query.keyColumn} = ${parentKey}`, query.where);
  const columns = columnsOf(query.table, query.extra);
  const as = sql.identifier(alias);
  if (!many) {
    const terms = orderTerms(query.orderBy);
    const orderBy = terms.length ? sql`order by ${sql.join(terms, sql`, `)}` : sql``;
    return sql`(select ${item} from (select ${columns} from ${query.table} where ${where} ${orderBy} limit 1) as ${as})`;
  }
  // Ordered inside the aggregate by the order's columns under the alias: ranking the rows by a window function
  // first cost a sort and a window per list (~2 µs each, 20 in the directory's answer).
  const order = orderTerms(query.orderBy, alias);
  const itemsInOrder = order.length ? sql`${item} order by ${sql.join(order, sql`, `)}` : item;
  return sql`(select coalesce(json_agg(${itemsInOrder}), '[]'::json) from (select ${columns} from ${query.table} where ${where}) as ${as})`;
}

/** One parent's page as JSON items, read as the list's loader reads it. */
function pageJson(query: PageQuery, parentKey: SQL | null, alias: string, item: SQL): SQL {
  const as = sql.identifier(alias);
  return sql`(select coalesce(json_agg(${item} order by ${as}.${sql.identifier(RANK)}), '[]'::json) from (${pageRows(query, parentKey)}) as ${as})`;
}

/**
 * One parent's rows of a page (keyset after the cursor), each with its sort value (to order them
 * by outside); with its sort key as text (for cursors), and one row more than asked (which only
 * says whether there is more) with every row's rank in the reading direction (which leaves it
 * out), unless `wanted` says they are not.
 */
export function pageRows(query: PageQuery, parentKey: SQL | null, wanted = { sortKey: true, oneMore: true }): SQL {
  const { sort, idColumn, table } = query;
  const direction = sql.raw(readDirection(query));
  const order = sql`${sort.expression} ${direction}, ${idColumn} ${direction}`;
  const where = all(parentOf(query, parentKey), query.where, afterCondition(query));
  const sortKey = wanted.sortKey ? sql`, (${sort.expression})::text as ${sql.identifier(SORT_KEY)}` : sql``;
  const rank = wanted.oneMore ? sql`, row_number() over (order by ${order}) as ${sql.identifier(RANK)}` : sql``;
  const columns = sql`${columnsOf(table, query.extra)}, ${sort.expression} as ${sql.identifier(SORT_VALUE)}${sortKey}${rank}`;
  return sql`select ${columns} from ${table} where ${where} order by ${order} limit ${query.page.size + (wanted.oneMore ? 1 : 0)}`;
}

/**
 * The order of a page's rows under `alias` as the connection answers them: by their sort value and
 * id in the asked direction, whichever direction they were read in.
 */
export function answerOrder(query: PageQuery, alias: string): SQL {
  const direction = sql.raw(query.sort.direction);
  const column = (name: string) => sql`${sql.identifier(alias)}.${sql.identifier(name)}`;
  return sql`${column(SORT_VALUE)} ${direction}, ${column(query.idColumn.name)} ${direction}`;
}

export function countJson(query: PageQuery, parentKey: SQL | null): SQL {
  return sql`(select count(*) from ${query.table} where ${all(parentOf(query, parentKey), query.where)})`;
}

/** The rows of one parent; none of a top-level list. */
function parentOf(query: PageQuery, parentKey: SQL | null): SQL | null {
  return query.parentColumn && parentKey ? sql`${query.parentColumn} = ${parentKey}` : null;
}
