/** The limits against abusive or buggy clients, with the production defaults unless a test sets its own. */
import { Writable } from "node:stream";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../server/config.js";
import { limitsFrom } from "../server/limits/limits.js";
import { startHub, type Hub } from "./testkit.js";

const DEFAULTS = limitsFrom(loadConfig({}));

async function post(hub: Hub, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${hub.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${hub.users.admin.token}`, ...headers },
    body,
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

const nested = (depth: number) => `{ bodies(first: 1) { nodes { ${"parent { ".repeat(depth)}name${" }".repeat(depth)} } } }`;

describe("with the production defaults", () => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub({ limits: DEFAULTS, introspection: false });
  });
  afterAll(() => hub.close());

  it.each([
    ["depth", nested(DEFAULTS.maxDepth), /depth/i],
    ["aliases", `{ ${Array.from({ length: DEFAULTS.maxAliases + 1 }, (_, i) => `a${i}: viewer { name }`).join(" ")} }`, /alias/i],
    ["directives", `{ viewer { name ${"@include(if: true) ".repeat(DEFAULTS.maxDirectives + 1)} } }`, /directive/i],
    ["tokens", `{ viewer { ${"name ".repeat(DEFAULTS.maxTokens)} } }`, /token/i],
  ])("refuses a query over the %s limit before running it", async (_limit, query, message) => {
    const response = await post(hub, JSON.stringify({ query }), { accept: "application/graphql-response+json" });
    expect(response.status).toBe(400);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors[0].message).toMatch(message);
  });

  it("answers a query within the limits, and reports its cost like Shopify", async () => {
    const response = await post(hub, JSON.stringify({ query: `{ bodies(first: 5) { nodes { name memberships(first: 10) { totalCount } } } }` }));
    expect(response.status).toBe(200);
    expect(response.body.data.bodies.nodes).toHaveLength(5);
    expect(response.body.extensions.cost).toEqual({
      requestedQueryCost: 5 * (1 + 10),
      maximumQueryCost: DEFAULTS.maxCost,
      throttleStatus: { maximumAvailable: DEFAULTS.rateLimit!.capacity, currentlyAvailable: expect.any(Number), restoreRate: DEFAULTS.rateLimit!.restorePerSecond },
    });
  });

  it("costs the same document again by the page sizes and @skip/@include its variables choose", async () => {
    const query = `query($outer: Int!, $inner: Int, $skip: Boolean!, $name: String) { bodies(first: $outer, filter: { search: $name }) { nodes { name
      memberships(first: $inner) @skip(if: $skip) { totalCount } } } }`;
    const cost = async (variables: Record<string, unknown>) => {
      const response = await post(hub, JSON.stringify({ query, variables }));
      expect(response.body.errors).toBeUndefined();
      return response.body.extensions.cost.requestedQueryCost;
    };
    expect(await cost({ outer: 5, inner: 10, skip: false })).toBe(5 * (1 + 10));
    expect(await cost({ outer: 5, inner: 10, skip: false, name: "gender" })).toBe(5 * (1 + 10));
    expect(await cost({ outer: 2, inner: 10, skip: false })).toBe(2 * (1 + 10));
    expect(await cost({ outer: 2, skip: false })).toBe(2 * (1 + 20));
    expect(await cost({ outer: 2, inner: 10, skip: true })).toBe(2);
  });

  it("tells a variable left out (its default) from one given as null (the page size's default)", async () => {
    const query = `query($n: Int = 50) { bodies(first: $n) { totalCount } }`;
    const cost = async (variables: Record<string, unknown>) => (await post(hub, JSON.stringify({ query, variables }))).body.extensions.cost.requestedQueryCost;
    expect(await cost({ n: null })).toBe(20);
    expect(await cost({})).toBe(50);
    expect(await cost({ n: null })).toBe(20);
  });

  it("refuses a query that may return more nodes than the cost limit", async () => {
    const query = `{ bodies(first: 100) { nodes { memberships(first: 100) { nodes { focalPoints { name } } } priorities(first: 100) { nodes { commitments(first: 100) { totalCount } } } } } }`;
    const response = await post(hub, JSON.stringify({ query }));
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe("QUERY_TOO_COSTLY");
    expect(response.body.errors[0].extensions.cost.requestedQueryCost).toBeGreaterThan(DEFAULTS.maxCost);
    expect(response.body.errors[0].message).toMatch(/first\/last/);
  });

  it("refuses a body over the size limit with 413, as JSON", async () => {
    const response = await post(hub, JSON.stringify({ query: "{ viewer { name } }", variables: { padding: "x".repeat(DEFAULTS.maxBodyBytes) } }));
    expect(response.status).toBe(413);
    expect(response.body.errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("answers a body that is not JSON with 400, as JSON", async () => {
    const response = await post(hub, `{"query": "{ viewer { name } }"`);
    expect(response.status).toBe(400);
    expect(response.body.errors[0].message).toMatch(/not valid JSON/);
  });

  it("keeps introspection and field suggestions off when introspection is off", async () => {
    const introspection = await post(hub, JSON.stringify({ query: `{ __schema { types { name } } }` }));
    expect(introspection.body.errors[0].message).toMatch(/introspection/i);
    const typo = await post(hub, JSON.stringify({ query: `{ bodiez { totalCount } }` }));
    expect(typo.body.errors[0].message).not.toMatch(/did you mean/i);
  });

  it("shows no stack traces or SQL outside development", async () => {
    const response = await post(hub, JSON.stringify({ query: `{ bodies(first: 500) { totalCount } }` }));
    expect(response.body.errors[0].extensions).toEqual({ code: "BAD_USER_INPUT", argument: "first" });
  });
});

describe("rate limiting", () => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub({ limits: { rateLimit: { capacity: 100, restorePerSecond: 10 } } });
  });
  afterAll(() => hub.close());

  it("takes each query's cost from the user's bucket and answers 429 with Retry-After when it is empty", async () => {
    const query = JSON.stringify({ query: `{ bodies(first: 60) { totalCount } }` });
    const first = await post(hub, query);
    expect(first.status).toBe(200);
    expect(first.body.extensions.cost.throttleStatus.currentlyAvailable).toBe(40);
    const second = await post(hub, query);
    expect(second.status).toBe(429);
    expect(second.body.errors[0].extensions.code).toBe("RATE_LIMITED");
    expect(Number(second.headers.get("retry-after"))).toBeGreaterThanOrEqual(2);
    const otherUser = await post(hub, query, { authorization: `Bearer ${hub.users.gbvPartner.token}` });
    expect(otherUser.status).toBe(200);
  });
});

/** A hub whose logger writes its JSON lines, from `level` up, into `lines`. */
function hubLoggingAt(level: "info" | "warn"): { lines: any[]; readonly hub: Hub } {
  let hub: Hub;
  const lines: any[] = [];
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...chunk.toString().trim().split("\n").map((line: string) => JSON.parse(line)));
        done();
      },
    });
    hub = await startHub({ logger: pino({ level }, sink) });
  });
  afterAll(() => hub.close());
  return {
    lines,
    get hub() {
      return hub;
    },
  };
}

describe("request logs", () => {
  const logged = hubLoggingAt("info");
  const { lines } = logged;

  it("log one JSON line per request with its id, operation, duration and viewer, and never the token", async () => {
    const token = logged.hub.users.partnerInTaskForce.token;
    const response = await fetch(`${logged.hub.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-request-id": "portal-42" },
      body: JSON.stringify({ query: "query MyBodies { viewer { name roles { body { name } } } }" }),
    });
    expect(response.headers.get("x-request-id")).toBe("portal-42");
    const line = lines.find((entry) => entry.req?.id === "portal-42");
    expect(line).toMatchObject({ operationName: "MyBodies", userId: expect.any(String), res: { statusCode: 200 }, responseTime: expect.any(Number) });
    expect(JSON.stringify(lines)).not.toContain(token);
    expect(JSON.stringify(lines)).not.toContain("@example.org");
  });

  it("make up a request id when none (or a strange one) is given", async () => {
    const response = await fetch(`${logged.hub.url}/healthz`, { headers: { "x-request-id": "bad id with spaces" } });
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("request logs at level warn", () => {
  const logged = hubLoggingAt("warn");
  const { lines } = logged;

  it("write no line for an answered request, and a warning for a refused one, with its status", async () => {
    const answered = await fetch(`${logged.hub.url}/healthz`, { headers: { "x-request-id": "quiet-1" } });
    const refused = await fetch(`${logged.hub.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", "x-request-id": "loud-1" }, body: "{not json" });
    expect([answered.status, refused.status]).toEqual([200, 400]);
    await expect.poll(() => lines.find((entry) => entry.req?.id === "loud-1")).toMatchObject({ level: 40, res: { statusCode: 400 }, req: { method: "POST", url: "/graphql" } });
    expect(lines.find((entry) => entry.req?.id === "quiet-1")).toBeUndefined();
  });
});

describe("configuration", () => {
  it.each([
    [{ PORT: "eighty" }, "PORT"],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ HUB_MAX_DEPTH: "0" }, "HUB_MAX_DEPTH"],
    [{ HUB_CORS_ORIGINS: "https://ok.example.org,not an origin" }, "HUB_CORS_ORIGINS"],
    [{ OIDC_ISSUER: "https://login.example.org" }, "OIDC_JWKS_URL"],
  ])("refuses %o with a message naming %s", (env, variable) => {
    expect(() => loadConfig(env)).toThrow(new RegExp(`\\b${variable}\\b`));
  });
});
