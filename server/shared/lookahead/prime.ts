/**
 * The loading half of the look-ahead compiler: the statement's JSON is decoded into the same rows
 * drizzle returns (property names, Date objects), shaped as each DataLoader would shape them (a
 * row, a list, a page with cursors, a count), and primed into the request's loaders. The
 * resolvers then run as always and find their data already there.
 */
import { getTableColumns } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Context } from "../../context.js";
import { countsLoader, pagesLoader } from "../lists.js";
import { asNode, type NodeRow } from "../node.js";
import { groupIntoPages } from "../pagination.js";
import { propertyOf, rowsLoader } from "../rows.js";
import { SORT_KEY } from "./compile.js";
import type { PlannedField } from "./plan.js";

type Json = Record<string, unknown>;
type Row = NodeRow<{ id: string } & Json>;

interface ColumnReader {
  name: string;
  property: string;
  date: boolean;
}

const readers = new WeakMap<PgTable, ColumnReader[]>();

function readersOf(table: PgTable): ColumnReader[] {
  let found = readers.get(table);
  if (!found) {
    found = Object.entries(getTableColumns(table)).map(([property, column]) => ({
      name: column.name,
      property,
      date: column.columnType === "PgTimestamp",
    }));
    readers.set(table, found);
  }
  return found;
}

/** A row of JSON as drizzle would have returned it, with the extra columns the query adds. */
function decodeRow(table: PgTable, json: Json, extraNames: readonly string[]): { id: string } & Json {
  const row: Json = {};
  for (const { name, property, date } of readersOf(table)) {
    const value = json[name];
    row[property] = date && typeof value === "string" ? new Date(value) : value;
  }
  for (const name of extraNames) row[name] = json[name];
  return row as { id: string } & Json;
}

/** Primes the loaders of each planned field of `parent` from the field's JSON. */
export function primeFields(ctx: Context, fields: readonly PlannedField[], parent: Json, values: readonly unknown[]): void {
  fields.forEach((field, index) => primeField(ctx, field, parent, values[index]));
}

function primeField(ctx: Context, field: PlannedField, parent: Json, value: unknown): void {
  const key = parent[propertyOf(field.plan.parentKey)];
  if (typeof key !== "string") return;
  const plan = field.plan;
  if (plan.kind === "rows") {
    const { relation } = plan;
    const extra = Object.keys(relation.query.extra ?? {});
    const decode = (item: unknown) => decodeItem(ctx, field, relation.type, extra, item);
    const loaded = relation.many ? (value as unknown[]).map(decode) : value == null ? null : decode(value);
    rowsLoader(ctx, relation).prime(key, loaded);
    return;
  }
  const [items, count] = value as [unknown[], number | null];
  const { source, page } = plan;
  const extra = Object.keys(source.query.extra ?? {});
  const rows = items.map((item) => {
    const row = decodeItem(ctx, field, source.type, extra, item);
    return Object.assign(row, { __sortKey: rowJson(field, item)[SORT_KEY] as string, __parent: key });
  });
  const pages = groupIntoPages<Row>(rows, page.size, page.backward);
  pagesLoader(ctx, source, page).prime(key, pages.get(key) ?? { rows: [], cursors: [], hasMore: false });
  if (count !== null) countsLoader(ctx, source).prime(key, Number(count));
}

function rowJson(field: PlannedField, item: unknown): Json {
  return (field.children.length ? (item as unknown[])[0] : item) as Json;
}

function decodeItem(ctx: Context, field: PlannedField, type: Parameters<typeof asNode>[0], extra: readonly string[], item: unknown): Row {
  const row = asNode(type, decodeRow(field.itemTable, rowJson(field, item), extra));
  if (field.children.length) primeFields(ctx, field.children, row, (item as unknown[]).slice(1));
  return row;
}
