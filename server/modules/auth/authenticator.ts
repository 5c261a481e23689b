/**
 * Who a bearer token belongs to: the hub's own access tokens (looked up by hash), or, where a
 * deployment configures an OpenID Connect issuer, ID/access tokens (JWTs) it signed, mapped to an
 * existing user by e-mail.
 */
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from "jose";
import { LRUCache } from "lru-cache";
import type { Db } from "../../db.js";
import { findUserByEmail, findUserByTokenHash, type AuthenticatedUser } from "./auth.store.js";
import { hiddenBodiesOfUser } from "./policy.js";
import { hashToken, TOKEN_PREFIX } from "./tokens.js";

export interface OidcOptions {
  issuer: string;
  /** The `aud` the tokens must carry; any when omitted. */
  audience?: string;
  jwksUrl: string;
}

export type Authenticate = (token: string) => Promise<AuthenticatedUser | undefined>;

/** What a hub token meant when it was last read in this process: not proof that it still does. */
export interface RememberedToken {
  tokenHash: string;
  authenticated: AuthenticatedUser;
}

export interface Authenticator {
  /** The token's user and hidden bodies as of now (a statement); a hub token's answer is remembered. */
  authenticate: Authenticate;
  /** What a hub token meant at its last authentication here, for a statement to confirm (`tokenStillMeans`). */
  remembered(token: string): RememberedToken | undefined;
}

/** Recent hub tokens, up to a few MB: an entry is a user row and its hidden bodies' ids. */
const REMEMBERED_BYTES = 8 * 1024 * 1024;
const sizeOf = (authenticated: AuthenticatedUser) => 512 + 64 * authenticated.hiddenBodyIds.length;

const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

export function createAuthenticator(db: Db, oidc?: OidcOptions): Authenticator {
  const verifyJwt = oidc ? oidcVerifier(db, oidc) : null;
  const hiddenBodies = hiddenBodiesOfUser();
  const known = new LRUCache<string, AuthenticatedUser>({ maxSize: REMEMBERED_BYTES, sizeCalculation: sizeOf });
  return {
    async authenticate(token) {
      if (token.startsWith(TOKEN_PREFIX)) {
        const tokenHash = hashToken(token);
        const authenticated = await findUserByTokenHash(db, tokenHash, hiddenBodies);
        if (authenticated) known.set(tokenHash, authenticated);
        else known.delete(tokenHash);
        return authenticated;
      }
      if (verifyJwt && JWT.test(token)) return verifyJwt(token);
      return undefined;
    },
    remembered(token) {
      if (!token.startsWith(TOKEN_PREFIX)) return undefined;
      const tokenHash = hashToken(token);
      const authenticated = known.get(tokenHash);
      return authenticated && { tokenHash, authenticated };
    },
  };
}

function oidcVerifier(db: Db, oidc: OidcOptions) {
  // jose caches the issuer's keys and refetches them when a token names an unknown key id.
  const keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(oidc.jwksUrl));
  return async (token: string): Promise<AuthenticatedUser | undefined> => {
    try {
      const { payload } = await jwtVerify(token, keys, { issuer: oidc.issuer, audience: oidc.audience });
      if (typeof payload.email !== "string" || payload.email_verified === false) return undefined;
      return findUserByEmail(db, payload.email, hiddenBodiesOfUser());
    } catch {
      return undefined;
    }
  };
}
