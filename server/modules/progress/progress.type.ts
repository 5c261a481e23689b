import { GraphQLLocalDate } from "graphql-scalars";
import { Field, Float, Int, ObjectType } from "type-graphql";
import { REPORT_STATUSES, REVIEW_STATES, type progressReportRevisions, type progressReports, type progressReportValues } from "../../../schema/database.js";
import { ConnectionType } from "../../shared/connection.js";
import { enumOf } from "../../shared/enums.js";
import { Node, type NodeRow } from "../../shared/node.js";

export const ReportStatus = enumOf(REPORT_STATUSES, "ReportStatus", "How the reporting organisation rates its progress.", {
  ON_TRACK: "On track.",
  AT_RISK: "At risk of missing the target.",
  OFF_TRACK: "Off track.",
  DONE: "Done.",
});

export const ReviewState = enumOf(REVIEW_STATES, "ReviewState", "Where the leads' review of a report stands.", {
  SUBMITTED: "Waiting for a lead's review.",
  VALIDATED: "Validated by a lead; locked against changes.",
  RETURNED: "Sent back by a lead with a comment, for correction.",
});

export type ProgressReportRow = NodeRow<typeof progressReports.$inferSelect>;
export type ReportValueRow = typeof progressReportValues.$inferSelect;

@ObjectType("ProgressReport", {
  simpleResolvers: true,
  implements: Node,
  description:
    "A partner's report on a commitment for one period: values per indicator, a status and a narrative, reviewed by the body's leads. " +
    "Corrections make new revisions; nothing is overwritten.",
})
export class ProgressReport extends Node {
  @Field(() => GraphQLLocalDate, { description: "The first day of the period reported on." })
  periodStart!: string;

  @Field(() => GraphQLLocalDate, { description: "The last day of the period reported on." })
  periodEnd!: string;

  @Field(() => ReportStatus, { description: "How the organisation rates its progress." })
  status!: keyof typeof ReportStatus;

  @Field(() => ReviewState, { description: "Where the leads' review stands." })
  reviewState!: keyof typeof ReviewState;

  @Field(() => String, { nullable: true, description: "The reviewing lead's comment, e.g. why the report was returned." })
  reviewerComment!: string | null;

  @Field(() => Date, { nullable: true, description: "When a lead last reviewed the report." })
  reviewedAt!: Date | null;

  @Field(() => Int, { description: "The revision shown: 1 for the first submission, one more for each correction." })
  revision!: number;

  @Field(() => Date, { description: "When this revision was submitted." })
  submittedAt!: Date;

  @Field(() => Int, { description: "Increases with every change; send it back as `expectedVersion` when correcting the report." })
  version!: number;
}

export const ProgressReportConnection = ConnectionType(ProgressReport, "ProgressReport", "progress reports");

@ObjectType("IndicatorValue", { simpleResolvers: true, description: "The value a progress report gives for one indicator." })
export class IndicatorValue {
  @Field(() => Float, { nullable: true, description: "The number reported (unit or percentage indicators)." })
  value!: number | null;

  @Field(() => String, { nullable: true, description: "The change described (qualitative indicators), or a note on the number." })
  text!: string | null;
}

export type RevisionRow = typeof progressReportRevisions.$inferSelect;

@ObjectType("ProgressReportRevision", { simpleResolvers: true, description: "One revision of a progress report, as it was submitted; revisions are never changed." })
export class ProgressReportRevision {
  @Field(() => Int, { description: "The revision number, from 1." })
  revision!: number;

  @Field(() => GraphQLLocalDate, { description: "The first day of the period reported on." })
  periodStart!: string;

  @Field(() => GraphQLLocalDate, { description: "The last day of the period reported on." })
  periodEnd!: string;

  @Field(() => ReportStatus, { description: "How the organisation rated its progress." })
  status!: keyof typeof ReportStatus;

  @Field(() => Date, { description: "When the revision was submitted." })
  submittedAt!: Date;
}
