/**
 * What a query may cost, GitHub-style: the number of nodes it can return. A connection costs its
 * page size (`first`/`last`, 20 by default) times one plus what each of its nodes costs; other
 * fields cost what their children cost; each mutation field costs a flat 10 besides.
 */
import type { DocumentNode, GraphQLSchema } from "graphql";
import { getNamedType, GraphQLObjectType } from "graphql";
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
