import { Field, Float, Int, ObjectType } from "type-graphql";
import { CommitmentStatus } from "../commitments/commitment.type.js";
import { ReportStatus } from "../progress/progress.type.js";

@ObjectType({ simpleResolvers: true, description: "How many commitments have one status." })
export class CommitmentStatusCount {
  @Field(() => CommitmentStatus, { description: "The status." })
  status!: keyof typeof CommitmentStatus;

  @Field(() => Int, { description: "How many commitments have it." })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: "How many live commitments' latest reports have one status." })
export class ReportStatusCount {
  @Field(() => ReportStatus, { description: "The status reported." })
  status!: keyof typeof ReportStatus;

  @Field(() => Int, { description: "How many latest reports have it." })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: "Progress on one indicator across the live commitments against its priority." })
export class IndicatorProgress {
  indicatorId!: string;

  @Field(() => Float, { nullable: true, description: "The priority's own target for the indicator." })
  target!: number | null;

  @Field(() => Float, { nullable: true, description: "The commitments' targets for the indicator: their sum, or their average for a PERCENTAGE (null when none set one)." })
  committedTarget!: number | null;

  @Field(() => Float, { nullable: true, description: "The values in the commitments' latest reports: their sum, or their average for a PERCENTAGE (null when none reported a number)." })
  reportedValue!: number | null;

  @Field(() => Int, { description: "How many latest reports give a value for the indicator." })
  reportingCommitments!: number;
}

@ObjectType({ simpleResolvers: true, description: "Where a priority stands: its commitments, their latest reports and the indicators' totals." })
export class PriorityProgressSummary {
  @Field(() => [CommitmentStatusCount], { description: "Commitments by status (withdrawn ones included)." })
  commitmentsByStatus!: CommitmentStatusCount[];

  @Field(() => [ReportStatusCount], { description: "The latest report of each live commitment, by status." })
  latestReportsByStatus!: ReportStatusCount[];

  @Field(() => Int, { description: "Reports on live commitments waiting for a lead's review." })
  reportsAwaitingReview!: number;

  @Field(() => [IndicatorProgress], { description: "Per indicator: target, committed targets and reported values." })
  indicators!: IndicatorProgress[];
}

@ObjectType({ simpleResolvers: true, description: "Where a body's work of one year stands, over its open priorities." })
export class BodyReportingSummary {
  @Field(() => Int, { description: "The year summarised." })
  year!: number;

  @Field(() => Int, { description: "The body's open priorities for the year." })
  priorities!: number;

  @Field(() => Int, { description: "How many organisations hold live commitments against them." })
  organisationsCommitted!: number;

  @Field(() => [CommitmentStatusCount], { description: "Commitments by status (withdrawn ones included)." })
  commitmentsByStatus!: CommitmentStatusCount[];

  @Field(() => [ReportStatusCount], { description: "The latest report of each live commitment, by status." })
  latestReportsByStatus!: ReportStatusCount[];

  @Field(() => Int, { description: "Reports on live commitments waiting for a lead's review." })
  reportsAwaitingReview!: number;
}
