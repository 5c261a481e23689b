import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { OrderDirection } from "../../shared/connection.js";
import { WorkArea } from "../bodies/body.type.js";

@InputType({ description: "Narrows a list of priorities; all given conditions must hold." })
export class PriorityFilter {
  @Field(() => ID, { nullable: true, description: "Only this body's priorities." })
  bodyId?: string | null;

  @Field(() => Int, { nullable: true, description: "Only priorities for this year." })
  year?: number | null;

  @Field(() => WorkArea, { nullable: true, description: "Only priorities in this work area." })
  workArea?: WorkArea | null;

  @Field(() => Boolean, { defaultValue: false, description: "Include archived priorities (excluded by default)." })
  includeArchived!: boolean;
}

export enum PriorityOrderField {
  CREATED_AT = "CREATED_AT",
  YEAR = "YEAR",
  TITLE = "TITLE",
}
registerEnumType(PriorityOrderField, {
  name: "PriorityOrderField",
  description: "What to sort priorities by.",
  valuesConfig: {
    CREATED_AT: { description: "When the priority was set (the default)." },
    YEAR: { description: "The priority's year." },
    TITLE: { description: "The title in the request's language." },
  },
});

@InputType({ description: "How to sort priorities." })
export class PriorityOrder {
  @Field(() => PriorityOrderField, { description: "The field to sort by." })
  field!: PriorityOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: "The direction; ascending by default." })
  direction!: OrderDirection;
}
