import type { Context } from "../../context.js";
import { OrderDirection, pageRequest, type PageArgs } from "../../shared/connection.js";
import { badInput } from "../../shared/errors.js";
import { optionalIdOfType } from "../../shared/ids.js";
import { byKey } from "../../shared/loaders.js";
import { emptyConnection, nestedConnection, topConnection } from "../../shared/lists.js";
import { asNode } from "../../shared/node.js";
import type { BodyRow } from "../bodies/body.type.js";
import type { PriorityFilter, PriorityOrder } from "./priority.input.js";
import { rowsLoader, type RowsRelation } from "../../shared/rows.js";
import { findIndicators, indicatorsOfPriorities, prioritiesById, priorityList, prioritySort } from "./priority.store.js";
import type { IndicatorRow, PriorityRow } from "./priority.type.js";

export const YEAR_RANGE = { min: 2000, max: 2100 } as const;

function checkYear(year: number | null | undefined, argument: string): void {
  if (year != null && (year < YEAR_RANGE.min || year > YEAR_RANGE.max)) {
    throw badInput(argument, `must be between ${YEAR_RANGE.min} and ${YEAR_RANGE.max} (got ${year})`);
  }
}

function sortOf(ctx: Context, order: PriorityOrder | null | undefined) {
  const field = order?.field ?? "CREATED_AT";
  return { sort: prioritySort(field, order?.direction ?? OrderDirection.ASC, ctx.language), sortName: `${field}:${ctx.language}` };
}

export function listPriorities(ctx: Context, args: PageArgs, filter?: PriorityFilter | null, order?: PriorityOrder | null) {
  const { source, page } = allPriorities(ctx, args, filter, order);
  return topConnection(ctx, source, page);
}

/** The top-level list of priorities for these arguments, and the page asked for. */
export function allPriorities(ctx: Context, args: PageArgs, filter?: PriorityFilter | null, order?: PriorityOrder | null) {
  const page = pageRequest(args);
  checkYear(filter?.year, "filter.year");
  const conditions = {
    bodyId: optionalIdOfType(filter?.bodyId, "CoordinationBody", "filter.bodyId"),
    year: filter?.year,
    workArea: filter?.workArea,
    includeArchived: filter?.includeArchived ?? false,
  };
  const { sort, sortName } = sortOf(ctx, order);
  return { source: priorityList(ctx.db, ctx.scope, null, conditions, sort, sortName), page };
}

/** A body's priorities, optionally for one year; none for a body whose details the viewer may not see. */
export function prioritiesOfBody(
  ctx: Context,
  body: BodyRow,
  args: PageArgs,
  year: number | null | undefined,
  filter?: Omit<PriorityFilter, "bodyId" | "year"> | null,
  order?: PriorityOrder | null,
) {
  const { source, page } = prioritiesOfBodies(ctx, args, year, filter, order);
  if (!body.detailsVisible) return emptyConnection<PriorityRow>(page);
  return nestedConnection(ctx, source, body.id, page);
}

/** The list of priorities per body for these arguments, and the page asked for. */
export function prioritiesOfBodies(
  ctx: Context,
  args: PageArgs,
  year: number | null | undefined,
  filter?: Omit<PriorityFilter, "bodyId" | "year"> | null,
  order?: PriorityOrder | null,
) {
  const page = pageRequest(args);
  checkYear(year, "year");
  const conditions = { year, workArea: filter?.workArea, includeArchived: filter?.includeArchived ?? false };
  const { sort, sortName } = sortOf(ctx, order);
  return { source: priorityList(ctx.db, ctx.scope, "body", conditions, sort, sortName), page };
}

export const priorityRelation = { name: "priority", type: "Priority", query: prioritiesById, many: false } as const satisfies RowsRelation;

export function priorityById(ctx: Context) {
  return rowsLoader<PriorityRow>(ctx, priorityRelation);
}

export const indicatorsRelation = { name: "priority.indicators", type: "Indicator", query: indicatorsOfPriorities, many: true } as const satisfies RowsRelation;

export function indicatorsOfPriority(ctx: Context) {
  return rowsLoader<IndicatorRow>(ctx, indicatorsRelation);
}

export function indicatorById(ctx: Context) {
  return ctx.loaders.get<IndicatorRow | null>(
    "indicator",
    async (ids) => byKey((await findIndicators(ctx.db, ctx.scope, ids)).map((row) => asNode("Indicator", row)), (row) => row.id),
    null,
  );
}
