import { GraphQLLocalDate } from "graphql-scalars";
import { Field, Float, ID, InputType, Int, registerEnumType } from "type-graphql";
import { LocalizedTextInput } from "../../shared/language.js";
import { ReportStatus } from "./progress.type.js";
import { OrderDirection, OrderInputType } from "../../shared/connection.js";

export enum ProgressReportOrderField {
  PERIOD_END = "PERIOD_END",
  SUBMITTED_AT = "SUBMITTED_AT",
}
registerEnumType(ProgressReportOrderField, {
  name: "ProgressReportOrderField",
  description: "What to sort progress reports by.",
  valuesConfig: {
    PERIOD_END: { description: "The end of the period reported on (the default, latest first)." },
    SUBMITTED_AT: { description: "When the shown revision was submitted." },
  },
});

export const ProgressReportOrder = OrderInputType<ProgressReportOrderField>(ProgressReportOrderField, "ProgressReport", "progress reports", OrderDirection.DESC);
export type ProgressReportOrder = InstanceType<typeof ProgressReportOrder>;

@InputType({ description: "The value reported for one indicator of the commitment's priority." })
export class IndicatorValueInput {
  @Field(() => ID, { description: "An indicator of the commitment's priority." })
  indicatorId!: string;

  @Field(() => Float, { nullable: true, description: "The number (UNIT and PERCENTAGE indicators; 0–100 for PERCENTAGE)." })
  value?: number | null;

  @Field(() => String, { nullable: true, description: "The change in words (required for QUALITATIVE indicators; a note otherwise)." })
  text?: string | null;
}

@InputType({ description: "A partner reports progress on its commitment for one period." })
export class ProgressReportSubmitInput {
  @Field(() => ID, { description: "The commitment reported on." })
  commitmentId!: string;

  @Field(() => GraphQLLocalDate, { description: "The first day of the period." })
  periodStart!: string;

  @Field(() => GraphQLLocalDate, { description: "The last day of the period." })
  periodEnd!: string;

  @Field(() => ReportStatus, { description: "How the organisation rates its progress." })
  status!: keyof typeof ReportStatus;

  @Field(() => LocalizedTextInput, { nullable: true, description: "What happened in the period." })
  narrative?: LocalizedTextInput | null;

  @Field(() => [IndicatorValueInput], { description: "Values for the indicators of the commitment's priority." })
  values!: IndicatorValueInput[];

  @Field(() => String, { nullable: true, description: "Send the same key again to retry safely: a retry returns the first result." })
  idempotencyKey?: string | null;
}

@InputType({ description: "A correction: a new revision of the report; omitted fields keep the current revision's." })
export class ProgressReportCorrectInput {
  @Field(() => ID, { description: "The report." })
  reportId!: string;

  @Field(() => Int, { description: "The `version` last read; a stale version is a CONFLICT." })
  expectedVersion!: number;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "The first day of the period." })
  periodStart?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "The last day of the period." })
  periodEnd?: string | null;

  @Field(() => ReportStatus, { nullable: true, description: "How the organisation rates its progress." })
  status?: keyof typeof ReportStatus | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: "What happened in the period." })
  narrative?: LocalizedTextInput | null;

  @Field(() => [IndicatorValueInput], { nullable: true, description: "The values, replacing the current revision's." })
  values?: IndicatorValueInput[] | null;
}

export enum ReviewDecision {
  VALIDATE = "VALIDATE",
  RETURN = "RETURN",
}
registerEnumType(ReviewDecision, {
  name: "ReviewDecision",
  description: "A lead's decision on a submitted report.",
  valuesConfig: {
    VALIDATE: { description: "Accept the report; it is locked against changes." },
    RETURN: { description: "Send it back for correction, with a comment." },
  },
});

@InputType({ description: "A lead reviews a submitted report." })
export class ProgressReportReviewInput {
  @Field(() => ID, { description: "The report." })
  reportId!: string;

  @Field(() => ReviewDecision, { description: "Validate or return." })
  decision!: ReviewDecision;

  @Field(() => String, { nullable: true, description: "The reviewer's comment; required when returning." })
  comment?: string | null;

  @Field(() => Int, { nullable: true, description: "The `version` last read; when given, a stale version is a CONFLICT." })
  expectedVersion?: number | null;
}

@InputType({ description: "A lead unlocks a validated report so that it can be corrected." })
export class ProgressReportUnlockInput {
  @Field(() => ID, { description: "The report." })
  reportId!: string;

  @Field(() => String, { description: "Why it is unlocked; recorded in the audit trail and shown as the reviewer's comment." })
  reason!: string;

  @Field(() => Int, { nullable: true, description: "The `version` last read; when given, a stale version is a CONFLICT." })
  expectedVersion?: number | null;
}
