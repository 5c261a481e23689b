import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHub, type Hub } from "./testkit.js";

let hub: Hub;
beforeAll(async () => {
  hub = await startHub();
});
afterAll(() => hub.close());

describe("smoke", () => {
  it("answers the viewer", async () => {
    const response = await hub.query(`{ viewer { name platformRole } }`);
    expect(response.data.viewer.platformRole).toBe("ADMIN");
  });
});
