/**
 * Each mutation's resolver method, called with the context and its arguments as type-graphql
 * calls it, but without type-graphql's wrapper around it: the wrapper copies the input into
 * instances of the input classes and awaits the parameters, and nothing here needs either (the
 * schema is built with `validate: false`, no middleware and no auth checker; services read the
 * input's fields as graphql-js coerces them, into plain objects). A mutation with any other kind
 * of parameter, a middleware or roles has no runner.
 */
import { getMetadataStorage } from "type-graphql";
import type { Context } from "../../context.js";

export type MutationRunner = (ctx: Context, args: Record<string, unknown>) => unknown;

type ParameterReader = (ctx: Context, args: Record<string, unknown>) => unknown;
type ResolverInstance = Record<string, (...parameters: unknown[]) => unknown>;

/** The runners by mutation field name; read after the schema is built, when type-graphql's metadata has the parameters. */
export function mutationRunners(): Map<string, MutationRunner> {
  const runners = new Map<string, MutationRunner>();
  for (const mutation of getMetadataStorage().mutations) {
    if (mutation.middlewares?.length || mutation.roles) continue;
    const readers = [...(mutation.params ?? [])].sort((a, b) => a.index - b.index).map(parameterReader);
    if (readers.some((reader) => reader === null)) continue;
    const resolver = new (mutation.target as new () => ResolverInstance)();
    // The method looked up on each call, as type-graphql does.
    runners.set(mutation.schemaName, (ctx, args) => resolver[mutation.methodName]!(...readers.map((read) => read!(ctx, args))));
  }
  return runners;
}

function parameterReader(param: NonNullable<ReturnType<typeof getMetadataStorage>["mutations"][number]["params"]>[number]): ParameterReader | null {
  if (param.kind === "context" && !param.propertyName) return (ctx) => ctx;
  if (param.kind === "arg") return (_ctx, args) => args[param.name];
  return null;
}
