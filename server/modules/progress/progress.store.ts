import { and, eq, inArray, sql } from "drizzle-orm";
import { progressReportRevisions, progressReports, progressReportValues } from "../../../schema/database.js";
import type { Db } from "../../db.js";
import { pagedList, type ListSource } from "../../shared/lists.js";
import { type SortDirection, type SortSpec } from "../../shared/pagination.js";
import { descending, type RowsQuery } from "../../shared/rows.js";
import type { Scope } from "../auth/policy.js";

export type ProgressReportRecord = typeof progressReports.$inferSelect;

export function reportSort(field: "PERIOD_END" | "SUBMITTED_AT", direction: SortDirection): SortSpec {
  return field === "PERIOD_END"
    ? { expression: progressReports.periodEnd, sqlType: "date", direction }
    : { expression: progressReports.submittedAt, sqlType: "timestamptz", direction };
}

/** A commitment's reports, batched across commitments. */
export function reportList(db: Db, scope: Scope, sort: SortSpec, sortName: string): ListSource<ProgressReportRecord> {
  return pagedList(db, `reports.commitment:${sortName}:${sort.direction}`, "ProgressReport", () => ({
    table: progressReports,
    idColumn: progressReports.id,
    parentColumn: progressReports.commitmentId,
    where: scope.commitmentDetails(progressReports.commitmentId),
    sort,
  }));
}

export async function findReports(db: Db, scope: Scope, ids: readonly string[]): Promise<ProgressReportRecord[]> {
  return db
    .select()
    .from(progressReports)
    .where(and(inArray(progressReports.id, [...ids]), scope.commitmentDetails(progressReports.commitmentId)));
}

/** Each commitment's report for the latest period (the latest submission when periods tie). */
export function latestReportsOfCommitments(scope: Scope): RowsQuery {
  return {
    table: progressReports,
    keyColumn: progressReports.commitmentId,
    where: scope.commitmentDetails(progressReports.commitmentId),
    orderBy: descending(progressReports.periodEnd, progressReports.submittedAt, progressReports.id),
    firstOnly: true,
  };
}

/** The values of each report's current revision. */
export async function findCurrentValues(db: Db, scope: Scope, reportIds: readonly string[]) {
  return db
    .select({ value: progressReportValues })
    .from(progressReportValues)
    .innerJoin(
      progressReports,
      and(eq(progressReports.id, progressReportValues.reportId), eq(progressReports.revision, progressReportValues.revision)),
    )
    .where(and(inArray(progressReportValues.reportId, [...reportIds]), scope.commitmentDetails(progressReports.commitmentId)))
    .orderBy(sql`${progressReportValues.indicatorId}`)
    .then((rows) => rows.map((row) => row.value));
}

// ---- writes (always inside a write's transaction) ----

export type ReportContent = Pick<typeof progressReportRevisions.$inferInsert, "periodStart" | "periodEnd" | "status" | "narrative">;
export type ReportValue = { indicatorId: string; value: number | null; text: string | null };

/** Stores one revision (its content and values) of a report. */
export async function insertRevision(db: Db, reportId: string, revision: number, content: ReportContent, values: ReportValue[], submittedById: string) {
  await db.insert(progressReportRevisions).values({ reportId, revision, ...content, submittedById });
  if (values.length) await db.insert(progressReportValues).values(values.map((value) => ({ ...value, reportId, revision })));
}

export async function updateReport(db: Db, id: string, expectedVersion: number, changes: Partial<typeof progressReports.$inferInsert>) {
  const [row] = await db
    .update(progressReports)
    .set({ ...changes, version: sql`${progressReports.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(progressReports.id, id), eq(progressReports.version, expectedVersion)))
    .returning();
  return row ?? null;
}

export function findValuesOfRevision(db: Db, reportId: string, revision: number) {
  return db
    .select({ indicatorId: progressReportValues.indicatorId, value: progressReportValues.value, text: progressReportValues.text })
    .from(progressReportValues)
    .where(and(eq(progressReportValues.reportId, reportId), eq(progressReportValues.revision, revision)));
}

/** Every revision of each report, oldest first. */
export function findRevisionsOf(db: Db, scope: Scope, reportIds: readonly string[]) {
  return db
    .select({ revision: progressReportRevisions })
    .from(progressReportRevisions)
    .innerJoin(progressReports, eq(progressReports.id, progressReportRevisions.reportId))
    .where(and(inArray(progressReportRevisions.reportId, [...reportIds]), scope.commitmentDetails(progressReports.commitmentId)))
    .orderBy(progressReportRevisions.reportId, progressReportRevisions.revision)
    .then((rows) => rows.map((row) => row.revision));
}

/** The values of given (report, revision) pairs. */
export function findValuesOfRevisions(db: Db, keys: readonly { reportId: string; revision: number }[]) {
  const pairs = sql.join(keys.map((key) => sql`(${key.reportId}::uuid, ${key.revision}::int)`), sql`, `);
  return db
    .select()
    .from(progressReportValues)
    .where(sql`(${progressReportValues.reportId}, ${progressReportValues.revision}) in (${pairs})`)
    .orderBy(progressReportValues.indicatorId);
}
