import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import * as tables from "../schema/database.js";
import type { Config } from "./config.js";
import { compilePgliteWasm, isNewDataDir, pgliteStartParams, restoreTemplate, type WasmModule } from "./pglite-template.js";
import { preparing } from "./postgres-prepared.js";

export type Db = PgDatabase<PgQueryResultHKT, typeof tables>;

export interface Database {
  db: Db;
  kind: "pglite" | "postgres";
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  /** SQL statements sent since the database was opened; tests use it to prove there is no N+1. */
  statementCount(): number;
  /** The embedded database's files as a tarball (PGlite only), to start copies of it quickly. */
  dumpDataDir?: () => Promise<Blob>;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  dataDir?: string;
  /** A PGlite data-dir dump to start from (tests load a migrated database this way). */
  loadDataDir?: Blob | File;
  /**
   * A new embedded database starts with the demo data of this year (a copy of the demo template,
   * server/pglite-template.ts), its demo users' tokens still to be issued (seed/demo.ts).
   */
  demoYear?: number;
  /** PGlite's `shared_buffers`, as PostgreSQL writes sizes; PGLITE_SHARED_BUFFERS (pglite-template.ts) when not given. */
  sharedBuffers?: string;
}

/** PostgreSQL when DATABASE_URL is set, otherwise PGlite in a folder of HUB_DATA_DIR. */
export function databaseOptionsFrom(config: Config): DatabaseOptions {
  return config.DATABASE_URL
    ? { databaseUrl: config.DATABASE_URL }
    : { dataDir: `${config.HUB_DATA_DIR}/pglite`, sharedBuffers: config.HUB_PGLITE_SHARED_BUFFERS };
}

// The build copies migrations/ next to the compiled server, so this path holds in both layouts.
const migrationsFolder = fileURLToPath(new URL("../migrations", import.meta.url));

/**
 * Whether drizzle's migrator would apply anything: it applies each migration of the journal newer
 * than the last one recorded in drizzle.__drizzle_migrations. One query instead of its five
 * (schema and table creation, the last row, a transaction) at every start of an up-to-date database.
 */
async function pendingMigrations(client: PGlite): Promise<boolean> {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, "meta", "_journal.json"), "utf8")) as { entries: { when: number }[] };
  const newest = Math.max(...journal.entries.map((entry) => entry.when));
  try {
    const { rows } = await client.query<{ created_at: string | null }>(
      "select max(created_at)::text as created_at from drizzle.__drizzle_migrations",
    );
    return rows[0]?.created_at == null || Number(rows[0].created_at) < newest;
  } catch {
    return true; // no migrations table yet
  }
}

/** Opens PostgreSQL when a URL is given, otherwise the embedded PGlite (in memory when no data dir). */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  let statements = 0;
  const logger = { logQuery: () => void statements++ };
  if (options.databaseUrl) {
    // Loaded only for a real server, so that the embedded default starts without them.
    const [{ default: postgres }, { drizzle: drizzlePostgres }, { migrate: migratePostgres }] = await Promise.all([
      import("postgres"),
      import("drizzle-orm/postgres-js"),
      import("drizzle-orm/postgres-js/migrator"),
    ]);
    const client = postgres(options.databaseUrl, {
      max: 10,
      onnotice: () => {},
      // While PostgreSQL restarts, fail fast (503 to the client) and try again soon, rather than
      // hang on the driver's default 30 s connect timeout and a reconnect backoff of up to 20 s.
      connect_timeout: 3,
      backoff: () => 0.2,
    });
    const db = drizzlePostgres(preparing(client), { schema: tables, logger }) as unknown as Db;
    return {
      db,
      kind: "postgres",
      migrate: () => migratePostgres(drizzlePostgres(client), { migrationsFolder }),
      close: () => client.end({ timeout: 5 }),
      ping: async () => void (await client`select 1`),
      statementCount: () => statements,
    };
  }
  // A new data directory starts as a copy of the migrated template rather than a new initdb;
  // PGlite's WebAssembly compiles meanwhile.
  let wasmModule: Promise<WasmModule | undefined> | undefined;
  if (options.dataDir && !options.loadDataDir && isNewDataDir(options.dataDir)) {
    wasmModule = compilePgliteWasm();
    await restoreTemplate(options.dataDir, migrationsFolder, options.demoYear);
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    pgliteWasmModule: await wasmModule,
    startParams: pgliteStartParams(options.sharedBuffers),
  });
  const db = drizzlePglite(client, { schema: tables, logger }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    migrate: async () => {
      if (!(await pendingMigrations(client))) return;
      await migratePglite(drizzlePglite(client), { migrationsFolder });
    },
    close: () => client.close(),
    ping: async () => void (await client.query("select 1")),
    dumpDataDir: () => client.dumpDataDir("gzip"),
    statementCount: () => statements,
  };
}
