/**
 * OpenID Connect sign-in against a locally generated key pair, its JWKS served over real HTTP like
 * an issuer's jwks_uri.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHub, type Hub } from "./testkit.js";

const ISSUER = "https://login.example.org/realms/tansiq";
const AUDIENCE = "tansiq-api";

let hub: Hub;
let jwksServer: Server;
let signingKey: CryptoKey;
let strangerKey: CryptoKey;

async function serveJwks(jwk: JWK): Promise<string> {
  jwksServer = createServer((_request, response) => {
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify({ keys: [{ ...jwk, kid: "test-key", alg: "RS256", use: "sig" }] }));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/jwks.json`;
}

function idToken(claims: Record<string, unknown>, options: { key?: CryptoKey; issuer?: string; audience?: string; expiresIn?: string } = {}) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "RS256", kid: "test-key" })
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? "5m")
    .sign(options.key ?? signingKey);
}

const viewerQuery = `{ viewer { email organisation { acronym } } }`;

beforeAll(async () => {
  const pair = await generateKeyPair("RS256");
  signingKey = pair.privateKey;
  strangerKey = (await generateKeyPair("RS256")).privateKey;
  const jwksUrl = await serveJwks(await exportJWK(pair.publicKey));
  hub = await startHub({ oidc: { issuer: ISSUER, audience: AUDIENCE, jwksUrl } });
});

afterAll(async () => {
  await hub.close();
  jwksServer.close();
});

describe("OpenID Connect tokens", () => {
  it("sign in an existing user, matched by e-mail", async () => {
    const token = await idToken({ sub: "abc", email: hub.users.unfpaCoChair.email.toUpperCase(), email_verified: true });
    const response = await hub.query(viewerQuery, {}, { token });
    expect(response.data.viewer).toEqual({ email: hub.users.unfpaCoChair.email, organisation: { acronym: "UNFPA" } });
  });

  it.each([
    ["an unknown e-mail", async () => idToken({ email: "nobody@example.org" })],
    ["an unverified e-mail", async () => idToken({ email: "maya.khoury@example.org", email_verified: false })],
    ["no e-mail claim", async () => idToken({ sub: "abc" })],
    ["another issuer", async () => idToken({ email: "maya.khoury@example.org" }, { issuer: "https://evil.example.org" })],
    ["another audience", async () => idToken({ email: "maya.khoury@example.org" }, { audience: "someone-else" })],
    ["an expired token", async () => idToken({ email: "maya.khoury@example.org" }, { expiresIn: "-1m" })],
    ["a key the issuer does not publish", async () => idToken({ email: "maya.khoury@example.org" }, { key: strangerKey })],
  ])("refuse %s with UNAUTHENTICATED", async (_case, makeToken) => {
    const response = await hub.query(viewerQuery, {}, { token: await makeToken() });
    expect(response.status).toBe(401);
    expect(response.data).toBeUndefined();
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
  });

  it("still accept the hub's own access tokens", async () => {
    const response = await hub.query(viewerQuery, {}, { as: "partnerInTaskForce" });
    expect(response.data.viewer.email).toBe(hub.users.partnerInTaskForce.email);
  });
});
