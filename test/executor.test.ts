/**
 * The graphql-jit executor (server/jit-executor.ts) gives exactly what graphql-js gives: the same
 * responses, byte for byte, and the same HTTP statuses, for reads, abstract types, fragments,
 * directives, introspection, and every kind of error. Two servers on the same database: the hub
 * (graphql-jit, the default) and the same hub with graphql-js's `execute`.
 */
import { getIntrospectionQuery } from "graphql";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHubServer, type HubServer } from "../server/http.js";
import { createLogger } from "../server/logger.js";
import { createSchema } from "../server/schema.js";
import type { DemoRole } from "../server/seed/demo.js";
import { LruCache } from "../server/shared/lru-cache.js";
import { demoIds, type DemoIds } from "./helpers.js";
import { DEMO_YEAR, startHub, TEST_LIMITS, type Hub } from "./testkit.js";

let hub: Hub;
let graphqlJs: HubServer;
let graphqlJsUrl: string;
let ids: DemoIds;

beforeAll(async () => {
  hub = await startHub();
  graphqlJs = await createHubServer(hub.database, await createSchema(), {
    development: false,
    introspection: true,
    limits: TEST_LIMITS,
    logger: createLogger("silent"),
    executor: "graphql-js",
  });
  await new Promise<void>((resolve) => graphqlJs.httpServer.listen(0, "127.0.0.1", resolve));
  graphqlJsUrl = `http://127.0.0.1:${(graphqlJs.httpServer.address() as AddressInfo).port}`;
  ids = await demoIds(hub);
});
afterAll(async () => {
  await graphqlJs?.apollo.stop();
  await hub?.close();
});

interface Request {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  as?: DemoRole | null;
  accept?: string;
}

async function send(url: string, request: Request): Promise<{ status: number; body: string }> {
  const as = request.as === undefined ? "admin" : request.as;
  const token = as ? hub.users[as].token : undefined;
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(request.accept ? { accept: request.accept } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query: request.query, variables: request.variables, operationName: request.operationName }),
  });
  return { status: response.status, body: await response.text() };
}

/** Sends the request to both servers (twice to the hub: compiled, then from the cache); all answers must be identical. */
async function same(request: Request): Promise<any> {
  const expected = await send(graphqlJsUrl, request);
  const compiled = await send(hub.url, request);
  const cached = await send(hub.url, request);
  expect(compiled).toEqual(expected);
  expect(cached).toEqual(expected);
  return JSON.parse(expected.body);
}

describe("graphql-jit answers as graphql-js does", () => {
  it("the directory: bodies → leads → organisation, with totalCount", async () => {
    const body = await same({
      query: `query Directory {
        bodies(first: 20, orderBy: { field: CREATED_AT, direction: ASC }) {
          totalCount
          nodes { id name acronym kind visibility leads { id role organisation { id name acronym } } }
        }
      }`,
      as: "partnerOutsideTaskForce",
    });
    expect(body.data.bodies.nodes.length).toBeGreaterThan(0);
  });

  it("the dashboard: body → priorities → indicators, commitments → organisation + latest report", async () => {
    const body = await same({
      query: `query Dashboard($id: ID!, $year: Int!, $first: Int!) {
        body(id: $id) {
          id name
          priorities(year: $year, first: 20, orderBy: { field: CREATED_AT, direction: ASC }) {
            totalCount
            edges { cursor node { id title workArea } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            nodes {
              id title workArea
              indicators { id name measure target }
              commitments(first: $first, orderBy: { field: CREATED_AT, direction: ASC }) {
                totalCount
                nodes { id status organisation { id name } latestReport { id periodEnd status reviewState submittedAt } }
              }
            }
          }
        }
      }`,
      variables: { id: ids.bodies.genderWorkingGroup, year: DEMO_YEAR, first: 20 },
      as: "unWomenChair",
    });
    expect(body.data.body.priorities.nodes.length).toBeGreaterThan(0);
  });

  it("the partner view, in Arabic and in English", async () => {
    for (const accept of [undefined, "application/graphql-response+json"]) {
      await same({
        query: `query PartnerView($id: ID!, $year: Int!) {
          organisation(id: $id) {
            id name
            memberships(first: 20, filter: { statuses: [ACTIVE] }, orderBy: { field: CREATED_AT, direction: ASC }) {
              totalCount
              nodes {
                id role status
                body { id name viewerCanCommit viewerRole priorities(year: $year, first: 10) { nodes { id title commitments(first: 10, filter: { organisationId: $id }) { nodes { id status description } } } } }
              }
            }
          }
        }`,
        variables: { id: ids.organisations.unfpa, year: DEMO_YEAR },
        as: "unfpaCoChair",
        accept,
      });
    }
  });

  it("abstract types, fragments, aliases, __typename, @skip and @include", async () => {
    const nodeIds = [ids.bodies.genderWorkingGroup, ids.organisations.unfpa, ids.priorities[Object.keys(ids.priorities)[0] as keyof DemoIds["priorities"]], "garbage"];
    const body = await same({
      query: `query Nodes($ids: [ID!]!, $firstId: ID!, $withName: Boolean!, $skipKind: Boolean!) {
        nodes(ids: $ids) {
          __typename id
          ... on CoordinationBody { kind @skip(if: $skipKind) name @include(if: $withName) ...BodyBits }
          ... on Organisation { orgName: name acronym }
          ... on Priority { title year }
        }
        first: node(id: $firstId) { __typename ... on Node { id } }
      }
      fragment BodyBits on CoordinationBody { acronym visibility parent { id } framework { id name } }`,
      variables: { ids: nodeIds, firstId: ids.bodies.genderWorkingGroup, withName: true, skipKind: false },
    });
    expect(body.data.nodes.map((node: any) => node?.__typename ?? null)).toEqual(["CoordinationBody", "Organisation", "Priority", null]);
  });

  it("introspection (graphql-js runs it)", async () => {
    const body = await same({ query: getIntrospectionQuery() });
    expect(body.data.__schema.queryType.name).toBe("Query");
    await same({ query: `{ __type(name: "CoordinationBody") { name fields { name } } viewer { id } }` });
  });

  it("one operation of several, by operationName", async () => {
    const query = `query A { viewer { id name } } query B { bodies(first: 2) { nodes { id } } }`;
    expect((await same({ query, operationName: "A" })).data.viewer.id).toBeTruthy();
    expect((await same({ query, operationName: "B" })).data.bodies.nodes).toHaveLength(2);
    const unknown = await same({ query, operationName: "C" });
    expect(unknown.errors[0].extensions.code).toBe("OPERATION_RESOLUTION_FAILURE");
  });

  it("UNAUTHENTICATED without a token", async () => {
    const body = await same({ query: `{ viewer { id } }`, as: null });
    expect(body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("BAD_USER_INPUT naming the argument, with its path", async () => {
    const body = await same({ query: `{ bodies(first: 1000) { nodes { id } } }` });
    expect(body.errors[0]).toMatchObject({ path: ["bodies"], extensions: { code: "BAD_USER_INPUT", argument: "first" } });
    const nested = await same({ query: `query($id: ID!) { body(id: $id) { id memberships(first: 0) { nodes { id } } } }`, variables: { id: ids.bodies.genderWorkingGroup } });
    expect(nested.errors[0]).toMatchObject({ path: ["body", "memberships"], extensions: { code: "BAD_USER_INPUT" } });
    expect(nested.data.body).toBeNull();
  });

  it("variables that do not fit their types, missing or null: BAD_USER_INPUT, 400 (200 for legacy JSON clients)", async () => {
    const query = `query($id: ID!, $year: Int!, $first: Int) { body(id: $id) { priorities(year: $year, first: $first) { nodes { id } } } }`;
    for (const accept of ["application/graphql-response+json", "application/json"]) {
      for (const variables of [
        { id: ids.bodies.genderWorkingGroup, year: "2026" },
        { id: ids.bodies.genderWorkingGroup, year: 2026.5 },
        { id: ids.bodies.genderWorkingGroup, year: 2 ** 40 },
        { id: ids.bodies.genderWorkingGroup },
        { id: null, year: 2026 },
        { id: { nested: true }, year: 2026, first: "ten" },
      ]) {
        const body = await same({ query, variables, accept });
        expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
      }
    }
    const input = await same({
      query: `mutation($input: MembershipRequestInput!) { membershipRequest(input: $input) { userErrors { code } } }`,
      variables: { input: { bodyId: ids.bodies.genderWorkingGroup, role: "OWNER", extra: 1 } },
    });
    expect(input.errors[0].extensions.code).toBe("BAD_USER_INPUT");
  });

  it("a refused write: user errors in the payload", async () => {
    const body = await same({
      query: `mutation($input: MembershipRequestInput!) { membershipRequest(input: $input) { membership { id } userErrors { field code message } } }`,
      variables: { input: { bodyId: "not an id" } },
      as: "partnerOutsideTaskForce",
    });
    expect(body.data.membershipRequest.userErrors.length).toBeGreaterThan(0);
  });

  it("validation and limit errors come before execution, unchanged", async () => {
    expect((await same({ query: `{ viewer { nope } }` })).errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect((await same({ query: `{ viewer { id ` })).errors[0].extensions.code).toBe("GRAPHQL_PARSE_FAILED");
  });
});

describe("the cache of compiled operations", () => {
  it("keeps the most recently used, up to its size", () => {
    const cache = new LruCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.get("a")).toBe(1); // a is now the most recent
    cache.set("c", 3); // b goes
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(1);
    expect(cache.get("c")).toBe(3);
    expect(cache.size).toBe(2);
  });
});
