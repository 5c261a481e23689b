/**
 * The benchmark's data set: deterministic (seeded), scaled, loaded through COPY.
 *
 * At scale 1: 100 bodies (a few large, many small: Zipf-like), 2,000 organisations, 20,000
 * memberships, 5,000 priorities with 3 indicators each, ~50,000 commitments and ~500,000 progress
 * reports (each with its first revision and 3 values: ~1.5 M value rows). Plus three users with
 * access tokens: an admin, a user of the large body's chair organisation (the lead) and a user of
 * a partner organisation that belongs to many bodies, one members-only body among them.
 *
 *   tsx bench/dataset.ts --database-url postgres://… [--scale 1] [--seed 42]
 *
 * loads into an existing, empty database (migrations are applied first).
 */
import "reflect-metadata";
import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import postgres from "postgres";
import { openDatabase } from "../server/db.js";
import { hashToken, TOKEN_PREFIX } from "../server/modules/auth/tokens.js";

export interface DatasetOptions {
  scale: number;
  seed?: number;
  /** The year whose priorities the dashboard scenarios read. */
  year?: number;
  log?: (message: string) => void;
}

export interface WriteTarget {
  commitmentId: string;
  indicators: { id: string; measure: "UNIT" | "PERCENTAGE" | "QUALITATIVE" }[];
}

/** What the scenarios need to know about the generated data. */
export interface Fixture {
  scale: number;
  seed: number;
  year: number;
  counts: Record<string, number>;
  loadSeconds: number;
  tokens: { admin: string; lead: string; partner: string };
  userIds: { admin: string; lead: string; partner: string };
  largeBodyId: string;
  leadOrganisationId: string;
  partnerOrganisationId: string;
  /** The partner's commitments it may report on (active contributing member, not withdrawn). */
  writeTargets: WriteTarget[];
}

// ---------------------------------------------------------------- deterministic randomness

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
type Rng = () => number;

/**
 * A v4-shaped uuid named by (seed, kind, n): deterministic and, unlike one drawn from the 32-bit
 * generator above, free of collisions among millions.
 */
function makeIds(seed: number) {
  return (kind: string, n: number): string => {
    const h = createHash("md5").update(`${seed}:${kind}:${n}`).digest("hex");
    const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  };
}
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}
/** The first k of a seeded shuffle of 0..n-1 (partial Fisher–Yates). */
function sample(rng: Rng, n: number, k: number): number[] {
  const pool = Array.from({ length: n }, (_, i) => i);
  const take = Math.min(k, n);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(rng() * (n - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, take);
}
/** `total` split in proportion to `weights`, no share above `cap`, the excess spread on the others. */
function allocate(total: number, weights: number[], cap = Infinity, min = 0): number[] {
  const counts = weights.map(() => min);
  let remaining = total - min * weights.length;
  let open = weights.map((_, i) => i);
  while (remaining > 0 && open.length) {
    const sum = open.reduce((s, i) => s + weights[i]!, 0);
    let given = 0;
    for (const i of open) {
      const share = Math.min(cap - counts[i]!, Math.floor((remaining * weights[i]!) / sum));
      counts[i]! += share;
      given += share;
    }
    open = open.filter((i) => counts[i]! < cap);
    if (given === 0) {
      // Rounding leftovers, one by one to the heaviest open shares.
      for (const i of open) {
        if (remaining - given <= 0) break;
        counts[i]!++;
        given++;
      }
      if (given === 0) break;
    }
    remaining -= given;
  }
  return counts;
}

// ---------------------------------------------------------------- COPY

type Cell = string | number | boolean | null;
const escapeCopy = (s: string) => s.replace(/[\\\t\n\r]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c]!);
const cell = (value: Cell) => (value === null ? "\\N" : typeof value === "string" ? escapeCopy(value) : String(value));

function* copyChunks(rows: Iterable<Cell[]>): Generator<string> {
  let buffer = "";
  for (const row of rows) {
    buffer += row.map(cell).join("\t") + "\n";
    if (buffer.length > 1 << 17) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer) yield buffer;
}

async function copyInto(sql: postgres.Sql, table: string, columns: string[], rows: Iterable<Cell[]>): Promise<number> {
  let count = 0;
  const counted = (function* () {
    for (const row of rows) {
      count++;
      yield row;
    }
  })();
  const writable = await sql.unsafe(`copy ${table} (${columns.join(", ")}) from stdin`).writable();
  await pipeline(Readable.from(copyChunks(counted)), writable);
  return count;
}

// ---------------------------------------------------------------- the data

const WORK_AREAS = [
  "COORDINATION_AND_INFORMATION_SHARING",
  "TECHNICAL_ASSISTANCE_AND_CAPACITY_BUILDING",
  "ADVOCACY",
  "MONITORING_AND_REPORTING",
  "SERVICE_DELIVERY",
  "POLICY_AND_LEGAL_REFORM",
  "RESEARCH_AND_DATA",
  "RESOURCE_MOBILISATION",
] as const;
const ORGANISATION_TYPES = [10, 11, 15, 21, 22, 23, 24, 30, 40, 60, 70, 80, 90];
const MEASURES = ["UNIT", "PERCENTAGE", "QUALITATIVE"] as const;
const LEAD_ROLES = new Set(["CHAIR", "CO_CHAIR"]);
const CONTRIBUTING = new Set(["CHAIR", "CO_CHAIR", "MEMBER"]);
const BASE_TIME = Date.UTC(2023, 0, 1);
const timestamp = (seconds: number) => new Date(BASE_TIME + seconds * 1000).toISOString();
const json = (value: unknown) => JSON.stringify(value);
const pad = (n: number, width: number) => String(n).padStart(width, "0");
const YEARS = [2024, 2025, 2026];

interface MembershipRow {
  id: string;
  body: number;
  org: number;
  role: string;
  status: string;
  startDate: string;
  endDate: string | null;
}
interface PriorityRow {
  id: string;
  body: number;
  year: number;
  indicators: { id: string; measure: (typeof MEASURES)[number] }[];
}
interface CommitmentRow {
  id: string;
  priority: number;
  org: number;
  status: string;
  reports: number;
}

/** Half-month k (0..23) of a year: [start, end] as ISO dates. */
function halfMonth(year: number, k: number): [string, string] {
  const month = Math.floor(k / 2);
  const mm = pad(month + 1, 2);
  if (k % 2 === 0) return [`${year}-${mm}-01`, `${year}-${mm}-15`];
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return [`${year}-${mm}-16`, `${year}-${mm}-${pad(last, 2)}`];
}

function deterministicToken(seed: number, role: string): string {
  return TOKEN_PREFIX + createHash("sha256").update(`tansiq-bench:${seed}:${role}`).digest("base64url");
}

/** Runs the hub's migrations on `databaseUrl`, then loads the data set; the database should be empty. */
export async function loadDataset(databaseUrl: string, options: DatasetOptions): Promise<Fixture> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const seed = options.seed ?? 42;
  const year = options.year ?? 2026;
  const scale = options.scale;
  const rng = mulberry32(seed);
  const idFor = makeIds(seed);

  const hub = await openDatabase({ databaseUrl });
  await hub.migrate();
  await hub.close();

  // ---- sizes
  const bodyCount = Math.max(10, Math.round(100 * scale));
  const organisationCount = Math.max(300, Math.round(2000 * scale));
  const membershipTarget = Math.round(20_000 * scale);
  const priorityTarget = Math.max(bodyCount * 3, Math.round(5_000 * scale));
  const commitmentTarget = Math.round(50_000 * scale);
  const reportTarget = Math.round(500_000 * scale);
  const weights = Array.from({ length: bodyCount }, (_, i) => (i + 1) ** -0.9);

  // ---- frameworks
  const frameworks = [idFor("framework", 0), idFor("framework", 1)];

  // ---- bodies: the first three are large sectors; every 15th (from the 6th) is members-only
  const bodies = Array.from({ length: bodyCount }, (_, i) => ({
    id: idFor("body", i),
    kind: i < 3 ? "SECTOR" : pick(rng, ["WORKING_GROUP", "TASK_FORCE", "SUB_WORKING_GROUP"] as const),
    level: i < 3 ? "NATIONAL" : pick(rng, ["NATIONAL", "FIELD", "REGIONAL"] as const),
    visibility: i % 15 === 5 ? "MEMBERS_ONLY" : "PUBLIC",
    workAreas: sample(rng, WORK_AREAS.length, int(rng, 1, 3)).map((w) => WORK_AREAS[w]!),
    framework: i < 3 ? frameworks[i % 2]! : rng() < 0.5 ? pick(rng, frameworks) : null,
  }));
  const organisations = Array.from({ length: organisationCount }, (_, i) => ({ id: idFor("organisation", i), type: pick(rng, ORGANISATION_TYPES) }));

  // ---- memberships: Zipf-like sizes, at most 60% of the organisations in one body
  const membershipsPerBody = allocate(membershipTarget, weights, Math.floor(organisationCount * 0.6), 3);
  const memberships: MembershipRow[] = [];
  const contributors: number[][] = bodies.map(() => []);
  for (let b = 0; b < bodyCount; b++) {
    const orgs = sample(rng, organisationCount, membershipsPerBody[b]!);
    orgs.forEach((org, k) => {
      const role = k === 0 ? "CHAIR" : k === 1 ? "CO_CHAIR" : k === 2 && rng() < 0.5 ? "CO_CHAIR" : rng() < 0.85 ? "MEMBER" : "OBSERVER";
      const r = rng();
      const status = LEAD_ROLES.has(role) ? "ACTIVE" : r < 0.85 ? "ACTIVE" : r < 0.93 ? "ENDED" : r < 0.97 ? "REQUESTED" : "SUSPENDED";
      const start = new Date(Date.UTC(2020, 0, 1) + int(rng, 0, 1500) * 86_400_000);
      const startDate = start.toISOString().slice(0, 10);
      const endDate = status === "ENDED" ? new Date(start.getTime() + int(rng, 30, 600) * 86_400_000).toISOString().slice(0, 10) : null;
      memberships.push({ id: idFor("membership", memberships.length), body: b, org, role, status, startDate, endDate });
      if (status === "ACTIVE" && CONTRIBUTING.has(role)) contributors[b]!.push(org);
    });
  }

  // ---- the partner: the organisation contributing to most bodies, one members-only body among them
  const contributingBodies = new Map<number, number[]>();
  for (const m of memberships) {
    if (m.status === "ACTIVE" && CONTRIBUTING.has(m.role)) {
      const list = contributingBodies.get(m.org) ?? [];
      list.push(m.body);
      contributingBodies.set(m.org, list);
    }
  }
  const leadOrg = memberships.find((m) => m.body === 0 && m.role === "CHAIR")!.org;
  let partnerOrg = -1;
  let partnerScore = -1;
  for (const [org, list] of contributingBodies) {
    if (org === leadOrg || !list.some((b) => bodies[b]!.visibility === "MEMBERS_ONLY") || !list.includes(0)) continue;
    if (list.length > partnerScore) [partnerOrg, partnerScore] = [org, list.length];
  }
  if (partnerOrg < 0) throw new Error("the generated data has no organisation fit to be the partner; try another seed or scale");
  const partnerBodies = new Set(contributingBodies.get(partnerOrg));

  // ---- priorities (flatter than memberships) with 3 indicators each
  const prioritiesPerBody = allocate(priorityTarget, weights.map((w) => w ** 0.5), Infinity, 3);
  const priorities: PriorityRow[] = [];
  for (let b = 0; b < bodyCount; b++) {
    for (let k = 0; k < prioritiesPerBody[b]!; k++) {
      const n = priorities.length;
      priorities.push({
        id: idFor("priority", n),
        body: b,
        year: YEARS[k % YEARS.length]!,
        indicators: MEASURES.map((measure, position) => ({ id: idFor("indicator", n * 3 + position), measure })),
      });
    }
  }

  // ---- commitments (steeper: large bodies' priorities draw many partners)
  const prioritiesOf = bodies.map(() => [] as number[]);
  priorities.forEach((p, i) => prioritiesOf[p.body]!.push(i));
  const commitmentsPerBody = allocate(
    commitmentTarget,
    weights.map((w) => w ** 1.5),
    Infinity,
  ).map((n, b) => Math.min(n, prioritiesPerBody[b]! * contributors[b]!.length));
  const commitments: CommitmentRow[] = [];
  for (let b = 0; b < bodyCount; b++) {
    const own = prioritiesOf[b]!;
    const jitter = own.map(() => 0.3 + 1.4 * rng());
    const perPriority = allocate(commitmentsPerBody[b]!, jitter, contributors[b]!.length);
    own.forEach((p, k) => {
      const orgs = sample(rng, contributors[b]!.length, perPriority[k]!).map((i) => contributors[b]![i]!);
      // The partner commits to most priorities of the scenarios' year in its bodies.
      if (partnerBodies.has(b) && priorities[p]!.year === year && !orgs.includes(partnerOrg) && rng() < 0.6) orgs.push(partnerOrg);
      for (const org of orgs) {
        const r = rng();
        const status = r < 0.2 ? "PLANNED" : r < 0.8 ? "IN_PROGRESS" : r < 0.95 ? "COMPLETED" : "WITHDRAWN";
        commitments.push({ id: idFor("commitment", commitments.length), priority: p, org, status, reports: 0 });
      }
    });
  }
  const reporting = commitments.filter((c) => c.status !== "PLANNED");
  const average = reporting.length ? reportTarget / reporting.length : 0;
  for (const c of reporting) c.reports = Math.min(24, int(rng, 1, Math.max(1, Math.round(2 * average - 1))));

  // ---- users and tokens
  const userIds = { admin: idFor("user", 0), lead: idFor("user", 1), partner: idFor("user", 2) };
  const tokens = { admin: deterministicToken(seed, "admin"), lead: deterministicToken(seed, "lead"), partner: deterministicToken(seed, "partner") };

  // ---- load
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const counts: Record<string, number> = {};
  const load = async (table: string, columns: string[], rows: Iterable<Cell[]>) => {
    const t = Date.now();
    counts[table] = await copyInto(sql, table, columns, rows);
    log(`  ${table}: ${counts[table]!.toLocaleString("en")} rows in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };
  // Foreign keys are checked row by row during COPY; dropping them for the load and adding them
  // back afterwards (one validating join each) halves the load time of the large tables.
  const foreignKeys = await sql<{ table: string; name: string; definition: string }[]>`
    select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as definition
    from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace`;
  for (const fk of foreignKeys) await sql.unsafe(`alter table ${fk.table} drop constraint ${fk.name}`);
  try {
    await load("frameworks", ["id", "code", "name", "description", "created_at"], [
      [frameworks[0]!, "3RF", json({ en: "Reform, Recovery and Reconstruction Framework", ar: "إطار الإصلاح والتعافي وإعادة الإعمار" }), null, timestamp(0)],
      [frameworks[1]!, "ERP", json({ en: "Emergency Response Plan", ar: "خطة الاستجابة للطوارئ" }), null, timestamp(1)],
    ]);
    await load(
      "coordination_bodies",
      ["id", "name", "acronym", "description", "kind", "level", "framework_id", "visibility", "work_areas", "created_at", "updated_at"],
      bodies.map((b, i) => [
        b.id,
        json({ en: `Coordination body ${pad(i + 1, 3)}`, ar: `هيئة التنسيق ${pad(i + 1, 3)}` }),
        `CB${pad(i + 1, 3)}`,
        json({ en: `Benchmark body ${i + 1}` }),
        b.kind,
        b.level,
        b.framework,
        b.visibility,
        `{${b.workAreas.join(",")}}`,
        timestamp(100 + i),
        timestamp(100 + i),
      ]),
    );
    await load(
      "organisations",
      ["id", "name", "acronym", "type", "iati_identifier", "created_at", "updated_at"],
      organisations.map((o, i) => [
        o.id,
        json({ en: `Organisation ${pad(i + 1, 4)} (demo)`, ar: `منظمة ${pad(i + 1, 4)}` }),
        `ORG${pad(i + 1, 4)}`,
        o.type,
        `XM-BENCH-${pad(i + 1, 5)}`,
        timestamp(1_000 + i),
        timestamp(1_000 + i),
      ]),
    );
    await load(
      "memberships",
      ["id", "body_id", "organisation_id", "role", "status", "start_date", "end_date", "created_at", "updated_at"],
      memberships.map((m, i) => [m.id, bodies[m.body]!.id, organisations[m.org]!.id, m.role, m.status, m.startDate, m.endDate, timestamp(10_000 + i), timestamp(10_000 + i)]),
    );
    await load(
      "priorities",
      ["id", "body_id", "year", "work_area", "title", "description", "created_at", "updated_at"],
      priorities.map((p, i) => [
        p.id,
        bodies[p.body]!.id,
        p.year,
        WORK_AREAS[i % WORK_AREAS.length]!,
        json({ en: `Priority ${i + 1} of body ${p.body + 1}`, ar: `الأولوية ${i + 1}` }),
        null,
        timestamp(100_000 + i),
        timestamp(100_000 + i),
      ]),
    );
    await load(
      "indicators",
      ["id", "priority_id", "name", "measure", "unit_label", "baseline", "target", "direction", "position", "created_at", "updated_at"],
      (function* () {
        let n = 0;
        for (const p of priorities) {
          for (const [position, indicator] of p.indicators.entries()) {
            const numeric = indicator.measure !== "QUALITATIVE";
            yield [
              indicator.id,
              p.id,
              json({ en: `${indicator.measure.toLowerCase()} indicator ${position + 1}`, ar: `مؤشر ${position + 1}` }),
              indicator.measure,
              indicator.measure === "UNIT" ? json({ en: "people", ar: "أشخاص" }) : null,
              numeric ? 0 : null,
              numeric ? (indicator.measure === "UNIT" ? 500 : 80) : null,
              "UP",
              position,
              timestamp(200_000 + n),
              timestamp(200_000 + n++),
            ];
          }
        }
      })(),
    );
    await load(
      "commitments",
      ["id", "organisation_id", "priority_id", "description", "status", "created_at", "updated_at"],
      commitments.map((c, i) => [
        c.id,
        organisations[c.org]!.id,
        priorities[c.priority]!.id,
        json({ en: `Commitment ${i + 1}: deliver on priority ${c.priority + 1}`, ar: `التزام ${i + 1}` }),
        c.status,
        timestamp(300_000 + i),
        timestamp(300_000 + i),
      ]),
    );
    await load(
      "commitment_targets",
      ["commitment_id", "indicator_id", "target", "note"],
      commitments.map((c) => [c.id, priorities[c.priority]!.indicators[0]!.id, 10 + (c.priority % 40), null]),
    );
    // Reports are re-generated for each of their three tables from a seed per commitment.
    const reportsOf = function* (c: CommitmentRow, index: number) {
      const r = mulberry32(seed * 7919 + index);
      const y = priorities[c.priority]!.year;
      for (let k = 0; k < c.reports; k++) {
        const [periodStart, periodEnd] = halfMonth(y, k);
        const s = r();
        const v = r();
        yield {
          id: idFor(`report:${index}`, k),
          periodStart,
          periodEnd,
          status: s < 0.6 ? "ON_TRACK" : s < 0.8 ? "AT_RISK" : s < 0.9 ? "OFF_TRACK" : "DONE",
          reviewState: v < 0.3 ? "SUBMITTED" : v < 0.9 ? "VALIDATED" : "RETURNED",
          narrative: r() < 0.5 ? json({ en: `Progress in period ${k + 1}` }) : null,
          submittedAt: `${periodEnd}T${pad(int(r, 8, 17), 2)}:00:00Z`,
          values: [int(r, 0, 100), int(r, 0, 100)],
        };
      }
    };
    const allReports = function* () {
      for (let i = 0; i < commitments.length; i++) for (const report of reportsOf(commitments[i]!, i)) yield { c: commitments[i]!, report };
    };
    await load(
      "progress_reports",
      ["id", "commitment_id", "period_start", "period_end", "status", "narrative", "review_state", "revision", "submitted_at", "created_at", "updated_at"],
      (function* () {
        for (const { c, report } of allReports())
          yield [report.id, c.id, report.periodStart, report.periodEnd, report.status, report.narrative, report.reviewState, 1, report.submittedAt, report.submittedAt, report.submittedAt];
      })(),
    );
    await load(
      "progress_report_revisions",
      ["report_id", "revision", "period_start", "period_end", "status", "narrative", "submitted_at"],
      (function* () {
        for (const { report } of allReports()) yield [report.id, 1, report.periodStart, report.periodEnd, report.status, report.narrative, report.submittedAt];
      })(),
    );
    await load(
      "progress_report_values",
      ["report_id", "revision", "indicator_id", "value", "text"],
      (function* () {
        for (const { c, report } of allReports()) {
          const [unit, percentage, qualitative] = priorities[c.priority]!.indicators;
          yield [report.id, 1, unit!.id, report.values[0]!, null];
          yield [report.id, 1, percentage!.id, report.values[1]!, null];
          yield [report.id, 1, qualitative!.id, null, "Steady progress"];
        }
      })(),
    );
    await load(
      "users",
      ["id", "name", "email", "organisation_id", "platform_role", "created_at", "updated_at"],
      [
        [userIds.admin, "Bench Admin", "bench-admin@example.org", null, "ADMIN", timestamp(0), timestamp(0)],
        [userIds.lead, "Bench Lead", "bench-lead@example.org", organisations[leadOrg]!.id, "USER", timestamp(1), timestamp(1)],
        [userIds.partner, "Bench Partner", "bench-partner@example.org", organisations[partnerOrg]!.id, "USER", timestamp(2), timestamp(2)],
      ],
    );
    await load(
      "access_tokens",
      ["id", "user_id", "label", "token_hash", "token_prefix"],
      (["admin", "lead", "partner"] as const).map((role, i) => [idFor("token", i), userIds[role], `benchmark ${role}`, hashToken(tokens[role]), tokens[role].slice(0, TOKEN_PREFIX.length + 6)]),
    );
    let t = Date.now();
    for (const fk of foreignKeys) await sql.unsafe(`alter table ${fk.table} add constraint ${fk.name} ${fk.definition}`);
    log(`  foreign keys checked in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    t = Date.now();
    await sql.unsafe(`vacuum (analyze) ${Object.keys(counts).join(", ")}`);
    log(`  vacuum analyze in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  } finally {
    await sql.end({ timeout: 5 });
  }

  const writeTargets: WriteTarget[] = commitments
    .filter((c) => c.org === partnerOrg && c.status !== "WITHDRAWN" && partnerBodies.has(priorities[c.priority]!.body))
    .slice(0, 200)
    .map((c) => ({ commitmentId: c.id, indicators: priorities[c.priority]!.indicators }));

  return {
    scale,
    seed,
    year,
    counts,
    loadSeconds: (Date.now() - started) / 1000,
    tokens,
    userIds,
    largeBodyId: bodies[0]!.id,
    leadOrganisationId: organisations[leadOrg]!.id,
    partnerOrganisationId: organisations[partnerOrg]!.id,
    writeTargets,
  };
}

// ---------------------------------------------------------------- CLI

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const databaseUrl = argument("database-url") ?? process.env.BENCH_DATASET_URL;
  if (!databaseUrl) {
    console.error("usage: tsx bench/dataset.ts --database-url postgres://user:password@host/empty_database [--scale 1] [--seed 42]");
    process.exit(2);
  }
  const fixture = await loadDataset(databaseUrl, {
    scale: Number(argument("scale") ?? 1),
    seed: Number(argument("seed") ?? 42),
    log: console.log,
  });
  console.log(JSON.stringify({ ...fixture, writeTargets: fixture.writeTargets.length }, null, 2));
}
