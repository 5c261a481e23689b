/**
 * Relay connections: edges/nodes/pageInfo/totalCount, the default and maximum page sizes, bad
 * arguments, and walking every list page by page (each item once, nothing missing).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DemoRole } from "../server/seed/demo.js";
import { encodeCursor } from "../server/shared/cursor.js";
import { demoIds, failsOnArgument, ok, PAGE_INFO, walkConnection, type Connection, type DemoIds } from "./helpers.js";
import { startHub, type Hub } from "./testkit.js";

let hub: Hub;
let ids: DemoIds;
let tyreCommitmentId: string;
let frameworkId: string;
beforeAll(async () => {
  hub = await startHub();
  ids = await demoIds(hub);
  const data = await ok(
    hub,
    `query($org: ID!) { commitments(filter: { organisationId: $org }) { nodes { id } } frameworks(first: 1) { nodes { id code } } }`,
    { org: ids.organisations.tyreFamily },
  );
  tyreCommitmentId = data.commitments.nodes[0].id;
  frameworkId = data.frameworks.nodes[0].id;
});
afterAll(() => hub.close());

const CONNECTION = `totalCount edges { cursor node { id } } nodes { id } ${PAGE_INFO}`;

/**
 * Every connection of the read API as [label, query, pick, variables]. Each query takes `$first`
 * and `$after` (and `$id` for nested lists).
 */
interface ListCase {
  label: string;
  query: string;
  pick: (data: any) => Connection<{ id: string }>;
  variables?: () => Record<string, unknown>;
}

const LISTS: ListCase[] = [
  { label: "bodies", query: `query($first: Int, $after: String) { list: bodies(first: $first, after: $after) { ${CONNECTION} } }`, pick: (d) => d.list },
  {
    label: "organisations",
    query: `query($first: Int, $after: String) { list: organisations(first: $first, after: $after) { ${CONNECTION} } }`,
    pick: (d) => d.list,
  },
  { label: "frameworks", query: `query($first: Int, $after: String) { list: frameworks(first: $first, after: $after) { ${CONNECTION} } }`, pick: (d) => d.list },
  { label: "priorities", query: `query($first: Int, $after: String) { list: priorities(first: $first, after: $after) { ${CONNECTION} } }`, pick: (d) => d.list },
  {
    label: "commitments",
    query: `query($first: Int, $after: String) { list: commitments(first: $first, after: $after) { ${CONNECTION} } }`,
    pick: (d) => d.list,
  },
  {
    label: "body.memberships",
    query: `query($id: ID!, $first: Int, $after: String) { body(id: $id) { list: memberships(first: $first, after: $after) { ${CONNECTION} } } }`,
    pick: (d) => d.body.list,
    variables: () => ({ id: ids.bodies.genderWorkingGroup }),
  },
  {
    label: "body.children",
    query: `query($id: ID!, $first: Int, $after: String) { body(id: $id) { list: children(first: $first, after: $after) { ${CONNECTION} } } }`,
    pick: (d) => d.body.list,
    variables: () => ({ id: ids.bodies.genderWorkingGroup }),
  },
  {
    label: "body.priorities",
    query: `query($id: ID!, $first: Int, $after: String) { body(id: $id) { list: priorities(first: $first, after: $after) { ${CONNECTION} } } }`,
    pick: (d) => d.body.list,
    variables: () => ({ id: ids.bodies.genderWorkingGroup }),
  },
  {
    label: "organisation.memberships",
    query: `query($id: ID!, $first: Int, $after: String) { organisation(id: $id) { list: memberships(first: $first, after: $after) { ${CONNECTION} } } }`,
    pick: (d) => d.organisation.list,
    variables: () => ({ id: ids.organisations.unWomen }),
  },
  {
    label: "organisation.commitments",
    query: `query($id: ID!, $first: Int, $after: String) { organisation(id: $id) { list: commitments(first: $first, after: $after) { ${CONNECTION} } } }`,
    pick: (d) => d.organisation.list,
    variables: () => ({ id: ids.organisations.unfpa }),
  },
  {
    label: "priority.commitments",
    query: `query($id: ID!, $first: Int, $after: String) { node(id: $id) { ... on Priority { list: commitments(first: $first, after: $after) { ${CONNECTION} } } } }`,
    pick: (d) => d.node.list,
    variables: () => ({ id: ids.priorities.gbvCaseManagement }),
  },
  {
    label: "commitment.progressReports",
    query: `query($id: ID!, $first: Int, $after: String) { node(id: $id) { ... on Commitment { list: progressReports(first: $first, after: $after) { ${CONNECTION} } } } }`,
    pick: (d) => d.node.list,
    variables: () => ({ id: tyreCommitmentId }),
  },
  {
    label: "framework.bodies",
    query: `query($id: ID!, $first: Int, $after: String) { node(id: $id) { ... on Framework { list: bodies(first: $first, after: $after) { ${CONNECTION} } } } }`,
    pick: (d) => d.node.list,
    variables: () => ({ id: frameworkId }),
  },
];

const listCases = LISTS.map((list) => [list.label, list] as const);

describe("page size", () => {
  it("is 20 by default", async () => {
    const organisations = LISTS.find((l) => l.label === "organisations")!;
    const data = await ok(hub, organisations.query, {});
    expect(data.list.nodes).toHaveLength(20);
    expect(data.list.edges).toHaveLength(20);
    expect(data.list.totalCount).toBeGreaterThan(20);
    expect(data.list.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    const members = LISTS.find((l) => l.label === "body.memberships")!;
    const nested = await ok(hub, members.query, members.variables!());
    expect(nested.body.list.nodes).toHaveLength(20);
    expect(nested.body.list.totalCount).toBe(58);
    expect(nested.body.list.pageInfo.hasNextPage).toBe(true);
  });

  it("allows 100", async () => {
    const members = LISTS.find((l) => l.label === "body.memberships")!;
    const data = await ok(hub, members.query, { ...members.variables!(), first: 100 });
    expect(data.body.list.nodes).toHaveLength(58);
    expect(data.body.list.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });

  it.each(listCases)("%s: more than 100 is a BAD_USER_INPUT error naming `first`", async (_label, list) => {
    const response = await failsOnArgument(hub, "first", list.query, { ...list.variables?.(), first: 101 });
    const nested = list.query.includes("$id");
    // The error is the top-level `errors`; no page of 101 (or a silently cut page of 100) comes back.
    if (nested) expect(JSON.stringify(response.data ?? null)).not.toContain("edges");
    else expect(response.data ?? null).toBeNull();
  });

  it.each([0, -1, 1000])("first: %i is a BAD_USER_INPUT error naming `first`", async (first) => {
    await failsOnArgument(hub, "first", LISTS[0]!.query, { first });
    const members = LISTS.find((l) => l.label === "body.memberships")!;
    await failsOnArgument(hub, "first", members.query, { ...members.variables!(), first });
  });
});

describe("cursors", () => {
  const bodiesList = LISTS[0]!;
  const bodiesCursor = async () => (await ok(hub, bodiesList.query, { first: 1 })).list.pageInfo.endCursor as string;

  it.each([
    ["garbage", () => "garbage"],
    ["base64 of something else", () => Buffer.from("hello").toString("base64url")],
    ["a JSON array with a bad id", () => Buffer.from(JSON.stringify(["a", "not-a-uuid"])).toString("base64url")],
    ["a JSON object", () => Buffer.from(JSON.stringify({ sortKey: "a", id: "00000000-0000-4000-8000-000000000000" })).toString("base64url")],
  ])("%s is a BAD_USER_INPUT error naming `after`", async (_label, cursor) => {
    await failsOnArgument(hub, "after", bodiesList.query, { first: 2, after: cursor() });
    const members = LISTS.find((l) => l.label === "body.memberships")!;
    await failsOnArgument(hub, "after", members.query, { ...members.variables!(), first: 2, after: cursor() });
  });

  it.each([
    ["commitments (sorted by time)", "commitments"],
    ["organisation.commitments (sorted by time)", "organisation.commitments"],
    ["commitment.progressReports (sorted by date)", "commitment.progressReports"],
  ])("a cursor of another list is a BAD_USER_INPUT error on %s", async (_label, target) => {
    // A bodies cursor carries a name as its sort key, which these lists cannot compare with their dates.
    const list = LISTS.find((l) => l.label === target)!;
    const response = await hub.query(list.query, { ...list.variables?.(), first: 2, after: await bodiesCursor() });
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    expect(response.errors![0]!.extensions?.argument).toBe("after");
    expect(JSON.stringify(response.errors)).not.toMatch(/select|Failed query/i);
  });

  it("a well-formed cursor past the end gives an empty last page", async () => {
    const after = encodeCursor({ sortKey: "zzzzzzzz", id: "ffffffff-ffff-4fff-bfff-ffffffffffff" });
    const data = await ok(hub, bodiesList.query, { first: 5, after });
    expect(data.list.nodes).toEqual([]);
    expect(data.list.edges).toEqual([]);
    expect(data.list.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
    expect(data.list.totalCount).toBe(6);
  });

  it("any edge's cursor works as `after`, not only endCursor", async () => {
    const organisations = LISTS.find((l) => l.label === "organisations")!;
    const first = await ok(hub, organisations.query, { first: 10 });
    const next = await ok(hub, organisations.query, { first: 5, after: first.list.edges[4].cursor });
    expect(next.list.nodes.map((n: any) => n.id)).toEqual(first.list.nodes.slice(5, 10).map((n: any) => n.id));
    expect(next.list.pageInfo.hasPreviousPage).toBe(true);
  });

  it("the last page of an exact multiple ends with hasNextPage false", async () => {
    const first = await ok(hub, bodiesList.query, { first: 3 });
    expect(first.list.pageInfo.hasNextPage).toBe(true);
    const second = await ok(hub, bodiesList.query, { first: 3, after: first.list.pageInfo.endCursor });
    expect(second.list.nodes).toHaveLength(3);
    expect(second.list.pageInfo.hasNextPage).toBe(false);
  });
});

/** A walk: a list in some order, walked `first` at a time, compared with one page of 100. */
interface WalkCase {
  list: string;
  first: number;
  orderBy?: Record<string, string>;
  filter?: Record<string, unknown>;
  as?: DemoRole;
  language?: string;
}

/** Adds `$orderBy` and `$filter` arguments to a list query. */
function withArguments(list: ListCase, walk: WalkCase): string {
  const types: Record<string, [string | null, string | null]> = {
    bodies: ["BodyOrder", "BodyFilter"],
    organisations: ["OrganisationOrder", "OrganisationFilter"],
    frameworks: [null, null],
    priorities: ["PriorityOrder", "PriorityFilter"],
    commitments: ["CommitmentOrder", "CommitmentFilter"],
    "body.memberships": ["MembershipOrder", "MembershipFilter"],
    "body.children": ["BodyOrder", null],
    "body.priorities": ["PriorityOrder", "PriorityOfBodyFilter"],
    "organisation.memberships": ["MembershipOrder", "MembershipFilter"],
    "organisation.commitments": ["CommitmentOrder", "CommitmentFilter"],
    "priority.commitments": ["CommitmentOrder", "CommitmentFilter"],
    "commitment.progressReports": ["ProgressReportOrder", null],
    "framework.bodies": ["BodyOrder", null],
  };
  const [orderType, filterType] = types[list.label]!;
  let query = list.query;
  const declarations: string[] = [];
  const args: string[] = [];
  if (walk.orderBy) {
    declarations.push(`$orderBy: ${orderType}`);
    args.push("orderBy: $orderBy");
  }
  if (walk.filter) {
    declarations.push(`$filter: ${filterType}`);
    args.push("filter: $filter");
  }
  if (!declarations.length) return query;
  query = query.replace("$first: Int,", `${declarations.join(", ")}, $first: Int,`);
  return query.replace("(first: $first, after: $after)", `(${args.join(", ")}, first: $first, after: $after)`);
}

const WALKS: WalkCase[] = [
  { list: "bodies", first: 2 },
  { list: "bodies", first: 4, orderBy: { field: "CREATED_AT", direction: "DESC" } },
  { list: "bodies", first: 1, orderBy: { field: "NAME", direction: "DESC" }, language: "ar" },
  { list: "bodies", first: 2, filter: { kinds: ["TASK_FORCE"] } },
  { list: "organisations", first: 7 },
  { list: "organisations", first: 8, language: "ar" },
  { list: "organisations", first: 9, orderBy: { field: "ACRONYM", direction: "DESC" } },
  { list: "organisations", first: 10, orderBy: { field: "CREATED_AT" } },
  { list: "organisations", first: 6, orderBy: { field: "CREATED_AT", direction: "DESC" } },
  { list: "organisations", first: 3, filter: { types: ["NATIONAL_NGO"] } },
  { list: "frameworks", first: 1 },
  { list: "priorities", first: 5 },
  { list: "priorities", first: 4, orderBy: { field: "TITLE", direction: "DESC" } },
  { list: "priorities", first: 3, orderBy: { field: "YEAR" } },
  { list: "priorities", first: 3, as: "partnerOutsideTaskForce" },
  { list: "commitments", first: 6 },
  { list: "commitments", first: 4, orderBy: { field: "ORGANISATION_NAME" } },
  { list: "commitments", first: 7, orderBy: { field: "CREATED_AT", direction: "DESC" } },
  { list: "commitments", first: 5, orderBy: { field: "UPDATED_AT" } },
  { list: "commitments", first: 4, as: "partnerOutsideTaskForce" },
  { list: "commitments", first: 2, filter: { status: "IN_PROGRESS" } },
  { list: "body.memberships", first: 7 },
  { list: "body.memberships", first: 10, orderBy: { field: "ROLE" } },
  { list: "body.memberships", first: 6, orderBy: { field: "ROLE", direction: "DESC" } },
  { list: "body.memberships", first: 5, orderBy: { field: "START_DATE", direction: "DESC" } },
  { list: "body.memberships", first: 9, orderBy: { field: "ORGANISATION_NAME", direction: "DESC" }, language: "ar" },
  { list: "body.memberships", first: 11, orderBy: { field: "CREATED_AT" } },
  { list: "body.memberships", first: 4, filter: { roles: ["OBSERVER"] } },
  { list: "body.memberships", first: 7, as: "partnerOutsideTaskForce" },
  { list: "body.children", first: 1 },
  { list: "body.priorities", first: 1 },
  { list: "body.priorities", first: 3, orderBy: { field: "TITLE" } },
  { list: "organisation.memberships", first: 4 },
  { list: "organisation.memberships", first: 2, orderBy: { field: "ROLE", direction: "DESC" } },
  { list: "organisation.commitments", first: 1 },
  { list: "priority.commitments", first: 2 },
  { list: "priority.commitments", first: 4, orderBy: { field: "ORGANISATION_NAME", direction: "DESC" } },
  { list: "commitment.progressReports", first: 1 },
  { list: "commitment.progressReports", first: 1, orderBy: { field: "SUBMITTED_AT", direction: "ASC" } },
  { list: "framework.bodies", first: 1 },
];

describe("walking every list with after: pageInfo.endCursor", () => {
  const label = (walk: WalkCase) =>
    [walk.list, `first ${walk.first}`, walk.orderBy && JSON.stringify(walk.orderBy), walk.filter && JSON.stringify(walk.filter), walk.as, walk.language]
      .filter(Boolean)
      .join(", ");

  it.each(WALKS.map((walk) => [label(walk), walk] as const))("%s", async (_label, walk) => {
    const list = LISTS.find((l) => l.label === walk.list)!;
    const query = withArguments(list, walk);
    const variables = { ...list.variables?.(), orderBy: walk.orderBy, filter: walk.filter };
    const request = { as: walk.as, language: walk.language };

    const { items, pages, totalCount } = await walkConnection(hub, query, list.pick, { first: walk.first, variables, request });
    const seen = items.map((item) => item.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(totalCount);
    expect(totalCount).toBeGreaterThan(0);
    expect(pages).toHaveLength(Math.max(1, Math.ceil(totalCount / walk.first)));

    // The same order as one big page: nothing skipped, nothing moved.
    const whole = list.pick(await ok(hub, query, { ...variables, first: 100 }, request));
    expect(whole.pageInfo.hasNextPage).toBe(false);
    expect(seen).toEqual(whole.nodes.map((node) => node.id));
  });
});
