import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../../context.js";
import { prefetchSelection } from "../../shared/lookahead/run.js";
import { relations } from "./lookahead.relations.js";

/**
 * Reads every relation selected below what a resolver returns in one SQL statement, into the
 * request's loaders, and returns the result unchanged: for resolvers that return objects (roots).
 */
export function lookAhead<T extends Parameters<typeof prefetchSelection>[3]>(ctx: Context, info: GraphQLResolveInfo, result: T | Promise<T>): Promise<T> {
  return Promise.resolve(result).then((value) => prefetchSelection(ctx, info, relations, value));
}
