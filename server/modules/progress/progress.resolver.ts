import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { localize, LocalizedTextType } from "../../shared/language.js";
import { commitmentById } from "../commitments/commitment.service.js";
import { Commitment } from "../commitments/commitment.type.js";
import { indicatorById } from "../priorities/priority.service.js";
import { Indicator } from "../priorities/priority.type.js";
import { can } from "../auth/policy.js";
import { standingForReport } from "../commitments/commitment.service.js";
import { revisionsOfReport, valuesOfReport, valuesOfRevision } from "./progress.service.js";
import { IndicatorValue, ProgressReport, ProgressReportRevision, type ProgressReportRow, type ReportValueRow, type RevisionRow } from "./progress.type.js";

@Resolver(() => ProgressReport)
export class ProgressReportResolver {
  @FieldResolver(() => Commitment, { description: "The commitment reported on." })
  async commitment(@Root() report: ProgressReportRow, @Ctx() ctx: Context) {
    return commitmentById(ctx).load(report.commitmentId);
  }

  @FieldResolver(() => String, { nullable: true, description: "What happened in the period, in the request's language." })
  narrative(@Root() report: ProgressReportRow, @Ctx() ctx: Context) {
    return localize(report.narrative, ctx.language);
  }

  @FieldResolver(() => LocalizedTextType, { nullable: true, description: "What happened in the period, in English and Arabic." })
  narrativeTranslations(@Root() report: ProgressReportRow) {
    return report.narrative;
  }

  @FieldResolver(() => [IndicatorValue], { description: "The values reported per indicator, in the shown revision." })
  values(@Root() report: ProgressReportRow, @Ctx() ctx: Context) {
    return valuesOfReport(ctx).load(report.id);
  }

  @FieldResolver(() => [ProgressReportRevision], { description: "Every revision of the report, oldest first; the last is the one shown." })
  revisions(@Root() report: ProgressReportRow, @Ctx() ctx: Context) {
    return revisionsOfReport(ctx).load(report.id);
  }

  @FieldResolver(() => Boolean, { description: "Whether the report is locked against corrections (validated)." })
  locked(@Root() report: ProgressReportRow) {
    return report.reviewState === "VALIDATED";
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may correct the report now (the committing organisation's members, while not locked)." })
  async viewerCanCorrect(@Root() report: ProgressReportRow, @Ctx() ctx: Context) {
    const standing = await standingForReport(ctx, report);
    return report.reviewState !== "VALIDATED" && standing !== null && can.report(standing.standing, standing.own);
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may review the report now (the body's leads, while it is SUBMITTED)." })
  async viewerCanReview(@Root() report: ProgressReportRow, @Ctx() ctx: Context) {
    const standing = await standingForReport(ctx, report);
    return report.reviewState === "SUBMITTED" && standing !== null && can.lead(standing.standing);
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may unlock the report now (the body's leads, once it is validated)." })
  async viewerCanUnlock(@Root() report: ProgressReportRow, @Ctx() ctx: Context) {
    const standing = await standingForReport(ctx, report);
    return report.reviewState === "VALIDATED" && standing !== null && can.lead(standing.standing);
  }
}

@Resolver(() => ProgressReportRevision)
export class ProgressReportRevisionResolver {
  @FieldResolver(() => String, { nullable: true, description: "What happened in the period, in the request's language." })
  narrative(@Root() revision: RevisionRow, @Ctx() ctx: Context) {
    return localize(revision.narrative, ctx.language);
  }

  @FieldResolver(() => LocalizedTextType, { nullable: true, description: "What happened in the period, in English and Arabic." })
  narrativeTranslations(@Root() revision: RevisionRow) {
    return revision.narrative;
  }

  @FieldResolver(() => [IndicatorValue], { description: "The values reported per indicator in this revision." })
  values(@Root() revision: RevisionRow, @Ctx() ctx: Context) {
    return valuesOfRevision(ctx).load(`${revision.reportId}:${revision.revision}`);
  }
}

@Resolver(() => IndicatorValue)
export class IndicatorValueResolver {
  @FieldResolver(() => Indicator, { description: "The indicator the value is for." })
  async indicator(@Root() value: ReportValueRow, @Ctx() ctx: Context) {
    return indicatorById(ctx).load(value.indicatorId);
  }
}
