/**
 * The reporting workflow: a partner submits, a lead validates or returns, the partner corrects
 * (a new revision; nothing is overwritten), a validated report is locked until a lead unlocks it.
 */
import { z } from "zod";
import type { Context } from "../../context.js";
import type { Db } from "../../db.js";
import { idOfType } from "../../shared/ids.js";
import { asNode } from "../../shared/node.js";
import { refuse, UserErrorCode } from "../../shared/user-errors.js";
import { datesInOrder, rules, validateInput } from "../../shared/validation.js";
import { audit, auditEvent, createOnceInOneStatement, forbidden, notFound, runWrite, runWriteStatement, staleVersion } from "../../shared/write.js";
import { can, type Standing } from "../auth/policy.js";
import { confirmedBy, confirmOrRefuse, viewerCheckOf } from "../auth/viewer-check.js";
import { findCommitments, type CommitmentRecord } from "../commitments/commitment.store.js";
import type { IdempotencyClaim } from "../idempotency/idempotency.store.js";
import { findIndicatorsOfPriorities, findPriorities } from "../priorities/priority.store.js";
import { findReportTarget, insertFirstReport, type FirstReport, type ReportTarget } from "./progress-write.store.js";
import { ReviewDecision, type ProgressReportCorrectInput, type ProgressReportReviewInput, type ProgressReportSubmitInput, type ProgressReportUnlockInput } from "./progress.input.js";
import {
  findReports,
  findValuesOfRevision,
  insertRevision,
  updateReport,
  type ProgressReportRecord,
  type ReportContent,
} from "./progress.store.js";
import { checkValues, storedValues, valuesBeforeReading, valuesSchema, type MeasuredValue } from "./report-value-rules.js";

const contentFields = {
  periodStart: rules.date(),
  periodEnd: rules.date(),
  status: z.enum(["ON_TRACK", "AT_RISK", "OFF_TRACK", "DONE"]),
  narrative: rules.localized(10000).nullish(),
};

/** The commitment's body, and the viewer's standing in it. */
async function commitmentContext(tx: Db, ctx: Context, commitment: CommitmentRecord) {
  const [priority] = await findPriorities(tx, ctx.scope, [commitment.priorityId]);
  const standing = await ctx.viewer.freshStandingIn(tx, priority!.bodyId);
  return { priority: priority!, standing, own: commitment.organisationId === ctx.viewer.organisationId };
}

const submitSchema = z
  .object({ commitmentId: z.string(), ...contentFields, values: valuesSchema, idempotencyKey: rules.idempotencyKey() })
  .superRefine(datesInOrder("periodStart", "periodEnd"));

/**
 * The busiest write, in one statement and no BEGIN/COMMIT when all is well: the statement that
 * writes everything (key, report, revision, values, audit event) makes every check itself — the
 * commitment visible and not withdrawn, the viewer's organisation contributing to its body, the
 * values fitting the priority's indicators, a viewer remembered from an earlier request still
 * holding — and writes nothing when one fails. Only then is the commitment read, to say which.
 */
export function submitReport(ctx: Context, input: ProgressReportSubmitInput) {
  return confirmedBy(ctx, () => runWriteStatement(ctx, async (db) => {
    const { commitmentId, values, idempotencyKey, ...content } = validateInput(submitSchema, input);
    const submission: Submission = { commitmentId: idOfType(commitmentId, "Commitment"), content: { ...content, narrative: content.narrative ?? null }, values };
    return createOnceInOneStatement(
      db,
      ctx,
      { key: idempotencyKey, operation: "progressReportSubmit" },
      async (reportId, claim) => {
        const report = await writeFirstReport(db, ctx, submission, firstReportWriter(db, ctx, { id: reportId, claim, content: submission.content }));
        return report && asNode("ProgressReport", report);
      },
      async (reportId) => {
        const [earlier] = await findReports(db, ctx.scope, [reportId]);
        return earlier ? asNode("ProgressReport", earlier) : null;
      },
    );
  }));
}

interface Submission {
  /** Null when the id is not a commitment's. */
  commitmentId: string | null;
  content: ReportContent;
  values: z.infer<typeof valuesSchema>;
}

type FirstReportWriter = (commitmentId: string, values: MeasuredValue[]) => Promise<FirstReport>;

/**
 * The report written by the statement that checks everything; when a check fails, or cannot be
 * made before reading (a value that fits no measure, an indicator given twice), the commitment is
 * read to say which — and when none fails any more, written after all.
 */
async function writeFirstReport(db: Db, ctx: Context, submission: Submission, write: FirstReportWriter): Promise<ProgressReportRecord | null> {
  const { commitmentId, values } = submission;
  const unread = valuesBeforeReading(values);
  const written = commitmentId && unread ? await write(commitmentId, unread) : null;
  if (written?.permitted) {
    ctx.unconfirmed = null;
    return written.report;
  }
  const target = checkReportTarget(ctx, commitmentId ? await readReportTarget(db, ctx, commitmentId) : null);
  const rewritten = await write(target.commitment.id, checkValues(target.indicators, values));
  if (rewritten.permitted) return rewritten.report;
  checkReportTarget(ctx, await readReportTarget(db, ctx, target.commitment.id));
  refuse(UserErrorCode.CONFLICT, "The commitment or your organisation's membership changed while reporting; try again.", ["input", "commitmentId"]);
}

/** Writes the report (`insertFirstReport`) on a commitment, with values checked as far as they are known. */
function firstReportWriter(db: Db, ctx: Context, report: { id: string; claim: IdempotencyClaim | null; content: ReportContent }): FirstReportWriter {
  const { organisationId, isAdmin, hiddenBodyIds } = ctx.viewer;
  return (commitmentId, values) =>
    insertFirstReport(db, { id: report.id, commitmentId, ...report.content, submittedById: ctx.viewer.user.id }, values, {
      reporter: { organisationId, isAdmin, hiddenBodyIds },
      viewer: viewerCheckOf(ctx),
      claim: report.claim,
      // No body: the statement writes the commitment's, as it reads it.
      audit: auditEvent(ctx, { action: "progressReport.submit", objectType: "ProgressReport", objectId: report.id, bodyId: null, after: { values: storedValues(values) } }),
    });
}

/**
 * The commitment to report on, read with the check that a remembered viewer still holds; when it
 * does not, or nothing was found to say so, the token is read again (401 if no longer valid), then the target.
 */
async function readReportTarget(db: Db, ctx: Context, commitmentId: string): Promise<ReportTarget | null> {
  const found = await findReportTarget(db, ctx.viewer, commitmentId, viewerCheckOf(ctx));
  if (found.viewerHolds || !ctx.unconfirmed) {
    ctx.unconfirmed = null;
    return found.target;
  }
  await confirmOrRefuse(ctx);
  return (await findReportTarget(db, ctx.viewer, commitmentId, viewerCheckOf(ctx))).target;
}

/** Whether the viewer may report on the commitment: the checks the write statement makes, here to say which failed. */
function checkReportTarget(ctx: Context, target: ReportTarget | null): ReportTarget {
  if (!target) notFound(["input", "commitmentId"], "commitment");
  const standing: Standing = { isAdmin: ctx.viewer.isAdmin, role: target.role };
  if (!can.report(standing, target.commitment.organisationId === ctx.viewer.organisationId)) forbidden("Only the committing organisation's members report on a commitment.");
  if (target.commitment.status === "WITHDRAWN") refuse(UserErrorCode.CONFLICT, "The commitment is withdrawn.", ["input", "commitmentId"]);
  return target;
}

/** A report the viewer may see, with its commitment's body and the viewer's standing in it. */
async function reportForChange(tx: Db, ctx: Context, globalId: string) {
  const id = idOfType(globalId, "ProgressReport");
  const [report] = id ? await findReports(tx, ctx.scope, [id]) : [];
  if (!report) notFound(["input", "reportId"], "progress report");
  const [commitment] = await findCommitments(tx, ctx.scope, [report.commitmentId]);
  return { report, commitment: commitment!, ...(await commitmentContext(tx, ctx, commitment!)) };
}

function checkVersion(report: ProgressReportRecord, expectedVersion: number | null | undefined): void {
  if (expectedVersion != null && expectedVersion !== report.version) staleVersion(report.version);
}

const correctSchema = z
  .object({
    reportId: z.string(),
    expectedVersion: rules.version(),
    periodStart: rules.date().nullish(),
    periodEnd: rules.date().nullish(),
    status: contentFields.status.nullish(),
    narrative: contentFields.narrative,
    values: valuesSchema.nullish(),
  })
  .superRefine(datesInOrder("periodStart", "periodEnd"));

export function correctReport(ctx: Context, input: ProgressReportCorrectInput) {
  return runWrite(ctx, async (tx) => {
    const values = validateInput(correctSchema, input);
    const { report, priority, standing, own } = await reportForChange(tx, ctx, values.reportId);
    if (!can.report(standing, own)) forbidden("Only the committing organisation's members correct its reports.");
    checkVersion(report, values.expectedVersion);
    if (report.reviewState === "VALIDATED") refuse(UserErrorCode.LOCKED, "The report is validated and locked; a lead must unlock it first.", ["input", "reportId"]);
    const content = {
      periodStart: values.periodStart ?? report.periodStart,
      periodEnd: values.periodEnd ?? report.periodEnd,
      status: values.status ?? report.status,
      narrative: values.narrative !== undefined ? values.narrative : report.narrative,
    };
    if (content.periodEnd < content.periodStart) refuse(UserErrorCode.INVALID, "must not be before periodStart", ["input", values.periodEnd ? "periodEnd" : "periodStart"]);
    const checked = values.values ? storedValues(checkValues(await findIndicatorsOfPriorities(tx, [priority.id]), values.values)) : await findValuesOfRevision(tx, report.id, report.revision);
    const revision = report.revision + 1;
    const after = await updateReport(tx, report.id, values.expectedVersion, {
      ...content,
      revision,
      reviewState: "SUBMITTED",
      submittedById: ctx.viewer.user.id,
      submittedAt: new Date(),
    });
    if (!after) staleVersion(report.version);
    await insertRevision(tx, report.id, revision, content, checked, ctx.viewer.user.id);
    await audit(tx, ctx, { action: "progressReport.correct", objectType: "ProgressReport", objectId: report.id, bodyId: priority.bodyId, before: report, after: { ...after, values: checked } });
    return asNode("ProgressReport", after);
  });
}

const reviewSchema = z
  .object({ reportId: z.string(), decision: z.nativeEnum(ReviewDecision), comment: rules.optionalText(5000), expectedVersion: rules.version().nullish() })
  .refine((value) => value.decision !== ReviewDecision.RETURN || Boolean(value.comment), { path: ["comment"], message: "is required when returning a report" });

export function reviewReport(ctx: Context, input: ProgressReportReviewInput) {
  return runWrite(ctx, async (tx) => {
    const values = validateInput(reviewSchema, input);
    const { report, priority, standing } = await reportForChange(tx, ctx, values.reportId);
    if (!can.lead(standing)) forbidden("Only the body's chair and co-chairs (and admins) review its reports.");
    checkVersion(report, values.expectedVersion);
    if (report.reviewState === "VALIDATED") refuse(UserErrorCode.LOCKED, "The report is validated and locked.", ["input", "reportId"]);
    if (report.reviewState !== "SUBMITTED") refuse(UserErrorCode.CONFLICT, "The report was returned; it can be reviewed again once corrected.", ["input", "reportId"]);
    const after = await updateReport(tx, report.id, report.version, {
      reviewState: values.decision === ReviewDecision.VALIDATE ? "VALIDATED" : "RETURNED",
      reviewerComment: values.comment ?? null,
      reviewedById: ctx.viewer.user.id,
      reviewedAt: new Date(),
    });
    if (!after) staleVersion(report.version);
    await audit(tx, ctx, { action: "progressReport.review", objectType: "ProgressReport", objectId: report.id, bodyId: priority.bodyId, before: report, after });
    return asNode("ProgressReport", after);
  });
}

const unlockSchema = z.object({ reportId: z.string(), reason: rules.text(5000), expectedVersion: rules.version().nullish() });

export function unlockReport(ctx: Context, input: ProgressReportUnlockInput) {
  return runWrite(ctx, async (tx) => {
    const values = validateInput(unlockSchema, input);
    const { report, priority, standing } = await reportForChange(tx, ctx, values.reportId);
    if (!can.lead(standing)) forbidden("Only the body's chair and co-chairs (and admins) unlock its reports.");
    checkVersion(report, values.expectedVersion);
    if (report.reviewState !== "VALIDATED") refuse(UserErrorCode.CONFLICT, "Only a validated report is locked.", ["input", "reportId"]);
    const after = await updateReport(tx, report.id, report.version, {
      reviewState: "RETURNED",
      reviewerComment: values.reason,
      reviewedById: ctx.viewer.user.id,
      reviewedAt: new Date(),
    });
    if (!after) staleVersion(report.version);
    await audit(tx, ctx, { action: "progressReport.unlock", objectType: "ProgressReport", objectId: report.id, bodyId: priority.bodyId, before: report, after: { ...after, reason: values.reason } });
    return asNode("ProgressReport", after);
  });
}
