import type { GraphQLField, GraphQLObjectType } from "graphql";
import { Field, ID, InterfaceType } from "type-graphql";
import { toGlobalId, type NodeTypeName } from "./ids.js";

/** The GraphQL type of a node: every row is tagged with it (asNode). Synchronous: see createSchema. */
export const resolveNodeType = (value: { __typename: NodeTypeName }): NodeTypeName => value.__typename;

/** Every business object, found again anywhere by its global id through `node(id:)`. */
@InterfaceType("Node", {
  description: "An object with a global, opaque id that `Query.node(id:)` finds again.",
  resolveType: resolveNodeType,
})
export abstract class Node {
  // Object types set `simpleResolvers` (their fields are read as properties of the same name, which
  // graphql-jit inlines); this one reads `nodeId`, not `id` (the row's own id), so it keeps a resolver.
  @Field(() => ID, { name: "id", simple: false, description: "The object's global id; opaque, stable, and accepted by `node(id:)`." })
  nodeId!: string;
}

export type NodeRow<T> = T & { __typename: NodeTypeName; nodeId: string };

/** Tags a database row with its GraphQL type and global id. */
export function asNode<T extends { id: string }>(type: NodeTypeName, row: T): NodeRow<T> {
  return Object.assign(row, { __typename: type, nodeId: toGlobalId(type, row.id) });
}

/** Whether a field is a node's `id`, which reads the row's `nodeId` (see `Node`). */
export function isNodeIdField(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): boolean {
  return field.name === "id" && type.getInterfaces().some((parent) => parent.name === "Node");
}
