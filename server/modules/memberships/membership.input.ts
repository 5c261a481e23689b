import { Field, InputType, registerEnumType } from "type-graphql";
import { OrderDirection } from "../../shared/connection.js";
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

@InputType({ description: "How to sort memberships." })
export class MembershipOrder {
  @Field(() => MembershipOrderField, { description: "The field to sort by." })
  field!: MembershipOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: "The direction; ascending by default." })
  direction!: OrderDirection;
}
