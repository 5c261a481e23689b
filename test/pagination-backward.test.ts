/** Paging backwards (last/before) returns the same items as paging forwards, in the same order. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHub, type Hub } from "./testkit.js";

let hub: Hub;
let gwgId: string;

beforeAll(async () => {
  hub = await startHub();
  const found = await hub.query(`{ bodies(filter: { kinds: [WORKING_GROUP] }) { nodes { id } } }`);
  gwgId = found.data.bodies.nodes[0].id;
});
afterAll(() => hub.close());

const membersPage = `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  body(id: $id) { memberships(first: $first, after: $after, last: $last, before: $before) {
    totalCount nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`;

async function page(variables: Record<string, unknown>) {
  const response = await hub.query(membersPage, { id: gwgId, ...variables });
  expect(response.errors).toBeUndefined();
  return response.data.body.memberships;
}

describe("paging backwards", () => {
  it("walks from the end to the start and meets every item once, in forward order", async () => {
    const all = (await page({ first: 100 })).nodes.map((node: { id: string }) => node.id);
    expect(all.length).toBeGreaterThan(50);
    const seen: string[] = [];
    let before: string | null = null;
    for (let guard = 0; guard < 20; guard++) {
      const current: any = await page({ last: 7, before });
      seen.unshift(...current.nodes.map((node: { id: string }) => node.id));
      expect(current.pageInfo.hasNextPage).toBe(before !== null);
      if (!current.pageInfo.hasPreviousPage) break;
      before = current.pageInfo.startCursor;
    }
    expect(seen).toEqual(all);
  });

  it("gives the last items of the list by default", async () => {
    const all = (await page({ first: 100 })).nodes.map((node: { id: string }) => node.id);
    const last = await page({ last: 3 });
    expect(last.nodes.map((node: { id: string }) => node.id)).toEqual(all.slice(-3));
    expect(last.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
  });

  it.each([
    [{ first: 2, last: 2 }, "first"],
    [{ after: "x", before: "y" }, "after"],
    [{ last: 101 }, "last"],
    [{ last: 0 }, "last"],
    [{ last: 2, before: "not-a-cursor" }, "before"],
  ])("refuses %o with BAD_USER_INPUT naming %s", async (variables, argument) => {
    const response = await hub.query(membersPage, { id: gwgId, ...variables });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
  });
});
