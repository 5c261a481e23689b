/**
 * When a failed attempt may be repeated, and how long to wait first.
 *
 * Only calls that cannot do harm twice are retried by default: queries, and mutations whose
 * variables carry an `idempotencyKey` (the hub returns the first result for a repeated key).
 * Only failures that say nothing about the request itself are retried: no answer, 5xx, 429.
 */
import { HubGraphQLError, HubHttpError, HubNetworkError } from "./errors.js";
import type { RetryOptions } from "./types.js";

export const DEFAULT_RETRY: Required<RetryOptions> = { retries: 2, minDelayMs: 300, maxDelayMs: 5000 };

/** True when `variables` (or its `input`) carries a non-empty idempotency key. */
export function hasIdempotencyKey(variables: unknown): boolean {
  if (!variables || typeof variables !== "object") return false;
  const record = variables as Record<string, unknown>;
  return Boolean(record.idempotencyKey) || Object.values(record).some((value) => Boolean(value && typeof value === "object" && (value as Record<string, unknown>).idempotencyKey));
}

/**
 * The retry settings of one call, or null for none. The call's own `retry` wins; otherwise the
 * client's applies to safe calls only.
 */
export function retryPolicy(
  safe: boolean,
  client: boolean | RetryOptions | undefined,
  call: boolean | RetryOptions | undefined,
): Required<RetryOptions> | null {
  if (call === false) return null;
  if (call !== undefined) return { ...DEFAULT_RETRY, ...(typeof client === "object" ? client : {}), ...(call === true ? {} : call) };
  if (!safe || client === false) return null;
  return { ...DEFAULT_RETRY, ...(typeof client === "object" ? client : {}) };
}

/** True for failures where the request may not have been processed or may succeed later. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof HubNetworkError) return true;
  if (error instanceof HubHttpError || error instanceof HubGraphQLError) return error.status >= 500 || error.status === 429;
  return false;
}

/** Full jitter: a random delay up to min(max, min·2^attempt); a longer `Retry-After` is returned as is. */
export function backoffDelay(attempt: number, policy: Required<RetryOptions>, retryAfterMs: number | undefined): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.minDelayMs * 2 ** attempt);
  return Math.max(Math.random() * ceiling, retryAfterMs ?? 0);
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
