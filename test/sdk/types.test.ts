/**
 * The SDK's compile-time guarantees (client-sdk/typetest/wrong-usage.ts): with its
 * `@ts-expect-error` markers the file compiles, so every marked line is an error; without them,
 * exactly the marked lines fail, so nothing else in the file is wrong by accident. Also: the SDK's
 * sources compile for browsers (DOM types, no Node types).
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SDK_DIR, typeCheck } from "./sdk-kit.js";

const MARKER = "// @ts-expect-error";
const TYPETEST = join(SDK_DIR, "typetest/wrong-usage.ts");

describe("compile-time checks", () => {
  it("the SDK compiles with DOM types and without Node's", () => {
    const result = typeCheck(join(SDK_DIR, "tsconfig.json"));
    expect(result.output).toBe("");
    expect(result.code).toBe(0);
  });

  it("every @ts-expect-error line in typetest/wrong-usage.ts is a compile error", () => {
    const result = typeCheck(join(SDK_DIR, "tsconfig.typetest.json"));
    expect(result.output).toBe("");
    expect(result.code).toBe(0);
  });

  it("without the markers, exactly the marked lines fail (wrong variables and wrong result usage)", () => {
    const source = readFileSync(TYPETEST, "utf8");
    const lines = source.split("\n");
    const marked = lines.flatMap((line, index) => (line.trim().startsWith(MARKER) ? [index + 2] : []));
    expect(marked.length).toBeGreaterThanOrEqual(20);

    const stripped = join(SDK_DIR, "typetest/wrong-usage.stripped.ts");
    const project = join(SDK_DIR, "typetest/tsconfig.stripped.json");
    writeFileSync(stripped, source.replaceAll(MARKER, "// (expected error)"));
    writeFileSync(project, JSON.stringify({ extends: "../tsconfig.typetest.json", include: ["wrong-usage.stripped.ts"], exclude: [] }));
    try {
      const result = typeCheck(project);
      expect(result.code).not.toBe(0);
      const failing = [...result.output.matchAll(/wrong-usage\.stripped\.ts\((\d+),\d+\): error TS\d+/g)].map((match) => Number(match[1]));
      expect([...new Set(failing)].sort((a, b) => a - b)).toEqual(marked);
    } finally {
      rmSync(stripped, { force: true });
      rmSync(project, { force: true });
    }
  });
});
