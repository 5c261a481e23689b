/**
 * Retries: safe calls (queries, mutations with an idempotency key) are repeated with backoff on
 * network errors, 5xx and 429; other mutations are not, unless a call asks for it.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createHubClient, HubGraphQLError, HubHttpError, HubNetworkError, type HubClient, type HubClientOptions } from "../../client-sdk/src/index.js";
import { backoffDelay, DEFAULT_RETRY, sleep } from "../../client-sdk/src/retry.js";
import { bodyId, startSdkHub, type SdkHub } from "./sdk-kit.js";
import { startFlakyProxy, type FlakyProxy } from "./flaky-proxy.js";

let sdk: SdkHub;
let proxy: FlakyProxy;
/** Short delays, so the tests do not wait on real backoff. */
const FAST = { retries: 2, minDelayMs: 1, maxDelayMs: 20 };

function viaProxy(role: "admin" | "gbvPartner" | "unWomenChair", options: Partial<HubClientOptions> = {}): HubClient {
  return createHubClient({ url: proxy.endpoint, token: sdk.hub.users[role].token, retry: FAST, ...options });
}

beforeAll(async () => {
  sdk = await startSdkHub();
  proxy = await startFlakyProxy(sdk.hub.url);
});
afterAll(async () => {
  await proxy?.close();
  await sdk?.close();
});

let before = 0;
beforeEach(() => {
  before = proxy.requests;
});
const requestsSent = () => proxy.requests - before;

describe("queries are retried", () => {
  it("after 503s, until an attempt succeeds", async () => {
    proxy.plan("503", "503");
    const { bodies } = await viaProxy("gbvPartner").bodies({ first: 1 });
    expect(bodies.totalCount).toBe(6);
    expect(requestsSent()).toBe(3);
  });

  it("after a connection reset (a network error)", async () => {
    proxy.plan("reset");
    expect((await viaProxy("gbvPartner").viewer()).viewer.name).toBe("Nour El Hajj");
    expect(requestsSent()).toBe(2);
  });

  it("after a 429 whose Retry-After fits in maxDelayMs, but not after a longer one", async () => {
    proxy.plan({ status: 429, retryAfter: 0 });
    await viaProxy("gbvPartner").viewer();
    expect(requestsSent()).toBe(2);

    proxy.plan({ status: 429, retryAfter: 120 });
    const error = await viaProxy("gbvPartner").viewer().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HubHttpError);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 120_000 });
    expect(requestsSent()).toBe(3);
  });

  it("after the hub's own rate limit (a GraphQL RATE_LIMITED error, HTTP 429, Retry-After)", async () => {
    proxy.plan({ status: 429, retryAfter: 0, graphql: true });
    await viaProxy("gbvPartner").viewer();
    expect(requestsSent()).toBe(2);

    proxy.plan({ status: 429, retryAfter: 60, graphql: true });
    const error = await viaProxy("gbvPartner").viewer().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HubGraphQLError);
    expect(error).toMatchObject({ code: "RATE_LIMITED", status: 429, retryAfterMs: 60_000 });
  });

  it("at most `retries` times, then the last error is thrown", async () => {
    proxy.plan("503", "503", "503");
    const error = await viaProxy("gbvPartner").viewer().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HubHttpError);
    expect((error as HubHttpError).status).toBe(503);
    expect(requestsSent()).toBe(3);
  });

  it("not when the client or the call turns retries off", async () => {
    proxy.plan("503");
    await expect(viaProxy("gbvPartner", { retry: false }).viewer()).rejects.toBeInstanceOf(HubHttpError);
    proxy.plan("reset");
    await expect(viaProxy("gbvPartner").viewer({ retry: false })).rejects.toBeInstanceOf(HubNetworkError);
    expect(requestsSent()).toBe(2);
  });
});

describe("mutations", () => {
  it("without an idempotency key are not retried: the error surfaces after one attempt", async () => {
    const client = viaProxy("unWomenChair");
    const scig = await bodyId(sdk.as("admin"), "SCIG");
    before = proxy.requests;
    proxy.plan("503");
    const error = await client.prioritiesCarryForward({ bodyId: scig, fromYear: 2026, toYear: 2030 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HubHttpError);
    expect(requestsSent()).toBe(1);
  });

  it("without a key are retried when the call asks for it", async () => {
    proxy.plan("reset");
    const scig = await bodyId(sdk.as("admin"), "SCIG");
    const payload = await viaProxy("unWomenChair").prioritiesCarryForward({ bodyId: scig, fromYear: 2026, toYear: 2031 }, { retry: true });
    expect(payload.userErrors).toEqual([]);
  });

  it("with an idempotency key are retried when the answer is lost, and the write happens once", async () => {
    const scig = await bodyId(sdk.as("admin"), "SCIG");
    before = proxy.requests;
    proxy.plan("lose-answer", "503");
    const payload = await viaProxy("gbvPartner").membershipRequest({ bodyId: scig, role: "MEMBER", idempotencyKey: "retry-join-scig" });
    expect(payload.userErrors).toEqual([]);
    expect(requestsSent()).toBe(3);

    const { body } = await sdk.as("unWomenChair").bodyMemberships({ bodyId: scig, filter: { statuses: ["REQUESTED"] } });
    const requests = body!.memberships.nodes.filter((m) => m.organisation.acronym === "TCFSC");
    expect(requests.map((m) => m.id)).toEqual([payload.membership!.id]);
  });
});

describe("backoff", () => {
  it("grows exponentially with full jitter, capped at maxDelayMs, and honours a longer Retry-After", () => {
    for (let attempt = 0; attempt < 8; attempt++) {
      const ceiling = Math.min(DEFAULT_RETRY.maxDelayMs, DEFAULT_RETRY.minDelayMs * 2 ** attempt);
      for (let i = 0; i < 50; i++) {
        const delay = backoffDelay(attempt, DEFAULT_RETRY, undefined);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThanOrEqual(ceiling);
      }
    }
    expect(backoffDelay(0, DEFAULT_RETRY, 2000)).toBeGreaterThanOrEqual(2000);
  });

  it("a wait between retries ends as soon as the call is aborted", async () => {
    const controller = new AbortController();
    const started = Date.now();
    const waiting = sleep(10_000, controller.signal);
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: "AbortError" });
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
