/** Trusted-documents mode: the SDK's operations run, nothing else does. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadTrustedDocuments } from "../../server/limits/trusted-documents.plugin.js";
import { startSdkHub, type SdkHub } from "./sdk-kit.js";

const MANIFEST = new URL("../../client-sdk/src/generated/trusted-documents.json", import.meta.url).pathname;

let sdk: SdkHub;
beforeAll(async () => {
  sdk = await startSdkHub({ trustedDocuments: loadTrustedDocuments(MANIFEST) });
});
afterAll(() => sdk.close());

describe("a server in trusted-documents mode", () => {
  it("runs the SDK's operations", async () => {
    const { bodies } = await sdk.as("partnerOutsideTaskForce").bodies({ first: 3 });
    expect(bodies.nodes).toHaveLength(3);
  });

  it("refuses any other document, before running it", async () => {
    const before = sdk.hub.database.statementCount();
    const response = await sdk.hub.query(`{ bodies(first: 3) { nodes { name } } }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe("UNTRUSTED_DOCUMENT");
    // Only the token lookup ran: the query itself never reached the database.
    expect(sdk.hub.database.statementCount() - before).toBe(1);
  });
});
