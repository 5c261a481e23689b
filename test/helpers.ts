/**
 * Small helpers shared by the read-API tests: requests that must succeed or fail with a code, the
 * demo's ids by key, and walking a connection page by page.
 */
import { expect } from "vitest";
import { DEMO_BODY_NAMES, DEMO_ORGANISATIONS, DEMO_PRIORITIES } from "../server/seed/demo-data.js";
import type { DemoRole } from "../server/seed/demo.js";
import type { GraphQLResponse, Hub, RequestOptions } from "./testkit.js";

export type BodyKey = keyof typeof DEMO_BODY_NAMES;
export type OrgKey = keyof typeof DEMO_ORGANISATIONS;
export type PriorityKey = keyof typeof DEMO_PRIORITIES;

export const ALL_ROLES: readonly DemoRole[] = [
  "admin",
  "unWomenChair",
  "unfpaCoChair",
  "partnerInTaskForce",
  "partnerOutsideTaskForce",
  "gbvPartner",
];

export const PAGE_INFO = "pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";

/** Sends a request that must succeed; returns its data. */
export async function ok<T = any>(hub: Hub, query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<T> {
  const response = await hub.query<T>(query, variables, options);
  expect(response.errors, JSON.stringify(response.errors?.map((error) => error.message))).toBeUndefined();
  expect(response.status).toBe(200);
  expect(response.data).toBeDefined();
  return response.data!;
}

/** Sends a request that must fail with a top-level error of `code`; returns the response. */
export async function fails(
  hub: Hub,
  code: string,
  query: string,
  variables?: Record<string, unknown>,
  options?: RequestOptions,
): Promise<GraphQLResponse<any>> {
  const response = await hub.query(query, variables, options);
  expect(response.errors, `expected a ${code} error, got data ${JSON.stringify(response.data)}`).toBeDefined();
  expect(response.errors!.map((error) => error.extensions?.code)).toContain(code);
  return response;
}

/** Asserts a BAD_USER_INPUT error that names `argument` (in the message and in extensions.argument). */
export async function failsOnArgument(
  hub: Hub,
  argument: string,
  query: string,
  variables?: Record<string, unknown>,
  options?: RequestOptions,
): Promise<GraphQLResponse<any>> {
  const response = await fails(hub, "BAD_USER_INPUT", query, variables, options);
  const error = response.errors!.find((e) => e.extensions?.code === "BAD_USER_INPUT")!;
  expect(error.message).toContain(argument);
  expect(error.extensions?.argument).toBe(argument);
  return response;
}

export interface DemoIds {
  bodies: Record<BodyKey, string>;
  organisations: Record<OrgKey, string>;
  priorities: Record<PriorityKey, string>;
}

const keysOf = <T extends object>(record: T) => Object.keys(record) as (keyof T & string)[];

/** The global ids of the demo's bodies, organisations and priorities, looked up as admin by English name. */
export async function demoIds(hub: Hub): Promise<DemoIds> {
  const data = await ok(
    hub,
    `{
      bodies(first: 100) { nodes { id nameTranslations { en } } }
      organisations(first: 100) { totalCount nodes { id nameTranslations { en } } }
      priorities(first: 100) { nodes { id titleTranslations { en } } }
    }`,
    {},
    { as: "admin" },
  );
  expect(data.organisations.totalCount).toBeLessThanOrEqual(100);
  const byName = (nodes: Array<{ id: string; nameTranslations?: { en: string }; titleTranslations?: { en: string } }>) =>
    new Map(nodes.map((node) => [(node.nameTranslations ?? node.titleTranslations)!.en, node.id]));
  const lookUp = <K extends string>(keys: K[], names: Map<string, string>, nameOf: (key: K) => string) =>
    Object.fromEntries(
      keys.map((key) => {
        const id = names.get(nameOf(key));
        if (!id) throw new Error(`demo item ${key} (${nameOf(key)}) not found`);
        return [key, id];
      }),
    ) as Record<K, string>;
  return {
    bodies: lookUp(keysOf(DEMO_BODY_NAMES), byName(data.bodies.nodes), (key) => DEMO_BODY_NAMES[key].en),
    organisations: lookUp(keysOf(DEMO_ORGANISATIONS), byName(data.organisations.nodes), (key) => DEMO_ORGANISATIONS[key].name.en),
    priorities: lookUp(keysOf(DEMO_PRIORITIES), byName(data.priorities.nodes), (key) => DEMO_PRIORITIES[key].title.en),
  };
}

export interface Connection<T> {
  totalCount: number;
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

export interface Walk<T> {
  items: T[];
  pages: Connection<T>[];
  totalCount: number;
}

/**
 * Follows `pageInfo.endCursor` until `hasNextPage` is false. `query` takes `$first: Int` and
 * `$after: String` (plus `variables`); `pick` finds the connection in the data. Checks each page's
 * edges, nodes and pageInfo on the way.
 */
export async function walkConnection<T extends { id: string }>(
  hub: Hub,
  query: string,
  pick: (data: any) => Connection<T>,
  options: { first: number; variables?: Record<string, unknown>; request?: RequestOptions; maxPages?: number },
): Promise<Walk<T>> {
  const pages: Connection<T>[] = [];
  let after: string | null = null;
  for (;;) {
    const data = await ok(hub, query, { ...options.variables, first: options.first, after }, options.request);
    const page = pick(data);
    pages.push(page);
    expect(page.nodes.length).toBeLessThanOrEqual(options.first);
    expect(page.edges.map((edge) => edge.node.id)).toEqual(page.nodes.map((node) => node.id));
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    if (page.pageInfo.hasNextPage) expect(page.nodes).toHaveLength(options.first);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
    if (pages.length > (options.maxPages ?? 200)) throw new Error("walkConnection: too many pages");
  }
  const totalCount = pages[0]!.totalCount;
  for (const page of pages) expect(page.totalCount).toBe(totalCount);
  return { items: pages.flatMap((page) => page.nodes), pages, totalCount };
}

/** The English names of a list of nodes with `nameTranslations { en }`. */
export const englishNames = (nodes: Array<{ nameTranslations: { en: string | null } }>) => nodes.map((node) => node.nameTranslations.en);

/** Sorted copy, for comparing lists whose order is not the point. */
export const sorted = <T>(items: readonly T[]) => [...items].sort();
