import { createHash, randomBytes } from "node:crypto";

/** Recognisable prefix, so a leaked token can be found by secret scanners and in logs. */
export const TOKEN_PREFIX = "tsq_";

export interface NewToken {
  token: string;
  tokenHash: string;
  tokenPrefix: string;
}

/** A random token with 256 bits of entropy; only its hash is ever stored. */
export function generateToken(): NewToken {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token), tokenPrefix: token.slice(0, TOKEN_PREFIX.length + 6) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
