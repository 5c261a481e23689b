import { bodies } from "../../../schema/database.js";
import type { Context } from "../../context.js";
import { checkTextArgument } from "../../shared/validation.js";
import type { Standing } from "../auth/policy.js";
import { OrderDirection, pageRequest, type PageArgs } from "../../shared/connection.js";
import { optionalIdOfType } from "../../shared/ids.js";
import { nestedConnection, topConnection } from "../../shared/lists.js";
import type { SortSpec } from "../../shared/pagination.js";
import { localizedSortKey } from "../../shared/sql.js";
import { BodyOrderField, type BodyFilter, type BodyOrder } from "./body.input.js";
import { bodyById, relatedBodyIds } from "./body.loaders.js";
import { bodyList, bodyWhere } from "./body.store.js";
import type { BodyRow } from "./body.type.js";

const DEFAULT_ORDER: BodyOrder = { field: BodyOrderField.NAME, direction: OrderDirection.ASC };

function bodySort(ctx: Context, order: BodyOrder | null | undefined): SortSpec {
  const { field, direction } = order ?? DEFAULT_ORDER;
  return field === BodyOrderField.NAME
    ? { expression: localizedSortKey(bodies.name, ctx.language), sqlType: "text", direction }
    : { expression: bodies.createdAt, sqlType: "timestamptz", direction };
}

function sortKey(ctx: Context, order: BodyOrder | null | undefined): string {
  return `${order?.field ?? DEFAULT_ORDER.field}:${ctx.language}`;
}

export function listBodies(ctx: Context, args: PageArgs, filter: BodyFilter | null | undefined, order: BodyOrder | null | undefined) {
  const { source, page } = allBodies(ctx, args, filter, order);
  return topConnection(ctx, source, page);
}

/** The top-level list of bodies for these arguments, and the page asked for. */
export function allBodies(ctx: Context, args: PageArgs, filter: BodyFilter | null | undefined, order: BodyOrder | null | undefined) {
  const page = pageRequest(args);
  const conditions = {
    kinds: filter?.kinds,
    levels: filter?.levels,
    search: checkTextArgument(filter?.search?.trim(), "filter.search"),
    frameworkId: optionalIdOfType(filter?.frameworkId, "Framework", "filter.frameworkId"),
    parentId: optionalIdOfType(filter?.parentId, "CoordinationBody", "filter.parentId"),
  };
  const key = `${sortKey(ctx, order)}:${JSON.stringify(conditions)}`;
  return { source: bodyList(ctx.db, ctx.scope, key, bodySort(ctx, order), { where: bodyWhere(ctx.scope, conditions) }), page };
}

/** The bodies under a parent body or in a framework, batched across parents. */
export function listBodiesUnder(
  ctx: Context,
  groupBy: "parent" | "framework",
  parentId: string,
  args: PageArgs,
  order: BodyOrder | null | undefined,
) {
  const source = bodyList(ctx.db, ctx.scope, sortKey(ctx, order), bodySort(ctx, order), { groupBy });
  return nestedConnection(ctx, source, parentId, pageRequest(args));
}

/** A body's details (structure, members, priorities) exist for the viewer only when this holds. */
export function detailsOf<T>(body: BodyRow, details: () => T, hidden: T): T {
  return body.detailsVisible ? details() : hidden;
}

export async function findBody(ctx: Context, id: string): Promise<BodyRow | null> {
  return bodyById(ctx).load(id);
}

export async function findBodiesByIds(ctx: Context, ids: readonly string[]): Promise<BodyRow[]> {
  const found = await bodyById(ctx).loadMany(ids);
  return found.filter((body): body is BodyRow => body !== null && !(body instanceof Error));
}

/** Peers whose details the viewer may see: a members-only peer is not revealed through its links. */
export async function relatedBodies(ctx: Context, body: BodyRow): Promise<BodyRow[]> {
  if (!body.detailsVisible) return [];
  const related = await findBodiesByIds(ctx, await relatedBodyIds(ctx).load(body.id));
  return related.filter((peer) => peer.detailsVisible);
}

/** A `viewerCan…` answer: the permission rule applied to the viewer's standing in a body they can see. */
export async function viewerMay(ctx: Context, body: BodyRow, rule: (standing: Standing) => boolean): Promise<boolean> {
  return body.detailsVisible && rule(await ctx.viewer.standingIn(body.id));
}
