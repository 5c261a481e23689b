import { Field, ID, ObjectType } from "type-graphql";
import { UserError } from "../../shared/user-errors.js";
import { PayloadType } from "../../shared/write.js";
import { FocalPoint, Membership } from "./membership.type.js";

export const MembershipPayload = PayloadType(Membership, "Membership", "membership", "a membership");
export const FocalPointPayload = PayloadType(FocalPoint, "FocalPoint", "focalPoint", "a focal point");

@ObjectType({ simpleResolvers: true, description: "The result of removing a focal point." })
export class FocalPointRemovePayload {
  @Field(() => ID, { nullable: true, description: "The id the removed focal point had; null when the removal was refused." })
  removedFocalPointId!: string | null;

  @Field(() => [UserError], { description: "Why the removal was refused; empty when it succeeded." })
  userErrors!: UserError[];
}
