/**
 * Retries and races: many simultaneous requests with one idempotency key make one object; two
 * writers with the same expectedVersion get one success and one CONFLICT; a stale version changes
 * nothing.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHub, type Hub } from "./testkit.js";
import {
  COMMITMENT,
  MEMBERSHIP,
  auditRowsOf,
  countRows,
  expectRefusal,
  joinBody,
  lookUpDemo,
  newCommitment,
  newPartner,
  newPriority,
  newReport,
  ok,
  rawId,
  refused,
  rowCounts,
  send,
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

/** A partner that is an active member of the GBV sector, with a commitment against a new priority. */
async function reportingPartner() {
  const partner = await newPartner(hub, "Racing NGO");
  const membership = await joinBody(hub, partner, ids.bodies.gbvSector);
  const priority = await newPriority(hub, ids.bodies.gbvSector);
  const commitment = await newCommitment(hub, partner, priority.id, {
    targets: [{ indicatorId: priority.indicators[0].id, target: 100 }],
  });
  return { partner, membership, priority, commitment };
}

/** The payloads of responses that must have no top-level errors. */
function payloads(responses: Array<{ errors?: unknown; data?: any }>, mutation: string) {
  for (const response of responses) expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return responses.map((response) => response.data[mutation]);
}

const fire = <T>(n: number, make: (i: number) => Promise<T>) => Promise.all(Array.from({ length: n }, (_, i) => make(i)));

describe("one idempotency key, many simultaneous requests", () => {
  it("progressReportSubmit × 50 makes one report, and every response gives its id", async () => {
    const { partner, priority, commitment } = await reportingPartner();
    const auditBefore = await countRows(hub, tables.auditEvents);
    const input = {
      commitmentId: commitment.id,
      periodStart: "2026-04-01",
      periodEnd: "2026-06-30",
      status: "ON_TRACK",
      values: valuesFor(priority.indicators),
      idempotencyKey: "q2-report",
    };
    const responses = await fire(50, () => send(hub, "progressReportSubmit", input, "id revision", partner));
    const results = payloads(responses, "progressReportSubmit");
    for (const result of results) expect(result.userErrors).toEqual([]);
    const reportIds = new Set(results.map((result) => result.progressReport.id));
    expect(reportIds.size).toBe(1);
    const [reportId] = [...reportIds] as [string];
    expect(results.every((result) => result.progressReport.revision === 1)).toBe(true);

    expect(await countRows(hub, tables.progressReports, eq(tables.progressReports.commitmentId, rawId(commitment.id)))).toBe(1);
    expect(await countRows(hub, tables.progressReportRevisions, eq(tables.progressReportRevisions.reportId, rawId(reportId)))).toBe(1);
    expect(await countRows(hub, tables.progressReportValues, eq(tables.progressReportValues.reportId, rawId(reportId)))).toBe(3);
    expect(await auditRowsOf(hub, reportId)).toHaveLength(1);
    expect(await countRows(hub, tables.auditEvents)).toBe(auditBefore + 1);

    // A later retry with the same key still gets the same report, and writes nothing.
    const later = await write(hub, "progressReportSubmit", { ...input, status: "DONE" }, "id status", partner);
    expect(later).toEqual({ id: reportId, status: "ON_TRACK" });
    expect(await countRows(hub, tables.progressReports, eq(tables.progressReports.commitmentId, rawId(commitment.id)))).toBe(1);
    expect(await countRows(hub, tables.auditEvents)).toBe(auditBefore + 1);
  });

  it("commitmentCreate × 20 makes one commitment", async () => {
    const partner = await newPartner(hub);
    await joinBody(hub, partner, ids.bodies.gbvSector);
    const priority = await newPriority(hub, ids.bodies.gbvSector);
    const input = {
      priorityId: priority.id,
      description: { en: "Twenty clicks, one pledge.", ar: "عشرون نقرة، تعهّد واحد." },
      status: "PLANNED",
      targets: [{ indicatorId: priority.indicators[1].id, target: 50 }],
      idempotencyKey: "pledge-1",
    };
    const results = payloads(await fire(20, () => send(hub, "commitmentCreate", input, "id", partner)), "commitmentCreate");
    for (const result of results) expect(result.userErrors).toEqual([]);
    const commitmentIds = new Set(results.map((result) => result.commitment.id));
    expect(commitmentIds.size).toBe(1);
    const [commitmentId] = [...commitmentIds] as [string];

    const ofOrganisation = and(eq(tables.commitments.organisationId, rawId(partner.organisationId)), eq(tables.commitments.priorityId, rawId(priority.id)));
    expect(await countRows(hub, tables.commitments, ofOrganisation)).toBe(1);
    expect(await countRows(hub, tables.commitmentTargets, eq(tables.commitmentTargets.commitmentId, rawId(commitmentId)))).toBe(1);
    expect(await auditRowsOf(hub, commitmentId)).toHaveLength(1);
  });

  it("membershipRequest × 20 makes one request", async () => {
    const partner = await newPartner(hub);
    const body = ids.bodies.socialCohesionSector;
    const input = { bodyId: body, role: "MEMBER", idempotencyKey: "join-scig" };
    const results = payloads(await fire(20, () => send(hub, "membershipRequest", input, "id status", partner)), "membershipRequest");
    for (const result of results) expect(result.userErrors).toEqual([]);
    const membershipIds = new Set(results.map((result) => result.membership.id));
    expect(membershipIds.size).toBe(1);
    expect(results.every((result) => result.membership.status === "REQUESTED")).toBe(true);

    const forPair = and(eq(tables.memberships.bodyId, rawId(body)), eq(tables.memberships.organisationId, rawId(partner.organisationId)));
    expect(await countRows(hub, tables.memberships, forPair)).toBe(1);
    expect(await auditRowsOf(hub, [...membershipIds][0]!)).toHaveLength(1);
  });

  it("membershipRequest × 20 without a key makes one request; the others are told it exists", async () => {
    const partner = await newPartner(hub);
    const body = ids.bodies.genderWorkingGroup;
    const results = payloads(await fire(20, () => send(hub, "membershipRequest", { bodyId: body }, "id", partner)), "membershipRequest");
    const created = results.filter((result) => result.membership !== null);
    expect(created).toHaveLength(1);
    for (const result of results.filter((r) => r.membership === null)) {
      expect(result.userErrors).toEqual([expect.objectContaining({ code: "ALREADY_EXISTS", field: ["input", "bodyId"] })]);
    }
    const forPair = and(eq(tables.memberships.bodyId, rawId(body)), eq(tables.memberships.organisationId, rawId(partner.organisationId)));
    expect(await countRows(hub, tables.memberships, forPair)).toBe(1);
  });

  it("keeps keys per user: another user's same key is a separate request", async () => {
    const first = await reportingPartner();
    const second = await reportingPartner();
    const one = await newReport(hub, first.partner, first.commitment.id, first.priority.indicators, { idempotencyKey: "shared-key" });
    const two = await newReport(hub, second.partner, second.commitment.id, second.priority.indicators, { idempotencyKey: "shared-key" });
    expect(one.id).not.toBe(two.id);
    expect(one.commitment.id).toBe(first.commitment.id);
    expect(two.commitment.id).toBe(second.commitment.id);
  });

  it("refuses a key reused for another operation, on idempotencyKey, and creates nothing", async () => {
    const { partner, priority, commitment } = await reportingPartner();
    const request = await write(hub, "membershipRequest", { bodyId: ids.bodies.socialCohesionSector, idempotencyKey: "used-once" }, "id", partner);
    expect(request.id).toBeTruthy();
    const before = await rowCounts(hub);

    await refused(
      hub,
      "commitmentCreate",
      { priorityId: priority.id, description: { en: "Second pledge" }, status: "PLANNED", idempotencyKey: "used-once" },
      partner,
      { code: "INVALID", field: ["input", "idempotencyKey"] },
    );
    await refused(
      hub,
      "progressReportSubmit",
      { commitmentId: commitment.id, periodStart: "2026-01-01", periodEnd: "2026-03-31", status: "ON_TRACK", values: valuesFor(priority.indicators), idempotencyKey: "used-once" },
      partner,
      { code: "INVALID", field: ["input", "idempotencyKey"] },
    );
    expect(await rowCounts(hub)).toEqual(before);
  });

  it("does not use up a key on a refused write", async () => {
    const { partner, priority, commitment } = await reportingPartner();
    const input = { commitmentId: commitment.id, periodStart: "2026-01-01", periodEnd: "2026-03-31", status: "ON_TRACK", idempotencyKey: "fix-and-retry" };
    await refused(hub, "progressReportSubmit", { ...input, values: [{ indicatorId: priority.indicators[1].id, value: 150 }] }, partner, {
      code: "INVALID",
      field: ["input", "values", "0", "value"],
    });
    const report = await write(hub, "progressReportSubmit", { ...input, values: valuesFor(priority.indicators) }, "id values { value }", partner);
    expect(report.values).toHaveLength(3);
  });
});

describe("two writers with the same expectedVersion", () => {
  it("commitmentUpdate: one wins, the other gets CONFLICT on expectedVersion, the record is the winner's", async () => {
    const { partner, priority, commitment } = await reportingPartner();
    const [unit, percentage] = priority.indicators;
    const inputs = [
      { commitmentId: commitment.id, expectedVersion: 1, description: { en: "Version A", ar: "النسخة أ" }, status: "IN_PROGRESS", targets: [{ indicatorId: unit.id, target: 111 }] },
      { commitmentId: commitment.id, expectedVersion: 1, description: { en: "Version B", ar: "النسخة ب" }, status: "COMPLETED", targets: [{ indicatorId: percentage.id, target: 22 }] },
    ];
    // The partner and a lead, at the same moment.
    const results = payloads(
      await Promise.all([send(hub, "commitmentUpdate", inputs[0]!, COMMITMENT, partner), send(hub, "commitmentUpdate", inputs[1]!, COMMITMENT, "unWomenChair")]),
      "commitmentUpdate",
    );
    const winners = results.filter((result) => result.commitment !== null);
    const losers = results.filter((result) => result.commitment === null);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expectRefusal({ object: losers[0].commitment, userErrors: losers[0].userErrors }, { code: "CONFLICT", field: ["input", "expectedVersion"] });
    const winner = inputs[results.indexOf(winners[0])]!;

    const stored = (await ok(hub, `query($id: ID!) { node(id: $id) { ... on Commitment { ${COMMITMENT} } } }`, { id: commitment.id })).node;
    expect(stored).toMatchObject({ version: 2, status: winner.status, descriptionTranslations: winner.description });
    expect(stored.targets).toEqual([{ target: winner.targets[0]!.target, note: null, indicator: { id: winner.targets[0]!.indicatorId } }]);
    expect(winners[0].commitment).toEqual(expect.objectContaining({ version: 2, status: winner.status, descriptionTranslations: winner.description }));
    expect(await auditRowsOf(hub, commitment.id)).toHaveLength(2); // the creation and the winning update
  });

  it("membershipUpdate: one wins, the other gets CONFLICT on expectedVersion, the record is the winner's", async () => {
    const partner = await newPartner(hub);
    const membership = await joinBody(hub, partner, ids.bodies.gbvSector);
    const inputs = [
      { membershipId: membership.id, expectedVersion: membership.version, role: "OBSERVER", startDate: "2024-01-01" },
      { membershipId: membership.id, expectedVersion: membership.version, role: "MEMBER", startDate: "2025-05-05", endDate: "2028-12-31" },
    ];
    const results = payloads(
      await Promise.all([send(hub, "membershipUpdate", inputs[0]!, MEMBERSHIP, "unWomenChair"), send(hub, "membershipUpdate", inputs[1]!, MEMBERSHIP, "unfpaCoChair")]),
      "membershipUpdate",
    );
    const winners = results.filter((result) => result.membership !== null);
    const losers = results.filter((result) => result.membership === null);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expectRefusal({ object: null, userErrors: losers[0].userErrors }, { code: "CONFLICT", field: ["input", "expectedVersion"] });
    const winner = inputs[results.indexOf(winners[0])]!;

    const stored = (await ok(hub, `query($id: ID!) { node(id: $id) { ... on Membership { ${MEMBERSHIP} } } }`, { id: membership.id })).node;
    expect(stored).toMatchObject({ version: membership.version + 1, role: winner.role, startDate: winner.startDate, endDate: winner.endDate ?? null, status: "ACTIVE" });
  });

  it("progressReportCorrect: one new revision, the other gets CONFLICT", async () => {
    const { partner, priority, commitment } = await reportingPartner();
    const report = await newReport(hub, partner, commitment.id, priority.indicators);
    const correction = (unit: number) => ({ reportId: report.id, expectedVersion: report.version, values: valuesFor(priority.indicators, { unit }) });
    const results = payloads(
      await Promise.all([send(hub, "progressReportCorrect", correction(1), "id revision", partner), send(hub, "progressReportCorrect", correction(2), "id revision", partner)]),
      "progressReportCorrect",
    );
    expect(results.filter((result) => result.progressReport?.revision === 2)).toHaveLength(1);
    const loser = results.find((result) => result.progressReport === null);
    expectRefusal({ object: null, userErrors: loser.userErrors }, { code: "CONFLICT", field: ["input", "expectedVersion"] });
    expect(await countRows(hub, tables.progressReportRevisions, eq(tables.progressReportRevisions.reportId, rawId(report.id)))).toBe(2);
  });
});

describe("two leads carrying a year forward at once", () => {
  it("copies each open priority once; the second run copies nothing and fails no request", async () => {
    const hr = ids.bodies.humanRightsTaskForce;
    // Four carry-forward requests for the Human Rights Task Force, at the same moment.
    await newPriority(hub, hr, { year: 2040, workArea: "ADVOCACY", title: "Race A", lead: "admin" });
    await newPriority(hub, hr, { year: 2040, workArea: "MONITORING_AND_REPORTING", title: "Race B", lead: "admin" });
    const input = { bodyId: hr, fromYear: 2040, toYear: 2041 };
    const results = payloads(await fire(4, () => send(hub, "prioritiesCarryForward", input, "id titleTranslations { en }", "admin")), "prioritiesCarryForward");
    for (const result of results) expect(result.userErrors).toEqual([]);
    const copied = results.flatMap((result) => result.priorities.map((p: any) => p.titleTranslations.en));
    expect(copied.sort()).toEqual(["Race A", "Race B"]);
    expect(await countRows(hub, tables.priorities, and(eq(tables.priorities.bodyId, rawId(hr)), eq(tables.priorities.year, 2041)))).toBe(2);
  });
});

describe("a stale expectedVersion", () => {
  const COMMITMENT_ROW = (id: string) => hub.database.db.select().from(tables.commitments).where(eq(tables.commitments.id, rawId(id)));
  const TARGET_ROWS = (id: string) => hub.database.db.select().from(tables.commitmentTargets).where(eq(tables.commitmentTargets.commitmentId, rawId(id)));

  it("leaves a commitment untouched", async () => {
    const { partner, priority, commitment } = await reportingPartner();
    const updated = await write(hub, "commitmentUpdate", { commitmentId: commitment.id, expectedVersion: 1, description: { en: "Second wording" } }, COMMITMENT, partner);
    expect(updated.version).toBe(2);
    const rowBefore = await COMMITMENT_ROW(commitment.id);
    const targetsBefore = await TARGET_ROWS(commitment.id);
    const countsBefore = await rowCounts(hub);

    for (const input of [
      { commitmentId: commitment.id, expectedVersion: 1, description: { en: "Stale wording" }, status: "COMPLETED" },
      { commitmentId: commitment.id, expectedVersion: 1, targets: [{ indicatorId: priority.indicators[0].id, target: 999 }] },
      { commitmentId: commitment.id, expectedVersion: 3, status: "PLANNED" },
    ]) {
      await refused(hub, "commitmentUpdate", input, partner, { code: "CONFLICT", field: ["input", "expectedVersion"] });
    }
    await refused(hub, "commitmentWithdraw", { commitmentId: commitment.id, expectedVersion: 1 }, partner, { code: "CONFLICT", field: ["input", "expectedVersion"] });

    expect(await COMMITMENT_ROW(commitment.id)).toEqual(rowBefore);
    expect(await TARGET_ROWS(commitment.id)).toEqual(targetsBefore);
    expect(await rowCounts(hub)).toEqual(countsBefore);
  });

  it("leaves a membership, a priority and a report untouched", async () => {
    const { partner, membership, priority, commitment } = await reportingPartner();
    const report = await newReport(hub, partner, commitment.id, priority.indicators);
    const snapshot = async () => ({
      membership: await hub.database.db.select().from(tables.memberships).where(eq(tables.memberships.id, rawId(membership.id))),
      priority: await hub.database.db.select().from(tables.priorities).where(eq(tables.priorities.id, rawId(priority.id))),
      report: await hub.database.db.select().from(tables.progressReports).where(eq(tables.progressReports.id, rawId(report.id))),
      counts: await rowCounts(hub),
    });
    const before = await snapshot();
    const stale = membership.version + 1;

    await refused(hub, "membershipUpdate", { membershipId: membership.id, expectedVersion: stale, role: "OBSERVER" }, "unWomenChair", { code: "CONFLICT", field: ["input", "expectedVersion"] });
    await refused(hub, "membershipSuspend", { membershipId: membership.id, expectedVersion: membership.version - 1 }, "unWomenChair", { code: "CONFLICT", field: ["input", "expectedVersion"] });
    await refused(hub, "priorityUpdate", { priorityId: priority.id, expectedVersion: 7, title: { en: "Stale" } }, "unWomenChair", { code: "CONFLICT", field: ["input", "expectedVersion"] });
    await refused(hub, "priorityArchive", { priorityId: priority.id, expectedVersion: 7 }, "unWomenChair", { code: "CONFLICT", field: ["input", "expectedVersion"] });
    await refused(hub, "progressReportCorrect", { reportId: report.id, expectedVersion: 9, status: "DONE" }, partner, { code: "CONFLICT", field: ["input", "expectedVersion"] });
    await refused(hub, "progressReportReview", { reportId: report.id, expectedVersion: 9, decision: "VALIDATE" }, "unWomenChair", { code: "CONFLICT", field: ["input", "expectedVersion"] });

    expect(await snapshot()).toEqual(before);
  });
});

