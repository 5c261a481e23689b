import type { ExecutionResult, GraphQLError } from "graphql";
import type { Db } from "./db.js";
import type { CostCharge } from "./limits/limits.plugin.js";
import type { Authenticator } from "./modules/auth/authenticator.js";
import type { AuthenticatedUser } from "./modules/auth/auth.store.js";
import { Scope, Viewer } from "./modules/auth/policy.js";
import type { RequestLogFields } from "./logger.js";
import { unauthenticated } from "./shared/errors.js";
import { isDatabaseUnavailable, serviceUnavailable } from "./shared/faults.js";
import type { JsonText } from "./shared/json-text.js";
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
  /** Whether a query the compiler can read whole is answered by its statement alone, and a mutation's plain payload directly, without execution. */
  answers: boolean;
  /** Fields for the request's log line (operation, viewer). */
  log: RequestLogFields;
  /**
   * Set while the viewer is what the token meant in an earlier request, not yet read again: a
   * whole answer confirms it in its own statement; anything else runs only after `confirmViewer`.
   */
  unconfirmed: UnconfirmedViewer | null;
  /**
   * What passes between the HTTP handler and Apollo's pipeline. An object of its own, shared by
   * the copy of the context Apollo gives the plugins and resolvers.
   */
  http: {
    /** The query's answer when its statement gave it whole: the handler writes its bytes once Apollo is done. */
    wholeAnswer?: JsonText;
    /** The request's cost, when the direct route charged it before handing the request to Apollo (limits.plugin.ts). */
    cost?: CostCharge;
    /** A mutation's answer given before execution, for the executor to return in place of executing (direct-answers.plugin.ts). */
    directAnswer?: ExecutionResult;
    /** Why a remembered viewer was refused when the direct route read its token again, for the viewer-confirmation plugin to answer without reading it once more. */
    viewerRefusal?: GraphQLError;
    /** The client accepts no JSON answer: refused before the operation runs (http-status.plugin.ts). */
    unacceptable?: boolean;
  };
}

export interface UnconfirmedViewer {
  tokenHash: string;
  /** The visibility version its hidden bodies were read at. */
  visibilityVersion: number;
  /** Reads the token again: its user and hidden bodies as of now, or undefined when it is no longer valid. */
  read(): Promise<AuthenticatedUser | undefined>;
}

export interface RequestHeaders {
  authorization?: string;
  acceptLanguage?: string;
}

/**
 * The look-ahead compiler: "on" answers whole queries in SQL where it can and otherwise primes the
 * DataLoaders, and writes a mutation's plain payload without execution (direct answers); "prime"
 * only primes them; "off" leaves every read to the DataLoaders and executes every mutation.
 */
export type LookaheadMode = "on" | "prime" | "off";

export interface ContextOptions {
  lookahead?: LookaheadMode;
}

/**
 * Every GraphQL request needs a valid bearer token; anything else is UNAUTHENTICATED. A hub token
 * read in an earlier request is taken as it was then, and confirmed before it is relied on.
 */
export async function createContext(
  db: Db,
  authenticator: Authenticator,
  headers: RequestHeaders,
  log: RequestLogFields = {},
  options: ContextOptions = {},
): Promise<Context> {
  const token = bearerToken(headers.authorization);
  if (!token) throw unauthenticated("Send an access token: `Authorization: Bearer <token>`.");
  const remembered = authenticator.remembered(token);
  const read = () => authenticateOrUnavailable(authenticator, token);
  const authenticated = remembered?.authenticated ?? (await read());
  if (!authenticated) throw invalidToken();
  log.userId = authenticated.user.id;
  const viewer = viewerOf(db, authenticated);
  const unconfirmed = remembered ? { tokenHash: remembered.tokenHash, visibilityVersion: remembered.authenticated.visibilityVersion, read } : null;
  return { db, viewer, scope: new Scope(viewer), language: languageFromHeader(headers.acceptLanguage), loaders: new LoaderCache(), ...lookaheadFlags(options.lookahead ?? "on"), log, unconfirmed, http: {} };
}

export const invalidToken = () => unauthenticated("The access token is not valid (unknown, revoked or expired).");

/**
 * Reads a remembered viewer again, before anything other than a whole answer runs for it: false
 * when the token is no longer valid (and the viewer stays unconfirmed). The viewer and the scope
 * are then as of now.
 */
export async function confirmViewer(ctx: Context): Promise<boolean> {
  if (!ctx.unconfirmed) return true;
  const authenticated = await ctx.unconfirmed.read();
  // Refused, it stays unconfirmed: whatever else in the request asks is refused too.
  if (!authenticated) return false;
  ctx.unconfirmed = null;
  ctx.viewer = viewerOf(ctx.db, authenticated);
  ctx.scope = new Scope(ctx.viewer);
  return true;
}

const viewerOf = (db: Db, authenticated: AuthenticatedUser) => new Viewer(authenticated.user, db, authenticated.hiddenBodyIds);

function lookaheadFlags(mode: LookaheadMode): Pick<Context, "lookahead" | "answers"> {
  return { lookahead: mode !== "off", answers: mode === "on" };
}

/** A database outage while checking the token is a 503 to retry, not a 500 or a 401. */
async function authenticateOrUnavailable(authenticator: Authenticator, token: string) {
  try {
    return await authenticator.authenticate(token);
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw serviceUnavailable();
    throw error;
  }
}

function bearerToken(header: string | undefined): string | null {
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match ? match[1]! : null;
}
