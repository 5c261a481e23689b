import { Field, Float, ID, InputType, Int, registerEnumType } from "type-graphql";
import { LocalizedTextInput } from "../../shared/language.js";
import { OrderInputType } from "../../shared/connection.js";
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

export const CommitmentOrder = OrderInputType<CommitmentOrderField>(CommitmentOrderField, "Commitment", "commitments");
export type CommitmentOrder = InstanceType<typeof CommitmentOrder>;

@InputType({ description: "The organisation's own target for one indicator of the priority." })
export class CommitmentTargetInput {
  @Field(() => ID, { description: "An indicator of the commitment's priority." })
  indicatorId!: string;

  @Field(() => Float, { nullable: true, description: "The value aimed for (not for QUALITATIVE indicators; 0–100 for PERCENTAGE)." })
  target?: number | null;

  @Field(() => String, { nullable: true, description: "The aim in words." })
  note?: string | null;
}

@InputType({ description: "A pledge against a priority: by a member for its own organisation, or by a lead or admin on a member's behalf." })
export class CommitmentCreateInput {
  @Field(() => ID, { description: "The priority committed against." })
  priorityId!: string;

  @Field(() => ID, { nullable: true, description: "The committing organisation; the viewer's own when omitted." })
  organisationId?: string | null;

  @Field(() => LocalizedTextInput, { description: "What the organisation will do." })
  description!: LocalizedTextInput;

  @Field(() => CommitmentStatus, { defaultValue: "PLANNED", description: "PLANNED (the default), IN_PROGRESS or COMPLETED." })
  status!: CommitmentStatus;

  @Field(() => [CommitmentTargetInput], { nullable: true, description: "Targets per indicator of the priority." })
  targets?: CommitmentTargetInput[] | null;

  @Field(() => String, { nullable: true, description: "Send the same key again to retry safely: a retry returns the first result." })
  idempotencyKey?: string | null;
}

@InputType({ description: "Changes to a commitment; omitted fields stay as they are. `targets`, when given, replaces all targets." })
export class CommitmentUpdateInput {
  @Field(() => ID, { description: "The commitment." })
  commitmentId!: string;

  @Field(() => Int, { description: "The `version` last read; a stale version is a CONFLICT." })
  expectedVersion!: number;

  @Field(() => LocalizedTextInput, { nullable: true, description: "What the organisation will do." })
  description?: LocalizedTextInput | null;

  @Field(() => CommitmentStatus, { nullable: true, description: "PLANNED, IN_PROGRESS or COMPLETED (withdraw with commitmentWithdraw)." })
  status?: CommitmentStatus | null;

  @Field(() => [CommitmentTargetInput], { nullable: true, description: "The new targets, replacing the old ones." })
  targets?: CommitmentTargetInput[] | null;
}

@InputType({ description: "Withdraws a commitment; it stays in history with its reports." })
export class CommitmentWithdrawInput {
  @Field(() => ID, { description: "The commitment." })
  commitmentId!: string;

  @Field(() => Int, { description: "The `version` last read; a stale version is a CONFLICT." })
  expectedVersion!: number;
}
