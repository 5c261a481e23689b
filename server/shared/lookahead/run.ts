/**
 * The look-ahead compiler's entry: a resolver that returns objects hands them here with its
 * resolve info; every relation selected below them that the registry knows is read in one SQL
 * statement and primed into the request's DataLoaders before the field resolvers run.
 */
import { sql } from "drizzle-orm";
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../../context.js";
import { isDatabaseUnavailable } from "../faults.js";
import { AliasNames, relationJson } from "./compile.js";
import type { PgTable } from "drizzle-orm/pg-core";
import { planResult, planRoot, type PlannedField, type RelationRegistry } from "./plan.js";
import { primeFields, primeRoot } from "./prime.js";

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
      return fields.length && ofType.length ? prefetchRelations(ctx, registry[type]!.table!, fields, ofType) : undefined;
    }),
  );
  return result;
}

/**
 * For a root field the registry knows: the root's rows and everything selected below them in one
 * statement, primed into the loaders the resolvers then read. "unplanned" when the registry does
 * not know the root (the caller may still read what is below the result), "refused" when the
 * database refused the statement (the loaders read everything).
 */
export async function prefetchRoot(ctx: Context, info: GraphQLResolveInfo, registry: RelationRegistry): Promise<"read" | "refused" | "unplanned"> {
  if (!ctx.lookahead) return "unplanned";
  const field = planRoot(ctx, info, registry);
  if (!field) return "unplanned";
  const rows = await readOrGiveUp(
    ctx.db.select({ value: sql<unknown>`${relationJson(new AliasNames(), field, null)}` }).from(sql`(select 1) as ${sql.identifier(ROOT)}`),
  );
  if (!rows?.[0]) return "refused";
  primeRoot(ctx, field, rows[0].value);
  return "read";
}

/** One statement: every planned relation of every parent row, as JSON, primed into the loaders. */
async function prefetchRelations(ctx: Context, table: PgTable, fields: PlannedField[], parents: Rows[]): Promise<void> {
  const names = new AliasNames();
  const relations = fields.map((field) => relationJson(names, field, ROOT));
  const root = sql.identifier(ROOT);
  const found = await readOrGiveUp(
    ctx.db
      .select({ id: sql<string>`${root}.id`, values: sql<unknown[]>`json_build_array(${sql.join(relations, sql`, `)})` })
      .from(sql`${table} as ${root}`)
      // One array parameter, so the statement's text (and its prepared plan) does not depend on how many parents there are.
      .where(sql`${root}.id = any(${`{${parents.map((parent) => parent.id).join(",")}}`}::uuid[])`),
  );
  const byId = new Map(parents.map((parent) => [parent.id, parent]));
  for (const { id, values } of found ?? []) primeFields(ctx, fields, byId.get(id)!, values);
}

/**
 * The statement's rows, or null when the database refuses the statement: the DataLoaders then read
 * everything, as if nothing had been planned, and report what was wrong in the field's own terms
 * (a cursor of another list cannot be cast to this list's sort key: the error names `after`). An
 * unreachable database is no reason to try again: that stays an error (503).
 */
async function readOrGiveUp<T>(query: PromiseLike<T[]>): Promise<T[] | null> {
  try {
    return await query;
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw error;
    return null;
  }
}

function rowsOf(result: NonNullable<Result>, connection: boolean): Rows[] {
  if (connection) return [...(result as { nodes: readonly Rows[] }).nodes];
  if (Array.isArray(result)) return result.filter((row): row is Rows => row != null);
  return [result as Rows];
}
