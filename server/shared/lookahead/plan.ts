/**
 * The planning half of the look-ahead compiler: from the GraphQL selection under a field, the
 * relations it can fetch in SQL (a registry says which fields are relations and how to read them),
 * with their arguments, nested as the selection nests. Fields it does not know are left to the
 * DataLoaders, which remain the fallback for everything.
 */
import {
  getArgumentValues,
  getNamedType,
  isAbstractType,
  GraphQLObjectType,
  isObjectType,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from "graphql";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Context } from "../../context.js";
import type { PageArgs, PageRequest } from "../connection.js";
import type { ListSource } from "../lists.js";
import type { RowsQuery, RowsRelation } from "../rows.js";
import { collectFields, selectionSetsOf, type SelectionContext } from "./selection.js";

/** How one field of a parent row is read: rows by a key (an object or a list), or a page of a connection. */
export type FieldPlan =
  | { kind: "rows"; relation: RowsRelation; query: RowsQuery; parentKey?: AnyPgColumn; key?: string }
  | { kind: "page"; source: ListSource<{ id: string }>; page: PageRequest; parentKey?: AnyPgColumn };

/**
 * A field's arguments as GraphQL coerced them: paging, and whatever else the field takes (filter,
 * orderBy, year, id), in the shape of the resolver's argument classes; untyped beyond paging
 * because each planner hands them to the service its resolver calls, which types them.
 */
export type FieldArguments = PageArgs & Record<string, any>;

/** Builds a field's plan from its arguments; null or a throw: leave it to the resolver. */
export type FieldPlanner = (ctx: Context, args: FieldArguments) => FieldPlan | null;

/**
 * For each GraphQL object type the compiler knows: its table and its relation fields; `Query`'s
 * fields (no table) are the roots it reads in the same statement as their selections. A root's
 * `parentKey` is absent: a by-key root gives its `key`, a list root is the top-level list.
 */
export type RelationRegistry = Record<
  string,
  {
    table?: PgTable;
    fields: Record<string, FieldPlanner>;
    /**
     * Relations whose rows belong to the same body as the parent row (a priority's commitments):
     * under a parent the viewer may see, whole answers read them without the visibility scope.
     * Never a body's relations: bodies are listed even when their details are hidden.
     */
    sameVisibility?: readonly string[];
  }
>;

export interface PlannedField {
  plan: FieldPlan;
  /** The table of the items the field returns. */
  itemTable: PgTable;
  /** Whether `totalCount` of the connection is selected. */
  countWanted: boolean;
  /** The relations selected on each item. */
  children: PlannedField[];
}

interface Walk {
  ctx: Context;
  info: GraphQLResolveInfo;
  selection: SelectionContext;
  registry: RelationRegistry;
  /** Relations still allowed in this statement: past it, the DataLoaders read the rest. */
  budget: { relations: number };
}

/**
 * The most relations one statement reads. GraphQL's own limits (depth, aliases, cost) bound what a
 * query asks for, not how many sub-queries a statement would hold once fragments and aliases
 * multiply at every level; beyond this, the DataLoaders take over, whose cost does not multiply.
 */
export const MAX_RELATIONS_PER_STATEMENT = 40;

const newWalk = (ctx: Context, info: GraphQLResolveInfo, registry: RelationRegistry): Walk => ({
  ctx,
  info,
  selection: { schema: info.schema, fragments: info.fragments, variables: info.variableValues },
  registry,
  budget: { relations: MAX_RELATIONS_PER_STATEMENT },
});

/** What a resolver returns, as the compiler sees it: objects of a known type, alone, in a list or in a connection. */
export interface PlannedResult {
  connection: boolean;
  /** The planned relations per object type; several for a field of an interface type (`node`, `nodes`). */
  types: Map<string, PlannedField[]>;
}

/** The relations selected under the field being resolved. */
export function planResult(ctx: Context, info: GraphQLResolveInfo, registry: RelationRegistry): PlannedResult | null {
  const walk = newWalk(ctx, info, registry);
  const returned = getNamedType(info.returnType);
  if (isAbstractType(returned)) {
    const types = new Map<string, PlannedField[]>();
    for (const type of info.schema.getPossibleTypes(returned)) {
      if (registry[type.name]) types.set(type.name, planSelections(walk, type, selectionSetsOf(info.fieldNodes)));
    }
    return { connection: false, types };
  }
  if (!isObjectType(returned)) return null;
  if (registry[returned.name]) {
    return { connection: false, types: new Map([[returned.name, planSelections(walk, returned, selectionSetsOf(info.fieldNodes))]]) };
  }
  const items = info.fieldNodes.map((field) => itemsOfConnection(walk, returned, [field]));
  const type = items[0]?.type;
  if (!type || !registry[type.name] || items.some((item) => item?.type !== type)) return null;
  return { connection: true, types: new Map([[type.name, planSelections(walk, type, items.flatMap((item) => item!.selectionSets))]]) };
}

/** The relations selected on objects of `type`, in the given selection sets. */
export function planSelections(walk: Walk, type: GraphQLObjectType, selectionSets: readonly SelectionSetNode[]): PlannedField[] {
  const known = walk.registry[type.name];
  if (!known) return [];
  const planned: PlannedField[] = [];
  for (const { fields, args } of sameRelations(walk, type, fieldsOf(walk, type, selectionSets))) {
    const found = planField(walk, type, fields, args);
    if (found) planned.push(found);
  }
  return planned;
}

interface FieldGroup {
  /** Occurrences of one field with equal arguments; their selections are merged. */
  fields: FieldNode[];
  args: FieldArguments;
}

/**
 * The relation fields grouped by name and arguments: occurrences that read the same loader key
 * (repeated fields, aliases with equal arguments, fragments) are planned once, their selections merged.
 */
function sameRelations(walk: Walk, type: GraphQLObjectType, fields: readonly FieldNode[]): FieldGroup[] {
  const groups = new Map<string, FieldGroup>();
  for (const field of fields) {
    if (!walk.registry[type.name]?.fields[field.name.value]) continue;
    const args = argumentsOf(walk, type, field);
    if (!args) continue;
    const key = `${field.name.value}:${JSON.stringify(args)}`;
    const group = groups.get(key);
    if (group) group.fields.push(field);
    else groups.set(key, { fields: [field], args });
  }
  return [...groups.values()];
}

/** The field's coerced arguments; null when they are bad, which the resolver then reports. */
function argumentsOf(walk: Walk, type: GraphQLObjectType, field: FieldNode): FieldArguments | null {
  const definition = type.getFields()[field.name.value];
  if (!definition) return null;
  try {
    return getArgumentValues(definition, field, walk.info.variableValues) as FieldArguments;
  } catch {
    return null;
  }
}

/** The root field being resolved (a `Query` field the registry knows), with everything selected below it. */
export function planRoot(ctx: Context, info: GraphQLResolveInfo, registry: RelationRegistry): PlannedField | null {
  const walk = newWalk(ctx, info, registry);
  const args = argumentsOf(walk, info.parentType, info.fieldNodes[0]!);
  return args && planField(walk, info.parentType, info.fieldNodes, args);
}

function planField(walk: Walk, type: GraphQLObjectType, merged: readonly FieldNode[], args: FieldArguments): PlannedField | null {
  const name = merged[0]!.name.value;
  const planner = walk.registry[type.name]?.fields[name];
  const definition = type.getFields()[name];
  if (!planner || !definition || walk.budget.relations <= 0) return null;
  walk.budget.relations--;
  let plan: FieldPlan | null;
  try {
    plan = planner(walk.ctx, args);
  } catch {
    return null; // arguments a service refuses: the resolver reports them
  }
  if (!plan) return null;
  const returned = getNamedType(definition.type);
  if (!isObjectType(returned)) return null;
  const items = plan.kind === "page" ? itemsOfConnection(walk, returned, merged) : { type: returned, selectionSets: selectionSetsOf(merged), count: false };
  if (!items) return null;
  const itemTable = walk.registry[items.type.name]?.table;
  if (!itemTable) return null;
  return { plan, itemTable, countWanted: items.count, children: planSelections(walk, items.type, items.selectionSets) };
}

/** The item type of a connection and the selections on its items (`nodes { … }` and `edges { node { … } }`). */
function itemsOfConnection(walk: Walk, connection: GraphQLObjectType, fields: readonly FieldNode[]) {
  const nodesField = connection.getFields()["nodes"];
  if (!nodesField) return null;
  const type = getNamedType(nodesField.type);
  if (!isObjectType(type)) return null;
  const parts = fieldsOf(walk, connection, selectionSetsOf(fields));
  const nodes = parts.filter((part) => part.name.value === "nodes");
  const edges = parts.filter((part) => part.name.value === "edges");
  const edgeType = getNamedType(connection.getFields()["edges"]?.type);
  const edgeNodes = isObjectType(edgeType)
    ? fieldsOf(walk, edgeType, selectionSetsOf(edges)).filter((part) => part.name.value === "node")
    : [];
  return {
    type,
    selectionSets: selectionSetsOf([...nodes, ...edgeNodes]),
    count: parts.some((part) => part.name.value === "totalCount"),
  };
}

/** The fields selected on `type`, as GraphQL collects them, in one list. */
function fieldsOf(walk: Walk, type: GraphQLObjectType, selectionSets: readonly SelectionSetNode[]): FieldNode[] {
  return [...collectFields(walk.selection, type, selectionSets).values()].flat();
}
