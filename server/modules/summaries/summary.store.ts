/** Aggregates for leads, computed in SQL over priorities the caller has already checked are visible. */
import { and, count, countDistinct, desc, eq, inArray, ne, sql } from "drizzle-orm";
import { commitments, commitmentTargets, priorities, progressReports, progressReportValues } from "../../../schema/database.js";
import type { Db } from "../../db.js";

const live = ne(commitments.status, "WITHDRAWN");

export function countCommitmentsByStatus(db: Db, priorityIds: readonly string[]) {
  return db
    .select({ priorityId: commitments.priorityId, status: commitments.status, count: count() })
    .from(commitments)
    .where(inArray(commitments.priorityId, [...priorityIds]))
    .groupBy(commitments.priorityId, commitments.status);
}

/** Each live commitment's report for its latest period. */
function latestReports(db: Db, priorityIds: readonly string[]) {
  return db
    .selectDistinctOn([progressReports.commitmentId], {
      priorityId: sql<string>`${commitments.priorityId}`.as("latest_priority_id"),
      reportId: sql<string>`${progressReports.id}`.as("latest_report_id"),
      revision: sql<number>`${progressReports.revision}`.as("latest_revision"),
      status: sql<string>`${progressReports.status}`.as("latest_status"),
    })
    .from(progressReports)
    .innerJoin(commitments, eq(commitments.id, progressReports.commitmentId))
    .where(and(inArray(commitments.priorityId, [...priorityIds]), live))
    .orderBy(progressReports.commitmentId, desc(progressReports.periodEnd), desc(progressReports.submittedAt), desc(progressReports.id))
    .as("latest");
}

export function countLatestReportsByStatus(db: Db, priorityIds: readonly string[]) {
  const latest = latestReports(db, priorityIds);
  return db
    .select({ priorityId: latest.priorityId, status: latest.status, count: count() })
    .from(latest)
    .groupBy(latest.priorityId, latest.status);
}

export function countReportsAwaitingReview(db: Db, priorityIds: readonly string[]) {
  return db
    .select({ priorityId: commitments.priorityId, count: count() })
    .from(progressReports)
    .innerJoin(commitments, eq(commitments.id, progressReports.commitmentId))
    .where(and(inArray(commitments.priorityId, [...priorityIds]), live, eq(progressReports.reviewState, "SUBMITTED")))
    .groupBy(commitments.priorityId);
}

/** Per indicator: the sum and average of live commitments' targets, and of the values in their latest reports. */
export async function sumIndicators(db: Db, priorityIds: readonly string[]) {
  const latest = latestReports(db, priorityIds);
  const [targets, reported] = await Promise.all([
    db
      .select({
        indicatorId: commitmentTargets.indicatorId,
        total: sql<number | null>`sum(${commitmentTargets.target})::float8`,
        average: sql<number | null>`avg(${commitmentTargets.target})::float8`,
      })
      .from(commitmentTargets)
      .innerJoin(commitments, eq(commitments.id, commitmentTargets.commitmentId))
      .where(and(inArray(commitments.priorityId, [...priorityIds]), live))
      .groupBy(commitmentTargets.indicatorId),
    db
      .select({
        indicatorId: progressReportValues.indicatorId,
        total: sql<number | null>`sum(${progressReportValues.value})::float8`,
        average: sql<number | null>`avg(${progressReportValues.value})::float8`,
        reports: count(),
      })
      .from(latest)
      .innerJoin(progressReportValues, and(eq(progressReportValues.reportId, latest.reportId), eq(progressReportValues.revision, latest.revision)))
      .groupBy(progressReportValues.indicatorId),
  ]);
  return { targets, reported };
}

/** The open priorities of each body for a year (the caller restricts bodies to visible ones). */
export function findOpenPriorityIds(db: Db, bodyIds: readonly string[], year: number) {
  return db
    .select({ bodyId: priorities.bodyId, id: priorities.id })
    .from(priorities)
    .where(and(inArray(priorities.bodyId, [...bodyIds]), eq(priorities.year, year), sql`${priorities.archivedAt} is null`));
}

/** How many organisations hold live commitments against each body's given priorities. */
export function countCommittedOrganisations(db: Db, priorityIds: readonly string[]) {
  return db
    .select({ bodyId: priorities.bodyId, organisations: countDistinct(commitments.organisationId) })
    .from(commitments)
    .innerJoin(priorities, eq(priorities.id, commitments.priorityId))
    .where(and(inArray(commitments.priorityId, [...priorityIds]), live))
    .groupBy(priorities.bodyId);
}
