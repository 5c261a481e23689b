import { Field, ObjectType } from "type-graphql";
import { UserError } from "../../shared/user-errors.js";
import { PayloadType } from "../../shared/write.js";
import { Indicator, Priority } from "./priority.type.js";

export const PriorityPayload = PayloadType(Priority, "Priority", "priority", "a priority");
export const IndicatorPayload = PayloadType(Indicator, "Indicator", "indicator", "an indicator");

@ObjectType({ simpleResolvers: true, description: "The result of carrying priorities forward." })
export class PrioritiesCarryForwardPayload {
  @Field(() => [Priority], { description: "The new priorities of the later year (empty when there was nothing left to carry)." })
  priorities!: unknown[];

  @Field(() => [UserError], { description: "Why the write was refused; empty when it succeeded." })
  userErrors!: UserError[];
}
