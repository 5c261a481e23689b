import type { Context } from "../../context.js";
import { priorityById } from "../priorities/priority.service.js";
import { OrderDirection, pageRequest, type PageArgs } from "../../shared/connection.js";
import { optionalIdOfType } from "../../shared/ids.js";
import { groupBy } from "../../shared/loaders.js";
import { nestedConnection, topConnection } from "../../shared/lists.js";
import type { CommitmentFilter, CommitmentOrder } from "./commitment.input.js";
import { rowsLoader, type RowsRelation } from "../../shared/rows.js";
import { commitmentList, commitmentSort, commitmentsById, findTargetsOf, type CommitmentConditions } from "./commitment.store.js";
import type { CommitmentRow, CommitmentTargetRow } from "./commitment.type.js";

function sortOf(ctx: Context, order: CommitmentOrder | null | undefined) {
  const field = order?.field ?? "CREATED_AT";
  return { sort: commitmentSort(field, order?.direction ?? OrderDirection.ASC, ctx.language), sortName: `${field}:${ctx.language}` };
}

function conditionsOf(filter: CommitmentFilter | null | undefined): CommitmentConditions {
  return {
    organisationId: optionalIdOfType(filter?.organisationId, "Organisation", "filter.organisationId"),
    priorityId: optionalIdOfType(filter?.priorityId, "Priority", "filter.priorityId"),
    bodyId: optionalIdOfType(filter?.bodyId, "CoordinationBody", "filter.bodyId"),
    status: filter?.status,
    year: filter?.year,
  };
}

export function listCommitments(ctx: Context, args: PageArgs, filter?: CommitmentFilter | null, order?: CommitmentOrder | null) {
  const { source, page } = allCommitments(ctx, args, filter, order);
  return topConnection(ctx, source, page);
}

/** The top-level list of commitments for these arguments, and the page asked for. */
export function allCommitments(ctx: Context, args: PageArgs, filter?: CommitmentFilter | null, order?: CommitmentOrder | null) {
  const page = pageRequest(args);
  const { sort, sortName } = sortOf(ctx, order);
  return { source: commitmentList(ctx.db, ctx.scope, null, conditionsOf(filter), sort, sortName), page };
}

/** Commitments under a priority or an organisation, batched across parents. */
export function commitmentsUnder(
  ctx: Context,
  groupBy: "priority" | "organisation",
  parentId: string,
  args: PageArgs,
  filter?: CommitmentFilter | null,
  order?: CommitmentOrder | null,
) {
  const { source, page } = commitmentsOf(ctx, groupBy, args, filter, order);
  return nestedConnection(ctx, source, parentId, page);
}

/** The list of commitments per priority or organisation for these arguments, and the page asked for. */
export function commitmentsOf(
  ctx: Context,
  groupBy: "priority" | "organisation",
  args: PageArgs,
  filter?: CommitmentFilter | null,
  order?: CommitmentOrder | null,
) {
  const page = pageRequest(args);
  const { sort, sortName } = sortOf(ctx, order);
  return { source: commitmentList(ctx.db, ctx.scope, groupBy, conditionsOf(filter), sort, sortName), page };
}

export const commitmentRelation = { name: "commitment", type: "Commitment", query: commitmentsById, many: false } as const satisfies RowsRelation;

export function commitmentById(ctx: Context) {
  return rowsLoader<CommitmentRow>(ctx, commitmentRelation);
}

export function targetsOfCommitment(ctx: Context) {
  return ctx.loaders.get<CommitmentTargetRow[]>(
    "commitment.targets",
    async (ids) => groupBy(await findTargetsOf(ctx.db, ctx.scope, ids), (row) => row.commitmentId),
    [],
  );
}

/** The viewer's standing in a commitment's body, and whether it is the viewer's organisation's; null when hidden. */
export async function standingOfCommitment(ctx: Context, commitment: CommitmentRow) {
  const priority = await priorityById(ctx).load(commitment.priorityId);
  if (!priority) return null;
  return { standing: await ctx.viewer.standingIn(priority.bodyId), own: commitment.organisationId === ctx.viewer.organisationId };
}

export async function standingForReport(ctx: Context, report: { commitmentId: string }) {
  const commitment = await commitmentById(ctx).load(report.commitmentId);
  return commitment ? standingOfCommitment(ctx, commitment) : null;
}
