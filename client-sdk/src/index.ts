/**
 * @tansiq/client-sdk: the typed client of the Tansiq coordination hub.
 *
 * `createHubClient` gives one typed method per operation of the hub's API; the types of every
 * variable, result, fragment, input and enum are exported too, so applications can type their own
 * code with them.
 */
export { createHubClient, type HubClient, type HubClientOptions } from "./client.js";
export { HubError, HubGraphQLError, HubHttpError, HubNetworkError, HubUserErrors, isHubError, type GraphQLErrorItem } from "./errors.js";
export { unwrap } from "./user-errors.js";
export type { HubOperations, HubPaginators, HubStrictMutations } from "./generated/operations.js";
export type {
  CallOptions,
  Connection,
  DocumentString,
  Language,
  NodeOf,
  PageVariables,
  PageWalker,
  Payload,
  RetryOptions,
  Strict,
  UserError,
} from "./types.js";
export type { FetchLike } from "./transport.js";
// Every generated type (query results and variables, fragments, inputs, enums as string unions)
// and every operation as a typed document, for use with other GraphQL clients.
export * from "./generated/graphql.js";
