/**
 * Arabic: `language: "ar"` on the client, per call, or through `withOptions`, sends
 * `Accept-Language`, and text fields come back in Arabic (the `…Translations` twins keep both).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_BODY_NAMES } from "../../server/seed/demo-data.js";
import { bodyId, startSdkHub, type SdkHub } from "./sdk-kit.js";

let sdk: SdkHub;
let gwg = "";
beforeAll(async () => {
  sdk = await startSdkHub();
  gwg = await bodyId(sdk.as("admin"), "GWG");
});
afterAll(() => sdk?.close());

describe("language", () => {
  it("a client created with language: 'ar' reads names in Arabic", async () => {
    const client = sdk.as("partnerOutsideTaskForce", { language: "ar" });
    const { body } = await client.body({ id: gwg });
    expect(body!.name).toBe(DEMO_BODY_NAMES.genderWorkingGroup.ar);
    expect(body!.nameTranslations).toEqual(DEMO_BODY_NAMES.genderWorkingGroup);
    const { viewer } = await client.myOrganisation();
    expect(viewer.organisation!.name).toBe("جمعية نساء سهل عكار");
  });

  it("a call can override the client's language, and withOptions makes an Arabic twin of a client", async () => {
    const english = sdk.as("partnerOutsideTaskForce");
    expect((await english.body({ id: gwg })).body!.name).toBe(DEMO_BODY_NAMES.genderWorkingGroup.en);
    expect((await english.body({ id: gwg }, { language: "ar" })).body!.name).toBe(DEMO_BODY_NAMES.genderWorkingGroup.ar);
    const arabic = english.withOptions({ language: "ar" });
    const names = (await arabic.paginate.bodies({ first: 3 }).toArray()).map((body) => body.name);
    expect(names).toContain(DEMO_BODY_NAMES.genderWorkingGroup.ar);
    expect((await arabic.viewer({ language: "en" })).viewer.organisation!.name).toBe("Akkar Plains Women's Association (demo)");
  });
});
