/**
 * One HTTP attempt: POST the operation as JSON (which also satisfies the hub's CSRF prevention),
 * read the answer, and turn every way it can go wrong into one of the SDK's error classes.
 * Only `fetch`, `AbortController` and timers: it runs the same in Node and in browsers.
 */
import { HubGraphQLError, HubHttpError, HubNetworkError, type GraphQLErrorItem } from "./errors.js";

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface Attempt {
  fetch: FetchLike;
  url: string;
  headers: Record<string, string>;
  body: string;
  operationName: string | undefined;
  signal: AbortSignal | undefined;
  timeoutMs: number | undefined;
}

/** Sends one request; resolves with `data` or throws a `HubError` (or the caller's abort reason). */
export async function sendOnce(attempt: Attempt): Promise<unknown> {
  const { signal, timeoutMs, operationName } = attempt;
  signal?.throwIfAborted();
  // One controller per attempt, aborted by the caller's signal or by our timeout, whichever comes first.
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  const timer = timeoutMs
    ? setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeoutMs)
    : undefined;

  try {
    let response: Response;
    let text: string;
    try {
      response = await attempt.fetch(attempt.url, { method: "POST", headers: attempt.headers, body: attempt.body, signal: controller.signal });
      text = await response.text();
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (timedOut) throw new HubNetworkError(`no answer within ${timeoutMs} ms`, operationName, { cause: error, timedOut: true });
      throw new HubNetworkError(`request failed: ${(error as Error)?.message ?? error}`, operationName, { cause: error });
    }
    return interpret(response, text, operationName);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
}

/** A GraphQL response with `errors` is a HubGraphQLError whatever its status; anything else that is not a clean 2xx with `data` is a HubHttpError. */
function interpret(response: Response, text: string, operationName: string | undefined): unknown {
  let body: { data?: unknown; errors?: GraphQLErrorItem[] } | undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === "object" && ("data" in parsed || "errors" in parsed)) body = parsed as typeof body;
  } catch {
    body = undefined;
  }
  if (body?.errors?.length) throw new HubGraphQLError(body.errors, response.status, body.data ?? null, operationName, retryAfterMs(response));
  if (!response.ok || !body || body.data == null) throw new HubHttpError(response.status, text, operationName, retryAfterMs(response));
  return body.data;
}

/** `Retry-After` in milliseconds (seconds or an HTTP date), if the response has one. */
function retryAfterMs(response: Response): number | undefined {
  const value = response.headers.get("retry-after");
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
