/**
 * No N+1: the number of SQL statements for a deep query does not grow with the page sizes.
 */
import { sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DemoRole } from "../server/seed/demo.js";
import { placeholders, renderedOnce, runPrepared, runPreparedBytes } from "../server/shared/statements.js";
import { ok } from "./helpers.js";
import { startHub, type Hub } from "./testkit.js";

let hub: Hub;
const dialect = new PgDialect();
beforeAll(async () => {
  hub = await startHub();
});
afterAll(() => hub.close());

const DEEP = `query($first: Int!) {
  bodies(first: $first) {
    totalCount
    nodes {
      name
      memberships(first: $first) {
        totalCount
        nodes { role organisation { name } focalPoints { name email phone } }
      }
      priorities(first: $first) {
        totalCount
        nodes {
          title
          indicators { name unitLabel }
          commitments(first: $first) {
            totalCount
            nodes {
              description
              organisation { name }
              latestReport { periodEnd narrative }
              progressReports(first: $first) { totalCount nodes { periodEnd status } }
            }
          }
        }
      }
    }
  }
}`;

/** Runs the query and returns the statements it cost and what it returned. */
async function measure(first: number, as: DemoRole) {
  const before = hub.database.statementCount();
  const data = await ok(hub, DEEP, { first }, { as });
  const statements = hub.database.statementCount() - before;
  return { statements, data };
}

/** How many objects a response holds at each level, to show the larger page really is larger. */
function sizes(data: any) {
  const bodies = data.bodies.nodes;
  const memberships = bodies.flatMap((b: any) => b.memberships.nodes);
  const priorities = bodies.flatMap((b: any) => b.priorities.nodes);
  const commitments = priorities.flatMap((p: any) => p.commitments.nodes);
  return {
    bodies: bodies.length,
    memberships: memberships.length,
    focalPoints: memberships.flatMap((m: any) => m.focalPoints).length,
    priorities: priorities.length,
    indicators: priorities.flatMap((p: any) => p.indicators).length,
    commitments: commitments.length,
    reports: commitments.flatMap((c: any) => c.progressReports.nodes).length,
  };
}

describe("SQL statements per request", () => {
  it.each(["admin", "partnerOutsideTaskForce", "partnerInTaskForce"] as const)(
    "are the same for page sizes 2 and 50, and few (%s)",
    async (as) => {
      const small = await measure(2, as);
      const large = await measure(50, as);

      const smallSizes = sizes(small.data);
      const largeSizes = sizes(large.data);
      expect(smallSizes.bodies).toBe(2);
      expect(largeSizes.bodies).toBe(6);
      expect(largeSizes.memberships).toBeGreaterThan(smallSizes.memberships * 5);
      expect(largeSizes.priorities).toBeGreaterThan(smallSizes.priorities);
      expect(largeSizes.commitments).toBeGreaterThan(smallSizes.commitments);
      expect(smallSizes.reports).toBeGreaterThan(0);
      expect(smallSizes.focalPoints).toBeGreaterThan(0);
      expect(smallSizes.indicators).toBeGreaterThan(0);

      expect(large.statements, `page 2: ${small.statements}, page 50: ${large.statements}`).toBe(small.statements);
      expect(large.statements).toBeLessThan(25);
      expect(large.statements).toBeGreaterThan(0);
    },
  );

  it("does not grow with the number of bodies asked for by id", async () => {
    const all = await ok(hub, `{ bodies(first: 100) { nodes { id } } }`);
    const ids: string[] = all.bodies.nodes.map((b: any) => b.id);
    const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on CoordinationBody { name leads { organisation { name } } memberships(first: 5) { nodes { organisation { name } } } } } }`;
    const count = async (subset: string[]) => {
      const before = hub.database.statementCount();
      const data = await ok(hub, NODES, { ids: subset });
      expect(data.nodes.filter(Boolean)).toHaveLength(subset.length);
      return hub.database.statementCount() - before;
    };
    const one = await count(ids.slice(0, 1));
    const six = await count(ids);
    expect(six).toBe(one);
    expect(six).toBeLessThan(15);
  });

  it("counts statements: a request costs at least one", async () => {
    const before = hub.database.statementCount();
    await ok(hub, `{ bodies(first: 1) { nodes { name } } }`);
    expect(hub.database.statementCount()).toBeGreaterThan(before);
  });
});

describe("a raw statement run by runPrepared", () => {
  const given = placeholders("given", ["word", "count"] as const);
  const statement = renderedOnce(() => sql`select ${given.word}::text as word, ${given.count}::int + 1 as next`);

  it("takes each placeholder's value from its group, and keeps a value given in the statement", async () => {
    expect(await runPrepared(hub.database.db, "placeholder_groups", statement(), { given: { word: "سلام", count: 41 } })).toEqual([{ word: "سلام", next: 42 }]);
    expect(await runPrepared(hub.database.db, "given_inline", sql`select ${"inline"}::text as a, ${given.word}::text as b`, { given: { word: "x" } })).toEqual([{ a: "inline", b: "x" }]);
  });

  it("refuses to run without a placeholder's value, naming it", async () => {
    await expect(runPrepared(hub.database.db, "placeholder_groups", statement(), { given: { word: "x" } })).rejects.toThrow(/given\.count/);
    await expect(runPrepared(hub.database.db, "placeholder_groups", statement(), {})).rejects.toThrow(/given\.word/);
  });
});

describe("a statement's first value read undecoded by runPreparedBytes", () => {
  const given = placeholders("given", ["word"] as const);
  const statement = renderedOnce(() => sql`select json_build_object('word', ${given.word}::text)::text as data where ${given.word}::text <> ''`);
  const read = (word: string) => runPreparedBytes(hub.database.db, "first_value", statement(), { given: { word } });
  const text = (value: Uint8Array | string | null | undefined) => (value instanceof Uint8Array ? Buffer.from(value).toString("utf8") : value);

  it("gives PostgreSQL's bytes through postgres.js and the text through PGlite, multi-byte characters whole", async () => {
    const value = await read("سلام");
    expect(value instanceof Uint8Array ? "bytes" : typeof value).toBe(hub.database.kind === "postgres" ? "bytes" : "string");
    expect(JSON.parse(text(value)!)).toEqual({ word: "سلام" });
  });

  it("gives undefined when there is no row, and null for a null value", async () => {
    expect(await read("")).toBeUndefined();
    expect(await runPreparedBytes(hub.database.db, "null_value", dialect.sqlToQuery(sql`select null::text`))).toBeNull();
  });

  it("counts its statement, as every other one is counted", async () => {
    const before = hub.database.statementCount();
    await read("x");
    expect(hub.database.statementCount()).toBe(before + 1);
  });
});
