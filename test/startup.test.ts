/**
 * Start-up on the embedded database, as `npm start` does it (server/start.mjs: the cached bundle
 * of the server) and with the migrated template (server/pglite-template.ts): a new data directory
 * is a real, migrated PostgreSQL cluster with the demo data and printed tokens; a later start
 * reuses it. No timing is asserted here: `npm run bench:startup` measures it.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, inject, it } from "vitest";
import { loadConfig } from "../server/config.js";
import { databaseOptionsFrom, openDatabase, PGLITE_SHARED_BUFFERS } from "../server/db.js";
import { restoreTemplate, templateKey } from "../server/pglite-template.js";
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
    expect(first.stdout()).toContain("Loaded the demo data");
    expect(first.stdout()).toContain("Demo users and their access tokens");
    expect(first.stdout()).toContain(first.tokens.admin.token);
    expect(await viewerName(first, first.tokens.admin.token)).toBe("Hala Mourad");
    expect(await first.stop()).toMatchObject({ code: 0 });

    const again = await startServer({ dataDir, entry: ["server/start.mjs"], readyTimeoutMs: 90_000 });
    expect(again.stdout()).not.toContain("Loaded the demo data");
    expect(again.stdout()).toContain(first.tokens.admin.token);
    expect(await viewerName(again, first.tokens.admin.token)).toBe("Hala Mourad");
    expect(await again.stop()).toMatchObject({ code: 0 });

    // Every migration is recorded as applied, as `migrate` leaves a database it created itself.
    const database = await openDatabase({ dataDir: join(dataDir, "pglite") });
    try {
      const applied = await database.db.execute(sql`select count(*)::int as count from drizzle.__drizzle_migrations`);
      expect((applied as unknown as { rows: { count: number }[] }).rows[0]!.count).toBe(journal.entries.length);
    } finally {
      await database.close();
    }
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

  it("refuse a size PostgreSQL would not read, naming the variable", () => {
    for (const size of ["16", "16 MB", "0MB", "16mb", "-1MB"]) {
      expect(() => loadConfig({ HUB_PGLITE_SHARED_BUFFERS: size })).toThrow(/HUB_PGLITE_SHARED_BUFFERS: must be a size like 16MB/);
    }
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
