import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import * as tables from "../schema/database.js";
import type { Config } from "./config.js";

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
}

/** PostgreSQL when DATABASE_URL is set, otherwise PGlite in a folder of HUB_DATA_DIR. */
export function databaseOptionsFrom(config: Config): DatabaseOptions {
  return config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : { dataDir: `${config.HUB_DATA_DIR}/pglite` };
}

// The build copies migrations/ next to the compiled server, so this path holds in both layouts.
const migrationsFolder = fileURLToPath(new URL("../migrations", import.meta.url));

/** Opens PostgreSQL when a URL is given, otherwise the embedded PGlite (in memory when no data dir). */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  let statements = 0;
  const logger = { logQuery: () => void statements++ };
  if (options.databaseUrl) {
    const client = postgres(options.databaseUrl, {
      max: 10,
      onnotice: () => {},
      // While PostgreSQL restarts, fail fast (503 to the client) and try again soon, rather than
      // hang on the driver's default 30 s connect timeout and a reconnect backoff of up to 20 s.
      connect_timeout: 3,
      backoff: () => 0.2,
    });
    const db = drizzlePostgres(client, { schema: tables, logger }) as unknown as Db;
    return {
      db,
      kind: "postgres",
      migrate: () => migratePostgres(drizzlePostgres(client), { migrationsFolder }),
      close: () => client.end({ timeout: 5 }),
      ping: async () => void (await client`select 1`),
      statementCount: () => statements,
    };
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create({ dataDir: options.dataDir, loadDataDir: options.loadDataDir });
  const db = drizzlePglite(client, { schema: tables, logger }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    migrate: () => migratePglite(drizzlePglite(client), { migrationsFolder }),
    close: () => client.close(),
    ping: async () => void (await client.query("select 1")),
    dumpDataDir: () => client.dumpDataDir("gzip"),
    statementCount: () => statements,
  };
}
