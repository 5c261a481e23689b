import { Field, ID, InterfaceType } from "type-graphql";
import { toGlobalId, type NodeTypeName } from "./ids.js";

/** Every business object, found again anywhere by its global id through `node(id:)`. */
@InterfaceType("Node", {
  description: "An object with a global, opaque id that `Query.node(id:)` finds again.",
  resolveType: (value: { __typename: NodeTypeName }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { name: "id", description: "The object's global id; opaque, stable, and accepted by `node(id:)`." })
  nodeId!: string;
}

export type NodeRow<T> = T & { __typename: NodeTypeName; nodeId: string };

/** Tags a database row with its GraphQL type and global id. */
export function asNode<T extends { id: string }>(type: NodeTypeName, row: T): NodeRow<T> {
  return Object.assign(row, { __typename: type, nodeId: toGlobalId(type, row.id) });
}
