/**
 * The benchmark: `npm run bench` (full: scale 1, 10 s per run) or `npm run bench -- --quick`
 * (scale 0.05, 3 s per run, under 3 minutes). See bench/README.md.
 *
 * 1. creates a fresh database on the server of BENCH_DATABASE_URL and loads the data set;
 * 2. counting phase: starts the three servers (ours, PostGraphile, the floor) behind a wire-level
 *    statement counter, checks once per scenario that they return the same data, and counts the
 *    SQL statements of each operation (sequential requests);
 * 3. load phase: restarts them connected straight to PostgreSQL and runs each scenario with
 *    autocannon at each concurrency after a warm-up, reading each server's RSS after each run;
 * 4. prints the table, writes bench/results/latest.json (and latest.md), stops the servers and
 *    drops the database.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import postgres from "postgres";
import { fromGlobalId } from "../server/shared/ids.js";
import { loadDataset, type Fixture } from "./dataset.js";
import { buildScenarios, type Operation, type Scenario, type ServerName } from "./scenarios.js";
import { buildOurs, childrenCpuMs, cpuBetween, freePort, postmasterOf, ROOT, startFloor, startOurs, startPostgraphile, type RunningServer } from "./servers.js";
import { StatementCounter } from "./statement-counter.js";

// ---------------------------------------------------------------- options

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string) => {
  const index = argv.indexOf(`--${name}`);
  return index >= 0 ? argv[index + 1] : undefined;
};
const list = (value: string | undefined, fallback: number[]) => (value ? value.split(",").map(Number) : fallback);

if (flag("help")) {
  console.log(`npm run bench -- [--quick] [--scale N] [--duration S] [--rounds N] [--warmup S] [--concurrency 10,50]
    [--sweep 5,20,100] [--sweep-duration S] [--count N] [--seed N] [--no-postgraphile] [--keep-db]
    [--only directory,dashboard,…] [--db-name tansiq_bench] [--show-sql]
BENCH_DATABASE_URL: a PostgreSQL server and a role that may create databases
  (default postgres://bench:bench@localhost:5432/postgres); see bench/README.md.`);
  process.exit(0);
}

const quick = flag("quick");
const settings = {
  quick,
  scale: Number(option("scale") ?? (quick ? 0.05 : 1)),
  seed: Number(option("seed") ?? 42),
  duration: Number(option("duration") ?? (quick ? 3 : 10)),
  /** Each server's measured time in a cell is split into this many bursts, the servers taking turns: drift of the machine falls on all alike. */
  rounds: Math.max(1, Math.floor(Number(option("rounds") ?? (quick ? 1 : 3))) || 1),
  warmup: Number(option("warmup") ?? (quick ? 1 : 5)),
  sweepDuration: Number(option("sweep-duration") ?? (quick ? 2 : 10)),
  concurrencies: list(option("concurrency"), [10, 50]),
  sweep: list(option("sweep"), [5, 20, 100]),
  sweepConcurrencies: list(option("sweep-concurrency"), [10]),
  countRequests: Number(option("count") ?? (quick ? 5 : 20)),
  postgraphile: !flag("no-postgraphile"),
  keepDb: flag("keep-db"),
  showSql: flag("show-sql"),
  only: option("only")?.split(","),
  dbName: option("db-name") ?? "tansiq_bench",
};

const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://bench:bench@localhost:5432/postgres";
const benchUrl = (() => {
  const url = new URL(adminUrl);
  if (settings.dbName === "ci" || url.pathname.replace("/", "") === settings.dbName) {
    throw new Error(`refusing to use the database "${settings.dbName}": the benchmark creates and drops its own`);
  }
  url.pathname = `/${settings.dbName}`;
  return url.toString();
})();
const pgTarget = (() => {
  const url = new URL(adminUrl);
  return { host: url.hostname || "localhost", port: Number(url.port || 5432) };
})();

const log = (message: string) => console.log(message);
const inBursts = () => (settings.rounds > 1 ? `, in ${settings.rounds} bursts with the servers taking turns` : "");
/** Whether the write scenario could start from a checkpoint (the role needs pg_checkpoint, or to be a superuser). */
const checkpoints = { forced: true };

async function forceCheckpoint(admin: postgres.Sql): Promise<void> {
  if (!checkpoints.forced) return;
  await admin`checkpoint`.catch((error: unknown) => {
    checkpoints.forced = false;
    log(`  note: cannot CHECKPOINT (${error}); the write runs fall wherever PostgreSQL's own checkpoints do. GRANT pg_checkpoint TO the benchmark's role (bench/README.md).`);
  });
}

/** PostgreSQL's postmaster, when it runs on this machine: its backends' CPU time is read from /proc. */
let postmasterPid: number | null = null;
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

// ---------------------------------------------------------------- requests

interface Measure {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  /** SQL statements that read or write data, per operation (counting phase). */
  statementsPerOp: number | null;
  /** BEGIN/COMMIT and the like, per operation, not included in statementsPerOp. */
  transactionControlPerOp: number | null;
  rssMb: number | null;
  /** Responses that were not 2xx, and socket errors or timeouts, during the run (should be 0). */
  non2xx: number;
  errors: number;
  /** CPU time of the server process per successful request, in ms (from /proc; null elsewhere). */
  serverCpuMsPerOp: number | null;
  /** CPU time of all PostgreSQL backends per successful request, in ms (when PostgreSQL runs on this machine). */
  databaseCpuMsPerOp: number | null;
  /** Writes only: reports the run left in the database (should equal its 2xx responses). */
  reportsWritten?: number;
}

function headersFor(server: ServerName, token: string): Record<string, string> {
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  // PostGraphile applies no access rule here; it gets no token.
  if (server !== "postgraphile") headers.authorization = `Bearer ${token}`;
  return headers;
}

function operationFor(scenario: Scenario, server: ServerName): Operation | undefined {
  return server === "ours" ? scenario.ours : server === "floor" ? scenario.floor : scenario.postgraphile;
}

async function post(url: string, headers: Record<string, string>, operation: Operation): Promise<{ status: number; body: any }> {
  const response = await fetch(url, { method: "POST", headers, body: JSON.stringify(operation) });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) };
  } catch {
    return { status: response.status, body: text };
  }
}

// ---------------------------------------------------------------- comparing answers

/** Every id in document order: the hub's global ids decoded to uuids, PostGraphile's rowIds. */
function idsOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) idsOf(item, out);
  else if (value && typeof value === "object") {
    for (const [key, field] of Object.entries(value)) {
      if (key === "id" && typeof field === "string") out.push(fromGlobalId(field)?.id ?? field);
      else if (key === "rowId" && typeof field === "string") out.push(field);
      else idsOf(field, out);
    }
  }
  return out;
}

function firstDifference(a: unknown, b: unknown, path = "data"): string | null {
  if (a === b) return null;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== "object") return `${path}: ${JSON.stringify(a)?.slice(0, 80)} ≠ ${JSON.stringify(b)?.slice(0, 80)}`;
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array vs object`;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return `${path}: ${a.length} items ≠ ${other.length}`;
    for (let i = 0; i < a.length; i++) {
      const difference = firstDifference(a[i], other[i], `${path}[${i}]`);
      if (difference) return difference;
    }
    return null;
  }
  const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
  for (const key of keys) {
    const difference = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
    if (difference) return difference;
  }
  return null;
}

interface Verification {
  scenario: string;
  /** Objects with an id in each answer. */
  items: Partial<Record<ServerName, number>>;
  floorVsOurs: string;
  postgraphileVsOurs?: string;
}

function compareIds(ours: string[], theirs: string[]): string {
  if (ours.join() === theirs.join()) return "same ids, same order";
  const mine = new Set(ours);
  const other = new Set(theirs);
  const onlyOurs = [...mine].filter((id) => !other.has(id)).length;
  const onlyTheirs = [...other].filter((id) => !mine.has(id)).length;
  if (!onlyOurs && !onlyTheirs) return "same ids, other order or repeats";
  return `ids differ: ${onlyOurs} only in ours, ${onlyTheirs} only in theirs (of ${mine.size} / ${other.size})`;
}

// ---------------------------------------------------------------- phases

type Servers = Partial<Record<ServerName, RunningServer>>;
interface PerOp {
  statements: number;
  transactionControl: number;
}

async function startServers(build: Awaited<ReturnType<typeof buildOurs>>, urls: Record<ServerName, string>): Promise<Servers> {
  const [oursPort, pgPort, floorPort] = [await freePort(), await freePort(), await freePort()];
  const starting: Promise<RunningServer>[] = [startOurs(build, urls.ours, oursPort), startFloor(urls.floor, floorPort)];
  if (settings.postgraphile) starting.push(startPostgraphile(urls.postgraphile, pgPort));
  const results = await Promise.allSettled(starting);
  const servers: Servers = {};
  for (const result of results) if (result.status === "fulfilled") servers[result.value.name] = result.value;
  const failure = results.find((result) => result.status === "rejected") as PromiseRejectedResult | undefined;
  if (failure) {
    await stopServers(servers);
    throw failure.reason;
  }
  return servers;
}

async function stopServers(servers: Servers): Promise<void> {
  await Promise.all(Object.values(servers).map((server) => server?.stop()));
}

function requestsFor(scenario: Scenario, server: ServerName, prefix: string) {
  let n = 0;
  return () => (scenario.writeRequest ? scenario.writeRequest(n++, prefix) : operationFor(scenario, server)!);
}

/** Phase 2: checks the answers and counts each operation's statements through the counters. */
async function verifyAndCount(
  scenarios: Scenario[],
  fixture: Fixture,
  servers: Servers,
  counters: Record<ServerName, StatementCounter>,
  runId: string,
): Promise<{ verifications: Verification[]; statements: Record<string, Partial<Record<ServerName, PerOp>>> }> {
  const verifications: Verification[] = [];
  const statements: Record<string, Partial<Record<ServerName, PerOp>>> = {};
  for (const scenario of scenarios) {
    const token = fixture.tokens[scenario.viewer];
    const answers: Partial<Record<ServerName, any>> = {};
    statements[scenario.name] = {};
    for (const name of ["ours", "postgraphile", "floor"] as ServerName[]) {
      const server = servers[name];
      const operation = operationFor(scenario, name);
      if (!server || !operation) continue;
      const next = requestsFor(scenario, name, `${runId}-count-${name}`);
      const headers = headersFor(name, token);
      // The answer to compare, which also warms the server's caches for this operation.
      const first = await post(server.url, headers, next());
      if (first.status !== 200 || !first.body?.data || first.body.errors) {
        throw new Error(`${name} failed ${scenario.name} (HTTP ${first.status}): ${JSON.stringify(first.body).slice(0, 600)}\n${server.output().slice(-2000)}`);
      }
      answers[name] = first.body.data;
      if (settings.showSql) counters[name].recording = [];
      await post(server.url, headers, next());
      if (settings.showSql) {
        const texts = counters[name].recording!;
        counters[name].recording = null;
        log(`  ${scenario.name} / ${name}: ${texts.length} statements\n${texts.map((t, i) => `    ${i + 1}. ${t.length > 600 ? `${t.slice(0, 600)}…` : t}`).join("\n")}`);
      }
      const before = counters[name].snapshot();
      for (let i = 0; i < settings.countRequests; i++) {
        const answer = await post(server.url, headers, next());
        if (answer.status !== 200 || answer.body?.errors) throw new Error(`${name} failed ${scenario.name} while counting: ${JSON.stringify(answer.body).slice(0, 400)}`);
      }
      const after = counters[name].snapshot();
      const perOp = (n: number) => Math.round((n / settings.countRequests) * 100) / 100;
      statements[scenario.name]![name] = {
        statements: perOp(after.statements - before.statements),
        transactionControl: perOp(after.transactionControl - before.transactionControl),
      };
    }
    const oursIds = idsOf(answers.ours);
    const verification: Verification = {
      scenario: scenario.name,
      items: Object.fromEntries(Object.entries(answers).map(([name, data]) => [name, idsOf(data).length])),
      floorVsOurs:
        scenario.kind === "write"
          ? answers.floor?.progressReportSubmit?.progressReport && answers.ours?.progressReportSubmit?.progressReport && !answers.ours.progressReportSubmit.userErrors.length
            ? "both wrote a report"
            : `write failed: ${JSON.stringify({ ours: answers.ours, floor: answers.floor }).slice(0, 300)}`
          : (() => {
              const difference = firstDifference(answers.ours, answers.floor);
              return difference === null ? "identical" : `${compareIds(oursIds, idsOf(answers.floor))}; first difference: ${difference}`;
            })(),
    };
    if (answers.postgraphile) verification.postgraphileVsOurs = compareIds(oursIds, idsOf(answers.postgraphile));
    verifications.push(verification);
    const counts = Object.entries(statements[scenario.name]!)
      .map(([name, n]) => `${name} ${n.statements}${n.transactionControl ? ` (+${n.transactionControl} BEGIN/COMMIT)` : ""}`)
      .join(", ");
    log(`  ${scenario.name}: items ${JSON.stringify(verification.items)}; floor vs ours: ${verification.floorVsOurs}` +
      (verification.postgraphileVsOurs ? `; PostGraphile vs ours: ${verification.postgraphileVsOurs}` : "") + `; statements/op: ${counts}`);
  }
  return { verifications, statements };
}

/** One autocannon run against one server, as measured. */
interface Burst {
  ok: number;
  seconds: number;
  p50Ms: number;
  p99Ms: number;
  rssMb: number | null;
  serverCpuMs: number | null;
  databaseCpuMs: number | null;
  non2xx: number;
  errors: number;
  reportsWritten?: number;
}

/** CPU (ms) that a server or PostgreSQL may use in 100 ms and still count as idle. */
const IDLE_CPU_MS = 5;

/**
 * Waits until the servers and PostgreSQL are idle (at most 15 s). autocannon ends a burst by
 * closing its connections: the requests then in flight still run to the end, for up to a second
 * of both CPUs at c50, and fell on the start of the next server's burst (bench/README.md, step 36).
 */
async function settle(servers: Servers): Promise<void> {
  const snapshot = () => ({ servers: Object.values(servers).map((server) => server!.cpuMs() ?? 0), database: postmasterPid ? childrenCpuMs(postmasterPid) : null });
  const deadline = Date.now() + 15_000;
  let before = snapshot();
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const after = snapshot();
    const serverBusy = after.servers.some((ms, index) => ms - (before.servers[index] ?? 0) > IDLE_CPU_MS);
    const databaseBusy = (cpuBetween(before.database, after.database) ?? 0) > IDLE_CPU_MS;
    if (!serverBusy && !databaseBusy) return;
    before = after;
  }
  log("  note: the servers or PostgreSQL were still busy 15 s after the last burst; measuring anyway");
}

async function measure(servers: Servers, name: ServerName, scenario: Scenario, connections: number, duration: number, token: string, prefix: string): Promise<Burst> {
  const server = servers[name]!;
  const headers = headersFor(name, token);
  const next = requestsFor(scenario, name, prefix);
  await settle(servers);
  const cpuBefore = server.cpuMs();
  const dbBefore = postmasterPid ? childrenCpuMs(postmasterPid) : null;
  const result = await autocannon({
    url: server.url,
    connections,
    duration,
    timeout: 30,
    method: "POST",
    headers,
    ...(scenario.writeRequest
      ? { requests: [{ method: "POST", headers, setupRequest: (request) => ({ ...request, body: JSON.stringify(next()) }) }] }
      : { body: JSON.stringify(next()) }),
  });
  const cpuAfter = server.cpuMs();
  const dbAfter = postmasterPid ? childrenCpuMs(postmasterPid) : null;
  const reportsWritten = scenario.writeRequest ? await countWrites(prefix) : undefined;
  // Requests still in flight when the run ends are written but not counted: at most one per connection.
  if (reportsWritten !== undefined && (reportsWritten < result["2xx"] || reportsWritten > result["2xx"] + connections)) {
    log(`  warning: ${server.name} answered ${result["2xx"]} writes with 2xx but wrote ${reportsWritten} reports`);
  }
  return {
    ok: result["2xx"],
    seconds: result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    rssMb: server.rssMb(),
    serverCpuMs: cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null,
    databaseCpuMs: cpuBetween(dbBefore, dbAfter),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    reportsWritten,
  };
}

/**
 * A server's bursts in one cell as one measure: throughput and CPU per request over all of them;
 * p50 the median of the bursts' p50s, p99 the highest p99 (autocannon keeps no histogram to merge),
 * RSS the highest.
 */
function combine(bursts: Burst[]): Omit<Measure, "statementsPerOp" | "transactionControlPerOp"> {
  const total = (pick: (burst: Burst) => number) => bursts.reduce((sum, burst) => sum + pick(burst), 0);
  const ok = total((burst) => burst.ok);
  const perRequest = (pick: (burst: Burst) => number | null) =>
    ok > 0 && bursts.every((burst) => pick(burst) !== null) ? Math.round((total((burst) => pick(burst)!) / ok) * 100) / 100 : null;
  const p50s = bursts.map((burst) => burst.p50Ms).sort((a, b) => a - b);
  const middle = (p50s.length - 1) / 2;
  const rss = bursts.flatMap((burst) => (burst.rssMb === null ? [] : [burst.rssMb]));
  const written = bursts.flatMap((burst) => (burst.reportsWritten === undefined ? [] : [burst.reportsWritten]));
  return {
    reportsWritten: written.length ? written.reduce((sum, n) => sum + n, 0) : undefined,
    rps: Math.round((ok / total((burst) => burst.seconds)) * 10) / 10,
    p50Ms: (p50s[Math.floor(middle)]! + p50s[Math.ceil(middle)]!) / 2,
    p99Ms: Math.max(...bursts.map((burst) => burst.p99Ms)),
    rssMb: rss.length ? Math.max(...rss) : null,
    serverCpuMsPerOp: perRequest((burst) => burst.serverCpuMs),
    databaseCpuMsPerOp: perRequest((burst) => burst.databaseCpuMs),
    non2xx: total((burst) => burst.non2xx),
    errors: total((burst) => burst.errors),
  };
}

async function countWrites(prefix: string): Promise<number> {
  const sql = postgres(benchUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ n: number }[]>`
      select count(*)::int as n from idempotency_keys k join progress_reports p on p.id = k.result_id
      where k.key like ${`${prefix}-%`}`;
    return row!.n;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** What each server's writes of the counting phase left in the database, per report. */
async function checkWrites(runId: string): Promise<string | null> {
  const sql = postgres(benchUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<{ server: string; reports: number; revisions: number; values: number; audits: number }[]>`
      select split_part(split_part(k.key, '-count-', 2), '-', 1) as server,
        count(p.id)::int as reports,
        (select count(*) from progress_report_revisions r where r.report_id = any(array_agg(k.result_id)))::int as revisions,
        (select count(*) from progress_report_values v where v.report_id = any(array_agg(k.result_id)))::int as values,
        (select count(*) from audit_events a where a.object_id = any(array_agg(k.result_id)))::int as audits
      from idempotency_keys k left join progress_reports p on p.id = k.result_id
      where k.key like ${`${runId}-count-%`}
      group by 1 order by 1`;
    if (!rows.length) return null;
    const per = (n: number, of: number) => (of ? Math.round((n / of) * 100) / 100 : 0);
    return rows
      .map((r) => `${r.server}: ${r.reports} reports, each with ${per(r.revisions, r.reports)} revision, ${per(r.values, r.reports)} values, ${per(r.audits, r.reports)} audit event`)
      .join("; ");
  } finally {
    await sql.end({ timeout: 5 });
  }
}

// ---------------------------------------------------------------- output

interface ScenarioResult {
  name: string;
  description: string;
  concurrency: number;
  ours: Measure | null;
  postgraphile: Measure | null;
  floor: Measure | null;
  oursVsPostgraphile: number | null;
  oursVsFloor: number | null;
}

const ratio = (a: Measure | null, b: Measure | null) => (a && b && b.rps > 0 ? Math.round((a.rps / b.rps) * 100) / 100 : null);
const cell = (m: Measure | null) =>
  m ? `${m.rps.toFixed(0)} | ${m.p50Ms} | ${m.p99Ms} | ${m.statementsPerOp ?? "n/a"} | ${m.rssMb ?? "n/a"}${m.non2xx || m.errors ? ` (!${m.non2xx + m.errors} failed)` : ""}` : "– | – | – | – | –";

function markdownTable(results: ScenarioResult[]): string {
  const lines = [
    "| scenario | c | ours req/s | p50 ms | p99 ms | SQL/op | RSS MB | PostGraphile req/s | p50 ms | p99 ms | SQL/op | RSS MB | floor req/s | p50 ms | p99 ms | SQL/op | RSS MB | ours/PG | ours/floor |",
    "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
  ];
  for (const r of results) {
    lines.push(`| ${r.name} | ${r.concurrency} | ${cell(r.ours)} | ${cell(r.postgraphile)} | ${cell(r.floor)} | ${r.oursVsPostgraphile ?? "–"} | ${r.oursVsFloor ?? "–"} |`);
  }
  return lines.join("\n");
}

function cpuTable(results: ScenarioResult[]): string {
  const both = (m: Measure | null) => (m ? `${m.serverCpuMsPerOp ?? "n/a"} | ${m.databaseCpuMsPerOp ?? "n/a"}` : "– | –");
  const lines = [
    "| scenario | c | ours: server | PostgreSQL | PostGraphile: server | PostgreSQL | floor: server | PostgreSQL |",
    "|---|--:|--:|--:|--:|--:|--:|--:|",
  ];
  for (const r of results) lines.push(`| ${r.name} | ${r.concurrency} | ${both(r.ours)} | ${both(r.postgraphile)} | ${both(r.floor)} |`);
  return lines.join("\n");
}

function targetsSummary(results: ScenarioResult[]): string[] {
  const reads = results.filter((r) => ["directory", "dashboard", "partner"].includes(r.name));
  return reads.map((r) => {
    const pg = r.oursVsPostgraphile === null ? "n/a" : `${r.oursVsPostgraphile}× PostGraphile ${r.oursVsPostgraphile >= 1.5 ? "(target 1.5×: met)" : "(target 1.5×: MISSED)"}`;
    const floor = r.oursVsFloor === null ? "n/a" : `${r.oursVsFloor}× floor ${r.oursVsFloor >= 0.6 ? "(target 0.6×: met)" : "(target 0.6×: MISSED)"}`;
    return `${r.name} c${r.concurrency}: ${pg}; ${floor}`;
  });
}

function machine() {
  const cpuinfo = readFileSync("/proc/cpuinfo", "utf8");
  const shell = (command: string, args: string[]) => {
    try {
      return execFileSync(command, args, { encoding: "utf8" }).trim();
    } catch {
      return null;
    }
  };
  return {
    nproc: availableParallelism(),
    cpu: /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? "unknown",
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: shell("uname", ["-sr"]),
    loadAverageAtStart: loadavg().map((n) => Math.round(n * 100) / 100),
  };
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const info = machine();
  log(`Tansiq benchmark${quick ? " (quick)" : ""}: scale ${settings.scale}, ${settings.duration} s per server and cell${inBursts()}, after ${settings.warmup} s of warm-up, concurrency ${settings.concurrencies.join("/")}`);
  log(`machine: ${info.nproc} CPUs (${info.cpu}), ${info.memoryGb} GB, load ${info.loadAverageAtStart.join(" ")}, node ${info.node}`);

  log(`[${elapsed()}] building the hub into bench/.build`);
  const build = await buildOurs();
  if (build.note) log(`  note: ${build.note}`);

  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  const postgresVersion = (
    await admin`select version()`.catch((error: unknown) => {
      throw new Error(`cannot reach PostgreSQL at BENCH_DATABASE_URL (${adminUrl.replace(/:[^:@/]*@/, ":***@")}): ${error}\nSee bench/README.md, "A PostgreSQL server for it".`);
    })
  )[0]!.version as string;
  const [{ pid: backendPid }] = (await admin`select pg_backend_pid() as pid`) as unknown as [{ pid: number }];
  postmasterPid = postmasterOf(backendPid);
  log(`[${elapsed()}] creating ${settings.dbName} on ${pgTarget.host}:${pgTarget.port} (${postgresVersion.split(",")[0]})`);
  await admin.unsafe(`drop database if exists ${settings.dbName} with (force)`);
  await admin.unsafe(`create database ${settings.dbName}`);

  let servers: Servers = {};
  const counters = {} as Record<ServerName, StatementCounter>;
  const interrupted = async () => {
    log("interrupted: stopping the servers");
    await stopServers(servers);
    await Promise.all(Object.values(counters).map((counter) => counter.stop()));
    if (!settings.keepDb) await admin.unsafe(`drop database if exists ${settings.dbName} with (force)`).catch(() => {});
    process.exit(130);
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);

  try {
    log(`[${elapsed()}] loading the data set (scale ${settings.scale}, seed ${settings.seed})`);
    const fixture = await loadDataset(benchUrl, { scale: settings.scale, seed: settings.seed, log });
    log(`  loaded in ${fixture.loadSeconds.toFixed(1)} s; ${fixture.writeTargets.length} commitments for the write scenario`);

    let scenarios = buildScenarios(fixture, {
      concurrencies: settings.concurrencies,
      sweep: settings.sweep,
      sweepConcurrencies: settings.sweepConcurrencies,
    });
    if (settings.only) scenarios = scenarios.filter((s) => settings.only!.some((name) => s.name.startsWith(name)));
    const runId = `r${Date.now().toString(36)}`;

    // ---- phase 2: answers and statement counts, through the counters
    log(`[${elapsed()}] counting phase: servers behind the statement counter`);
    const counted: Record<ServerName, string> = { ours: "", postgraphile: "", floor: "" };
    for (const name of ["ours", "postgraphile", "floor"] as ServerName[]) {
      counters[name] = new StatementCounter(pgTarget);
      const url = new URL(benchUrl);
      url.hostname = "127.0.0.1";
      url.port = String(await counters[name].start());
      counted[name] = url.toString();
    }
    servers = await startServers(build, counted);
    const { verifications, statements } = await verifyAndCount(scenarios, fixture, servers, counters, runId);
    const writes = await checkWrites(runId);
    if (writes) {
      const verification = verifications.find((v) => v.scenario === "write");
      if (verification) verification.floorVsOurs += `; rows per report: ${writes}`;
      log(`  write: rows per report: ${writes}`);
    }
    await stopServers(servers);
    await Promise.all(Object.values(counters).map((counter) => counter.stop()));

    // ---- phase 3: throughput, straight to PostgreSQL
    log(`[${elapsed()}] load phase`);
    servers = await startServers(build, { ours: benchUrl, postgraphile: benchUrl, floor: benchUrl });
    const results: ScenarioResult[] = [];
    for (const scenario of scenarios) {
      const token = fixture.tokens[scenario.viewer];
      const names = (["ours", "postgraphile", "floor"] as ServerName[]).filter((name) => servers[name] && operationFor(scenario, name));
      const duration = scenario.name.startsWith("dashboard-sweep") ? settings.sweepDuration : settings.duration;
      const byConcurrency = new Map<number, Partial<Record<ServerName, Measure>>>();
      // Writes: a checkpoint, then every server's warm-up, then the runs. The first change to a page
      // after a checkpoint writes the whole page to the WAL: this way the warm-ups pay for those pages,
      // not whichever server's run came first after one of PostgreSQL's own checkpoints.
      if (scenario.writeRequest) await forceCheckpoint(admin);
      for (const [index, connections] of scenario.concurrencies.entries()) {
        byConcurrency.set(connections, {});
        const warm = (index === 0 || scenario.writeRequest) && settings.warmup > 0;
        const prefixOf = (name: ServerName) => `${runId}-${scenario.name}-${name}-c${connections}`;
        if (warm && scenario.writeRequest) for (const name of names) await measure(servers, name, scenario, connections, settings.warmup, token, `${prefixOf(name)}-warmup`);
        const bursts: Partial<Record<ServerName, Burst[]>> = {};
        for (let round = 1; round <= settings.rounds; round++) {
          for (const name of names) {
            const prefix = prefixOf(name);
            if (round === 1 && warm && !scenario.writeRequest) await measure(servers, name, scenario, connections, settings.warmup, token, `${prefix}-warmup`);
            (bursts[name] ??= []).push(await measure(servers, name, scenario, connections, duration / settings.rounds, token, `${prefix}-run${round}`));
          }
        }
        for (const name of names) {
          const m = combine(bursts[name]!);
          const counted = statements[scenario.name]?.[name];
          byConcurrency.get(connections)![name] = { ...m, statementsPerOp: counted?.statements ?? null, transactionControlPerOp: counted?.transactionControl ?? null };
          const each = settings.rounds > 1 ? ` (bursts: ${bursts[name]!.map((burst) => Math.round(burst.ok / burst.seconds)).join(", ")} req/s)` : "";
          log(`  [${elapsed()}] ${scenario.name} c${connections} ${name}: ${m.rps} req/s${each}, p50 ${m.p50Ms} ms, p99 ${m.p99Ms} ms, RSS ${m.rssMb} MB, CPU/op: server ${m.serverCpuMsPerOp} ms, PostgreSQL ${m.databaseCpuMsPerOp} ms` +
            (m.non2xx || m.errors ? `, ${m.non2xx} non-2xx, ${m.errors} errors` : ""));
        }
      }
      for (const [connections, measures] of byConcurrency) {
        const ours = measures.ours ?? null;
        const pg = measures.postgraphile ?? null;
        const floor = measures.floor ?? null;
        results.push({
          name: scenario.name,
          description: scenario.description,
          concurrency: connections,
          ours,
          postgraphile: pg,
          floor,
          oursVsPostgraphile: ratio(ours, pg),
          oursVsFloor: ratio(ours, floor),
        });
      }
    }
    await stopServers(servers);
    servers = {};

    // ---- output
    const date = new Date().toISOString();
    const report = {
      machine: { ...info, postgres: postgresVersion.split(",")[0], loadAverageAtEnd: loadavg().map((n) => Math.round(n * 100) / 100) },
      date,
      scale: settings.scale,
      quick,
      settings: { ...settings, oursRunner: build.mode, writesAfterCheckpoint: checkpoints.forced },
      dataset: { counts: fixture.counts, loadSeconds: fixture.loadSeconds, seed: fixture.seed, year: fixture.year },
      verification: verifications,
      scenarios: results,
    };
    const table = markdownTable(results);
    const targets = targetsSummary(results);
    log(`\n${table}\n`);
    log(`CPU time per request (ms):\n${cpuTable(results)}\n`);
    log(`Targets (reads: ≥ 1.5× PostGraphile, ≥ 0.6× the floor):\n${targets.map((t) => `  ${t}`).join("\n")}`);
    const directory = join(ROOT, "bench", "results");
    mkdirSync(directory, { recursive: true });
    const json = `${JSON.stringify(report, null, 2)}\n`;
    // latest.*: every run; latest-quick.* / latest-full.*: the last complete run of each kind.
    const complete = !settings.only;
    writeFileSync(join(directory, "latest.json"), json);
    if (complete) writeFileSync(join(directory, quick ? "latest-quick.json" : "latest-full.json"), json);
    const markdown = [
      `# Benchmark run of ${date}${quick ? " (quick)" : ""}`,
      "",
      `Machine: ${info.nproc} CPUs (${info.cpu}), ${info.memoryGb} GB RAM, ${info.os}, node ${info.node}, ${report.machine.postgres}; load average ${info.loadAverageAtStart.join(" ")} at the start, ${report.machine.loadAverageAtEnd.join(" ")} at the end.`,
      `Scale ${settings.scale} (${Object.entries(fixture.counts).map(([t, n]) => `${t} ${n.toLocaleString("en")}`).join(", ")}); ${settings.duration} s per server and cell (sweep ${settings.sweepDuration} s)${inBursts()}, after ${settings.warmup} s of warm-up; ours ${build.mode}; ` +
        (checkpoints.forced ? "writes: a checkpoint, then every server's warm-up, then the runs." : "writes NOT after a checkpoint (the role may not CHECKPOINT): their ratios depend on where PostgreSQL's own checkpoints fell."),
      "",
      table,
      "",
      "CPU time per request, in ms (the server process; all PostgreSQL backends):",
      "",
      cpuTable(results),
      "",
      "Targets:",
      ...targets.map((t) => `- ${t}`),
      "",
      "Answers checked (counting phase):",
      ...verifications.map((v) => `- ${v.scenario}: items ${JSON.stringify(v.items)}; floor vs ours: ${v.floorVsOurs}${v.postgraphileVsOurs ? `; PostGraphile vs ours: ${v.postgraphileVsOurs}` : ""}`),
      "",
    ].join("\n");
    writeFileSync(join(directory, "latest.md"), markdown);
    if (complete) writeFileSync(join(directory, quick ? "latest-quick.md" : "latest-full.md"), markdown);
    log(`\nwritten: bench/results/latest.json, bench/results/latest.md [${elapsed()}]`);
  } finally {
    await stopServers(servers);
    await Promise.all(Object.values(counters).map((counter) => counter.stop()));
    if (!settings.keepDb) await admin.unsafe(`drop database if exists ${settings.dbName} with (force)`).catch((error) => log(`could not drop ${settings.dbName}: ${error}`));
    await admin.end({ timeout: 5 });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exit(1);
});
