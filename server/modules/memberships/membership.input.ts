import { GraphQLLocalDate } from "graphql-scalars";
import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { OrderInputType } from "../../shared/connection.js";
import { MembershipRole, MembershipStatus } from "./membership.type.js";

@InputType({ description: "Narrows a list of memberships; all given conditions must hold." })
export class MembershipFilter {
  @Field(() => [MembershipRole], { nullable: true, description: "Only these roles." })
  roles?: MembershipRole[] | null;

  @Field(() => [MembershipStatus], {
    nullable: true,
    description: "Only these statuses. When omitted: every status but ENDED (ask for ENDED to see history).",
  })
  statuses?: MembershipStatus[] | null;
}

export enum MembershipOrderField {
  ORGANISATION_NAME = "ORGANISATION_NAME",
  BODY_NAME = "BODY_NAME",
  ROLE = "ROLE",
  START_DATE = "START_DATE",
  CREATED_AT = "CREATED_AT",
}
registerEnumType(MembershipOrderField, {
  name: "MembershipOrderField",
  description: "What to sort memberships by.",
  valuesConfig: {
    ORGANISATION_NAME: { description: "The organisation's name in the request's language (the default for a body's members)." },
    BODY_NAME: { description: "The body's name in the request's language (the default for an organisation's memberships)." },
    ROLE: { description: "Chair, then co-chair, member, observer." },
    START_DATE: { description: "When the membership started." },
    CREATED_AT: { description: "When the membership was recorded." },
  },
});

export const MembershipOrder = OrderInputType<MembershipOrderField>(MembershipOrderField, "Membership", "memberships");
export type MembershipOrder = InstanceType<typeof MembershipOrder>;

@InputType({ description: "A lead adds an organisation to a body, as an active member." })
export class MembershipCreateInput {
  @Field(() => ID, { description: "The body." })
  bodyId!: string;

  @Field(() => ID, { description: "The organisation to add." })
  organisationId!: string;

  @Field(() => MembershipRole, { description: "The organisation's role." })
  role!: MembershipRole;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "When the membership starts; today when omitted." })
  startDate?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "When the membership is planned to end, if known." })
  endDate?: string | null;
}

@InputType({ description: "A user asks for their own organisation to join a body; a lead approves or declines." })
export class MembershipRequestInput {
  @Field(() => ID, { description: "The body to join." })
  bodyId!: string;

  @Field(() => MembershipRole, { defaultValue: "MEMBER", description: "The role asked for: MEMBER (the default) or OBSERVER." })
  role!: MembershipRole;

  @Field(() => String, { nullable: true, description: "Send the same key again to retry safely: a retry returns the first result." })
  idempotencyKey?: string | null;
}

@InputType({ description: "A change of a membership's state, made by a lead." })
export class MembershipTransitionInput {
  @Field(() => ID, { description: "The membership." })
  membershipId!: string;

  @Field(() => Int, { description: "The `version` the lead last read; a stale version is a CONFLICT." })
  expectedVersion!: number;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "When the change takes effect (start date on approval, end date on ending); today when omitted." })
  date?: string | null;
}

@InputType({ description: "A lead changes a membership's role or dates." })
export class MembershipUpdateInput {
  @Field(() => ID, { description: "The membership." })
  membershipId!: string;

  @Field(() => Int, { description: "The `version` the lead last read; a stale version is a CONFLICT." })
  expectedVersion!: number;

  @Field(() => MembershipRole, { nullable: true, description: "The new role." })
  role?: MembershipRole | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "The new start date." })
  startDate?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "The new (planned) end date." })
  endDate?: string | null;
}

@InputType({ description: "A person who represents an organisation in a body." })
export class FocalPointAddInput {
  @Field(() => ID, { description: "The membership the person represents." })
  membershipId!: string;

  @Field(() => String, { description: "The person's name." })
  name!: string;

  @Field(() => String, { nullable: true, description: "The person's job title." })
  title?: string | null;

  @Field(() => String, { nullable: true, description: "E-mail address." })
  email?: string | null;

  @Field(() => String, { nullable: true, description: "Phone number." })
  phone?: string | null;
}

@InputType({ description: "Changes to a focal point; omitted fields stay as they are, null clears an optional one." })
export class FocalPointUpdateInput {
  @Field(() => ID, { description: "The focal point." })
  focalPointId!: string;

  @Field(() => Int, { description: "The `version` last read; a stale version is a CONFLICT." })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: "The person's name." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "The person's job title." })
  title?: string | null;

  @Field(() => String, { nullable: true, description: "E-mail address." })
  email?: string | null;

  @Field(() => String, { nullable: true, description: "Phone number." })
  phone?: string | null;
}

@InputType({ description: "Removes a focal point (the audit trail keeps what it was)." })
export class FocalPointRemoveInput {
  @Field(() => ID, { description: "The focal point." })
  focalPointId!: string;

  @Field(() => Int, { description: "The `version` last read; a stale version is a CONFLICT." })
  expectedVersion!: number;
}
