import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../../context.js";
import { prefetchRoot, prefetchSelection } from "../../shared/lookahead/run.js";
import { relations } from "./lookahead.relations.js";

type Loaded = Parameters<typeof prefetchSelection>[3];

/**
 * For a root field: reads the root's rows and every relation selected below them in one SQL
 * statement into the request's loaders, then runs `load`, which finds them there. For a root the
 * compiler cannot read itself (`node`, `nodes`), what `load` returns is read first and the
 * relations below it in one statement after.
 */
export async function lookAhead<T extends Loaded>(ctx: Context, info: GraphQLResolveInfo, load: () => T | Promise<T>): Promise<T> {
  const root = await prefetchRoot(ctx, info, relations);
  if (root !== "unplanned") return load();
  return prefetchSelection(ctx, info, relations, await load());
}
