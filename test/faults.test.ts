/**
 * Fault tolerance of the real server process (`server/main.ts`, see test/server-process.ts):
 *
 * - PostgreSQL stopped and started again while clients submit progress reports: during the outage
 *   requests fail quickly with HTTP 503 and SERVICE_UNAVAILABLE, /healthz says "unavailable"; the
 *   server recovers by itself, and every acknowledged submit is stored — and nothing else.
 * - SIGTERM during a burst of submits: the server finishes the requests it has read, stops
 *   accepting, closes the database and exits 0; every acknowledged submit is stored.
 * - The embedded database killed (SIGKILL) during submits, three times: it starts again every
 *   time, and every acknowledged submit is there, whole.
 *
 * Each test prints a `faults:` line with its figures.
 */
import { execFile, execFileSync } from "node:child_process";
import { cpSync, existsSync, readFileSync } from "node:fs";
import { userInfo } from "node:os";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase, type Database } from "../server/db.js";
import { loadDemoData } from "../server/seed/demo.js";
import { writeDemoTokens } from "../server/seed/demo-tokens.js";
import { fromGlobalId } from "../server/shared/ids.js";
import { cleanUpServers, seedPostgres, startServer, temporaryDataDir, type ServerProcess, type StartOptions } from "./server-process.js";
import { valuesFor } from "./write-helpers.js";

const DATABASE_URL = process.env.DATABASE_URL || undefined;
const run = promisify(execFile);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms: number) => (ms / 1000).toFixed(1);

// ---------------------------------------------------------------------------------------------
// The PostgreSQL cluster behind DATABASE_URL, when this machine manages it with pg_ctlcluster.

interface Cluster {
  version: string;
  name: string;
}

const onPath = (command: string) => (process.env.PATH ?? "").split(delimiter).some((folder) => folder && existsSync(join(folder, command)));

function clusterBehind(databaseUrl: string | undefined): Cluster | null {
  if (!databaseUrl) return null;
  try {
    const url = new URL(databaseUrl);
    if (!["localhost", "127.0.0.1", "::1", "[::1]", ""].includes(url.hostname)) return null;
    const port = url.port || "5432";
    if (!onPath("pg_ctlcluster")) return null;
    const lines = execFileSync("pg_lsclusters", ["-h"], { encoding: "utf8" }).trim().split("\n");
    for (const line of lines) {
      const [version, name, clusterPort, , owner] = line.trim().split(/\s+/);
      // pg_ctlcluster needs root or the cluster's owner.
      const allowed = process.getuid?.() === 0 || userInfo().username === owner;
      if (version && name && clusterPort === port && allowed) return { version, name };
    }
  } catch {
    // no pg_ctlcluster or pg_lsclusters here
  }
  return null;
}

const cluster = clusterBehind(DATABASE_URL);

async function clusterStatus(c: Cluster): Promise<string> {
  const { stdout } = await run("pg_lsclusters", ["-h", c.version, c.name], { timeout: 30_000 });
  return stdout.trim().split(/\s+/)[3] ?? "unknown";
}

async function pgctl(c: Cluster, action: "start" | "stop"): Promise<void> {
  await run("pg_ctlcluster", [c.version, c.name, action], { timeout: 60_000 });
}

/** Starts the cluster if it is not running (after a failed test, too). */
async function ensureClusterRunning(c: Cluster): Promise<void> {
  if ((await clusterStatus(c)) !== "online") await pgctl(c, "start");
}

// ---------------------------------------------------------------------------------------------
// Submitting progress reports and classifying what came back.

type Outcome = { key: string; sentAt: number; endedAt: number } & (
  | { kind: "acknowledged"; id: string }
  | { kind: "unavailable"; retryAfter: string | null; message: string }
  | { kind: "not-accepted"; error: string }
  | { kind: "timeout" }
  | { kind: "unexpected"; status: number; body: string }
);

const latency = (outcome: Outcome) => outcome.endedAt - outcome.sentAt;

const SUBMIT = `mutation Submit($input: ProgressReportSubmitInput!) {
  progressReportSubmit(input: $input) { progressReport { id } userErrors { code field message } } }`;

/** The commitment the tests report on, and who reports. */
interface Target {
  commitmentId: string;
  values: Array<Record<string, unknown>>;
  indicatorCount: number;
  token: string;
  adminToken: string;
}

async function graphql(server: ServerProcess, token: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(20_000),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown };
  if (response.status !== 200 || body.errors) throw new Error(`HTTP ${response.status}: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

/** A commitment of the demo partner in the task force (Cedar Bridge) that it may report on. */
async function findTarget(server: ServerProcess): Promise<Target> {
  const token = server.tokens.partnerInTaskForce.token;
  const { viewer } = await graphql(server, token, `{ viewer { organisation { id } } }`);
  const { commitments } = await graphql(
    server,
    token,
    `query($org: ID!) { commitments(first: 50, filter: { organisationId: $org }) {
       nodes { id status viewerCanReport priority { indicators { id measure } } } } }`,
    { org: viewer.organisation.id },
  );
  const commitment = commitments.nodes.find((node: any) => node.viewerCanReport && node.status !== "WITHDRAWN");
  if (!commitment) throw new Error("the demo partner has no commitment it can report on");
  const indicators = commitment.priority.indicators as Array<{ id: string; measure: string }>;
  return { commitmentId: commitment.id, values: valuesFor(indicators), indicatorCount: indicators.length, token, adminToken: server.tokens.admin.token };
}

/** One progressReportSubmit with its own idempotency key; never throws. */
async function submit(server: ServerProcess, target: Target, key: string, timeoutMs = 10_000): Promise<Outcome> {
  const sentAt = Date.now();
  const input = {
    commitmentId: target.commitmentId,
    periodStart: "2026-01-01",
    periodEnd: "2026-03-31",
    status: "ON_TRACK",
    narrative: { en: `Fault test ${key}` },
    values: target.values,
    idempotencyKey: key,
  };
  try {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${target.token}` },
      body: JSON.stringify({ query: SUBMIT, variables: { input } }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    const endedAt = Date.now();
    let body: any;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    const payload = body?.data?.progressReportSubmit;
    if (response.status === 200 && !body?.errors && payload?.progressReport?.id && payload.userErrors?.length === 0) {
      return { kind: "acknowledged", key, sentAt, endedAt, id: payload.progressReport.id };
    }
    const errors: any[] = body?.errors ?? [];
    if (response.status === 503 && errors.length > 0 && errors.every((error) => error?.extensions?.code === "SERVICE_UNAVAILABLE")) {
      return { kind: "unavailable", key, sentAt, endedAt, retryAfter: response.headers.get("retry-after"), message: String(errors[0].message) };
    }
    return { kind: "unexpected", key, sentAt, endedAt, status: response.status, body: text.slice(0, 2000) };
  } catch (error) {
    const endedAt = Date.now();
    if ((error as Error)?.name === "TimeoutError") return { kind: "timeout", key, sentAt, endedAt };
    const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
    return { kind: "not-accepted", key, sentAt, endedAt, error: `${cause?.code ?? (error as Error)?.name}: ${cause?.message ?? (error as Error)?.message}` };
  }
}

/** A few clients submitting one after another, until stopped or the request or time budget is spent. */
class Load {
  readonly outcomes: Outcome[] = [];
  private stopped = false;
  private sent = 0;
  readonly done: Promise<void>;

  constructor(
    server: ServerProcess,
    target: Target,
    options: { label: string; clients: number; maxRequests: number; maxMs: number; pauseAfterFailureMs?: number },
  ) {
    const deadline = Date.now() + options.maxMs;
    const client = async () => {
      while (!this.stopped && this.sent < options.maxRequests && Date.now() < deadline) {
        this.sent++;
        const outcome = await submit(server, target, `${options.label}-${randomUUID()}`);
        this.outcomes.push(outcome);
        // A polite client waits a little after a failure instead of hammering (Retry-After says 2 s).
        if (outcome.kind !== "acknowledged") await sleep(options.pauseAfterFailureMs ?? 100);
      }
    };
    this.done = Promise.all(Array.from({ length: options.clients }, client)).then(() => undefined);
  }

  count(kind: Outcome["kind"], since = 0): number {
    return this.outcomes.filter((outcome) => outcome.kind === kind && outcome.sentAt >= since).length;
  }

  async stop(): Promise<Outcome[]> {
    this.stopped = true;
    await this.done;
    return this.outcomes;
  }
}

async function until(condition: () => boolean, timeoutMs: number, stepMs = 20): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await sleep(stepMs);
  }
  return true;
}

const acknowledged = (outcomes: Outcome[]) => outcomes.filter((o): o is Outcome & { kind: "acknowledged" } => o.kind === "acknowledged");
const ofKind = (outcomes: Outcome[], ...kinds: Outcome["kind"][]) => outcomes.filter((outcome) => kinds.includes(outcome.kind));
const rawId = (globalId: string) => fromGlobalId(globalId)!.id;

/** "ECONNRESET × 3, UND_ERR_SOCKET × 1": how requests without an answer failed. */
function tally(outcomes: Outcome[]): string {
  const counts = new Map<string, number>();
  for (const outcome of outcomes) {
    const label = outcome.kind === "not-accepted" ? outcome.error.split(":")[0]! : outcome.kind;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts].map(([label, n]) => `${label} × ${n}`).join(", ") || "none";
}

/** What the server logged, for failure messages. */
const logsOf = (server: ServerProcess) => `\n--- server stdout (tail) ---\n${server.stdout().slice(-4000)}\n--- server stderr (tail) ---\n${server.stderr().slice(-4000)}`;

// ---------------------------------------------------------------------------------------------
// Reading what is stored.

interface StoredReport {
  id: string;
  revisions: number;
  values: number;
}

/** The progress reports of a commitment straight from the tables, with their revisions and values. */
async function storedReports(database: Database, commitmentGlobalId: string): Promise<Map<string, StoredReport>> {
  const result = await database.db.execute(sql`
    select r.id::text as id,
      (select count(*) from progress_report_revisions v where v.report_id = r.id)::int as revisions,
      (select count(*) from progress_report_values x where x.report_id = r.id)::int as values
    from progress_reports r where r.commitment_id = ${rawId(commitmentGlobalId)}`);
  const rows = ((result as { rows?: unknown[] }).rows ?? (result as unknown as unknown[])) as StoredReport[];
  return new Map(rows.map((row) => [row.id, { id: row.id, revisions: Number(row.revisions), values: Number(row.values) }]));
}

/** The same through the API (while the embedded server holds its database): every report of the commitment. */
async function reportsThroughApi(server: ServerProcess, target: Target): Promise<Map<string, StoredReport>> {
  const reports = new Map<string, StoredReport>();
  let after: string | null = null;
  for (;;) {
    const data: any = await graphql(
      server,
      target.adminToken,
      `query($id: ID!, $after: String) { node(id: $id) { ... on Commitment {
         progressReports(first: 100, after: $after) { nodes { id revisions { revision } values { value text } } pageInfo { hasNextPage endCursor } } } } }`,
      { id: target.commitmentId, after },
    );
    const page = data.node.progressReports;
    for (const node of page.nodes) {
      const id = rawId(node.id);
      reports.set(id, { id, revisions: node.revisions.length, values: node.values.length });
    }
    if (!page.pageInfo.hasNextPage) return reports;
    after = page.pageInfo.endCursor;
  }
}

/** Reports that are not whole: a report without its first revision, or without a value per indicator. */
const torn = (reports: Map<string, StoredReport>, indicatorCount: number) =>
  [...reports.values()].filter((report) => report.revisions < 1 || report.values < indicatorCount);

// ---------------------------------------------------------------------------------------------
// Fixtures

/** A seeded embedded database (demo data and tokens, as the server's first start leaves it) to copy per test. */
let embeddedTemplate: string | undefined;

async function prepareEmbeddedTemplate(): Promise<string> {
  const dataDir = temporaryDataDir("template");
  const migrated = inject("migratedPglite");
  const database = await openDatabase({ dataDir: join(dataDir, "pglite"), loadDataDir: migrated ? new Blob([readFileSync(migrated)]) : undefined });
  try {
    await database.migrate();
    writeDemoTokens(dataDir, await loadDemoData(database.db, { year: new Date().getFullYear() }));
  } finally {
    await database.close();
  }
  return dataDir;
}

/** A server on its own database: a fresh copy of the embedded template, or PostgreSQL emptied and seeded. */
async function startFreshServer(options: StartOptions = {}): Promise<ServerProcess> {
  if (DATABASE_URL) return startServer({ ...options, databaseUrl: DATABASE_URL, tokens: await seedPostgres(DATABASE_URL) });
  const dataDir = temporaryDataDir();
  cpSync(embeddedTemplate!, dataDir, { recursive: true });
  return startServer({ ...options, dataDir });
}

async function healthz(server: ServerProcess): Promise<{ status: number; body: any; ms: number }> {
  const started = Date.now();
  try {
    const response = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(10_000) });
    return { status: response.status, body: await response.json().catch(() => null), ms: Date.now() - started };
  } catch (error) {
    return { status: 0, body: String((error as Error)?.message), ms: Date.now() - started };
  }
}

beforeAll(async () => {
  if (!DATABASE_URL) embeddedTemplate = await prepareEmbeddedTemplate();
});

afterAll(async () => {
  await cleanUpServers();
  if (cluster) await ensureClusterRunning(cluster);
});

// ---------------------------------------------------------------------------------------------

describe.skipIf(!cluster)("PostgreSQL restarted while the server is under load", () => {
  let server: ServerProcess | undefined;

  afterAll(async () => {
    // Whatever happened in the test, the cluster runs again for the test files after this one.
    if (cluster) await ensureClusterRunning(cluster);
    if (server) await server.stop();
  });

  it("answers 503 SERVICE_UNAVAILABLE quickly during the outage, recovers by itself and loses no acknowledged submit", async () => {
    const c = cluster!;
    await ensureClusterRunning(c);
    server = await startFreshServer();
    const target = await findTarget(server);
    // Reading the tables directly, with a connection of the test's own, open only before and after the outage.
    const readReports = async () => {
      const check = await openDatabase({ databaseUrl: DATABASE_URL });
      try {
        return await storedReports(check, target.commitmentId);
      } finally {
        await check.close();
      }
    };
    const before = await readReports();
    expect((await healthz(server)).status).toBe(200);

    const load = new Load(server, target, { label: "outage", clients: 4, maxRequests: 5000, maxMs: 40_000 });
    // Some steady load first.
    await until(() => load.count("acknowledged") >= 30, 15_000);
    await sleep(300);

    const stopAt = Date.now();
    let stoppedAt = 0;
    let startAt = 0;
    let startedAt = 0;
    const probes: Array<Awaited<ReturnType<typeof healthz>>> = [];
    try {
      await pgctl(c, "stop");
      stoppedAt = Date.now();
      // The cluster is down: /healthz must say so, quickly, for as long as it is down (~2 s).
      while (Date.now() - stoppedAt < 2000) {
        probes.push(await healthz(server));
        await sleep(250);
      }
    } finally {
      startAt = Date.now();
      await pgctl(c, "start");
      startedAt = Date.now();
    }

    // The server recovers by itself: submits are acknowledged again, without a restart.
    const recovered = await until(() => load.count("acknowledged", startedAt) >= 20 || server!.hasExited(), 20_000) && !server.hasExited();
    const outcomes = await load.stop();
    const healthAfter = await healthz(server);
    const after = await readReports();

    const acks = acknowledged(outcomes);
    const unavailable = ofKind(outcomes, "unavailable") as Array<Outcome & { kind: "unavailable" }>;
    const bad = ofKind(outcomes, "unexpected", "timeout", "not-accepted");
    const slowest = Math.max(...outcomes.map(latency));
    const newIds = [...after.keys()].filter((id) => !before.has(id));
    const lost = acks.filter((ack) => !after.has(rawId(ack.id)));
    const unacknowledgedStored = newIds.length - (acks.length - lost.length);
    const firstRefused = Math.min(...unavailable.map((o) => o.sentAt));
    const lastRefused = Math.max(...unavailable.map((o) => o.endedAt));
    console.log(
      `faults: PostgreSQL outage ${seconds(startedAt - stopAt)} s (stop ${seconds(stoppedAt - stopAt)} s, down ${seconds(startAt - stoppedAt)} s, start ${seconds(startedAt - startAt)} s); ` +
        `${acks.length} submits acknowledged (${acks.filter((o) => o.sentAt >= startedAt).length} after the restart), ` +
        `${unavailable.length} refused with SERVICE_UNAVAILABLE over ${unavailable.length ? seconds(lastRefused - firstRefused) : 0} s, ` +
        `${bad.length} other failures (${tally(bad)}), slowest answer ${seconds(slowest)} s; /healthz 503 × ${probes.filter((p) => p.status === 503).length}/${probes.length} while down; ` +
        `${lost.length} lost, ${unacknowledgedStored} stored without acknowledgement` +
        (server.hasExited() ? `; THE SERVER PROCESS DIED (exit code ${server.child.exitCode}, signal ${server.child.signalCode})` : ""),
    );

    const context = `${JSON.stringify(bad.slice(0, 5))}${logsOf(server)}`;
    // The server process itself must survive the outage.
    expect(server.hasExited(), `the server process died during the outage (${tally(bad)})${logsOf(server)}`).toBe(false);
    // Never a 500, a hang, a dropped connection or an answer other than an acknowledgement or a 503.
    expect(bad, context).toEqual([]);
    const slow = outcomes.filter((o) => latency(o) >= 5000).map((o) => ({ kind: o.kind, sentAfterStopMs: o.sentAt - stopAt, ms: latency(o) }));
    expect(slowest, `the slowest request took ${slowest} ms (cluster back ${startedAt - stopAt} ms after the stop began): ${JSON.stringify(slow.slice(0, 10))}`).toBeLessThan(5000);
    // The outage was seen by the clients, as SERVICE_UNAVAILABLE with a Retry-After.
    expect(unavailable.length, "no request failed during the outage").toBeGreaterThan(0);
    for (const refusal of unavailable) expect(refusal.retryAfter).toMatch(/^\d+$/);
    // /healthz tells the truth while the cluster is down, within its 2 s readiness timeout.
    expect(probes.length).toBeGreaterThan(0);
    for (const probe of probes) {
      expect(probe.status, JSON.stringify(probe)).toBe(503);
      expect(probe.body).toMatchObject({ status: "unavailable" });
      expect(probe.ms).toBeLessThan(3500);
    }
    // Recovery without a restart: the same process answers again.
    expect(recovered, `fewer than 20 submits acknowledged within 20 s of the restart${logsOf(server)}`).toBe(true);
    expect(server.hasExited()).toBe(false);
    expect(healthAfter.status).toBe(200);
    expect(healthAfter.body).toMatchObject({ status: "ok" });
    expect(lastRefused - startedAt, "503s went on long after the database was back").toBeLessThan(5000);
    // Nothing acknowledged is lost, and a refused submit wrote nothing ("Nothing was changed").
    expect(lost.map((o) => o.key)).toEqual([]);
    expect(newIds.length).toBe(acks.length);
    expect(torn(after, target.indicatorCount)).toEqual([]);
  }, 60_000);
});

describe(`SIGTERM during a burst of writes (${DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("finishes the requests it has read, closes the database and exits 0; every acknowledged submit is stored", async () => {
    const server = await startFreshServer();
    const target = await findTarget(server);
    const before = await reportsThroughApi(server, target);

    const BURST = 60;
    // Half the burst goes over keep-alive connections the server has already accepted (so it reads
    // those requests at once), half over new connections (which may still wait in the listen queue).
    await Promise.all(Array.from({ length: BURST / 2 }, () => graphql(server, target.token, "{ __typename }")));
    const burst = Array.from({ length: BURST }, (_, i) => submit(server, target, `sigterm-${i}-${randomUUID()}`, 20_000));
    // The signal goes as soon as the server has answered one of them: the others are in flight.
    await Promise.race([Promise.race(burst), sleep(15_000)]);
    const signalAt = Date.now();
    server.kill("SIGTERM");
    const settled: Outcome[] = [];
    for (const pending of burst) void pending.then((outcome) => settled.push(outcome));
    await sleep(0);
    const doneAtSignal = settled.length;

    // Requests keep coming after the signal: once the server has closed its listener they are
    // refused; before that (it handles the signal when its event loop gets to it) they are served.
    const late: Outcome[] = [];
    const lateRequests = (async () => {
      await sleep(100);
      for (let i = 0; i < 30 && !server.hasExited(); i++) {
        late.push(await submit(server, target, `sigterm-late-${i}-${randomUUID()}`, 20_000));
        await sleep(100);
      }
    })();

    const exit = await Promise.race([server.exited, sleep(20_000).then(() => null)]);
    const outcomes = await Promise.all(burst);
    await lateRequests;
    expect(exit, `the server did not exit within 20 s of SIGTERM${logsOf(server)}`).not.toBeNull();

    const database = DATABASE_URL ? await openDatabase({ databaseUrl: DATABASE_URL }) : await openDatabase({ dataDir: join(server.dataDir, "pglite") });
    let after: Map<string, StoredReport>;
    try {
      after = await storedReports(database, target.commitmentId);
    } finally {
      await database.close();
    }

    const all = [...outcomes, ...late];
    const acks = acknowledged(all);
    const acksAfterSignal = acknowledged(outcomes).filter((o) => o.endedAt >= signalAt);
    const notAccepted = ofKind(outcomes, "not-accepted");
    const bad = ofKind(all, "unexpected", "timeout", "unavailable");
    const lost = acks.filter((ack) => !after.has(rawId(ack.id)));
    const newIds = [...after.keys()].filter((id) => !before.has(id));
    const unacknowledgedStored = newIds.length - (acks.length - lost.length);
    console.log(
      `faults: SIGTERM (${DATABASE_URL ? "PostgreSQL" : "PGlite"}) during ${BURST} concurrent submits: ${BURST - doneAtSignal} unanswered at the signal, ` +
        `${acknowledged(outcomes).length} acknowledged (${acksAfterSignal.length} of them after the signal), ${notAccepted.length} not accepted (${tally(notAccepted)}), ` +
        `${ofKind(outcomes, "unexpected", "timeout", "unavailable").length} other failures; ` +
        `${late.length} requests after the signal: ${acknowledged(late).length} acknowledged, ${tally(ofKind(late, "not-accepted"))}; ` +
        `exit code ${exit!.code} after ${seconds(exit!.at - signalAt)} s; ${lost.length} lost, ${unacknowledgedStored} stored without acknowledgement`,
    );

    const context = `${JSON.stringify(bad.slice(0, 5))}${logsOf(server)}`;
    expect(exit!.code, context).toBe(0);
    expect(exit!.signal).toBeNull();
    expect(exit!.at - signalAt, "shutdown took too long").toBeLessThan(12_000);
    expect(server.stdout()).toContain("SIGTERM: finishing requests in flight");
    // What the server took on, it finished: no 500, no 503 from a database closed under a request, no hang.
    expect(bad, context).toEqual([]);
    expect(BURST - doneAtSignal, "the signal came after the burst was over").toBeGreaterThan(0);
    expect(acksAfterSignal.length, "nothing in flight was finished after the signal").toBeGreaterThan(0);
    // Every acknowledged write is stored, whole.
    expect(lost.map((o) => o.key)).toEqual([]);
    expect(torn(after, target.indicatorCount)).toEqual([]);
    expect(newIds.length).toBeLessThanOrEqual(all.length);
  }, 60_000);
});

describe.skipIf(!!DATABASE_URL)("the embedded database killed (SIGKILL) during writes", () => {
  it("starts again every time, with every acknowledged submit whole", async () => {
    const CRASHES = 3;
    let server = await startFreshServer();
    const target = await findTarget(server);
    const before = await reportsThroughApi(server, target);
    const acked = new Map<string, Outcome & { kind: "acknowledged" }>();
    let sent = 0;
    const restarts: number[] = [];
    let stored = before;
    try {
      for (let crash = 1; crash <= CRASHES; crash++) {
        const load = new Load(server, target, { label: `crash${crash}`, clients: 4, maxRequests: 2000, maxMs: 20_000, pauseAfterFailureMs: 20 });
        // Kill it at a different point each time: after some acknowledged writes, plus a few ms.
        await until(() => load.count("acknowledged") >= 5 + crash * 7, 15_000);
        await sleep(Math.floor(Math.random() * 40));
        const killed = server;
        killed.kill("SIGKILL");
        const exit = await Promise.race([killed.exited, sleep(10_000).then(() => null)]);
        const outcomes = await load.stop();
        expect(exit?.signal, `the server did not die of SIGKILL${logsOf(killed)}`).toBe("SIGKILL");
        sent += outcomes.length;
        for (const ack of acknowledged(outcomes)) acked.set(rawId(ack.id), ack);
        // Before the kill every request was acknowledged; after it, none was answered at all.
        const bad = ofKind(outcomes, "unexpected", "timeout", "unavailable");
        expect(bad, `${JSON.stringify(bad.slice(0, 5))}${logsOf(killed)}`).toEqual([]);

        // The same data dir must open again (crash recovery), with everything acknowledged in it.
        const restartAt = Date.now();
        server = await startServer({ dataDir: killed.dataDir });
        restarts.push(Date.now() - restartAt);
        stored = await reportsThroughApi(server, target);
        const lost = [...acked.keys()].filter((id) => !stored.has(id));
        expect(lost, `acknowledged submits missing after crash ${crash}${logsOf(server)}`).toEqual([]);
        expect(torn(stored, target.indicatorCount), `torn reports after crash ${crash}`).toEqual([]);
        expect(stored.size - before.size).toBeLessThanOrEqual(sent);
      }
    } finally {
      const exit = await server.stop();
      expect(exit.code, logsOf(server)).toBe(0);
    }
    const newReports = stored.size - before.size;
    console.log(
      `faults: PGlite killed (SIGKILL) ${CRASHES} times during submits: ${sent} sent, ${acked.size} acknowledged, ${newReports} stored ` +
        `(${newReports - acked.size} without acknowledgement), 0 lost, 0 torn; restarts took ${restarts.map(seconds).join(", ")} s`,
    );
  }, 60_000);
});
