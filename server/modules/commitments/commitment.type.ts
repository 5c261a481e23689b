import { Field, Float, Int, ObjectType } from "type-graphql";
import { COMMITMENT_STATUSES, type commitments, type commitmentTargets } from "../../../schema/database.js";
import { ConnectionType } from "../../shared/connection.js";
import { enumOf } from "../../shared/enums.js";
import { Node, type NodeRow } from "../../shared/node.js";

export const CommitmentStatus = enumOf(COMMITMENT_STATUSES, "CommitmentStatus", "Where a commitment stands.", {
  PLANNED: "Pledged, work not started.",
  IN_PROGRESS: "Work under way.",
  COMPLETED: "Done.",
  WITHDRAWN: "Withdrawn by the organisation; kept as history.",
});
export type CommitmentStatus = keyof typeof CommitmentStatus;

export type CommitmentRow = NodeRow<typeof commitments.$inferSelect>;
export type CommitmentTargetRow = typeof commitmentTargets.$inferSelect;

@ObjectType("Commitment", {
  simpleResolvers: true,
  implements: Node,
  description: "What a partner organisation pledges to do against a body's priority, with its own targets per indicator.",
})
export class Commitment extends Node {
  @Field(() => CommitmentStatus, { description: "Where the commitment stands." })
  status!: CommitmentStatus;

  @Field(() => Int, { description: "Increases with every change; send it back as `expectedVersion` when changing the commitment." })
  version!: number;

  @Field(() => Date, { description: "When the commitment was made." })
  createdAt!: Date;

  @Field(() => Date, { description: "When the commitment last changed." })
  updatedAt!: Date;
}

export const CommitmentConnection = ConnectionType(Commitment, "Commitment", "commitments");

@ObjectType("CommitmentTarget", { simpleResolvers: true, description: "A commitment's own target for one indicator of its priority." })
export class CommitmentTarget {
  @Field(() => Float, { nullable: true, description: "The value the organisation aims for (not for qualitative indicators)." })
  target!: number | null;

  @Field(() => String, { nullable: true, description: "What the organisation aims for, in words." })
  note!: string | null;
}
