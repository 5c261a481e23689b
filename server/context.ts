import type { Db } from "./db.js";
import type { Authenticate } from "./modules/auth/authenticator.js";
import { Scope, Viewer } from "./modules/auth/policy.js";
import type { RequestLogFields } from "./logger.js";
import { unauthenticated } from "./shared/errors.js";
import { isDatabaseUnavailable, serviceUnavailable } from "./shared/faults.js";
import { languageFromHeader, type Language } from "./shared/language.js";
import { LoaderCache } from "./shared/loaders.js";

/** What every resolver gets: who asks, in which language, and the request's loaders. */
export interface Context {
  db: Db;
  viewer: Viewer;
  scope: Scope;
  language: Language;
  loaders: LoaderCache;
  /** Whether resolvers read the relations selected below them in one SQL statement (the look-ahead compiler) before falling back to DataLoaders. */
  lookahead: boolean;
  /** Whether a query the compiler can read whole is answered by its statement alone, without resolvers. */
  answers: boolean;
  /** Fields for the request's log line (operation, viewer). */
  log: RequestLogFields;
}

export interface RequestHeaders {
  authorization?: string;
  acceptLanguage?: string;
}

/** Every GraphQL request needs a valid bearer token; anything else is UNAUTHENTICATED. */
/**
 * The look-ahead compiler: "on" answers whole queries in SQL where it can and otherwise primes the
 * DataLoaders; "prime" only primes them; "off" leaves every read to the DataLoaders.
 */
export type LookaheadMode = "on" | "prime" | "off";

export interface ContextOptions {
  lookahead?: LookaheadMode;
}

export async function createContext(
  db: Db,
  authenticate: Authenticate,
  headers: RequestHeaders,
  log: RequestLogFields = {},
  options: ContextOptions = {},
): Promise<Context> {
  const token = bearerToken(headers.authorization);
  const authenticated = token ? await authenticateOrUnavailable(authenticate, token) : undefined;
  if (!authenticated) {
    throw unauthenticated(
      token ? "The access token is not valid (unknown, revoked or expired)." : "Send an access token: `Authorization: Bearer <token>`.",
    );
  }
  log.userId = authenticated.user.id;
  const viewer = new Viewer(authenticated.user, db, authenticated.hiddenBodyIds);
  return { db, viewer, scope: new Scope(viewer), language: languageFromHeader(headers.acceptLanguage), loaders: new LoaderCache(), ...lookaheadFlags(options.lookahead ?? "on"), log };
}

function lookaheadFlags(mode: LookaheadMode): Pick<Context, "lookahead" | "answers"> {
  return { lookahead: mode !== "off", answers: mode === "on" };
}

/** A database outage while checking the token is a 503 to retry, not a 500 or a 401. */
async function authenticateOrUnavailable(authenticate: Authenticate, token: string) {
  try {
    return await authenticate(token);
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw serviceUnavailable();
    throw error;
  }
}

function bearerToken(header: string | undefined): string | null {
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match ? match[1]! : null;
}
