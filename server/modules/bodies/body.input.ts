import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { OrderInputType } from "../../shared/connection.js";
import { BodyKind, BodyLevel, WorkArea } from "./body.type.js";

@InputType({ description: "Narrows a list of coordination bodies; all given conditions must hold." })
export class BodyFilter {
  @Field(() => [BodyKind], { nullable: true, description: "Only bodies of these kinds." })
  kinds?: (keyof typeof BodyKind)[] | null;

  @Field(() => [BodyLevel], { nullable: true, description: "Only bodies at these levels." })
  levels?: (keyof typeof BodyLevel)[] | null;

  @Field(() => String, { nullable: true, description: "Text in the English or Arabic name, or the acronym (case-insensitive)." })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: "Only bodies that sit in this framework." })
  frameworkId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only bodies directly under this body." })
  parentId?: string | null;
}

export enum BodyOrderField {
  NAME = "NAME",
  CREATED_AT = "CREATED_AT",
}
registerEnumType(BodyOrderField, {
  name: "BodyOrderField",
  description: "What to sort coordination bodies by.",
  valuesConfig: {
    NAME: { description: "The name in the request's language." },
    CREATED_AT: { description: "When the body was recorded." },
  },
});

export const BodyOrder = OrderInputType<BodyOrderField>(BodyOrderField, "Body", "coordination bodies");
export type BodyOrder = InstanceType<typeof BodyOrder>;

@InputType({ description: "Narrows a body's priorities." })
export class PriorityOfBodyFilter {
  @Field(() => WorkArea, { nullable: true, description: "Only priorities in this work area." })
  workArea?: keyof typeof WorkArea | null;

  @Field(() => Boolean, { defaultValue: false, description: "Include archived priorities (excluded by default)." })
  includeArchived!: boolean;
}
