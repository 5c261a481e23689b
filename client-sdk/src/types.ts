/**
 * The SDK's public option and helper types, shared by the runtime and the generated method table.
 */
import type { UserErrorFieldsFragment } from "./generated/graphql.js";

/** The languages the hub answers in; text fields resolve to this language, falling back to the other. */
export type Language = "en" | "ar";

/** Backoff for retried calls: exponential from `minDelayMs` to `maxDelayMs`, with full jitter. */
export interface RetryOptions {
  /** Retries after the first attempt; 2 by default. */
  retries?: number;
  /** The first delay's upper bound in milliseconds; 300 by default. It doubles on every retry. */
  minDelayMs?: number;
  /** The longest delay in milliseconds; 5000 by default. A `Retry-After` above it is not waited for. */
  maxDelayMs?: number;
}

/** Options for one call; they override the client's. */
export interface CallOptions {
  /** Cancels the call, including any wait between retries. */
  signal?: AbortSignal;
  /** The language of text fields for this call. */
  language?: Language;
  /** Extra request headers for this call. */
  headers?: Record<string, string>;
  /**
   * `false` turns retries off for this call. `true` or options turn them on, even for a mutation
   * without an idempotency key: only do that when you know the write is safe to repeat.
   */
  retry?: boolean | RetryOptions;
  /** Gives up on an attempt after this many milliseconds (a `HubNetworkError` with `timedOut`). */
  timeoutMs?: number;
}

/** A GraphQL document as a string, optionally typed with its result and variables (typed-document-node). */
export type DocumentString = string | { toString(): string };

/** How the client sends one generated operation. */
export interface OperationSpec {
  kind: "query" | "mutation";
  /** The SDK method's name. */
  name: string;
  /** The GraphQL operation's name (`operationName`). */
  operation: string;
  document: DocumentString;
  /** `none`: no variables; `variables`: the method takes them as an object; `input`: the mutation's `input`. */
  args: "none" | "variables" | "input";
  /** A mutation's root field, whose payload the method returns. */
  field?: string;
}

/** A user error from a mutation's payload: why the hub refused the write. */
export type UserError = UserErrorFieldsFragment;

/** Any mutation payload: the written object(s) and `userErrors`. */
export interface Payload {
  userErrors: ReadonlyArray<UserError>;
}

/** A payload known to have succeeded: its object fields are non-null. */
export type Strict<P> = { [K in keyof P]: K extends "userErrors" ? P[K] : NonNullable<P[K]> };

/** The variables of a paginated query, without `after`: the iterator moves the cursor itself. */
export type PageVariables<V> = Omit<V, "after">;

/** What the iterators need of a connection: its items and where the next page starts. */
export interface Connection<N = unknown> {
  totalCount?: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: ReadonlyArray<N>;
}

/** The item type of a connection. */
export type NodeOf<C extends Connection> = C["nodes"][number];

/** Every item of a connection, fetched page by page as the loop asks for them. */
export interface PageWalker<C extends Connection> extends AsyncIterable<NodeOf<C>> {
  /** The pages themselves, for `totalCount` or per-page work. */
  pages(): AsyncIterable<C>;
  /** All items in one array (fine for small lists; iterate for big ones). */
  toArray(): Promise<Array<NodeOf<C>>>;
}
