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
import { eachIndicatorOnce, indicatorsOnce, numberProblem } from "../priorities/indicator-rules.js";
import { findPriorities, type IndicatorRecord } from "../priorities/priority.store.js";
import { findReportTarget, insertFirstReport, type ReportTarget } from "./progress-write.store.js";
import { ReviewDecision, type ProgressReportCorrectInput, type ProgressReportReviewInput, type ProgressReportSubmitInput, type ProgressReportUnlockInput } from "./progress.input.js";
import {
  findReports,
  findValuesOfRevision,
  insertRevision,
  updateReport,
  type ProgressReportRecord,
  type ReportValue,
} from "./progress.store.js";

const valueSchema = z.object({ indicatorId: z.string(), value: rules.number().nullish(), text: rules.optionalText(2000) });
const valuesSchema = z.array(valueSchema).max(50, "at most 50 values");
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

/** Values only for the priority's own indicators, once each, of the kind each measure takes. */
async function checkValues(tx: Db, priorityId: string, values: z.infer<typeof valuesSchema>): Promise<ReportValue[]> {
  return checkValuesWith(await indicatorsOnce(tx, priorityId), values);
}

function checkValuesWith(indicatorOf: (globalId: string, field: string[]) => Pick<IndicatorRecord, "id" | "measure">, values: z.infer<typeof valuesSchema>): ReportValue[] {
  return values.map((entry, index) => {
    const field = ["input", "values", String(index)];
    const indicator = indicatorOf(entry.indicatorId, field);
    const problem = numberProblem(indicator.measure, entry.value);
    if (problem) refuse(UserErrorCode.INVALID, problem, [...field, "value"]);
    if (indicator.measure === "QUALITATIVE" && !entry.text) refuse(UserErrorCode.INVALID, "a QUALITATIVE indicator needs the change in words", [...field, "text"]);
    if (indicator.measure !== "QUALITATIVE" && entry.value == null) refuse(UserErrorCode.INVALID, `a ${indicator.measure} indicator needs a number`, [...field, "value"]);
    return { indicatorId: indicator.id, value: entry.value ?? null, text: entry.text ?? null };
  });
}

const submitSchema = z
  .object({ commitmentId: z.string(), ...contentFields, values: valuesSchema, idempotencyKey: rules.idempotencyKey() })
  .superRefine(datesInOrder("periodStart", "periodEnd"));

/**
 * The busiest write, in two statements and no BEGIN/COMMIT: one read for every check (the
 * commitment, its body, the viewer's standing there, the priority's indicators, and that a viewer
 * remembered from an earlier request still holds), one write for everything written (key, report,
 * revision, values, audit event), atomic by itself, which re-checks the permission as it writes:
 * one revoked in between, and nothing is written.
 */
export function submitReport(ctx: Context, input: ProgressReportSubmitInput) {
  return confirmedBy(ctx, () => runWriteStatement(ctx, async (db) => {
    const { commitmentId, values, idempotencyKey, ...content } = validateInput(submitSchema, input);
    const id = idOfType(commitmentId, "Commitment");
    const reportTarget = () => (id ? readReportTarget(db, ctx, id) : Promise.resolve(null));
    const target = checkReportTarget(ctx, await reportTarget());
    const { commitment, bodyId } = target;
    const checked = checkValuesWith(eachIndicatorOnce(target.indicators), values);
    const reportContent = { ...content, narrative: content.narrative ?? null };
    const { organisationId, isAdmin, hiddenBodyIds } = ctx.viewer;
    return createOnceInOneStatement(
      db,
      ctx,
      { key: idempotencyKey, operation: "progressReportSubmit" },
      async (reportId, claim) => {
        const written = await insertFirstReport(db, { id: reportId, commitmentId: commitment.id, ...reportContent, submittedById: ctx.viewer.user.id }, checked, {
          reporter: { organisationId, isAdmin, hiddenBodyIds },
          claim,
          audit: auditEvent(ctx, { action: "progressReport.submit", objectType: "ProgressReport", objectId: reportId, bodyId, after: { values: checked } }),
        });
        if (!written.permitted) {
          // Something the checks read changed before the statement ran: read again to say what.
          checkReportTarget(ctx, await reportTarget());
          refuse(UserErrorCode.CONFLICT, "The commitment or your organisation's membership changed while reporting; try again.", ["input", "commitmentId"]);
        }
        return written.report && asNode("ProgressReport", written.report);
      },
      async (reportId) => {
        const [earlier] = await findReports(db, ctx.scope, [reportId]);
        return earlier ? asNode("ProgressReport", earlier) : null;
      },
    );
  }));
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

/** Whether the viewer may report on the commitment (the same checks the write statement makes again). */
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
    const checked = values.values ? await checkValues(tx, priority.id, values.values) : await findValuesOfRevision(tx, report.id, report.revision);
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
