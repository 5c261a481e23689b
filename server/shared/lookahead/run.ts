/**
 * The look-ahead compiler's entry: a resolver that returns objects hands them here with its
 * resolve info; every relation selected below them that the registry knows is read in one SQL
 * statement and primed into the request's DataLoaders before the field resolvers run.
 */
import { inArray, sql } from "drizzle-orm";
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../../context.js";
import { postgresErrorCode } from "../errors.js";
import { AliasNames, relationJson } from "./compile.js";
import { planResult, type RelationRegistry } from "./plan.js";
import { primeFields } from "./prime.js";

type Rows = { id: string } & Record<string, unknown>;
type Result = Rows | readonly (Rows | null)[] | { nodes: readonly Rows[] } | null | undefined;

const ROOT = "la0";

export async function prefetchSelection<T extends Result>(ctx: Context, info: GraphQLResolveInfo, registry: RelationRegistry, result: T): Promise<T> {
  if (!ctx.lookahead || !result) return result;
  const planned = planResult(ctx, info, registry);
  if (!planned || planned.fields.length === 0) return result;
  const parents = rowsOf(result, planned.connection);
  if (parents.length === 0) return result;
  const names = new AliasNames();
  const relations = planned.fields.map((field) => relationJson(names, field, ROOT));
  const root = sql.identifier(ROOT);
  let found: Array<{ id: string; values: unknown[] }>;
  try {
    found = await ctx.db
      .select({ id: sql<string>`${root}.id`, values: sql<unknown[]>`json_build_array(${sql.join(relations, sql`, `)})` })
      .from(sql`${registry[planned.type.name]!.table} as ${root}`)
      .where(inArray(sql`${root}.id`, parents.map((parent) => parent.id)));
  } catch (error) {
    // A cursor of another list cannot be cast to this list's sort key: the field's own loader
    // reports that, naming the argument.
    if (postgresErrorCode(error)?.startsWith("22")) return result;
    throw error;
  }
  const byId = new Map(parents.map((parent) => [parent.id, parent]));
  for (const { id, values } of found) primeFields(ctx, planned.fields, byId.get(id)!, values);
  return result;
}

function rowsOf(result: NonNullable<Result>, connection: boolean): Rows[] {
  if (connection) return [...(result as { nodes: readonly Rows[] }).nodes];
  if (Array.isArray(result)) return result.filter((row): row is Rows => row != null);
  return [result as Rows];
}
