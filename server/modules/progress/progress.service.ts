import type { Context } from "../../context.js";
import { OrderDirection, pageRequest, type PageArgs } from "../../shared/connection.js";
import { byKey, groupBy } from "../../shared/loaders.js";
import { nestedConnection } from "../../shared/lists.js";
import { asNode } from "../../shared/node.js";
import { findCurrentValues, findLatestReports, findReports, findRevisionsOf, findValuesOfRevisions, reportList, reportSort } from "./progress.store.js";
import type { ProgressReportRow, ReportValueRow, RevisionRow } from "./progress.type.js";

export type ReportOrderField = "PERIOD_END" | "SUBMITTED_AT";

/** A commitment's reports, latest period first unless asked otherwise. */
export function reportsOfCommitment(
  ctx: Context,
  commitmentId: string,
  args: PageArgs,
  order?: { field: ReportOrderField; direction: OrderDirection } | null,
) {
  const field = order?.field ?? "PERIOD_END";
  const sort = reportSort(field, order?.direction ?? OrderDirection.DESC);
  return nestedConnection(ctx, reportList(ctx.db, ctx.scope, sort, field), commitmentId, pageRequest(args));
}

export function reportById(ctx: Context) {
  return ctx.loaders.get<ProgressReportRow | null>(
    "report",
    async (ids) => byKey((await findReports(ctx.db, ctx.scope, ids)).map((row) => asNode("ProgressReport", row)), (row) => row.id),
    null,
  );
}

export function latestReportOfCommitment(ctx: Context) {
  return ctx.loaders.get<ProgressReportRow | null>(
    "commitment.latestReport",
    async (ids) =>
      byKey((await findLatestReports(ctx.db, ctx.scope, ids)).map((row) => asNode("ProgressReport", row)), (row) => row.commitmentId),
    null,
  );
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
