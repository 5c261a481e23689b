import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { OrderDirection } from "../../shared/connection.js";
import { CommitmentStatus } from "./commitment.type.js";

@InputType({ description: "Narrows a list of commitments; all given conditions must hold." })
export class CommitmentFilter {
  @Field(() => ID, { nullable: true, description: "Only this organisation's commitments." })
  organisationId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only commitments against this priority." })
  priorityId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only commitments against this body's priorities." })
  bodyId?: string | null;

  @Field(() => CommitmentStatus, { nullable: true, description: "Only commitments with this status." })
  status?: CommitmentStatus | null;

  @Field(() => Int, { nullable: true, description: "Only commitments against priorities of this year." })
  year?: number | null;
}

export enum CommitmentOrderField {
  CREATED_AT = "CREATED_AT",
  UPDATED_AT = "UPDATED_AT",
  ORGANISATION_NAME = "ORGANISATION_NAME",
}
registerEnumType(CommitmentOrderField, {
  name: "CommitmentOrderField",
  description: "What to sort commitments by.",
  valuesConfig: {
    CREATED_AT: { description: "When the commitment was made (the default)." },
    UPDATED_AT: { description: "When the commitment last changed." },
    ORGANISATION_NAME: { description: "The committing organisation's name in the request's language." },
  },
});

@InputType({ description: "How to sort commitments." })
export class CommitmentOrder {
  @Field(() => CommitmentOrderField, { description: "The field to sort by." })
  field!: CommitmentOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: "The direction; ascending by default." })
  direction!: OrderDirection;
}
