import { GraphQLLocalDate } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { MEMBERSHIP_ROLES, MEMBERSHIP_STATUSES, type focalPoints, type memberships } from "../../../schema/database.js";
import { ConnectionType } from "../../shared/connection.js";
import { enumOf } from "../../shared/enums.js";
import { Node, type NodeRow } from "../../shared/node.js";

export const MembershipRole = enumOf(MEMBERSHIP_ROLES, "MembershipRole", "The part an organisation plays in a body.", {
  CHAIR: "Chairs the body; a lead.",
  CO_CHAIR: "Co-chairs the body; a lead.",
  MEMBER: "A member: commits against priorities and reports progress.",
  OBSERVER: "Follows the body's work (e.g. member states and donors); does not commit or report.",
});
export type MembershipRole = keyof typeof MembershipRole;

export const MembershipStatus = enumOf(MEMBERSHIP_STATUSES, "MembershipStatus", "Where a membership stands.", {
  REQUESTED: "The organisation asked to join; a lead has not decided yet.",
  ACTIVE: "A current membership.",
  SUSPENDED: "Paused by a lead; the organisation acts as a non-member meanwhile.",
  ENDED: "Over; kept as history.",
});
export type MembershipStatus = keyof typeof MembershipStatus;

export type MembershipRow = NodeRow<typeof memberships.$inferSelect>;
export type FocalPointRow = NodeRow<typeof focalPoints.$inferSelect & { bodyId: string }>;

@ObjectType("Membership", {
  simpleResolvers: true,
  implements: Node,
  description: "An organisation's place in a coordination body: its role, status and dates. Ended memberships are kept as history.",
})
export class Membership extends Node {
  @Field(() => MembershipRole, { description: "The organisation's role in the body." })
  role!: MembershipRole;

  @Field(() => MembershipStatus, { description: "Whether the membership is requested, active, suspended or ended." })
  status!: MembershipStatus;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "When the membership started." })
  startDate!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "When the membership ended, if it has." })
  endDate!: string | null;

  @Field(() => Int, { description: "Increases with every change; send it back as `expectedVersion` when changing the membership." })
  version!: number;

  @Field(() => Date, { description: "When the membership was recorded." })
  createdAt!: Date;

  @Field(() => Date, { description: "When the membership last changed." })
  updatedAt!: Date;
}

export const MembershipConnection = ConnectionType(Membership, "Membership", "memberships");

@ObjectType("FocalPoint", {
  simpleResolvers: true,
  implements: Node,
  description:
    "A person who represents an organisation in a body. E-mail and phone are personal data: only members of the body and admins see them.",
})
export class FocalPoint extends Node {
  @Field(() => String, { description: "The person's name." })
  name!: string;

  @Field(() => String, { nullable: true, description: "The person's job title." })
  title!: string | null;

  @Field(() => Int, { description: "Increases with every change; send it back as `expectedVersion` when changing or removing the focal point." })
  version!: number;
}
