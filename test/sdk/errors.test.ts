/**
 * The four kinds of failure are told apart: no answer (HubNetworkError), an answer that is not
 * GraphQL (HubHttpError), top-level GraphQL errors with their code (HubGraphQLError), and refused
 * writes (userErrors in the payload, or HubUserErrors when asked to throw).
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BodiesDocument,
  createHubClient,
  HubError,
  HubGraphQLError,
  HubHttpError,
  HubNetworkError,
  HubUserErrors,
  isHubError,
  unwrap,
} from "../../client-sdk/src/index.js";
import { bodyId, startSdkHub, type SdkHub } from "./sdk-kit.js";

let sdk: SdkHub;
beforeAll(async () => {
  sdk = await startSdkHub();
});
afterAll(() => sdk?.close());

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("network and HTTP failures", () => {
  it("a closed port is a HubNetworkError, after the retries a query gets", async () => {
    const url = `http://127.0.0.1:${await closedPort()}/graphql`;
    const error = await createHubClient({ url, token: "t", retry: { retries: 1, minDelayMs: 1 } }).viewer().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HubNetworkError);
    expect(error).toMatchObject({ kind: "network", timedOut: false, operationName: "Viewer" });
    expect(isHubError(error)).toBe(true);
  });

  it("a server that does not answer in time is a HubNetworkError with timedOut", async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/graphql`;
      const error = await createHubClient({ url, timeoutMs: 200, retry: false }).viewer().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HubNetworkError);
      expect((error as HubNetworkError).timedOut).toBe(true);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });

  it("an answer that is not a GraphQL response is a HubHttpError with its status", async () => {
    const client = createHubClient({ url: `${sdk.hub.url}/not-graphql`, token: sdk.hub.users.admin.token });
    const error = await client.viewer().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HubHttpError);
    expect(error).toMatchObject({ kind: "http", status: 404 });
    expect((error as HubHttpError).body).toContain("Cannot POST");
  });

  it("a call aborted by its signal rejects with the abort reason, not a HubError", async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await sdk.as("admin").viewer({ signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "AbortError" });
    expect(isHubError(error)).toBe(false);
  });
});

describe("top-level GraphQL errors", () => {
  it("no token or an unknown one: UNAUTHENTICATED, HTTP 401, not retried", async () => {
    let calls = 0;
    const counting: typeof fetch = (input, init) => {
      calls++;
      return fetch(input, init);
    };
    for (const token of [undefined, "tq_unknown"]) {
      const error = await createHubClient({ url: sdk.endpoint, token, fetch: counting }).viewer().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HubGraphQLError);
      expect(error).toMatchObject({ kind: "graphql", code: "UNAUTHENTICATED", status: 401 });
    }
    expect(calls).toBe(2);
  });

  it("a bad argument: BAD_USER_INPUT naming the argument", async () => {
    const error = (await sdk.as("gbvPartner").bodies({ first: 500 }).catch((e: unknown) => e)) as HubGraphQLError;
    expect(error).toBeInstanceOf(HubGraphQLError);
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.errors[0]!.extensions?.argument).toBe("first");
    expect(error.message).toContain("first");
  });

  it("an admin-only query: FORBIDDEN for others", async () => {
    const error = await sdk.as("gbvPartner").auditEvents().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HubGraphQLError);
    expect((error as HubGraphQLError).codes).toContain("FORBIDDEN");
  });

  it("a malformed document sent with `request`: GRAPHQL_VALIDATION_FAILED, HTTP 400", async () => {
    const error = await sdk.as("admin").request("{ bodies { nope } }").catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED", status: 400 });
    expect(error).toBeInstanceOf(HubError);
  });
});

describe("refused writes (userErrors)", () => {
  it("come back in the payload by default, throw with `strict` or `unwrap`", async () => {
    const gbv = await bodyId(sdk.as("admin"), "GBV-CP");
    const { body } = await sdk.as("unWomenChair").bodyMemberships({ bodyId: gbv, first: 1 });
    const membership = body!.memberships.nodes[0]!;
    const input = { membershipId: membership.id, expectedVersion: membership.version + 10 };

    const payload = await sdk.as("unWomenChair").membershipSuspend(input);
    expect(payload.membership).toBeNull();
    expect(payload.userErrors).toEqual([{ code: "CONFLICT", field: ["input", "expectedVersion"], message: expect.any(String) }]);

    expect(() => unwrap(payload, "MembershipSuspend")).toThrow(HubUserErrors);
    const thrown = (await sdk.as("unWomenChair").strict.membershipSuspend(input).catch((e: unknown) => e)) as HubUserErrors;
    expect(thrown).toBeInstanceOf(HubUserErrors);
    expect(thrown).toMatchObject({ kind: "user-errors", codes: ["CONFLICT"], operationName: "MembershipSuspend" });
    expect(thrown.payload).toEqual(payload);
    expect(thrown.message).toContain("CONFLICT at input.expectedVersion");

    const forbidden = await sdk.as("gbvPartner").membershipSuspend({ membershipId: membership.id, expectedVersion: membership.version });
    expect(forbidden.userErrors.map((error) => error.code)).toEqual(["FORBIDDEN"]);
  });
});

describe("the client itself", () => {
  it("asks for its token before every attempt (getToken), so refreshed tokens are used", async () => {
    const tokens = ["tq_expired", sdk.hub.users.gbvPartner.token];
    let asked = 0;
    const client = createHubClient({ url: sdk.endpoint, getToken: async () => tokens[Math.min(asked++, 1)] });
    await expect(client.viewer()).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await client.viewer()).viewer.name).toBe("Nour El Hajj");
    expect(asked).toBe(2);
  });

  it("sends custom headers, and any typed document through `request`", async () => {
    const seen: Array<Record<string, string>> = [];
    const client = createHubClient({
      url: sdk.endpoint,
      token: sdk.hub.users.gbvPartner.token,
      headers: { "x-client": "dashboard" },
      fetch: (input, init) => {
        seen.push(init.headers as Record<string, string>);
        return fetch(input, init);
      },
    });
    const data = await client.request(BodiesDocument, { first: 1 }, { headers: { "x-request-id": "r-1" } });
    expect(data.bodies.totalCount).toBe(6);
    expect(seen[0]).toMatchObject({ "x-client": "dashboard", "x-request-id": "r-1", "content-type": "application/json" });
    expect(seen[0]!.authorization).toBe(`Bearer ${sdk.hub.users.gbvPartner.token}`);
  });

  it("refuses a missing url, and a token together with getToken", () => {
    expect(() => createHubClient({} as never)).toThrow(TypeError);
    expect(() => createHubClient({ url: sdk.endpoint, token: "a", getToken: () => "b" })).toThrow(/not both/);
  });
});
