/**
 * The look-ahead compiler's entry: a resolver that returns objects hands them here with its
 * resolve info; every relation selected below them that the registry knows is read in one SQL
 * statement and primed into the request's DataLoaders before the field resolvers run.
 */
import { sql } from "drizzle-orm";
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../../context.js";
import { postgresErrorCode } from "../errors.js";
import { AliasNames, relationJson } from "./compile.js";
import type { PgTable } from "drizzle-orm/pg-core";
import { planResult, type PlannedField, type RelationRegistry } from "./plan.js";
import { primeFields } from "./prime.js";

type Rows = { id: string } & Record<string, unknown>;
type Result = Rows | readonly (Rows | null)[] | { nodes: readonly Rows[] } | null | undefined;

const ROOT = "la0";

export async function prefetchSelection<T extends Result>(ctx: Context, info: GraphQLResolveInfo, registry: RelationRegistry, result: T): Promise<T> {
  if (!ctx.lookahead || !result) return result;
  const planned = planResult(ctx, info, registry);
  if (!planned) return result;
  const parents = rowsOf(result, planned.connection);
  await Promise.all(
    [...planned.types].map(([type, fields]) => {
      const ofType = planned.types.size === 1 ? parents : parents.filter((parent) => parent["__typename"] === type);
      return fields.length && ofType.length ? prefetchRelations(ctx, registry[type]!.table, fields, ofType) : undefined;
    }),
  );
  return result;
}

/** One statement: every planned relation of every parent row, as JSON, primed into the loaders. */
async function prefetchRelations(ctx: Context, table: PgTable, fields: PlannedField[], parents: Rows[]): Promise<void> {
  const names = new AliasNames();
  const relations = fields.map((field) => relationJson(names, field, ROOT));
  const root = sql.identifier(ROOT);
  let found: Array<{ id: string; values: unknown[] }>;
  try {
    found = await ctx.db
      .select({ id: sql<string>`${root}.id`, values: sql<unknown[]>`json_build_array(${sql.join(relations, sql`, `)})` })
      .from(sql`${table} as ${root}`)
      // One array parameter, so the statement's text (and its prepared plan) does not depend on how many parents there are.
      .where(sql`${root}.id = any(${`{${parents.map((parent) => parent.id).join(",")}}`}::uuid[])`);
  } catch (error) {
    // A cursor of another list cannot be cast to this list's sort key: the field's own loader
    // reports that, naming the argument.
    if (postgresErrorCode(error)?.startsWith("22")) return;
    throw error;
  }
  const byId = new Map(parents.map((parent) => [parent.id, parent]));
  for (const { id, values } of found) primeFields(ctx, fields, byId.get(id)!, values);
}

function rowsOf(result: NonNullable<Result>, connection: boolean): Rows[] {
  if (connection) return [...(result as { nodes: readonly Rows[] }).nodes];
  if (Array.isArray(result)) return result.filter((row): row is Rows => row != null);
  return [result as Rows];
}
