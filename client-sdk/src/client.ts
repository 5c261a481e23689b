/**
 * `createHubClient`: the typed client. The generated method table (`generated/operations.ts`)
 * says which operations exist and how each is called; this file turns every entry into a method
 * that sends it with authentication, language, timeouts and retries.
 */
import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
import { HubUserErrors, type HubGraphQLError, type HubHttpError } from "./errors.js";
import {
  connectionSelectors,
  operationSpecs,
  type HubOperations,
  type HubPaginators,
  type HubStrictMutations,
} from "./generated/operations.js";
import { walkPages } from "./pagination.js";
import { backoffDelay, hasIdempotencyKey, isRetryable, retryPolicy, sleep } from "./retry.js";
import { sendOnce, type FetchLike } from "./transport.js";
import type { CallOptions, Connection, DocumentString, Language, OperationSpec, Payload, RetryOptions } from "./types.js";

/** How to reach the hub and act as whom. */
export interface HubClientOptions {
  /** The GraphQL endpoint, e.g. `https://tansiq.example.org/graphql`. */
  url: string | URL;
  /** An access token (`npm run token:create` on the hub) or an OpenID Connect token, sent as `Authorization: Bearer`. */
  token?: string;
  /** Called before every attempt, for tokens that expire and get refreshed; instead of `token`. */
  getToken?: () => string | null | undefined | Promise<string | null | undefined>;
  /** The language of text fields (`Accept-Language`); the hub's default (English) when omitted. */
  language?: Language;
  /** A `fetch` to use instead of the global one (tests, proxies, instrumentation). */
  fetch?: FetchLike;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /**
   * Retries of safe calls (queries, and mutations with an `idempotencyKey`) on network errors,
   * 5xx and 429, with exponential backoff and jitter. On by default (2 retries); `false` turns
   * them off. Other mutations are never retried unless a call asks for it.
   */
  retry?: boolean | RetryOptions;
  /** Gives up on an attempt after this many milliseconds; 30 000 by default, 0 for never. */
  timeoutMs?: number;
}

/** The client: one method per operation, plus paginators, strict mutations and a raw `request`. */
export interface HubClient extends HubOperations {
  /** Async iterators over every item of each paginated query: `for await (const m of client.paginate.bodyMemberships({ bodyId }))`. */
  readonly paginate: HubPaginators;
  /** The mutations, throwing `HubUserErrors` when the hub refuses a write, and returning the payload with its object non-null. */
  readonly strict: HubStrictMutations;
  /**
   * Sends any operation, e.g. a typed document from your own codegen, or a string (then give the
   * result type yourself). Mutations are retried only with an `idempotencyKey` in the variables.
   */
  request<TResult = unknown, TVariables = Record<string, unknown>>(
    document: DocumentTypeDecoration<TResult, TVariables> | string,
    variables?: TVariables,
    options?: CallOptions,
  ): Promise<TResult>;
  /** A client like this one with some options changed, e.g. `client.withOptions({ language: "ar" })`. */
  withOptions(overrides: Partial<HubClientOptions>): HubClient;
}

/** Header names in lower case, so that a caller's `Authorization` cannot sit beside ours. */
const lowerCased = (headers: Record<string, string> | undefined) =>
  Object.fromEntries(Object.entries(headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));

/** True when a document (for `request`) holds a mutation: then it is retried only with an idempotency key. */
const isMutationDocument = (document: string) => /(^|})\s*mutation\b/.test(document.replace(/#[^\n]*/g, "").trimStart());

/**
 * Creates a client for the hub at `options.url`.
 *
 * @example
 * const client = createHubClient({ url: "https://tansiq.example.org/graphql", token: process.env.TANSIQ_TOKEN, language: "ar" });
 * const { viewer } = await client.viewer();
 */
export function createHubClient(options: HubClientOptions): HubClient {
  if (!options?.url) throw new TypeError("createHubClient: `url` is required (the hub's GraphQL endpoint)");
  if (options.token && options.getToken) throw new TypeError("createHubClient: give `token` or `getToken`, not both");
  const url = String(options.url);
  // Called through a wrapper: a browser's fetch refuses to run detached from `window`.
  const doFetch: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 30_000;

  async function headersFor(call: CallOptions): Promise<Record<string, string>> {
    const token = options.getToken ? await options.getToken() : options.token;
    const language = call.language ?? options.language;
    return {
      accept: "application/graphql-response+json, application/json;q=0.9",
      ...lowerCased(options.headers),
      ...lowerCased(call.headers),
      // JSON, which also satisfies the hub's CSRF prevention.
      "content-type": "application/json",
      ...(language ? { "accept-language": language } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    };
  }

  async function send(document: DocumentString, operationName: string | undefined, variables: unknown, safe: boolean, call: CallOptions = {}): Promise<unknown> {
    const body = JSON.stringify({ query: String(document), variables: variables ?? {}, ...(operationName ? { operationName } : {}) });
    const policy = retryPolicy(safe, options.retry, call.retry);
    for (let attempt = 0; ; attempt++) {
      try {
        return await sendOnce({
          fetch: doFetch,
          url,
          headers: await headersFor(call),
          body,
          operationName,
          signal: call.signal,
          timeoutMs: call.timeoutMs ?? timeoutMs,
        });
      } catch (error) {
        if (!policy || attempt >= policy.retries || !isRetryable(error)) throw error;
        const retryAfter = (error as HubHttpError | HubGraphQLError).retryAfterMs;
        if (retryAfter !== undefined && retryAfter > policy.maxDelayMs) throw error;
        await sleep(backoffDelay(attempt, policy, retryAfter), call.signal);
      }
    }
  }

  async function call(spec: OperationSpec, argument: unknown, callOptions: CallOptions | undefined, strict: boolean): Promise<unknown> {
    const variables = spec.args === "input" ? { input: argument } : spec.args === "variables" ? (argument ?? {}) : {};
    const safe = spec.kind === "query" || hasIdempotencyKey(variables);
    const data = (await send(spec.document, spec.operation, variables, safe, callOptions)) as Record<string, unknown>;
    if (spec.kind === "query") return data;
    const payload = data[spec.field!] as Payload;
    if (strict && payload.userErrors.length > 0) throw new HubUserErrors(payload.userErrors, payload, spec.operation);
    return payload;
  }

  const methods: Record<string, unknown> = {};
  const strictMutations: Record<string, unknown> = {};
  for (const spec of Object.values(operationSpecs) as OperationSpec[]) {
    // Operations without variables take the options first: `client.viewer({ language: "ar" })`.
    methods[spec.name] =
      spec.args === "none"
        ? (callOptions?: CallOptions) => call(spec, undefined, callOptions, false)
        : (argument: unknown, callOptions?: CallOptions) => call(spec, argument, callOptions, false);
    if (spec.kind === "mutation") strictMutations[spec.name] = (input: unknown, callOptions?: CallOptions) => call(spec, input, callOptions, true);
  }

  const paginate: Record<string, unknown> = {};
  for (const [name, select] of Object.entries(connectionSelectors) as Array<[keyof typeof operationSpecs, (data: never) => Connection | undefined | null]>) {
    const spec = operationSpecs[name] as OperationSpec;
    paginate[name] = (variables: Record<string, unknown> = {}, callOptions?: CallOptions) =>
      walkPages(async (after) => select((await call(spec, { ...variables, after }, callOptions, false)) as never));
  }

  return {
    ...(methods as unknown as HubOperations),
    paginate: paginate as unknown as HubPaginators,
    strict: strictMutations as unknown as HubStrictMutations,
    request: (async (document: DocumentString, variables?: unknown, callOptions?: CallOptions) => {
      const text = String(document);
      const safe = !isMutationDocument(text) || hasIdempotencyKey(variables);
      return send(text, undefined, variables, safe, callOptions);
    }) as HubClient["request"],
    withOptions: (overrides) =>
      createHubClient({
        ...options,
        ...(overrides.token ? { getToken: undefined } : {}),
        ...(overrides.getToken ? { token: undefined } : {}),
        ...overrides,
        headers: { ...options.headers, ...overrides.headers },
      }),
  };
}
