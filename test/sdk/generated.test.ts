/**
 * The SDK's generated code (client-sdk/src/generated/) is committed; this fails as soon as it no
 * longer matches what `npm run codegen` would write from the SDL and the operations (CI also runs
 * `npm run check:generated`).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generate } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";
import config from "../../codegen.js";
import { ROOT } from "./sdk-kit.js";

describe("generated SDK code", () => {
  it("is what `npm run codegen` writes (run it after changing the schema or an operation)", async () => {
    const outputs: Array<{ filename: string; content: string }> = await generate({ ...config, cwd: ROOT, silent: true }, false);
    expect(outputs.map((output) => output.filename).sort()).toEqual(Object.keys(config.generates).sort());
    for (const output of outputs) {
      const committed = readFileSync(join(ROOT, output.filename), "utf8");
      expect(committed, `${output.filename} is stale: run npm run codegen`).toBe(output.content);
    }
  }, 60_000);
});
