/**
 * `client.paginate.*`: async iterators that follow the cursors, so callers never see them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { walkPages } from "../../client-sdk/src/pagination.js";
import type { HubClient } from "../../client-sdk/src/index.js";
import { bodyId, startSdkHub, type SdkHub } from "./sdk-kit.js";

let sdk: SdkHub;
let chair: HubClient;
let gwg = "";
beforeAll(async () => {
  sdk = await startSdkHub();
  chair = sdk.as("unWomenChair");
  gwg = await bodyId(sdk.as("admin"), "GWG");
});
afterAll(() => sdk?.close());

describe("paginate", () => {
  it("walks all GWG memberships five at a time: every one once, in order, totalCount in all", async () => {
    const { body } = await chair.bodyMemberships({ bodyId: gwg, first: 100, orderBy: { field: "ORGANISATION_NAME" } });
    const expected = body!.memberships.nodes.map((m) => m.id);
    expect(expected.length).toBe(body!.memberships.totalCount);
    expect(expected.length).toBeGreaterThan(5 * 4);

    const sentBefore = sdk.sent.length;
    const walked: string[] = [];
    for await (const membership of chair.paginate.bodyMemberships({ bodyId: gwg, first: 5, orderBy: { field: "ORGANISATION_NAME" } })) {
      walked.push(membership.id);
    }
    expect(walked).toEqual(expected);
    expect(sdk.sent.length - sentBefore).toBe(Math.ceil(expected.length / 5));
  });

  it("gives the pages themselves, each with totalCount", async () => {
    const pages = [];
    for await (const page of chair.paginate.bodyMemberships({ bodyId: gwg, first: 20 }).pages()) pages.push(page);
    const total = pages[0]!.totalCount;
    expect(pages.every((page) => page.totalCount === total)).toBe(true);
    expect(pages.reduce((sum, page) => sum + page.nodes.length, 0)).toBe(total);
    expect(pages.at(-1)!.pageInfo.hasNextPage).toBe(false);
  });

  it("fetches only the pages a loop reads, and starts over for each loop", async () => {
    const walker = chair.paginate.bodyMemberships({ bodyId: gwg, first: 5 });
    const sentBefore = sdk.sent.length;
    let read = 0;
    for await (const membership of walker) {
      expect(membership.id).toBeTruthy();
      if (++read === 7) break;
    }
    expect(sdk.sent.length - sentBefore).toBe(2);
    const first = [];
    for await (const membership of walker) {
      first.push(membership);
      break;
    }
    expect(first).toHaveLength(1);
  });

  it("yields nothing for a body the viewer may not see into, or an unknown id", async () => {
    const taskForce = await bodyId(sdk.as("admin"), "LGBTIQ+ TF");
    expect(await sdk.as("partnerOutsideTaskForce").paginate.bodyMemberships({ bodyId: taskForce }).toArray()).toEqual([]);
    expect(await chair.paginate.bodyMemberships({ bodyId: "unknown" }).toArray()).toEqual([]);
  });

  it("stops with an error instead of looping when a server repeats a cursor", async () => {
    const stuck = walkPages(async () => ({ pageInfo: { hasNextPage: true, endCursor: "same" }, nodes: [1] }));
    await expect(stuck.toArray()).rejects.toThrow(/did not advance/);
  });
});
