/**
 * The four ways a call can fail, as classes to tell apart with `instanceof` (or `error.kind`):
 * the request never got an answer, the answer was not a GraphQL response, the hub answered with
 * top-level `errors`, or (only when asked to throw) the hub refused a write with `userErrors`.
 */
import type { UserError } from "./types.js";

/** A top-level GraphQL error as the hub sends it. */
export interface GraphQLErrorItem {
  message: string;
  path?: ReadonlyArray<string | number>;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  /** `code` is e.g. `UNAUTHENTICATED`, `BAD_USER_INPUT`, `FORBIDDEN`, `GRAPHQL_VALIDATION_FAILED`. */
  extensions?: { code?: string; [key: string]: unknown };
}

/** The base of every error the SDK throws. */
export abstract class HubError extends Error {
  abstract readonly kind: "network" | "http" | "graphql" | "user-errors";
  /** The operation that failed (its GraphQL name), when known. */
  readonly operationName: string | undefined;

  constructor(message: string, operationName: string | undefined, options?: { cause?: unknown }) {
    super(operationName ? `${operationName}: ${message}` : message, options);
    this.name = new.target.name;
    this.operationName = operationName;
  }
}

/** No answer: DNS, connection refused or reset, CORS refusal in a browser, or a timeout. Retried for safe calls. */
export class HubNetworkError extends HubError {
  readonly kind = "network";
  /** True when the attempt ran out of `timeoutMs`. */
  readonly timedOut: boolean;

  constructor(message: string, operationName: string | undefined, options: { cause?: unknown; timedOut?: boolean } = {}) {
    super(message, operationName, { cause: options.cause });
    this.timedOut = options.timedOut ?? false;
  }
}

/** An HTTP answer that is not a GraphQL response (a proxy's 502, an HTML error page…). 5xx and 429 are retried for safe calls. */
export class HubHttpError extends HubError {
  readonly kind = "http";
  readonly status: number;
  /** The start of the response body, for diagnosis. */
  readonly body: string;
  /** The response's `Retry-After`, in milliseconds, if it had one. */
  readonly retryAfterMs: number | undefined;

  constructor(status: number, body: string, operationName: string | undefined, retryAfterMs?: number) {
    super(`HTTP ${status}${body ? `: ${body.slice(0, 200)}` : ""}`, operationName);
    this.status = status;
    this.body = body.slice(0, 2000);
    this.retryAfterMs = retryAfterMs;
  }
}

/** The hub answered with top-level `errors`: bad input, missing authentication, a server fault. */
export class HubGraphQLError extends HubError {
  readonly kind = "graphql";
  readonly errors: ReadonlyArray<GraphQLErrorItem>;
  /** The HTTP status it came with (401 UNAUTHENTICATED, 400 malformed request, 429 RATE_LIMITED, else usually 200). */
  readonly status: number;
  /** Whatever data came along with the errors (partial results), if any. */
  readonly data: unknown;
  /** The response's `Retry-After` in milliseconds, e.g. with a 429 `RATE_LIMITED`. */
  readonly retryAfterMs: number | undefined;

  constructor(errors: ReadonlyArray<GraphQLErrorItem>, status: number, data: unknown, operationName: string | undefined, retryAfterMs?: number) {
    const first = errors[0];
    const code = first?.extensions?.code;
    super(`${first?.message ?? "GraphQL error"}${code ? ` (${code})` : ""}`, operationName);
    this.errors = errors;
    this.status = status;
    this.data = data;
    this.retryAfterMs = retryAfterMs;
  }

  /** The first error's `extensions.code`, e.g. `UNAUTHENTICATED` or `BAD_USER_INPUT`. */
  get code(): string | undefined {
    return this.errors.find((error) => error.extensions?.code)?.extensions?.code;
  }

  /** Every error's `extensions.code`. */
  get codes(): string[] {
    return this.errors.flatMap((error) => (error.extensions?.code ? [error.extensions.code] : []));
  }
}

/** The hub refused a write (validation, permission, stale version…); thrown by `client.strict` and `unwrap()` only. */
export class HubUserErrors extends HubError {
  readonly kind = "user-errors";
  readonly userErrors: ReadonlyArray<UserError>;
  /** The whole payload, as a non-throwing call would have returned it. */
  readonly payload: unknown;

  constructor(userErrors: ReadonlyArray<UserError>, payload: unknown, operationName: string | undefined) {
    const summary = userErrors.map((error) => `${error.code}${error.field ? ` at ${error.field.join(".")}` : ""}: ${error.message}`);
    super(summary.join("; "), operationName);
    this.userErrors = userErrors;
    this.payload = payload;
  }

  /** The user errors' codes, e.g. `["CONFLICT"]`. */
  get codes(): UserError["code"][] {
    return this.userErrors.map((error) => error.code);
  }
}

/** True for any error thrown by the SDK. */
export function isHubError(error: unknown): error is HubError {
  return error instanceof HubError;
}
