/**
 * Turns a store's paged query into Relay connections: nested connections are batched across
 * parents by a DataLoader per (list, arguments), and totalCount runs only when asked for.
 */
import type { Context } from "../context.js";
import type { Db } from "../db.js";
import { pageKey, toConnection, type ConnectionValue, type PageRequest } from "./connection.js";
import type { NodeTypeName } from "./ids.js";
import { asNode, type NodeRow } from "./node.js";
import { countRows, fetchPages, TOP_LEVEL, type Page, type PageQuery } from "./pagination.js";

/** A list's SQL apart from the page asked for: read by its loaders and by the look-ahead compiler. */
export type ListQuery = Omit<PageQuery, "page" | "parentIds">;

export interface ListSource<T> {
  /** Names the list and every argument except paging, e.g. `body.memberships:["ACTIVE"]`. */
  key: string;
  type: NodeTypeName;
  /** Built on first use (once per request's batch), not each time a field asks for the list. */
  query(): ListQuery;
  pages(page: PageRequest, parentIds?: readonly string[]): Promise<Map<string, Page<T>>>;
  counts(parentIds?: readonly string[]): Promise<Map<string, number>>;
}

export function pagedList<T extends { id: string }>(db: Db, key: string, type: NodeTypeName, build: () => ListQuery): ListSource<T> {
  let built: ListQuery | undefined;
  const query = () => (built ??= build());
  return {
    key,
    type,
    query,
    pages: (page, parentIds) => fetchPages<T>(db, { ...query(), page, parentIds }),
    counts: (parentIds) => countRows(db, { ...query(), parentIds }),
  };
}

const EMPTY_PAGE: Page<never> = { rows: [], cursors: [], hasMore: false };

export function tagPage<T extends { id: string }>(type: NodeTypeName, page: Page<T>): Page<NodeRow<T>> {
  for (const row of page.rows) asNode(type, row);
  return page as Page<NodeRow<T>>;
}

/** A page of the items under one parent; sibling parents in the same request share one query. */
export async function nestedConnection<T extends { id: string }>(
  ctx: Context,
  source: ListSource<T>,
  parentId: string,
  page: PageRequest,
): Promise<ConnectionValue<NodeRow<T>>> {
  const counts = countsLoader(ctx, source);
  return toConnection(await pagesLoader(ctx, source, page).load(parentId), page, () => counts.load(parentId));
}

/** The request's loader of one page per parent of a list, for one page request. */
export function pagesLoader<T extends { id: string }>(ctx: Context, source: ListSource<T>, page: PageRequest) {
  return ctx.loaders.get<Page<NodeRow<T>>>(
    `${source.key}:${pageKey(page)}`,
    async (parentIds) => {
      const found = await source.pages(page, parentIds);
      return new Map([...found].map(([parent, p]) => [parent, tagPage(source.type, p)]));
    },
    EMPTY_PAGE,
  );
}

/** The request's loader of row counts per parent of a list. */
export function countsLoader<T>(ctx: Context, source: ListSource<T>) {
  return ctx.loaders.get<number>(`${source.key}:count`, (parentIds) => source.counts(parentIds), 0);
}

/** A page of a top-level list: through the request's loaders too, so the look-ahead compiler can prime it. */
export function topConnection<T extends { id: string }>(ctx: Context, source: ListSource<T>, page: PageRequest): Promise<ConnectionValue<NodeRow<T>>> {
  return nestedConnection(ctx, source, TOP_LEVEL, page);
}

/** An empty connection, for lists the viewer may not see. */
export function emptyConnection<T>(page: PageRequest): ConnectionValue<T> {
  return toConnection(EMPTY_PAGE, page, async () => 0);
}
