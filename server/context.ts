import type { Db } from "./db.js";
import type { Authenticate } from "./modules/auth/authenticator.js";
import { Scope, Viewer } from "./modules/auth/policy.js";
import { unauthenticated } from "./shared/errors.js";
import { languageFromHeader, type Language } from "./shared/language.js";
import { LoaderCache } from "./shared/loaders.js";

/** What every resolver gets: who asks, in which language, and the request's loaders. */
export interface Context {
  db: Db;
  viewer: Viewer;
  scope: Scope;
  language: Language;
  loaders: LoaderCache;
}

export interface RequestHeaders {
  authorization?: string;
  acceptLanguage?: string;
}

/** Every GraphQL request needs a valid bearer token; anything else is UNAUTHENTICATED. */
export async function createContext(db: Db, authenticate: Authenticate, headers: RequestHeaders): Promise<Context> {
  const token = bearerToken(headers.authorization);
  const user = token ? await authenticate(token) : undefined;
  if (!user) {
    throw unauthenticated(
      token ? "The access token is not valid (unknown, revoked or expired)." : "Send an access token: `Authorization: Bearer <token>`.",
    );
  }
  const viewer = new Viewer(user, db);
  return { db, viewer, scope: new Scope(viewer), language: languageFromHeader(headers.acceptLanguage), loaders: new LoaderCache() };
}

function bearerToken(header: string | undefined): string | null {
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match ? match[1]! : null;
}
