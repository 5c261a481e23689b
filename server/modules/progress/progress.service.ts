import type { Context } from "../../context.js";
import { OrderDirection, pageRequest, type PageArgs } from "../../shared/connection.js";
import { byKey, groupBy } from "../../shared/loaders.js";
import { nestedConnection } from "../../shared/lists.js";
import { asNode } from "../../shared/node.js";
import { rowsLoader, type RowsRelation } from "../../shared/rows.js";
import { findCurrentValues, latestReportsOfCommitments, findReports, findRevisionsOf, findValuesOfRevisions, reportList, reportSort } from "./progress.store.js";
import type { ProgressReportRow, ReportValueRow, RevisionRow } from "./progress.type.js";

export type ReportOrderField = "PERIOD_END" | "SUBMITTED_AT";

/** A commitment's reports, latest period first unless asked otherwise. */
export function reportsOfCommitment(
  ctx: Context,
  commitmentId: string,
  args: PageArgs,
  order?: { field: ReportOrderField; direction: OrderDirection } | null,
) {
  const { source, page } = reportsOfCommitments(ctx, args, order);
  return nestedConnection(ctx, source, commitmentId, page);
}

/** The list of reports per commitment for these arguments, and the page asked for. */
export function reportsOfCommitments(ctx: Context, args: PageArgs, order?: { field: ReportOrderField; direction: OrderDirection } | null) {
  const field = order?.field ?? "PERIOD_END";
  const sort = reportSort(field, order?.direction ?? OrderDirection.DESC);
  return { source: reportList(ctx.db, ctx.scope, sort, field), page: pageRequest(args) };
}

export function reportById(ctx: Context) {
  return ctx.loaders.get<ProgressReportRow | null>(
    "report",
    async (ids) => byKey((await findReports(ctx.db, ctx.scope, ids)).map((row) => asNode("ProgressReport", row)), (row) => row.id),
    null,
  );
}

export const latestReportRelation = { name: "commitment.latestReport", type: "ProgressReport", query: latestReportsOfCommitments, many: false } as const satisfies RowsRelation;

export function latestReportOfCommitment(ctx: Context) {
  return rowsLoader<ProgressReportRow>(ctx, latestReportRelation);
}

export function valuesOfReport(ctx: Context) {
  return ctx.loaders.get<ReportValueRow[]>(
    "report.values",
    async (ids) => groupBy(await findCurrentValues(ctx.db, ctx.scope, ids), (row) => row.reportId),
    [],
  );
}

export function revisionsOfReport(ctx: Context) {
  return ctx.loaders.get<RevisionRow[]>("report.revisions", async (ids) => groupBy(await findRevisionsOf(ctx.db, ctx.scope, ids), (row) => row.reportId), []);
}

/** Values of a revision, keyed "reportId:revision" (revisions come from a scoped query). */
export function valuesOfRevision(ctx: Context) {
  return ctx.loaders.get<ReportValueRow[]>(
    "revision.values",
    async (keys) => {
      const pairs = keys.map((key) => ({ reportId: key.slice(0, 36), revision: Number(key.slice(37)) }));
      return groupBy(await findValuesOfRevisions(ctx.db, pairs), (row) => `${row.reportId}:${row.revision}`);
    },
    [],
  );
}
