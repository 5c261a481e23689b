/**
 * Runs operations with graphql-jit instead of graphql-js's `execute`, plugged into Apollo Server
 * through its `gateway` interface (the only hook Apollo 5 offers for its executor).
 *
 * graphql-jit compiles an operation once into a JavaScript function that walks the selection,
 * calls only the resolvers that exist and reads the other fields inline as properties; graphql-js
 * interprets the document again on every request and goes through a resolver call and a resolve
 * info for every field of every row. The compiled function is kept per document and operation
 * name in a bounded LRU cache.
 *
 * Apollo still parses, validates (depth, aliases, cost, trusted documents…), runs every plugin hook
 * but `willResolveField` (none of ours uses it) and formats the errors; only the execution changes.
 * What graphql-jit does differently from graphql-js is routed back to graphql-js, so clients see
 * exactly the same answers:
 *
 * - introspection (`__schema`, `__type` at the root): rare, large and cached by clients;
 * - variables that do not fit their types (graphql-jit returns no `data`): graphql-js's errors name
 *   the variable the way Apollo recognises as BAD_USER_INPUT (HTTP 400);
 * - documents graphql-jit refuses to compile (e.g. no operation of that name).
 *
 * Errors raised while resolving are re-created as graphql-js `GraphQLError`s with the same
 * message, locations, path, original error and extensions (graphql-jit's own class leaves
 * `extensions` undefined when the original error has none, which Apollo's formatting expects).
 */
import type { GatewayExecutor, GatewayInterface, GatewaySchemaLoadOrUpdateCallback } from "@apollo/server-gateway-interface";
import {
  execute,
  GraphQLError,
  isAbstractType,
  Kind,
  printSchema,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import { LruCache } from "./shared/lru-cache.js";

export interface JitExecutorOptions {
  /** How many compiled operations to keep (least recently used dropped first). */
  cacheSize?: number;
  /** The result a request already has (a mutation answered before execution: with errors, or for a viewer still to be confirmed): returned as execution's, nothing runs. */
  answered?: (context: never) => ExecutionResult | undefined;
}

export const DEFAULT_COMPILED_CACHE_SIZE = 1000;

/** An Apollo Server `gateway` serving one fixed schema, whose executor is graphql-jit. */
export function jitGateway(schema: GraphQLSchema, options: JitExecutorOptions = {}): GatewayInterface {
  assertSynchronousTypeResolvers(schema);
  const listeners = new Set<GatewaySchemaLoadOrUpdateCallback>();
  const executor = createJitExecutor(schema, options);
  return {
    onSchemaLoadOrUpdate(callback) {
      listeners.add(callback);
      return () => void listeners.delete(callback);
    },
    async load() {
      // The SDL is for schema reporting to Apollo's cloud, which we never turn on: printed only if asked.
      const schemaContext = {
        apiSchema: schema,
        get coreSupergraphSdl() {
          return printSchema(schema);
        },
      };
      for (const listener of listeners) listener(schemaContext);
      return { executor };
    },
    async stop() {
      listeners.clear();
    },
  };
}

export function createJitExecutor(schema: GraphQLSchema, options: JitExecutorOptions = {}): GatewayExecutor {
  const cache = new LruCache<string, CompiledQuery | null>(options.cacheSize ?? DEFAULT_COMPILED_CACHE_SIZE);

  const withGraphqlJs = (document: DocumentNode, contextValue: unknown, variableValues: Record<string, unknown> | undefined, operationName: string | undefined) =>
    execute({ schema, document, contextValue, variableValues, operationName }) as Promise<ExecutionResult> | ExecutionResult;

  return async ({ document, source, queryHash, request, context, operation }) => {
    const answered = options.answered?.(context as never);
    if (answered) return answered;
    const { operationName, variables } = request;
    // Apollo resolved the operation before calling us; without one, graphql-js gives the error.
    if (!operation) return withGraphqlJs(document, context, variables, operationName);

    const key = `${queryHash ?? source}\u0000${operationName ?? ""}`;
    let compiled = cache.get(key);
    if (compiled === undefined) {
      // null: graphql-js runs this one (introspection, or a document graphql-jit cannot compile).
      const result = isIntrospection(document, operation) ? null : compileQuery(schema, document, operationName);
      compiled = result && isCompiledQuery(result) ? result : null;
      cache.set(key, compiled);
    }
    if (!compiled) return withGraphqlJs(document, context, variables, operationName);

    const result = await compiled.query(undefined, context, variables);
    // No `data`: graphql-jit refused the variables; graphql-js says why, in the errors Apollo knows.
    if (!("data" in result)) return withGraphqlJs(document, context, variables, operationName);
    return result.errors?.length ? { ...result, errors: result.errors.map(toGraphqlJsError) } : result;
  };
}

/** graphql-jit uses a `resolveType` answer as it comes: a promise would be an unknown type at run time. */
function assertSynchronousTypeResolvers(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (isAbstractType(type) && type.resolveType?.constructor.name === "AsyncFunction") {
      throw new Error(`${type.name}.resolveType is asynchronous; graphql-jit needs a synchronous one (see createSchema)`);
    }
  }
}

/** An introspection query: graphql-js answers it (graphql-jit would compile a large document for little). */
function isIntrospection(document: DocumentNode, operation: OperationDefinitionNode): boolean {
  if (operation.operation !== "query") return false;
  const fragments = new Map<string, SelectionSetNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition.selectionSet);
  }
  const seen = new Set<string>();
  const selectsIntrospectionRoot = (selectionSet: SelectionSetNode): boolean =>
    selectionSet.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === "__schema" || selection.name.value === "__type";
      if (selection.kind === Kind.INLINE_FRAGMENT) return selectsIntrospectionRoot(selection.selectionSet);
      const name = selection.name.value;
      if (seen.has(name)) return false;
      seen.add(name);
      const fragment = fragments.get(name);
      return fragment ? selectsIntrospectionRoot(fragment) : false;
    });
  return selectsIntrospectionRoot(operation.selectionSet);
}

/** graphql-jit's errors as graphql-js's: same message, locations, path, original error and extensions. */
function toGraphqlJsError(error: GraphQLError): GraphQLError {
  if (error.constructor === GraphQLError) return error;
  const converted = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined,
  });
  if (error.locations) (converted as { locations?: GraphQLError["locations"] }).locations = error.locations;
  return converted;
}
