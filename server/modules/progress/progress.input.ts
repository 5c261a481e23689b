import { Field, InputType, registerEnumType } from "type-graphql";
import { OrderDirection } from "../../shared/connection.js";

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

@InputType({ description: "How to sort progress reports." })
export class ProgressReportOrder {
  @Field(() => ProgressReportOrderField, { description: "The field to sort by." })
  field!: ProgressReportOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.DESC, description: "The direction; latest first by default." })
  direction!: OrderDirection;
}
