import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { toPayload } from "../../shared/write.js";
import { ProgressReportCorrectInput, ProgressReportReviewInput, ProgressReportSubmitInput, ProgressReportUnlockInput } from "./progress.input.js";
import { ProgressReportPayload } from "./progress.payload.js";
import { correctReport, reviewReport, submitReport, unlockReport } from "./progress-write.service.js";

@Resolver()
export class ProgressMutationResolver {
  @Mutation(() => ProgressReportPayload, {
    description: "A partner reports progress on its organisation's commitment for a period. Retry safely with `idempotencyKey`.",
  })
  progressReportSubmit(@Ctx() ctx: Context, @Arg("input", () => ProgressReportSubmitInput, { description: "The report." }) input: ProgressReportSubmitInput) {
    return toPayload("progressReport", submitReport(ctx, input));
  }

  @Mutation(() => ProgressReportPayload, {
    description: "A partner corrects a report: a new revision, back to SUBMITTED; earlier revisions stay readable. Refused (LOCKED) once validated.",
  })
  progressReportCorrect(@Ctx() ctx: Context, @Arg("input", () => ProgressReportCorrectInput, { description: "The correction." }) input: ProgressReportCorrectInput) {
    return toPayload("progressReport", correctReport(ctx, input));
  }

  @Mutation(() => ProgressReportPayload, { description: "A lead validates a submitted report (locking it) or returns it with a comment." })
  progressReportReview(@Ctx() ctx: Context, @Arg("input", () => ProgressReportReviewInput, { description: "The decision." }) input: ProgressReportReviewInput) {
    return toPayload("progressReport", reviewReport(ctx, input));
  }

  @Mutation(() => ProgressReportPayload, { description: "A lead unlocks a validated report, with a reason, so that it can be corrected (it becomes RETURNED)." })
  progressReportUnlock(@Ctx() ctx: Context, @Arg("input", () => ProgressReportUnlockInput, { description: "The report and the reason." }) input: ProgressReportUnlockInput) {
    return toPayload("progressReport", unlockReport(ctx, input));
  }
}
