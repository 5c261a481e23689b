/**
 * The three servers under test, each a child process on its own port:
 *
 * - ours: the hub, compiled (`tsc -p tsconfig.build.json` into bench/.build, so the repository's
 *   dist/ is left alone) and run with node, NODE_ENV=production, logs at warn, limits and
 *   authorization on; only the per-user cost bucket is made large enough not to throttle the load;
 * - postgraphile: PostGraphile v5 (amber preset, bench/postgraphile.config.mjs) under Node 22 from
 *   the npm package node@22 (`npx -p node@22`);
 * - floor: bench/floor-server.ts (Express 5 + postgres.js, one SQL statement per request).
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { ServerName } from "./scenarios.js";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BUILD_DIR = join(ROOT, "bench", ".build");
const run = promisify(execFile);

export interface RunningServer {
  name: ServerName;
  url: string;
  pid: number;
  /** Resident memory of the server process now, in MiB (VmRSS). */
  rssMb(): number | null;
  /** CPU time the server process has used so far, in ms (user + system). */
  cpuMs(): number | null;
  /** The last lines the server printed, for error reports. */
  output(): string;
  stop(): Promise<void>;
}

export interface OursBuild {
  /** node arguments that start the hub. */
  args: string[];
  mode: "built" | "tsx";
  note?: string;
}

/** Compiles the hub into bench/.build; falls back to running the sources through tsx when that fails. */
export async function buildOurs(): Promise<OursBuild> {
  rmSync(BUILD_DIR, { recursive: true, force: true });
  let note: string | undefined;
  try {
    await run(join(ROOT, "node_modules/.bin/tsc"), ["-p", "tsconfig.build.json", "--outDir", BUILD_DIR], { cwd: ROOT, maxBuffer: 16 << 20 });
  } catch (error) {
    // tsc still emits when the sources have type errors (someone may be editing them).
    const output = String((error as { stdout?: string }).stdout ?? error).split("\n").slice(0, 5).join("\n");
    note = `tsc reported errors:\n${output}`;
  }
  const main = join(BUILD_DIR, "server", "main.js");
  const flags = nodeFlagsOfStartScript();
  if (existsSync(main)) {
    cpSync(join(ROOT, "migrations"), join(BUILD_DIR, "migrations"), { recursive: true });
    return { args: [...flags, main], mode: "built", note };
  }
  return { args: [...flags, "--import", "tsx", join(ROOT, "server", "main.ts")], mode: "tsx", note: `${note ?? ""}\nno compiled server: running the sources through tsx` };
}

/** Node's flags in `npm run start:built` (the heap's bound), so that the hub runs here as it is deployed. */
function nodeFlagsOfStartScript(): string[] {
  const script: unknown = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts?.["start:built"];
  const words = typeof script === "string" ? script.trim().split(/\s+/) : [];
  const entry = words.findIndex((word, index) => index > 0 && !word.startsWith("-"));
  // Flags only in the `--name=value` form: a separate value would be taken for the entry file.
  if (words[0] !== "node" || entry < 0 || words.slice(1, entry).some((word) => !word.startsWith("--"))) {
    throw new Error(`package.json's start:built should be \`node [--flag=value …] <entry>\`, not ${JSON.stringify(script)}`);
  }
  return words.slice(1, entry);
}

let node22: string | undefined;
/** The node binary of the npm package node@22 (fetched into npx's cache on first use). */
export async function findNode22(): Promise<string> {
  if (node22) return node22;
  const current = Number(process.versions.node.split(".")[0]);
  if (current >= 22) return (node22 = process.execPath);
  const { stdout } = await run("npx", ["-y", "-p", "node@22", "sh", "-c", "command -v node"], { cwd: ROOT });
  node22 = stdout.trim().split("\n").pop()!;
  return node22;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const TICKS_PER_SECOND = 100; // getconf CLK_TCK on Linux

/** CPU time (user + system) of a process so far, in ms, from /proc/<pid>/stat; null when unreadable. */
export function processCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** CPU time so far of each child of a process (PostgreSQL's backends, under the postmaster), in ms by pid. */
export function childrenCpuMs(parentPid: number): Map<number, number> | null {
  try {
    const times = new Map<number, number>();
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        if (Number(fields[1]) === parentPid) times.set(Number(entry), ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND);
      } catch {
        // the process ended meanwhile
      }
    }
    return times;
  } catch {
    return null;
  }
}

/** CPU used between two snapshots by the processes alive at the second (one that ended meanwhile is lost). */
export function cpuBetween(before: Map<number, number> | null, after: Map<number, number> | null): number | null {
  if (!before || !after) return null;
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}

/** The postmaster's pid, when PostgreSQL runs on this machine (the parent of our own backend). */
export function postmasterOf(backendPid: number): number | null {
  try {
    // A remote server's pid may name some other process here.
    if (readFileSync(`/proc/${backendPid}/comm`, "utf8").trim() !== "postgres") return null;
    const stat = readFileSync(`/proc/${backendPid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

function readRssMb(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Math.round((Number(match[1]) / 1024) * 10) / 10 : null;
  } catch {
    return null;
  }
}

async function startProcess(
  name: ServerName,
  command: string,
  args: string[],
  env: Record<string, string>,
  port: number,
  ready: (base: string) => Promise<boolean>,
): Promise<RunningServer> {
  const child: ChildProcess = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  const keep = (data: Buffer) => {
    lines.push(...data.toString().split("\n").filter(Boolean));
    if (lines.length > 80) lines.splice(0, lines.length - 80);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once("exit", () => ((exited = true), resolve())));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (exited) throw new Error(`${name} exited during start-up:\n${lines.join("\n")}`);
    if (await ready(base).catch(() => false)) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`${name} did not start within 90 s:\n${lines.join("\n")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    name,
    url: `${base}/graphql`,
    pid: child.pid!,
    rssMb: () => readRssMb(child.pid!),
    cpuMs: () => processCpuMs(child.pid!),
    output: () => lines.join("\n"),
    stop: async () => {
      if (exited) return;
      child.kill("SIGTERM");
      const killed = await Promise.race([exit.then(() => true), new Promise<boolean>((resolve) => setTimeout(resolve, 8000, false))]);
      if (!killed) {
        child.kill("SIGKILL");
        await exit;
      }
    },
  };
}

const healthy = (path: string) => async (base: string) => (await fetch(`${base}${path}`)).ok;
const answersGraphql = async (base: string) =>
  (
    await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    })
  ).ok;

export async function startOurs(build: OursBuild, databaseUrl: string, port: number): Promise<RunningServer> {
  return startProcess(
    "ours",
    process.execPath,
    build.args,
    {
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      HUB_LOG_LEVEL: "warn",
      HUB_DEMO_DATA: "off",
      // The cost bucket stays on, but holds far more than a benchmark spends, so it never throttles.
      HUB_RATE_LIMIT_CAPACITY: "1000000000000",
      HUB_RATE_LIMIT_RESTORE_PER_SECOND: "1000000000000",
    },
    port,
    healthy("/healthz"),
  );
}

export async function startPostgraphile(databaseUrl: string, port: number): Promise<RunningServer> {
  const node = await findNode22();
  return startProcess(
    "postgraphile",
    node,
    [join(ROOT, "node_modules/postgraphile/dist/cli-run.js"), "--config", join(ROOT, "bench/postgraphile.config.mjs")],
    { DATABASE_URL: databaseUrl, NODE_ENV: "production", GRAPHILE_ENV: "production" },
    port,
    answersGraphql,
  );
}

export async function startFloor(databaseUrl: string, port: number): Promise<RunningServer> {
  return startProcess(
    "floor",
    process.execPath,
    ["--import", "tsx", join(ROOT, "bench/floor-server.ts")],
    { DATABASE_URL: databaseUrl, NODE_ENV: "production", HOST: "127.0.0.1" },
    port,
    healthy("/healthz"),
  );
}
