/**
 * The real hub as a child process, for the fault-tolerance tests: `server/main.ts` with its own
 * configuration, start-up, signal handling and exit code, on a free port and a temporary data dir.
 *
 * The server runs as `node --import tsx server/main.ts` rather than `node_modules/.bin/tsx
 * server/main.ts`: the tsx CLI is a wrapper that starts the server in a second node process and
 * relays signals to it, so a SIGKILL would only kill the wrapper and leave the server running
 * (holding the port and the embedded database). Loading tsx as a loader keeps it one process, so
 * the signals reach the server itself.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { openDatabase } from "../server/db.js";
import { loadDemoData, type DemoRole } from "../server/seed/demo.js";

/** The repository root (the server's working directory). */
export const ROOT = fileURLToPath(new URL("..", import.meta.url));

export type Tokens = Record<DemoRole, { email: string; token: string }>;

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Date.now() when the process ended. */
  at: number;
}

export interface ServerProcess {
  url: string;
  port: number;
  pid: number;
  /** HUB_DATA_DIR (the embedded database lives in `<dataDir>/pglite`). */
  dataDir: string;
  databaseUrl?: string;
  /** The demo users' tokens by role. */
  tokens: Tokens;
  child: ChildProcess;
  /** Sends a signal to the server process (only to it). */
  kill(signal: NodeJS.Signals): void;
  /** Resolves when the process has ended (never rejects). */
  exited: Promise<Exit>;
  /** True once the process has ended. */
  hasExited(): boolean;
  stdout(): string;
  stderr(): string;
  /** SIGTERM, then SIGKILL if it has not ended after `graceMs`; resolves with how it ended. */
  stop(graceMs?: number): Promise<Exit>;
}

export interface StartOptions {
  /** HUB_DATA_DIR; a new temporary folder when omitted (removed by `cleanUpServers`). */
  dataDir?: string;
  /** PostgreSQL instead of the embedded database; the database must already be migrated and seeded. */
  databaseUrl?: string;
  /** The tokens to use (PostgreSQL); the embedded server's own `demo-tokens.json` otherwise. */
  tokens?: Tokens;
  env?: Record<string, string>;
  /** How long start-up (migrations, demo data, listening, /healthz) may take. */
  readyTimeoutMs?: number;
  /** What node runs (default `--import tsx server/main.ts`); `["server/start.mjs"]` is `npm start`. */
  entry?: string[];
}

const live = new Set<ServerProcess>();
const temporaryFolders = new Set<string>();

/** A port that was free a moment ago: the OS picks it for a throw-away listener. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A new temporary folder for HUB_DATA_DIR, removed by `cleanUpServers`. */
export function temporaryDataDir(label = "faults"): string {
  const folder = mkdtempSync(join(tmpdir(), `tansiq-${label}-`));
  temporaryFolders.add(folder);
  return folder;
}

/**
 * Empties the PostgreSQL database, migrates it and loads the demo data (as `npm run db:seed`
 * would), in this process; returns the demo users' tokens. A real server starts empty.
 */
export async function seedPostgres(databaseUrl: string, year = new Date().getFullYear()): Promise<Tokens> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe("drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;");
  } finally {
    await sql.end();
  }
  const database = await openDatabase({ databaseUrl });
  try {
    await database.migrate();
    const users = await loadDemoData(database.db, { year });
    return Object.fromEntries(users.map((user) => [user.role, { email: user.email, token: user.token }])) as Tokens;
  } finally {
    await database.close();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `GET /healthz` until it answers 200, the deadline passes, or `giveUp` says stop. */
export async function waitForHealthy(url: string, timeoutMs: number, giveUp: () => boolean = () => false): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !giveUp()) {
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(3000) });
      await response.body?.cancel();
      if (response.status === 200) return true;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  return false;
}

/** Starts `server/main.ts` in a child process and waits until /healthz answers 200. */
export async function startServer(options: StartOptions = {}): Promise<ServerProcess> {
  const dataDir = options.dataDir ?? temporaryDataDir();
  const readyTimeoutMs = options.readyTimeoutMs ?? 45_000;
  let lastFailure = "";
  // The port is free when picked but could be taken before the server binds it: then try another.
  for (let attempt = 1; attempt <= 3; attempt++) {
    const server = launch(await freePort(), dataDir, options);
    const ready = await waitForHealthy(server.url, readyTimeoutMs, server.hasExited);
    if (ready) {
      server.tokens = options.tokens ?? readTokens(dataDir);
      return server;
    }
    if (!server.hasExited()) {
      server.kill("SIGKILL");
      await server.exited;
      throw new Error(`the server did not become ready within ${readyTimeoutMs} ms\nstdout:\n${server.stdout()}\nstderr:\n${server.stderr()}`);
    }
    const exit = await server.exited;
    lastFailure = `the server exited during start-up (code ${exit.code}, signal ${exit.signal})\nstdout:\n${server.stdout()}\nstderr:\n${server.stderr()}`;
    if (!/EADDRINUSE/.test(server.stderr())) break;
  }
  throw new Error(lastFailure);
}

function readTokens(dataDir: string): Tokens {
  const path = join(dataDir, "demo-tokens.json");
  if (!existsSync(path)) throw new Error(`no demo tokens in ${path}; the PostgreSQL server needs options.tokens`);
  return JSON.parse(readFileSync(path, "utf8")) as Tokens;
}

const OUTPUT_LIMIT = 1_000_000;

function launch(port: number, dataDir: string, options: StartOptions): ServerProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    HUB_DATA_DIR: dataDir,
    HUB_LOG_LEVEL: "warn",
    NODE_ENV: "production",
    // The test clients send thousands of requests with one token.
    HUB_RATE_LIMIT_CAPACITY: "1000000",
    HUB_RATE_LIMIT_RESTORE_PER_SECOND: "100000",
    ...options.env,
  };
  delete env.DATABASE_URL;
  // Vitest's own variables would tell the child it runs under a test runner.
  for (const name of Object.keys(env)) if (name.startsWith("VITEST")) delete env[name];
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;

  const child = spawn(process.execPath, options.entry ?? ["--import", "tsx", "server/main.ts"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => void (stdout = (stdout + chunk).slice(-OUTPUT_LIMIT)));
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => void (stderr = (stderr + chunk).slice(-OUTPUT_LIMIT)));
  let ended = false;
  const exited = new Promise<Exit>((resolve) => {
    child.once("exit", (code, signal) => {
      ended = true;
      resolve({ code, signal, at: Date.now() });
    });
    child.once("error", (error) => {
      stderr += `\n[spawn error] ${error.message}`;
      ended = true;
      resolve({ code: null, signal: null, at: Date.now() });
    });
  });

  const server: ServerProcess = {
    url: `http://127.0.0.1:${port}`,
    port,
    pid: child.pid ?? -1,
    dataDir,
    databaseUrl: options.databaseUrl,
    tokens: {} as Tokens,
    child,
    kill(signal) {
      if (!ended && child.pid) process.kill(child.pid, signal);
    },
    exited,
    hasExited: () => ended,
    stdout: () => stdout,
    stderr: () => stderr,
    async stop(graceMs = 15_000) {
      if (ended) return exited;
      server.kill("SIGTERM");
      const timer = setTimeout(() => server.kill("SIGKILL"), graceMs);
      const exit = await exited;
      clearTimeout(timer);
      return exit;
    },
  };
  live.add(server);
  void exited.then(() => live.delete(server));
  return server;
}

/** Ends the servers this process started that still run (SIGKILL, by pid) and removes their temporary folders. */
export async function cleanUpServers(): Promise<void> {
  for (const server of [...live]) server.kill("SIGKILL");
  await Promise.all([...live].map((server) => server.exited));
  for (const folder of temporaryFolders) rmSync(folder, { recursive: true, force: true });
  temporaryFolders.clear();
}

// A test run that is interrupted must not leave servers behind.
process.once("exit", () => {
  for (const server of live) server.kill("SIGKILL");
});
