import { Field, Int, ObjectType } from "type-graphql";
import type { frameworks, frameworkTracks } from "../../../schema/database.js";
import { ConnectionType } from "../../shared/connection.js";
import { Node, type NodeRow } from "../../shared/node.js";

export type FrameworkRow = NodeRow<typeof frameworks.$inferSelect>;
export type FrameworkTrackRow = NodeRow<typeof frameworkTracks.$inferSelect>;

@ObjectType("Framework", {
  simpleResolvers: true,
  implements: Node,
  description: "A framework or plan that sectors sit in, e.g. the 3RF (Reform, Recovery and Reconstruction Framework) or the ERP.",
})
export class Framework extends Node {
  @Field(() => String, { description: "The framework's short code, e.g. 3RF or ERP." })
  code!: string;

  @Field(() => Date, { description: "When the framework was recorded in the hub." })
  createdAt!: Date;
}

export const FrameworkConnection = ConnectionType(Framework, "Framework", "frameworks");

@ObjectType("FrameworkTrack", { simpleResolvers: true, implements: Node, description: "A track of a framework, e.g. the 3RF's people-centred recovery track." })
export class FrameworkTrack extends Node {
  @Field(() => String, { description: "The track's short code within its framework." })
  code!: string;

  @Field(() => Int, { description: "The track's place in its framework's list." })
  position!: number;
}
