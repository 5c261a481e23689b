/**
 * Start-up time of the hub on the embedded database: `npm run bench:startup` (bench/README.md,
 * "Start-up").
 *
 * Runs the `start` script of package.json as `npm start` does (without npm itself, whose own
 * ~0.3 s is not the hub's; `--npm` puts it back), in its own process group, each time:
 *   1. with a new, empty HUB_DATA_DIR (a first start: the database is created, migrated and the
 *      demo data loaded), then
 *   2. again on that data directory (a later start),
 * timing from the spawn to the "listening" line on stdout and to the first `GET /healthz` that
 * answers 200, then checking that a demo token reads the demo data. One warm-up start before the
 * measured ones builds the per-installation caches if they are missing (what `npm install` and a
 * first `npm start` leave behind). Prints the figures and writes bench/results/startup.json.
 */
import { spawn } from "node:child_process";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string) => {
  const index = argv.indexOf(`--${name}`);
  return index >= 0 ? argv[index + 1] : undefined;
};

if (flag("help")) {
  console.log(`npm run bench:startup -- [--runs N] [--npm] [--no-warmup] [--root DIR] [--out FILE]
  --runs N      pairs of starts (first start on a new data dir, then a later start) to measure (default 5)
  --npm         start with \`npm start\` itself rather than its script (adds npm's own start-up)
  --no-warmup   no untimed start first (then the first run also builds any missing cache)
  --root DIR    measure another checkout (e.g. an older commit with its own node_modules)
  --out FILE    where to write the JSON (default bench/results/startup.json; none with --root)`);
  process.exit(0);
}

const HERE = fileURLToPath(new URL("..", import.meta.url));
const ROOT = resolve(option("root") ?? HERE);
const RUNS = Number(option("runs") ?? 5);
const USE_NPM = flag("npm");
const OUT = option("out") ?? (option("root") ? undefined : join(HERE, "bench", "results", "startup.json"));
const READY_TIMEOUT_MS = 120_000;
const startScript: string = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts.start;

interface Start {
  /** ms from spawn to the "Tansiq GraphQL API on …" line */
  listeningMs: number;
  /** ms from spawn to the first 200 from /healthz */
  healthyMs: number;
  /** CPU time (user + system) the start's processes had used by then: less sensitive to a busy machine */
  cpuMs: number | null;
  tokensPrinted: boolean;
}

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU time of the live processes of a process group (Linux /proc; null elsewhere). */
function groupCpuMs(group: number): number | null {
  try {
    let ticks = 0;
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      } catch {
        continue; // ended meanwhile
      }
      // pid (comm) state ppid pgrp … utime(14) stime(15): split after the command's closing parenthesis
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === group) ticks += Number(fields[11]) + Number(fields[12]);
    }
    return Math.round((ticks * 1000) / CLOCK_TICKS_PER_SECOND);
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
  });
}

async function startOnce(dataDir: string): Promise<Start> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    HUB_DATA_DIR: dataDir,
    // npm puts the package's binaries first on PATH
    PATH: [join(ROOT, "node_modules", ".bin"), process.env.PATH].join(delimiter),
  };
  delete env.DATABASE_URL;
  const started = performance.now();
  const child = USE_NPM
    ? spawn("npm", ["start", "--silent"], { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] })
    : spawn("/bin/sh", ["-c", startScript], { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  let listeningMs = NaN;
  let exited = false;
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
    if (Number.isNaN(listeningMs) && stdout.includes("Tansiq GraphQL API on")) listeningMs = performance.now() - started;
  });
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => void (stderr += chunk));
  const ended = new Promise<void>((done) => child.once("exit", () => ((exited = true), done())));
  const stop = async () => {
    if (!exited) process.kill(-child.pid!, "SIGTERM"); // the whole group: sh, tsx's wrapper, node
    const timer = setTimeout(() => !exited && process.kill(-child.pid!, "SIGKILL"), 15_000);
    await ended;
    clearTimeout(timer);
  };

  try {
    let healthyMs = NaN;
    let cpuMs: number | null = null;
    while (Number.isNaN(healthyMs)) {
      if (exited) throw new Error(`the server exited during start-up\nstdout:\n${stdout}\nstderr:\n${stderr}`);
      if (performance.now() - started > READY_TIMEOUT_MS) throw new Error(`not healthy after ${READY_TIMEOUT_MS} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) });
        await response.body?.cancel();
        if (response.status === 200) {
          healthyMs = performance.now() - started;
          cpuMs = groupCpuMs(child.pid!);
        }
      } catch {
        // not listening yet
      }
      if (Number.isNaN(healthyMs)) await sleep(10);
    }
    await checkDemoData(port, dataDir);
    return { listeningMs, healthyMs, cpuMs, tokensPrinted: stdout.includes("Demo users and their access tokens") };
  } finally {
    await stop();
  }
}

/** The server must be serving the demo data: the admin's token from demo-tokens.json reads the bodies. */
async function checkDemoData(port: number, dataDir: string): Promise<void> {
  const tokens = JSON.parse(readFileSync(join(dataDir, "demo-tokens.json"), "utf8")) as Record<string, { token: string }>;
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${tokens.admin!.token}` },
    body: JSON.stringify({ query: "{ viewer { name } bodies(first: 1) { totalCount } }" }),
  });
  const body = (await response.json()) as { data?: { viewer?: { name: string }; bodies?: { totalCount: number } } };
  if (!body.data?.viewer?.name || !(body.data.bodies!.totalCount > 0)) throw new Error(`no demo data served: ${JSON.stringify(body)}`);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const summary = (values: number[]) => ({
  median: Math.round(median(values)),
  min: Math.round(Math.min(...values)),
  max: Math.round(Math.max(...values)),
});
const summarise = (starts: Start[]) => ({
  listeningMs: summary(starts.map((start) => start.listeningMs)),
  healthyMs: summary(starts.map((start) => start.healthyMs)),
  cpuMs: starts.every((start) => start.cpuMs !== null) ? summary(starts.map((start) => start.cpuMs!)) : null,
});
const rounded = ({ listeningMs, healthyMs, cpuMs }: Start) => ({ listeningMs: Math.round(listeningMs), healthyMs: Math.round(healthyMs), cpuMs });
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const cpu = (start: Start) => (start.cpuMs === null ? "" : ` (CPU ${seconds(start.cpuMs)})`);

function commit(): string | undefined {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain"], { cwd: ROOT, encoding: "utf8" }).trim() !== "";
    return dirty ? `${head} + uncommitted changes` : head;
  } catch {
    return undefined;
  }
}

const folders: string[] = [];
const newDataDir = () => {
  const folder = mkdtempSync(join(tmpdir(), "tansiq-startup-"));
  folders.push(folder);
  return folder;
};

async function main(): Promise<void> {
  const command = USE_NPM ? "npm start" : startScript;
  console.log(`Start-up of ${ROOT} (\`${command}\`), ${RUNS} runs; load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  const loadAverageAtStart = loadavg();
  let warmup: Start | undefined;
  if (!flag("no-warmup")) {
    warmup = await startOnce(newDataDir());
    console.log(`warm-up (builds missing caches): healthy after ${seconds(warmup.healthyMs)}`);
  }
  const runs: { first: Start; later: Start }[] = [];
  for (let run = 1; run <= RUNS; run++) {
    const dataDir = newDataDir();
    const first = await startOnce(dataDir);
    const later = await startOnce(dataDir);
    if (!first.tokensPrinted || !later.tokensPrinted) throw new Error("the demo tokens were not printed");
    runs.push({ first, later });
    console.log(
      `run ${run}: first start listening ${seconds(first.listeningMs)}, healthy ${seconds(first.healthyMs)}${cpu(first)}; ` +
        `later start listening ${seconds(later.listeningMs)}, healthy ${seconds(later.healthyMs)}${cpu(later)}`,
    );
  }
  const result = {
    date: new Date().toISOString(),
    commit: commit(),
    command,
    machine: {
      nproc: availableParallelism(),
      cpu: cpus()[0]?.model,
      node: process.version,
      loadAverageAtStart,
      loadAverageAtEnd: loadavg(),
    },
    warmupHealthyMs: warmup ? Math.round(warmup.healthyMs) : null,
    firstStart: summarise(runs.map((r) => r.first)),
    laterStart: summarise(runs.map((r) => r.later)),
    runs: runs.map(({ first, later }) => ({ firstStart: rounded(first), laterStart: rounded(later) })),
  };
  console.log(
    `median (min–max), to the first 200 from /healthz: first start ${seconds(result.firstStart.healthyMs.median)} ` +
      `(${seconds(result.firstStart.healthyMs.min)}–${seconds(result.firstStart.healthyMs.max)}), later start ` +
      `${seconds(result.laterStart.healthyMs.median)} (${seconds(result.laterStart.healthyMs.min)}–${seconds(result.laterStart.healthyMs.max)})`,
  );
  if (OUT) {
    mkdirSync(join(OUT, ".."), { recursive: true });
    writeFileSync(OUT, JSON.stringify(result, null, 2) + "\n");
    console.log(`written to ${OUT}`);
  }
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });
