/**
 * Start-up on the embedded database, as `npm start` does it (server/start.mjs: the cached bundle
 * of the server) and with the migrated template (server/pglite-template.ts): a new data directory
 * is a real, migrated PostgreSQL cluster with the demo data and printed tokens; a later start
 * reuses it. No timing is asserted here: `npm run bench:startup` measures it.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, inject, it } from "vitest";
import { loadConfig } from "../server/config.js";
import { databaseOptionsFrom, openDatabase, type Database } from "../server/db.js";
import { demoKey, PGLITE_SHARED_BUFFERS, removeStaleTemplates, restoreTemplate, templateKey } from "../server/pglite-template.js";
import { demoAsOf, isDatabaseEmpty, issueDemoTokens, loadDemoData } from "../server/seed/demo.js";
import type { Tokens } from "./server-process.js";
import { cleanUpServers, startServer, temporaryDataDir, type ServerProcess } from "./server-process.js";

const DATABASE_URL = process.env.DATABASE_URL || undefined;
const MIGRATIONS = fileURLToPath(new URL("../migrations", import.meta.url));
const journal = JSON.parse(readFileSync(join(MIGRATIONS, "meta", "_journal.json"), "utf8")) as { entries: unknown[] };

afterAll(cleanUpServers);

async function viewerName(server: ServerProcess, token: string): Promise<string | undefined> {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: "{ viewer { name } }" }),
  });
  const body = (await response.json()) as { data?: { viewer?: { name: string } } };
  return body.data?.viewer?.name;
}

describe.skipIf(!!DATABASE_URL)("npm start on the embedded database", () => {
  it("makes a new data directory a migrated database with the demo data and prints the tokens, then starts again on it", async () => {
    const dataDir = temporaryDataDir("startup");
    const first = await startServer({ dataDir, entry: ["server/start.mjs"], readyTimeoutMs: 90_000 });
    expect(first.stdout()).toContain("Loaded the demo data (a copy of its template)");
    expect(first.stderr()).not.toContain("could not be used");
    expect(first.stdout()).toContain("Demo users and their access tokens");
    expect(first.stdout()).toContain(first.tokens.admin.token);
    expect(await viewerName(first, first.tokens.admin.token)).toBe("Hala Mourad");
    expect(await first.stop()).toMatchObject({ code: 0 });

    const again = await startServer({ dataDir, entry: ["server/start.mjs"], readyTimeoutMs: 90_000 });
    expect(again.stdout()).not.toContain("Loaded the demo data");
    expect(again.stdout()).toContain(first.tokens.admin.token);
    expect(await viewerName(again, first.tokens.admin.token)).toBe("Hala Mourad");
    expect(await again.stop()).toMatchObject({ code: 0 });

    // The database removed by hand, demo-tokens.json left behind: the new database's own tokens replace the file's.
    renameSync(join(dataDir, "pglite"), join(dataDir, "pglite-removed"));
    const anew = await startServer({ dataDir, entry: ["server/start.mjs"], readyTimeoutMs: 90_000 });
    expect(anew.stdout()).toContain("Loaded the demo data (a copy of its template)");
    expect(anew.tokens.admin.token).not.toBe(first.tokens.admin.token);
    expect(await viewerName(anew, anew.tokens.admin.token)).toBe("Hala Mourad");
    expect(await viewerName(anew, first.tokens.admin.token)).toBeUndefined();
    expect(await anew.stop()).toMatchObject({ code: 0 });
    rmSync(join(dataDir, "pglite"), { recursive: true });
    renameSync(join(dataDir, "pglite-removed"), join(dataDir, "pglite"));

    // Every migration is recorded as applied, as `migrate` leaves a database it created itself.
    const database = await openDatabase({ dataDir: join(dataDir, "pglite") });
    try {
      const applied = await database.db.execute(sql`select count(*)::int as count from drizzle.__drizzle_migrations`);
      expect((applied as unknown as { rows: { count: number }[] }).rows[0]!.count).toBe(journal.entries.length);
    } finally {
      await database.close();
    }
  });

  it("starts a new data directory empty with HUB_DEMO_DATA=off, and loads the demo into it when turned back on", async () => {
    const dataDir = temporaryDataDir("startup-off");
    const off = await startServer({ dataDir, entry: ["server/start.mjs"], env: { HUB_DEMO_DATA: "off" }, tokens: {} as Tokens, readyTimeoutMs: 90_000 });
    expect(off.stdout()).not.toContain("Loaded the demo data");
    expect(off.stdout()).not.toContain("Demo users and their access tokens");
    expect(await off.stop()).toMatchObject({ code: 0 });

    const on = await startServer({ dataDir, entry: ["server/start.mjs"], readyTimeoutMs: 90_000 });
    expect(on.stdout()).toContain("Loaded the demo data; tokens written");
    expect(await viewerName(on, on.tokens.unWomenChair.token)).toBe("Rania Haddad");
    expect(await on.stop()).toMatchObject({ code: 0 });
  });
});

describe("the embedded database's shared buffers", () => {
  async function sharedBuffers(env: NodeJS.ProcessEnv): Promise<string> {
    const { sharedBuffers } = databaseOptionsFrom(loadConfig(env));
    const migrated = inject("migratedPglite"); // not a new initdb per start
    const database = await openDatabase({ sharedBuffers, loadDataDir: migrated ? new Blob([readFileSync(migrated)]) : undefined });
    try {
      const shown = await database.db.execute(sql`select current_setting('shared_buffers') as size`);
      return (shown as unknown as { rows: { size: string }[] }).rows[0]!.size;
    } finally {
      await database.close();
    }
  }

  it("are PGLITE_SHARED_BUFFERS unless HUB_PGLITE_SHARED_BUFFERS says otherwise", async () => {
    expect(await sharedBuffers({})).toBe(PGLITE_SHARED_BUFFERS);
    expect(await sharedBuffers({ HUB_PGLITE_SHARED_BUFFERS: "24MB" })).toBe("24MB");
  });

  it("refuse a size PGlite would not start with, naming the variable", () => {
    for (const size of ["16", "16 MB", "0MB", "16mb", "-1MB", "100kB", "127kB", "1025MB", "2GB"]) {
      expect(() => loadConfig({ HUB_PGLITE_SHARED_BUFFERS: size })).toThrow(/HUB_PGLITE_SHARED_BUFFERS: must be a size from 128kB to 1GB/);
    }
    for (const size of ["128kB", "1GB", "1024MB"]) expect(loadConfig({ HUB_PGLITE_SHARED_BUFFERS: size }).HUB_PGLITE_SHARED_BUFFERS).toBe(size);
  });
});

describe("the embedded database template", () => {
  it("leaves a data directory that holds anything alone", async () => {
    const dataDir = join(temporaryDataDir("template-existing"), "pglite");
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, "something"), "kept");
    expect(await restoreTemplate(dataDir, MIGRATIONS)).toBe(false);
    expect(readdirSync(dataDir)).toEqual(["something"]);
  });

  /** Opens a data directory made from a template and runs `use` on it. */
  async function withRestored<T>(label: string, demoYear: number | undefined, use: (database: Database) => Promise<T>): Promise<T> {
    const dataDir = join(temporaryDataDir(label), "pglite");
    expect(await restoreTemplate(dataDir, MIGRATIONS, demoYear)).toBe(true);
    const database = await openDatabase({ dataDir });
    try {
      return await use(database);
    } finally {
      await database.close();
    }
  }

  const count = async (database: Database, table: string) => {
    const result = await database.db.execute(sql.raw(`select count(*)::int as count from ${table}`));
    return (result as unknown as { rows: { count: number }[] }).rows[0]!.count;
  };

  const liveTokens = (database: Database) => count(database, "access_tokens where revoked_at is null");

  it("with the demo data holds the demo and no usable token; each copy issues its demo users' tokens once, its own", async () => {
    const year = new Date().getFullYear();
    const issue = (label: string) =>
      withRestored(label, year, async (database) => {
        expect(await isDatabaseEmpty(database.db)).toBe(false);
        expect(await count(database, "commitments")).toBeGreaterThan(0);
        expect(await liveTokens(database)).toBe(0);
        const issued = await issueDemoTokens(database.db);
        expect(issued?.map((user) => user.role).sort()).toEqual(
          ["admin", "gbvPartner", "partnerInTaskForce", "partnerOutsideTaskForce", "unWomenChair", "unfpaCoChair"],
        );
        expect(await count(database, "access_tokens")).toBe(6);
        expect(await liveTokens(database)).toBe(6);
        expect(await issueDemoTokens(database.db)).toBeNull(); // the tokens are issued once
        return issued!.map((user) => user.token);
      });
    const first = await issue("template-demo-a");
    const second = await issue("template-demo-b");
    expect(second.filter((token) => first.includes(token))).toEqual([]);
  });

  it("with the demo data gives no token back to demo users whose tokens were revoked or deleted", async () => {
    await withRestored("template-demo-closed", new Date().getFullYear(), async (database) => {
      await issueDemoTokens(database.db);
      await database.db.execute(sql`update access_tokens set revoked_at = now()`);
      expect(await issueDemoTokens(database.db)).toBeNull();
      await database.db.execute(sql`delete from access_tokens`);
      expect(await issueDemoTokens(database.db)).toBeNull();
      expect(await count(database, "access_tokens")).toBe(0);
    });
  });

  const latestActivity = async (database: Database) => {
    const latest = await database.db.execute(sql`select greatest(max(submitted_at), max(reviewed_at)) as latest from progress_reports`);
    return new Date((latest as unknown as { rows: { latest: string | Date }[] }).rows[0]!.latest);
  };

  it("with the demo data dates the demo's activity no later than the instant it is as of", async () => {
    const year = new Date().getFullYear();
    await withRestored("template-demo-dates", year, async (database) => {
      expect((await latestActivity(database)).getTime()).toBeLessThanOrEqual(demoAsOf(year, new Date()).getTime());
    });
  });

  it("with the demo data is the demo as loaded as of an instant: reports due later are dated then", async () => {
    const migrated = inject("migratedPglite");
    const database = await openDatabase({ loadDataDir: migrated ? new Blob([readFileSync(migrated)]) : undefined });
    try {
      await database.migrate();
      const asOf = demoAsOf(2026, new Date("2026-05-01T00:00:00Z"));
      await loadDemoData(database.db, { year: 2026, asOf });
      expect(await latestActivity(database)).toEqual(asOf);
      expect(await count(database, "progress_reports where period_start >= '2026-04-01' and submitted_at <> timestamptz '2026-04-16Z'")).toBe(0);
    } finally {
      await database.close();
    }
  });

  it("without the demo data is an empty migrated database, where no demo token is issued", async () => {
    await withRestored("template-plain", undefined, async (database) => {
      expect(await isDatabaseEmpty(database.db)).toBe(true);
      expect(await issueDemoTokens(database.db)).toBeNull();
      expect(await count(database, "access_tokens")).toBe(0);
    });
  });

  it("with the demo data is as of the latest submission or review of a quarter's reports", () => {
    const at = (iso: string) => new Date(iso);
    expect(demoAsOf(2026, at("2026-01-05T12:00:00Z"))).toEqual(at("2026-01-01T00:00:00Z"));
    expect(demoAsOf(2026, at("2026-04-12T00:00:00Z"))).toEqual(at("2026-04-10T00:00:00Z")); // Q1 submitted
    expect(demoAsOf(2026, at("2026-05-01T00:00:00Z"))).toEqual(at("2026-04-16T00:00:00Z")); // and reviewed
    expect(demoAsOf(2026, at("2026-11-24T00:00:00Z"))).toEqual(at("2026-10-16T00:00:00Z"));
    expect(demoAsOf(2025, at("2026-11-24T00:00:00Z"))).toEqual(at("2026-01-16T00:00:00Z")); // a past year whole
  });

  it("with the demo data is keyed by the year, the instant it is as of and the files of seed/", () => {
    const seed = fileURLToPath(new URL("../server/seed/", import.meta.url));
    const copy = join(temporaryDataDir("template-demo-key"), "seed");
    cpSync(seed, copy, { recursive: true });
    const asOf = new Date("2026-10-16T00:00:00Z");
    const key = demoKey(2026, asOf, copy);
    expect(demoKey(2026, asOf, seed)).toBe(key);
    expect(demoKey(2027, asOf, copy)).not.toBe(key);
    expect(demoKey(2026, new Date("2026-10-10T00:00:00Z"), copy)).not.toBe(key);
    writeFileSync(join(copy, "demo-data.ts"), readFileSync(join(copy, "demo-data.ts"), "utf8") + "\n// changed\n");
    expect(demoKey(2026, asOf, copy)).not.toBe(key);
  });

  it("removes other templates unused for a day, and none in use", () => {
    const cache = temporaryDataDir("template-cache");
    const dayAndMore = new Date(Date.now() - 25 * 60 * 60 * 1000);
    for (const name of ["pglite-old", "pglite-recent", "pglite-kept", "pglite-old.building-1-2", "unrelated"]) mkdirSync(join(cache, name));
    for (const name of ["pglite-old", "pglite-kept", "pglite-old.building-1-2", "unrelated"]) utimesSync(join(cache, name), dayAndMore, dayAndMore);
    removeStaleTemplates(cache, (name) => name !== "pglite-kept");
    expect(readdirSync(cache).sort()).toEqual(["pglite-kept", "pglite-recent", "unrelated"]);
  });

  it("is keyed by the migration files and the PGlite version", () => {
    const copy = join(temporaryDataDir("template-key"), "migrations");
    cpSync(MIGRATIONS, copy, { recursive: true });
    const key = templateKey(copy, "0.5.16");
    expect(templateKey(copy, "0.5.16")).toBe(key);
    expect(templateKey(copy, "0.5.17")).not.toBe(key);
    const first = readdirSync(copy).find((name) => name.endsWith(".sql"))!;
    writeFileSync(join(copy, first), readFileSync(join(copy, first), "utf8") + "\n-- changed\n");
    expect(templateKey(copy, "0.5.16")).not.toBe(key);
  });
});
