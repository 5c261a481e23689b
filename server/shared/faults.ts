import { GraphQLError } from "graphql";

/** The database is down or restarting: PostgreSQL's connection and shutdown states, or the socket failing. */
const UNAVAILABLE = /^(08...|57P0[1-3]|53300|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|CONNECTION_(CLOSED|ENDED|DESTROYED)|CONNECT_TIMEOUT)$/;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let cause: unknown = error; cause; cause = (cause as { cause?: unknown; originalError?: unknown }).cause ?? (cause as { originalError?: unknown }).originalError) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === "string" && UNAVAILABLE.test(code)) return true;
    for (const inner of (cause as { errors?: unknown[] }).errors ?? []) if (isDatabaseUnavailable(inner)) return true;
  }
  return false;
}

export const SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";
export const RETRY_AFTER_SECONDS = 2;

/** What a client sees while the database is unavailable: try again shortly (HTTP 503). */
export function serviceUnavailable(): GraphQLError {
  return new GraphQLError("The database is unavailable for a moment; try again shortly. Nothing was changed.", {
    extensions: { code: SERVICE_UNAVAILABLE, http: { status: 503, headers: new Map([["retry-after", String(RETRY_AFTER_SECONDS)]]) } },
  });
}
