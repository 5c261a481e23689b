/**
 * What a query may cost, GitHub-style: the number of nodes it can return. A connection costs its
 * page size (`first`/`last`, 20 by default) times one plus what each of its nodes costs; other
 * fields cost what their children cost; each mutation field costs a flat 10 besides.
 */
import type { DocumentNode, GraphQLSchema, ValueNode } from "graphql";
import { getNamedType, GraphQLObjectType, visit } from "graphql";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../shared/connection.js";

export const MUTATION_COST = 10;

const connectionEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const type = getNamedType(field.type);
  if (!(type instanceof GraphQLObjectType) || !type.name.endsWith("Connection")) return childComplexity;
  const requested = Number(args.first ?? args.last ?? DEFAULT_PAGE_SIZE);
  const pageSize = Number.isFinite(requested) ? Math.min(Math.max(requested, 1), MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
  return pageSize * (1 + childComplexity);
};

export function queryCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): number {
  const cost = getComplexity({ schema, query: document, operationName, variables, estimators: [connectionEstimator] });
  const mutations = document.definitions.flatMap((definition) =>
    definition.kind === "OperationDefinition" && definition.operation === "mutation" && (!operationName || definition.name?.value === operationName)
      ? definition.selectionSet.selections
      : [],
  ).length;
  return Math.max(1, cost + mutations * MUTATION_COST);
}

/** How many costs to keep per document (one per distinct page size or @skip/@include choice). */
const COSTS_PER_DOCUMENT = 64;

/**
 * `queryCost`, computed once per document, operation and values of the variables that can change
 * it (those given to `first`, `last`, `@skip` and `@include`): a write's many idempotency keys or a
 * dashboard's many ids cost the same. Apollo hands over the same parsed document for the same text.
 * A first request whose variables do not fit their types throws, as `queryCost` does.
 */
export function cachedQueryCost(schema: GraphQLSchema) {
  const byDocument = new WeakMap<DocumentNode, { sizing: string[]; costs: Map<string, number> }>();
  return (document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): number => {
    let known = byDocument.get(document);
    if (!known) byDocument.set(document, (known = { sizing: sizingVariables(document), costs: new Map() }));
    // A variable left out takes its default; one given as null does not: they may cost differently.
    const key = JSON.stringify([operationName ?? null, ...known.sizing.map((name) => (Object.hasOwn(variables, name) ? [variables[name]] : []))]);
    let cost = known.costs.get(key);
    if (cost === undefined) {
      cost = queryCost(schema, document, operationName, variables);
      if (known.costs.size >= COSTS_PER_DOCUMENT) known.costs.clear();
      known.costs.set(key, cost);
    }
    return cost;
  };
}

/** The variables a document passes to `first`/`last` arguments or to `@skip`/`@include`. */
function sizingVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  const collect = (value: ValueNode) =>
    visit(value, {
      Variable(node) {
        names.add(node.name.value);
      },
    });
  visit(document, {
    Field(node) {
      for (const argument of node.arguments ?? []) if (argument.name.value === "first" || argument.name.value === "last") collect(argument.value);
    },
    Directive(node) {
      if (node.name.value === "skip" || node.name.value === "include") for (const argument of node.arguments ?? []) collect(argument.value);
    },
  });
  return [...names].sort();
}
