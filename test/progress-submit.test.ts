/**
 * progressReportSubmit, the busiest write, runs as one statement for everything it writes (key,
 * report, revision, values, audit event) and every check, without BEGIN/COMMIT, and reads only to
 * say which check failed: what that statement stores, in each of its shapes, how a retry meets the
 * first result, what a refusal leaves, that the statement checks what it writes under, and what it costs.
 */
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ViewerCheck } from "../server/modules/auth/viewer-check.js";
import { findReportTarget, insertFirstReport, type Reporter } from "../server/modules/progress/progress-write.store.js";
import type { MeasuredValue } from "../server/modules/progress/report-value-rules.js";
import { startHub, type Hub } from "./testkit.js";
import {
  COMMITMENT,
  auditRowsOf,
  joinBody,
  lookUpDemo,
  MEMBERSHIP,
  mutate,
  newCommitment,
  newPartner,
  newPriority,
  rawId,
  REPORT,
  rowCounts,
  tables,
  valuesFor,
  write,
  type DemoIds,
} from "./write-helpers.js";

let hub: Hub;
let ids: DemoIds;
beforeAll(async () => {
  hub = await startHub();
  ids = await lookUpDemo(hub);
});
afterAll(() => hub.close());

async function reportingPartner() {
  const partner = await newPartner(hub, "Submitting NGO");
  await joinBody(hub, partner, ids.bodies.gbvSector);
  const priority = await newPriority(hub, ids.bodies.gbvSector);
  const commitment = await newCommitment(hub, partner, priority.id);
  return { partner, priority, commitment };
}

const input = (commitmentId: string, extra: Record<string, unknown> = {}) => ({
  commitmentId,
  periodStart: "2026-04-01",
  periodEnd: "2026-06-30",
  status: "AT_RISK",
  narrative: { en: "Second quarter.", ar: "الربع الثاني." },
  ...extra,
});

/** Everything stored for one report, straight from the tables. */
async function stored(reportId: string) {
  const db = hub.database.db;
  const id = rawId(reportId);
  const [report] = await db.select().from(tables.progressReports).where(eq(tables.progressReports.id, id));
  const revisions = await db.select().from(tables.progressReportRevisions).where(eq(tables.progressReportRevisions.reportId, id));
  const values = await db.select().from(tables.progressReportValues).where(eq(tables.progressReportValues.reportId, id));
  const keys = await db.select().from(tables.idempotencyKeys).where(eq(tables.idempotencyKeys.resultId, id));
  return { report: report!, revisions, values, keys, audit: await auditRowsOf(hub, reportId) };
}

describe("progressReportSubmit", () => {
  it("stores the report, its first revision and values, the key, and an audit event whose `after` is the report as read", async () => {
    const { partner, priority, commitment } = await reportingPartner();
    const values = valuesFor(priority.indicators, { unit: 7, percentage: 12.25, text: "Two new centres." });
    const report = await write(hub, "progressReportSubmit", input(commitment.id, { values, idempotencyKey: "stored-once" }), `${REPORT} submittedAt`, partner);
    const { report: row, revisions, values: valueRows, keys, audit } = await stored(report.id);

    expect(report).toMatchObject({ revision: 1, version: 1, reviewState: "SUBMITTED", status: "AT_RISK", periodStart: "2026-04-01", periodEnd: "2026-06-30" });
    expect(new Date(report.submittedAt).getTime()).toBe(row.submittedAt.getTime());
    expect(row).toMatchObject({ commitmentId: rawId(commitment.id), revision: 1, version: 1, narrative: { en: "Second quarter.", ar: "الربع الثاني." }, submittedById: rawId(partner.userId) });

    expect(revisions).toEqual([
      { reportId: row.id, revision: 1, periodStart: "2026-04-01", periodEnd: "2026-06-30", status: "AT_RISK", narrative: row.narrative, submittedById: row.submittedById, submittedAt: row.submittedAt },
    ]);
    const checked = values.map((value) => ({ indicatorId: rawId(value.indicatorId), value: value.value ?? null, text: value.text ?? null }));
    expect(valueRows.map(({ indicatorId, value, text, revision }) => ({ indicatorId, value, text, revision })).sort(byIndicator)).toEqual(
      checked.map((value) => ({ ...value, revision: 1 })).sort(byIndicator),
    );
    expect(keys).toEqual([expect.objectContaining({ userId: rawId(partner.userId), key: "stored-once", operation: "progressReportSubmit" })]);

    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "progressReport.submit", objectType: "ProgressReport", objectId: row.id, actorUserId: rawId(partner.userId), before: null });
    expect(audit[0]!.actorOrganisationId).toBe(rawId(partner.organisationId));
    expect(audit[0]!.bodyId).toBe(rawId(ids.bodies.gbvSector));
    // Built in SQL, yet exactly what `after: { ...row, values }` would have stored.
    expect(audit[0]!.after).toEqual(JSON.parse(JSON.stringify({ ...row, values: checked })));
  });

  it("without a key and without values, still writes the report, its revision and its audit event", async () => {
    const { partner, commitment } = await reportingPartner();
    const counts = await rowCounts(hub);
    const report = await write(hub, "progressReportSubmit", input(commitment.id, { values: [], narrative: null }), REPORT, partner);
    const { report: row, revisions, values, keys, audit } = await stored(report.id);
    expect(row.narrative).toBeNull();
    expect(revisions).toHaveLength(1);
    expect(values).toEqual([]);
    expect(keys).toEqual([]);
    expect(audit.map((event) => event.after)).toEqual([JSON.parse(JSON.stringify({ ...row, values: [] }))]);
    const after = await rowCounts(hub);
    expect(after).toEqual({ ...counts, progress_reports: counts.progress_reports + 1, progress_report_revisions: counts.progress_report_revisions + 1, audit_events: counts.audit_events + 1 });
  });

  it("answers a retry with the first report and writes nothing; a key used for another operation is INVALID", async () => {
    const { partner, priority, commitment } = await reportingPartner();
    const first = await write(hub, "progressReportSubmit", input(commitment.id, { values: valuesFor(priority.indicators), idempotencyKey: "retried" }), REPORT, partner);
    const counts = await rowCounts(hub);
    const retry = await write(hub, "progressReportSubmit", input(commitment.id, { status: "DONE", values: [], idempotencyKey: "retried" }), REPORT, partner);
    expect(retry).toEqual(first);
    expect(await rowCounts(hub)).toEqual(counts);

    const other = await newCommitment(hub, partner, priority.id, { idempotencyKey: "used-for-a-commitment" });
    expect(other.id).toBeTruthy();
    const reused = await mutate(hub, "progressReportSubmit", input(commitment.id, { values: [], idempotencyKey: "used-for-a-commitment" }), "id", partner);
    expect(reused.userErrors).toEqual([expect.objectContaining({ code: "INVALID", field: ["input", "idempotencyKey"] })]);
  });

  it("refuses, writing nothing: an unknown commitment (NOT_FOUND), another organisation's (FORBIDDEN), a withdrawn one (CONFLICT), a foreign indicator (INVALID)", async () => {
    const { partner, priority, commitment } = await reportingPartner();
    const stranger = await newPartner(hub, "Other NGO");
    await joinBody(hub, stranger, ids.bodies.gbvSector);
    const foreign = await newPriority(hub, ids.bodies.gbvSector);
    const counts = await rowCounts(hub);
    const refusal = async (actor: typeof partner, extra: Record<string, unknown>, commitmentId = commitment.id) =>
      (await mutate(hub, "progressReportSubmit", input(commitmentId, { values: [], idempotencyKey: `refused-${Math.random()}`, ...extra }), "id", actor)).userErrors;

    expect(await refusal(partner, {}, "Q29tbWl0bWVudDowMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDA")).toEqual([expect.objectContaining({ code: "NOT_FOUND", field: ["input", "commitmentId"] })]);
    expect(await refusal(stranger, {})).toEqual([expect.objectContaining({ code: "FORBIDDEN" })]);
    expect(await refusal(partner, { values: [{ indicatorId: foreign.indicators[0].id, value: 1 }] })).toEqual([
      expect.objectContaining({ code: "INVALID", field: ["input", "values", "0", "indicatorId"] }),
    ]);
    expect(await refusal(partner, { values: [{ indicatorId: priority.indicators[1].id, value: 101 }] })).toEqual([
      expect.objectContaining({ code: "INVALID", field: ["input", "values", "0", "value"] }),
    ]);
    // Each fits some measure, only not its indicator's: the statement writes nothing, the read says why.
    const [unit, , qualitative] = priority.indicators;
    expect(await refusal(partner, { values: [{ indicatorId: qualitative.id, value: 3 }] })).toEqual([
      expect.objectContaining({ code: "INVALID", field: ["input", "values", "0", "value"], message: "a QUALITATIVE indicator takes words, not a number" }),
    ]);
    expect(await refusal(partner, { values: [{ indicatorId: qualitative.id, text: "Words." }, { indicatorId: unit.id, text: "Words too." }] })).toEqual([
      expect.objectContaining({ code: "INVALID", field: ["input", "values", "1", "value"], message: "a UNIT indicator needs a number" }),
    ]);
    expect(await refusal(partner, { values: [{ indicatorId: unit.id, value: 1 }, { indicatorId: unit.id, value: 2 }] })).toEqual([
      expect.objectContaining({ code: "INVALID", field: ["input", "values", "1", "indicatorId"] }),
    ]);
    expect(await rowCounts(hub)).toEqual(counts);

    await write(hub, "commitmentWithdraw", { commitmentId: commitment.id, expectedVersion: commitment.version }, COMMITMENT, partner);
    const afterWithdrawal = await rowCounts(hub);
    expect(await refusal(partner, {})).toEqual([expect.objectContaining({ code: "CONFLICT", field: ["input", "commitmentId"] })]);
    expect(await rowCounts(hub)).toEqual(afterWithdrawal);
  });

  it("costs one statement (which also confirms the viewer remembered from its earlier requests), and no transaction (BEGIN/COMMIT); a retry, two reads more; a refusal, one read more", async () => {
    const { partner, priority, commitment } = await reportingPartner();
    const transaction = vi.spyOn(hub.database.db, "transaction");
    const statements = async (key: string, values = valuesFor(priority.indicators)) => {
      const before = hub.database.statementCount();
      await mutate(hub, "progressReportSubmit", input(commitment.id, { values, idempotencyKey: key }), "id", partner);
      return hub.database.statementCount() - before;
    };
    try {
      expect(await statements("costed")).toBe(1);
      expect(await statements("costed")).toBe(3);
      expect(await statements("refused", [{ indicatorId: priority.indicators[0].id, text: "Words." }])).toBe(2);
      expect(transaction).not.toHaveBeenCalled();
    } finally {
      transaction.mockRestore();
    }
  });
});

describe("progressReportSubmit's write statement checks, as it writes, what it writes under", () => {
  const readInThisRequest = { confirms: false, holds: sql<boolean>`true`, values: {} };

  /** The read, then (after `meanwhile`) the write, with a new key: what the statement answered. */
  async function readThenWrite(
    partner: Awaited<ReturnType<typeof newPartner>>,
    commitmentId: string,
    meanwhile: () => Promise<unknown>,
    options: { measures?: (measure: string) => string[]; viewer?: ViewerCheck } = {},
  ) {
    const db = hub.database.db;
    const reporter: Reporter = { organisationId: rawId(partner.organisationId), isAdmin: false, hiddenBodyIds: [] };
    const { target } = await findReportTarget(db, reporter, rawId(commitmentId), readInThisRequest);
    expect(target).toMatchObject({ role: "MEMBER", commitment: { status: "IN_PROGRESS" } });
    await meanwhile();
    const counts = await rowCounts(hub);
    const id = randomUUID();
    const userId = rawId(partner.userId);
    const written = await insertFirstReport(
      db,
      { id, commitmentId: rawId(commitmentId), periodStart: "2026-04-01", periodEnd: "2026-06-30", status: "ON_TRACK", narrative: null, submittedById: userId },
      target!.indicators
        .filter((indicator) => indicator.measure !== "QUALITATIVE")
        .map((indicator) => ({ indicatorId: indicator.id, value: 1, text: null, measures: (options.measures?.(indicator.measure) ?? [indicator.measure]) as MeasuredValue["measures"] })),
      {
        reporter,
        viewer: options.viewer ?? readInThisRequest,
        claim: { userId, key: `between-${id}`, operation: "progressReportSubmit", resultId: id },
        audit: { actorUserId: userId, actorOrganisationId: reporter.organisationId, action: "progressReport.submit", objectType: "ProgressReport", objectId: id, after: {} },
      },
    );
    return { written, counts, after: await rowCounts(hub) };
  }

  async function memberWithCommitment() {
    const partner = await newPartner(hub, "Re-checked NGO");
    const membership = await joinBody(hub, partner, ids.bodies.gbvSector);
    const priority = await newPriority(hub, ids.bodies.gbvSector);
    const commitment = await newCommitment(hub, partner, priority.id);
    return { partner, membership, commitment };
  }

  it("writes while the standing holds", async () => {
    const { partner, commitment } = await memberWithCommitment();
    const { written, counts, after } = await readThenWrite(partner, commitment.id, async () => {});
    expect(written.permitted).toBe(true);
    expect(written.report).toMatchObject({ commitmentId: rawId(commitment.id), revision: 1 });
    expect(after).toMatchObject({ progress_reports: counts.progress_reports + 1, idempotency_keys: counts.idempotency_keys + 1, audit_events: counts.audit_events + 1 });
  });

  it("writes nothing (no key either) when the membership ended between the read and the write; the mutation then answers FORBIDDEN", async () => {
    const { partner, membership, commitment } = await memberWithCommitment();
    const ended = () => write(hub, "membershipEnd", { membershipId: membership.id, expectedVersion: membership.version, date: membership.startDate }, MEMBERSHIP, "unWomenChair");
    const { written, counts, after } = await readThenWrite(partner, commitment.id, ended);
    expect(written).toEqual({ permitted: false, report: null });
    expect(after).toEqual(counts);
    const refusal = await mutate(hub, "progressReportSubmit", input(commitment.id, { values: [], idempotencyKey: "after-the-end" }), "id", partner);
    expect(refusal.userErrors).toEqual([expect.objectContaining({ code: "FORBIDDEN" })]);
    expect(await rowCounts(hub)).toEqual(counts);
  });

  it("writes nothing when a value's indicator has none of the measures the value fits, or the viewer no longer holds", async () => {
    const { partner, commitment } = await memberWithCommitment();
    const misfit = await readThenWrite(partner, commitment.id, async () => {}, { measures: (measure) => (measure === "UNIT" ? ["PERCENTAGE", "QUALITATIVE"] : [measure]) });
    expect(misfit.written).toEqual({ permitted: false, report: null });
    expect(misfit.after).toEqual(misfit.counts);

    const revoked = await readThenWrite(partner, commitment.id, async () => {}, { viewer: { confirms: true, holds: sql<boolean>`false`, values: {} } });
    expect(revoked.written).toEqual({ permitted: false, report: null });
    expect(revoked.after).toEqual(revoked.counts);
  });

  it("writes nothing when the organisation became an observer, or the commitment was withdrawn, in between", async () => {
    const demoted = await memberWithCommitment();
    const toObserver = () => write(hub, "membershipUpdate", { membershipId: demoted.membership.id, expectedVersion: demoted.membership.version, role: "OBSERVER" }, MEMBERSHIP, "unWomenChair");
    const asObserver = await readThenWrite(demoted.partner, demoted.commitment.id, toObserver);
    expect(asObserver.written).toEqual({ permitted: false, report: null });
    expect(asObserver.after).toEqual(asObserver.counts);

    const { partner, commitment } = await memberWithCommitment();
    const withdrawn = () => write(hub, "commitmentWithdraw", { commitmentId: commitment.id, expectedVersion: commitment.version }, COMMITMENT, partner);
    const afterWithdrawal = await readThenWrite(partner, commitment.id, withdrawn);
    expect(afterWithdrawal.written).toEqual({ permitted: false, report: null });
    expect(afterWithdrawal.after).toEqual(afterWithdrawal.counts);
  });
});

function byIndicator(a: { indicatorId: string }, b: { indicatorId: string }) {
  return a.indicatorId.localeCompare(b.indicatorId);
}
