/**
 * Who a bearer token belongs to: the hub's own access tokens (looked up by hash), or, where a
 * deployment configures an OpenID Connect issuer, ID/access tokens (JWTs) it signed, mapped to an
 * existing user by e-mail.
 */
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from "jose";
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

const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

export function createAuthenticator(db: Db, oidc?: OidcOptions): Authenticate {
  const verifyJwt = oidc ? oidcVerifier(db, oidc) : null;
  const hiddenBodies = hiddenBodiesOfUser();
  return async (token) => {
    if (token.startsWith(TOKEN_PREFIX)) return findUserByTokenHash(db, hashToken(token), hiddenBodies);
    if (verifyJwt && JWT.test(token)) return verifyJwt(token);
    return undefined;
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
