/**
 * The loading half of the look-ahead compiler: the statement's JSON is decoded into the same rows
 * drizzle returns (property names, Date objects), shaped as each DataLoader would shape them (a
 * row, a list, a page with cursors, a count), and primed into the request's loaders. The
 * resolvers then run as always and find their data already there.
 */
import { getTableColumns } from "drizzle-orm";
import type { Context } from "../../context.js";
import { countsLoader, pagesLoader } from "../lists.js";
import { asNode, type NodeRow } from "../node.js";
import { groupIntoPages, pageOf, TOP_LEVEL } from "../pagination.js";
import type { NodeTypeName } from "../ids.js";
import { propertyOf, rowsLoader } from "../rows.js";
import { rowLayout, SORT_KEY } from "./compile.js";
import type { PlannedField } from "./plan.js";

type Json = Record<string, unknown>;
type Row = NodeRow<{ id: string } & Json>;

/** How to turn an item's JSON array back into a row: each value's property, and whether it is a timestamp. */
interface Layout {
  slots: Array<{ property: string; date: boolean }>;
  sortKeyIndex: number;
}

const layouts = new WeakMap<PlannedField, Layout>();

function layoutOf(field: PlannedField): Layout {
  let layout = layouts.get(field);
  if (!layout) {
    const columns = new Map(Object.entries(getTableColumns(field.itemTable)).map(([property, column]) => [column.name, { property, date: column.columnType === "PgTimestamp" }]));
    const names = rowLayout(field);
    layout = {
      slots: names.map((name) => columns.get(name) ?? { property: name, date: false }),
      sortKeyIndex: names.indexOf(SORT_KEY),
    };
    layouts.set(field, layout);
  }
  return layout;
}

/** Primes the loaders of each planned field of `parent` from the field's JSON. */
export function primeFields(ctx: Context, fields: readonly PlannedField[], parent: Json, values: readonly unknown[], offset = 0): void {
  fields.forEach((field, index) => {
    const key = field.plan.parentKey && parent[propertyOf(field.plan.parentKey)];
    if (typeof key === "string") primeField(ctx, field, key, values[offset + index]);
  });
}

/** Primes the loaders of a root field (an object by key, or a top-level list) and of everything below it. */
export function primeRoot(ctx: Context, field: PlannedField, value: unknown): void {
  primeField(ctx, field, field.plan.kind === "rows" ? field.plan.key! : TOP_LEVEL, value);
}

function primeField(ctx: Context, field: PlannedField, key: string, value: unknown): void {
  const plan = field.plan;
  if (plan.kind === "rows") {
    const { relation } = plan;
    const decode = (item: unknown) => decodeItem(ctx, field, relation.type, item as unknown[]);
    const loaded = relation.many ? (value as unknown[]).map(decode) : value == null ? null : decode(value);
    rowsLoader(ctx, relation).prime(key, loaded);
    return;
  }
  const [items, count] = value as [unknown[][], number | null];
  const { source, page } = plan;
  const { sortKeyIndex } = layoutOf(field);
  const rows = items.map((item) => Object.assign(decodeItem(ctx, field, source.type, item), { __sortKey: item[sortKeyIndex] as string, __parent: key }));
  const pages = groupIntoPages<Row>(rows, page.size, page.backward);
  pagesLoader(ctx, source, page).prime(key, pageOf(pages, key));
  if (count !== null) countsLoader(ctx, source).prime(key, Number(count));
}

/** The row of an item's JSON array (as drizzle would have returned it), its own relations primed. */
function decodeItem(ctx: Context, field: PlannedField, type: NodeTypeName, item: unknown[]): Row {
  const { slots, sortKeyIndex } = layoutOf(field);
  const row: Json = {};
  slots.forEach(({ property, date }, index) => {
    if (index === sortKeyIndex) return;
    const value = item[index];
    row[property] = date && typeof value === "string" ? new Date(value) : value;
  });
  const node = asNode(type, row as { id: string } & Json);
  if (field.children.length) primeFields(ctx, field.children, node, item, slots.length);
  return node;
}
