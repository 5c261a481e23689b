/**
 * A selection answered from the value a resolver returned, as execution would answer it, without
 * executing: for mutations' payloads (modules/mutations). A selection is plain when every field it
 * selects reads the value itself: a field without a resolver (the property of the same name:
 * object types set `simpleResolvers`), a node's `id` (its `nodeId`, shared/node.ts) or
 * `__typename`; on object types only (an interface or union needs its type resolved), with no
 * arguments and no directives. Fragments are read as execution reads them (`collectFields`).
 *
 * Leaves are written by their types' `serialize`. A null where the type allows none, a list that
 * is not one, or a value that does not serialize is an error at its path, which nulls the nearest
 * nullable field above it, as in execution. The values are records (data), never objects whose
 * properties are functions for a default resolver to call.
 */
import {
  GraphQLError,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  locatedError,
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type SelectionSetNode,
} from "graphql";
import { collectFields, selectionSetsOf, type SelectionContext } from "./lookahead/selection.js";
import { isNodeIdField } from "./node.js";

/** Where a value is in the answer: a linked list, made an array only for an error. */
export interface AnswerPath {
  readonly prev: AnswerPath | undefined;
  readonly key: string | number;
}

/** Writes a field's value as execution would. Errors a nullable position absorbs are collected; others are thrown to the field above. */
export type Completion = (value: unknown, path: AnswerPath, errors: GraphQLError[]) => unknown;

/** The completion of the field of `parent` that `nodes` select, or null when what they select is not plain. */
export function plainCompletion(context: SelectionContext, parent: GraphQLObjectType, nodes: readonly FieldNode[], type: GraphQLOutputType): Completion | null {
  if (nodes.some((node) => node.selectionSet && hasDirectives(context, node.selectionSet, new Set()))) return null;
  return guarded(type, valueCompletion(context, `${parent.name}.${nodes[0]!.name.value}`, nodes, type));
}

export function pathArray(path: AnswerPath | undefined): (string | number)[] {
  const keys: (string | number)[] = [];
  for (let at = path; at; at = at.prev) keys.unshift(at.key);
  return keys;
}

export function located(error: unknown, nodes: readonly FieldNode[], path: AnswerPath): GraphQLError {
  return locatedError(error, nodes, pathArray(path));
}

/** A nullable position takes the errors below it: recorded, and the value is null. */
function guarded(type: GraphQLOutputType, complete: Completion | null): Completion | null {
  if (!complete || isNonNullType(type)) return complete;
  return (value, path, errors) => {
    try {
      return complete(value, path, errors);
    } catch (error) {
      errors.push(error as GraphQLError);
      return null;
    }
  };
}

function valueCompletion(context: SelectionContext, field: string, nodes: readonly FieldNode[], type: GraphQLOutputType): Completion | null {
  if (isNonNullType(type)) {
    const inner = valueCompletion(context, field, nodes, type.ofType);
    const message = `Cannot return null for non-nullable field ${field}.`;
    return (
      inner &&
      ((value, path, errors) => {
        const completed = inner(value, path, errors);
        if (completed === null) throw located(new Error(message), nodes, path);
        return completed;
      })
    );
  }
  const present = presentValueCompletion(context, field, nodes, type);
  return present && ((value, path, errors) => (value == null ? null : present(value, path, errors)));
}

/** The completion of a value that is neither null nor undefined. */
function presentValueCompletion(context: SelectionContext, field: string, nodes: readonly FieldNode[], type: GraphQLOutputType): Completion | null {
  if (isListType(type)) {
    const item = guarded(type.ofType, valueCompletion(context, field, nodes, type.ofType));
    const message = `Expected Iterable, but did not find one for field "${field}".`;
    return (
      item &&
      ((value, path, errors) => {
        if (typeof value === "string" || !(Symbol.iterator in Object(value))) throw located(new GraphQLError(message), nodes, path);
        return Array.from(value as Iterable<unknown>, (entry, index) => item(entry, { prev: path, key: index }, errors));
      })
    );
  }
  if (isLeafType(type)) {
    return (value, path) => {
      let serialized: unknown;
      try {
        serialized = type.serialize(value);
      } catch (error) {
        throw located(error, nodes, path);
      }
      if (serialized == null) throw located(new Error(`Expected \`${type.name}.serialize\` to return a non-null value.`), nodes, path);
      return serialized;
    };
  }
  return isObjectType(type) ? objectCompletion(context, type, selectionSetsOf(nodes)) : null;
}

interface PlainField {
  key: string;
  read: (source: Record<string, unknown>) => unknown;
  complete: Completion;
}

function objectCompletion(context: SelectionContext, type: GraphQLObjectType, selectionSets: readonly SelectionSetNode[]): Completion | null {
  const fields: PlainField[] = [];
  for (const [key, nodes] of collectFields(context, type, selectionSets)) {
    const name = nodes[0]!.name.value;
    if (name === "__typename") {
      fields.push({ key, read: () => type.name, complete: (value) => value });
      continue;
    }
    const field = type.getFields()[name];
    if (!field || nodes.some((node) => node.arguments?.length)) return null;
    const read = propertyOf(type, field);
    const complete = read && guarded(field.type, valueCompletion(context, `${type.name}.${name}`, nodes, field.type));
    if (!read || !complete) return null;
    fields.push({ key, read, complete });
  }
  return (source, path, errors) => {
    const answer: Record<string, unknown> = {};
    for (const { key, read, complete } of fields) answer[key] = complete(read(source as Record<string, unknown>), { prev: path, key }, errors);
    return answer;
  };
}

/** How a field reads the value it is on, when it reads it as a property. */
function propertyOf(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): PlainField["read"] | null {
  if (isNodeIdField(type, field)) return (source) => source.nodeId;
  return field.resolve ? null : (source) => source[field.name];
}

/** Whether a selection, or a fragment it spreads, has a directive: its fields could then depend on the variables. */
function hasDirectives(context: SelectionContext, selectionSet: SelectionSetNode, spread: Set<string>): boolean {
  return selectionSet.selections.some((selection) => {
    if (selection.directives?.length) return true;
    if (selection.kind !== Kind.FRAGMENT_SPREAD) return !!selection.selectionSet && hasDirectives(context, selection.selectionSet, spread);
    if (spread.has(selection.name.value)) return false;
    spread.add(selection.name.value);
    const fragment = context.fragments[selection.name.value];
    return !fragment || !!fragment.directives?.length || hasDirectives(context, fragment.selectionSet, spread);
  });
}
