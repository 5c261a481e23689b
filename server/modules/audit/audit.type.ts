import { GraphQLJSON } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { ConnectionType } from "../../shared/connection.js";
import { Node, type NodeRow } from "../../shared/node.js";
import type { AuditEventRecord } from "./audit.store.js";

export type AuditEventRow = NodeRow<AuditEventRecord>;

@ObjectType("AuditEvent", {
  simpleResolvers: true,
  implements: Node,
  description: "One recorded write: who did what to which object, when, and the object before and after.",
})
export class AuditEvent extends Node {
  @Field(() => String, { description: "What was done, e.g. `membership.approve` or `progressReport.review`." })
  action!: string;

  @Field(() => String, { description: "The type of the object changed, e.g. Membership." })
  objectType!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: "The object as it was before the write (null for a creation)." })
  before!: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: "The object as it was after the write (null for a removal)." })
  after!: unknown;

  @Field(() => Date, { description: "When the write was committed." })
  occurredAt!: Date;
}

export const AuditEventConnection = ConnectionType(AuditEvent, "AuditEvent", "audit events, newest first");
