/**
 * Starts the real hub (HTTP, Apollo, the database) for a test file: PGlite in memory by default, or
 * the PostgreSQL server at DATABASE_URL, reset to an empty schema first. Requests go over HTTP.
 */
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { inject } from "vitest";
import postgres from "postgres";
import { openDatabase, type Database } from "../server/db.js";
import { loadConfig } from "../server/config.js";
import type { LookaheadMode } from "../server/context.js";
import { createHubServer, type HubServer } from "../server/http.js";
import { limitsFrom, type Limits } from "../server/limits/limits.js";
import { createLogger, type Logger } from "../server/logger.js";
import type { OidcOptions } from "../server/modules/auth/authenticator.js";
import { createSchema } from "../server/schema.js";
import { loadDemoData, type DemoRole, type DemoUser } from "../server/seed/demo.js";

export const DEMO_YEAR = 2026;

export interface Hub {
  url: string;
  database: Database;
  users: Record<DemoRole, DemoUser>;
  /** Apollo Server, for tests that watch which requests go through its pipeline. */
  apollo: HubServer["apollo"];
  /** Sends a GraphQL request as a demo user (or with no token when `as` is null). */
  query<T = any>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export interface RequestOptions {
  as?: DemoRole | null;
  token?: string;
  language?: string;
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; [key: string]: unknown } }>;
}

/** The migrated embedded database that the global setup saved, when there is one. */
function migratedPglite(): Blob | undefined {
  const path = inject("migratedPglite");
  return path ? new Blob([readFileSync(path)]) : undefined;
}

/** Drops everything in the PostgreSQL database, so each test file starts from the same empty state. */
async function resetPostgres(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe("drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;");
  } finally {
    await sql.end();
  }
}

/**
 * The production defaults, except the per-query cost and the rate limit: the suite sends thousands
 * of requests with a few tokens, and some deliberately deep queries. The limits' own tests set them.
 */
export const TEST_LIMITS: Limits = { ...limitsFrom(loadConfig({})), maxCost: 100_000_000, rateLimit: null };

export interface HubOptions {
  demo?: boolean;
  oidc?: OidcOptions;
  corsOrigins?: string[];
  limits?: Partial<Limits>;
  introspection?: boolean;
  logger?: Logger;
  trustedDocuments?: Set<string>;
  /** "prime" or "off": other read paths, so tests can compare them on the same rows. */
  lookahead?: LookaheadMode;
  /** graphql-js instead of the default graphql-jit executor. */
  executor?: "jit" | "graphql-js";
}

export async function startHub(options: HubOptions = {}): Promise<Hub> {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  if (databaseUrl) await resetPostgres(databaseUrl);
  const database = await openDatabase({ databaseUrl, loadDataDir: databaseUrl ? undefined : migratedPglite() });
  await database.migrate();
  const demoUsers = options.demo === false ? [] : await loadDemoData(database.db, { year: DEMO_YEAR });
  const users = Object.fromEntries(demoUsers.map((user) => [user.role, user])) as Record<DemoRole, DemoUser>;
  return serve(database, users, options, true);
}

/** A second server on the same database and users, e.g. with the look-ahead compiler off, to compare both paths on the same rows. */
export function startTwin(hub: Hub, options: HubOptions): Promise<Hub> {
  return serve(hub.database, hub.users, options, false);
}

async function serve(database: Database, users: Record<DemoRole, DemoUser>, options: HubOptions, ownsDatabase: boolean): Promise<Hub> {
  const server: HubServer = await createHubServer(database, await createSchema(), {
    development: false,
    introspection: options.introspection ?? true,
    limits: { ...TEST_LIMITS, ...options.limits },
    logger: options.logger ?? createLogger(process.env.HUB_LOG_LEVEL ?? "silent"),
    oidc: options.oidc,
    corsOrigins: options.corsOrigins,
    trustedDocuments: options.trustedDocuments,
    lookahead: options.lookahead,
    ...(options.executor ? { executor: options.executor } : {}),
  });
  await new Promise<void>((resolve) => server.httpServer.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;

  return {
    url,
    database,
    users,
    apollo: server.apollo,
    async query(query, variables, requestOptions = {}) {
      const as = requestOptions.as === undefined ? "admin" : requestOptions.as;
      const token = requestOptions.token ?? (as ? users[as]?.token : undefined);
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(requestOptions.language ? { "accept-language": requestOptions.language } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async close() {
      await server.apollo.stop();
      if (ownsDatabase) await database.close();
    },
  };
}
