import type { Context } from "../../context.js";
import { badInput } from "../../shared/errors.js";
import { groupBy } from "../../shared/loaders.js";
import type { BodyRow } from "../bodies/body.type.js";
import type { IndicatorRow, PriorityRow } from "../priorities/priority.type.js";
import { indicatorsOfPriority } from "../priorities/priority.service.js";
import {
  countCommitmentsByStatus,
  countCommittedOrganisations,
  countLatestReportsByStatus,
  countReportsAwaitingReview,
  findOpenPriorityIds,
  sumIndicators,
} from "./summary.store.js";
import type { BodyReportingSummary, CommitmentStatusCount, PriorityProgressSummary, ReportStatusCount } from "./summary.type.js";

type Aggregate = { total: number | null; average: number | null };
type IndicatorTotals = { committed: Aggregate | null; reported: Aggregate | null; reports: number };
type Counts = Omit<PriorityProgressSummary, "indicators"> & { indicatorTotals: Map<string, IndicatorTotals> };

/** Counts add up; percentages do not, so they are averaged. */
const combine = (aggregate: Aggregate | null | undefined, measure: string) => (measure === "PERCENTAGE" ? aggregate?.average : aggregate?.total) ?? null;

/** Adds up status counts, keeping the order of first appearance. */
function addCounts<T extends { status: string; count: number }>(lists: T[][]): T[] {
  const totals = new Map<string, T>();
  for (const item of lists.flat()) {
    const total = totals.get(item.status);
    totals.set(item.status, total ? { ...total, count: total.count + item.count } : { ...item });
  }
  return [...totals.values()];
}

/** The counts of many priorities, in five statements however many there are. */
async function countPriorities(ctx: Context, ids: readonly string[]): Promise<Map<string, Counts>> {
  const [byStatus, latest, awaiting, sums] = await Promise.all([
    countCommitmentsByStatus(ctx.db, ids),
    countLatestReportsByStatus(ctx.db, ids),
    countReportsAwaitingReview(ctx.db, ids),
    sumIndicators(ctx.db, ids),
  ]);
  const statuses = groupBy(byStatus, (row) => row.priorityId);
  const latestStatuses = groupBy(latest, (row) => row.priorityId);
  const awaitingByPriority = new Map(awaiting.map((row) => [row.priorityId, row.count]));
  const indicatorTotals = new Map<string, IndicatorTotals>();
  for (const row of sums.targets) indicatorTotals.set(row.indicatorId, { committed: row, reported: null, reports: 0 });
  for (const row of sums.reported) {
    indicatorTotals.set(row.indicatorId, { committed: indicatorTotals.get(row.indicatorId)?.committed ?? null, reported: row, reports: row.reports });
  }
  return new Map(
    ids.map((id) => [
      id,
      {
        commitmentsByStatus: (statuses.get(id) ?? []).map(({ status, count }) => ({ status, count })) as CommitmentStatusCount[],
        latestReportsByStatus: (latestStatuses.get(id) ?? []).map(({ status, count }) => ({ status, count })) as ReportStatusCount[],
        reportsAwaitingReview: awaitingByPriority.get(id) ?? 0,
        indicatorTotals,
      },
    ]),
  );
}

function priorityCounts(ctx: Context) {
  return ctx.loaders.get<Counts | null>("priority.counts", (ids) => countPriorities(ctx, ids), null);
}

export async function progressSummaryOf(ctx: Context, priority: PriorityRow): Promise<PriorityProgressSummary> {
  const [counts, indicators] = await Promise.all([priorityCounts(ctx).load(priority.id), indicatorsOfPriority(ctx).load(priority.id)]);
  const { indicatorTotals, ...rest } = counts!;
  return {
    ...rest,
    indicators: indicators.map((indicator: IndicatorRow) => {
      const totals = indicatorTotals.get(indicator.id);
      return {
        indicatorId: indicator.id,
        target: indicator.target,
        committedTarget: combine(totals?.committed, indicator.measure),
        reportedValue: combine(totals?.reported, indicator.measure),
        reportingCommitments: totals?.reports ?? 0,
      };
    }),
  };
}

/** A body's year, for viewers who may see its details; null otherwise. */
export async function reportingSummaryOf(ctx: Context, body: BodyRow, year: number): Promise<BodyReportingSummary | null> {
  if (year < 2000 || year > 2100) throw badInput("year", `must be between 2000 and 2100 (got ${year})`);
  if (!body.detailsVisible) return null;
  const priorityIds = ctx.loaders.get<string[]>(
    `body.openPriorities:${year}`,
    async (bodyIds) => {
      const rows = await findOpenPriorityIds(ctx.db, bodyIds, year);
      return new Map([...groupBy(rows, (row) => row.bodyId)].map(([bodyId, list]) => [bodyId, list.map((row) => row.id)]));
    },
    [],
  );
  const ids = await priorityIds.load(body.id);
  if (ids.length === 0) {
    return { year, priorities: 0, organisationsCommitted: 0, commitmentsByStatus: [], latestReportsByStatus: [], reportsAwaitingReview: 0 };
  }
  const [counts, organisations] = await Promise.all([priorityCounts(ctx).loadMany(ids), countCommittedOrganisations(ctx.db, ids)]);
  const list = counts.filter((entry): entry is Counts => entry !== null && !(entry instanceof Error));
  return {
    year,
    priorities: ids.length,
    organisationsCommitted: organisations[0]?.organisations ?? 0,
    commitmentsByStatus: addCounts(list.map((entry) => entry.commitmentsByStatus)),
    latestReportsByStatus: addCounts(list.map((entry) => entry.latestReportsByStatus)),
    reportsAwaitingReview: list.reduce((sum, entry) => sum + entry.reportsAwaitingReview, 0),
  };
}
