import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { localize, LocalizedTextType } from "../../shared/language.js";
import { commitmentById } from "../commitments/commitment.service.js";
import { Commitment } from "../commitments/commitment.type.js";
import { indicatorById } from "../priorities/priority.service.js";
import { Indicator } from "../priorities/priority.type.js";
import { valuesOfReport } from "./progress.service.js";
import { IndicatorValue, ProgressReport, type ProgressReportRow, type ReportValueRow } from "./progress.type.js";

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
}

@Resolver(() => IndicatorValue)
export class IndicatorValueResolver {
  @FieldResolver(() => Indicator, { description: "The indicator the value is for." })
  async indicator(@Root() value: ReportValueRow, @Ctx() ctx: Context) {
    return indicatorById(ctx).load(value.indicatorId);
  }
}
