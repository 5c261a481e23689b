import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import type { BodyRow } from "../bodies/body.type.js";
import { CoordinationBody } from "../bodies/body.type.js";
import { indicatorById } from "../priorities/priority.service.js";
import { Indicator, Priority, type PriorityRow } from "../priorities/priority.type.js";
import { progressSummaryOf, reportingSummaryOf } from "./summary.service.js";
import { BodyReportingSummary, IndicatorProgress, PriorityProgressSummary } from "./summary.type.js";

@Resolver(() => Priority)
export class PrioritySummaryResolver {
  @FieldResolver(() => PriorityProgressSummary, { description: "Where the priority stands: commitments by status, latest reports, totals per indicator." })
  progressSummary(@Root() priority: PriorityRow, @Ctx() ctx: Context) {
    return progressSummaryOf(ctx, priority);
  }
}

@Resolver(() => CoordinationBody)
export class BodySummaryResolver {
  @FieldResolver(() => BodyReportingSummary, {
    nullable: true,
    description: "Where the body's work of a year stands, over its open priorities; null when its details are hidden from the viewer.",
  })
  reportingSummary(@Root() body: BodyRow, @Ctx() ctx: Context, @Arg("year", () => Int, { description: "The year to summarise." }) year: number) {
    return reportingSummaryOf(ctx, body, year);
  }
}

@Resolver(() => IndicatorProgress)
export class IndicatorProgressResolver {
  @FieldResolver(() => Indicator, { description: "The indicator." })
  async indicator(@Root() progress: IndicatorProgress, @Ctx() ctx: Context) {
    return indicatorById(ctx).load(progress.indicatorId);
  }
}
