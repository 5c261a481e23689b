/**
 * The write API as people use it: a partner joins the GBV sector, commits, reports, gets returned,
 * corrects, is validated, unlocked and corrected again; memberships move through their lifecycle,
 * a body keeps its chair, leads set priorities and carry them forward, focal points are kept up to date.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHub, type Hub } from "./testkit.js";
import {
  INDICATOR,
  MEMBERSHIP,
  PRIORITY,
  REPORT,
  THREE_INDICATORS,
  countRows,
  joinBody,
  lookUpDemo,
  mutate,
  newCommitment,
  newPartner,
  newPriority,
  newReport,
  ok,
  rawId,
  refused,
  storedVersion,
  tables,
  write,
  type Actor,
  type DemoIds,
} from "./write-helpers.js";
import { eq } from "drizzle-orm";

let hub: Hub;
let ids: DemoIds;
beforeAll(async () => {
  hub = await startHub();
  ids = await lookUpDemo(hub);
});
afterAll(() => hub.close());

const BODY_VIEW = `query($id: ID!) { body(id: $id) { viewerRole viewerCanRequestMembership viewerCanCommit viewerCanManageMembers viewerCanReview viewerCanManagePriorities } }`;
const REPORT_VIEW = `query($id: ID!) { node(id: $id) { ... on ProgressReport { ${REPORT} } } }`;
const MEMBERSHIP_VIEW = `query($id: ID!) { node(id: $id) { ... on Membership { ${MEMBERSHIP} focalPoints { id name title email phone } } } }`;

const readReport = async (id: string, as: Actor) => (await ok(hub, REPORT_VIEW, { id }, as)).node;
const readMembership = async (id: string, as: Actor = "admin") => (await ok(hub, MEMBERSHIP_VIEW, { id }, as)).node;

/** The values of a report or revision, by indicator id. */
const byIndicator = (values: Array<{ value: number | null; text: string | null; indicator: { id: string } }>) =>
  Object.fromEntries(values.map((v) => [v.indicator.id, { value: v.value, text: v.text }]));

describe("the reporting story", () => {
  it("goes from a request to join, through return, correction, validation, unlock and a third revision", async () => {
    const gbv = ids.bodies.gbvSector;
    const partner = await newPartner(hub, "Story NGO");

    // A partner outside the sector may ask to join, and can do nothing else yet.
    expect((await ok(hub, BODY_VIEW, { id: gbv }, partner)).body).toEqual({
      viewerRole: null,
      viewerCanRequestMembership: true,
      viewerCanCommit: false,
      viewerCanManageMembers: false,
      viewerCanReview: false,
      viewerCanManagePriorities: false,
    });

    const request = await write(hub, "membershipRequest", { bodyId: gbv, idempotencyKey: "story-join" }, MEMBERSHIP, partner);
    expect(request).toMatchObject({ status: "REQUESTED", role: "MEMBER", version: 1, organisation: { id: partner.organisationId }, body: { id: gbv } });

    // The partner cannot approve its own request; nor can another member of the sector.
    await refused(hub, "membershipApprove", { membershipId: request.id, expectedVersion: 1 }, partner, { code: "FORBIDDEN" });
    await refused(hub, "membershipApprove", { membershipId: request.id, expectedVersion: 1 }, "gbvPartner", { code: "FORBIDDEN" });

    // The lead sees the request among the body's pending ones, and may manage it.
    const pending = await ok(
      hub,
      `query($id: ID!) { body(id: $id) { memberships(first: 100, filter: { statuses: [REQUESTED] }) { nodes { id viewerCanManage organisation { id } } } } }`,
      { id: gbv },
      "unWomenChair",
    );
    expect(pending.body.memberships.nodes).toContainEqual({ id: request.id, viewerCanManage: true, organisation: { id: partner.organisationId } });

    // A stale version is refused; the right one approves.
    await refused(hub, "membershipApprove", { membershipId: request.id, expectedVersion: 2 }, "unWomenChair", { code: "CONFLICT", field: ["input", "expectedVersion"] });
    const approved = await write(hub, "membershipApprove", { membershipId: request.id, expectedVersion: 1, date: "2026-02-01" }, MEMBERSHIP, "unWomenChair");
    expect(approved).toMatchObject({ id: request.id, status: "ACTIVE", role: "MEMBER", version: 2, startDate: "2026-02-01", endDate: null });

    expect((await ok(hub, BODY_VIEW, { id: gbv }, partner)).body).toMatchObject({
      viewerRole: "MEMBER",
      viewerCanRequestMembership: false,
      viewerCanCommit: true,
      viewerCanReview: false,
    });

    // The lead sets a priority with one indicator of each measure.
    const priority = await newPriority(hub, gbv, { title: "Story priority" });
    const [unit, percentage, qualitative] = priority.indicators as Array<{ id: string; measure: string }>;
    expect(priority.indicators.map((i: any) => i.measure)).toEqual(["UNIT", "PERCENTAGE", "QUALITATIVE"]);
    expect((await ok(hub, `query($id: ID!) { node(id: $id) { ... on Priority { viewerCanCommit viewerCanUpdate } } }`, { id: priority.id }, partner)).node).toEqual({
      viewerCanCommit: true,
      viewerCanUpdate: false,
    });

    // The partner commits, with a target per indicator.
    const commitment = await newCommitment(hub, partner, priority.id, {
      targets: [
        { indicatorId: unit!.id, target: 300 },
        { indicatorId: percentage!.id, target: 80, note: "Most sessions women-only" },
        { indicatorId: qualitative!.id, note: "Referral practice documented" },
      ],
    });
    expect(commitment).toMatchObject({
      version: 1,
      status: "IN_PROGRESS",
      organisation: { id: partner.organisationId },
      priority: { id: priority.id },
      viewerCanReport: true,
      viewerCanUpdate: true,
    });
    expect(commitment.targets).toEqual(
      expect.arrayContaining([
        { target: 300, note: null, indicator: { id: unit!.id } },
        { target: 80, note: "Most sessions women-only", indicator: { id: percentage!.id } },
        { target: null, note: "Referral practice documented", indicator: { id: qualitative!.id } },
      ]),
    );
    expect(commitment.targets).toHaveLength(3);

    // Another member of the sector may neither report on nor change it.
    expect((await ok(hub, `query($id: ID!) { node(id: $id) { ... on Commitment { viewerCanReport viewerCanUpdate } } }`, { id: commitment.id }, "gbvPartner")).node).toEqual({
      viewerCanReport: false,
      viewerCanUpdate: false,
    });

    // Revision 1: numbers for UNIT and PERCENTAGE, words for QUALITATIVE.
    const values1 = [
      { indicatorId: unit!.id, value: 120 },
      { indicatorId: percentage!.id, value: 55.5 },
      { indicatorId: qualitative!.id, text: "Two centres now refer safely." },
    ];
    const submitted = await newReport(hub, partner, commitment.id, priority.indicators, {
      narrative: { en: "A good first quarter.", ar: "ربع أول جيد." },
      values: values1,
    });
    expect(submitted).toMatchObject({
      revision: 1,
      version: 1,
      reviewState: "SUBMITTED",
      locked: false,
      status: "ON_TRACK",
      periodStart: "2026-01-01",
      periodEnd: "2026-03-31",
      narrativeTranslations: { en: "A good first quarter.", ar: "ربع أول جيد." },
      reviewerComment: null,
      viewerCanCorrect: true,
      viewerCanReview: false,
      viewerCanUnlock: false,
      commitment: { id: commitment.id },
    });
    expect(byIndicator(submitted.values)).toEqual({
      [unit!.id]: { value: 120, text: null },
      [percentage!.id]: { value: 55.5, text: null },
      [qualitative!.id]: { value: null, text: "Two centres now refer safely." },
    });
    expect(submitted.revisions).toHaveLength(1);

    // The lead may review it, not correct it; the partner may not review it.
    const asLead = await readReport(submitted.id, "unWomenChair");
    expect(asLead).toMatchObject({ viewerCanReview: true, viewerCanCorrect: false, viewerCanUnlock: false });
    expect(await readReport(submitted.id, "unfpaCoChair")).toMatchObject({ viewerCanReview: true, viewerCanCorrect: false });
    expect(await readReport(submitted.id, "gbvPartner")).toMatchObject({ viewerCanReview: false, viewerCanCorrect: false, viewerCanUnlock: false });
    await refused(hub, "progressReportReview", { reportId: submitted.id, decision: "VALIDATE" }, partner, { code: "FORBIDDEN" });

    // The lead returns it with a comment.
    const returned = await write(
      hub,
      "progressReportReview",
      { reportId: submitted.id, decision: "RETURN", comment: "Please report the first quarter only.", expectedVersion: 1 },
      REPORT,
      "unWomenChair",
    );
    expect(returned).toMatchObject({
      revision: 1,
      version: 2,
      reviewState: "RETURNED",
      locked: false,
      reviewerComment: "Please report the first quarter only.",
      viewerCanReview: false,
      viewerCanCorrect: false,
    });
    expect(returned.reviewedAt).not.toBeNull();
    expect(await readReport(submitted.id, partner)).toMatchObject({ reviewState: "RETURNED", viewerCanCorrect: true, viewerCanReview: false });
    // A returned report waits for the correction: reviewing it again is refused.
    await refused(hub, "progressReportReview", { reportId: submitted.id, decision: "VALIDATE" }, "unWomenChair", { code: "CONFLICT" });

    // Revision 2: the partner corrects; the first revision stays readable as it was.
    const corrected = await write(
      hub,
      "progressReportCorrect",
      {
        reportId: submitted.id,
        expectedVersion: 2,
        status: "AT_RISK",
        narrative: { en: "Corrected: first quarter only.", ar: "تصحيح: الربع الأول فقط." },
        values: [
          { indicatorId: unit!.id, value: 98 },
          { indicatorId: percentage!.id, value: 61 },
          { indicatorId: qualitative!.id, text: "One centre refers safely." },
        ],
      },
      REPORT,
      partner,
    );
    expect(corrected).toMatchObject({
      revision: 2,
      version: 3,
      reviewState: "SUBMITTED",
      status: "AT_RISK",
      periodStart: "2026-01-01",
      periodEnd: "2026-03-31",
      narrativeTranslations: { en: "Corrected: first quarter only.", ar: "تصحيح: الربع الأول فقط." },
    });
    expect(byIndicator(corrected.values)).toEqual({
      [unit!.id]: { value: 98, text: null },
      [percentage!.id]: { value: 61, text: null },
      [qualitative!.id]: { value: null, text: "One centre refers safely." },
    });
    expect(corrected.revisions.map((r: any) => r.revision)).toEqual([1, 2]);
    const [first, second] = corrected.revisions;
    expect(first).toMatchObject({ status: "ON_TRACK", narrativeTranslations: { en: "A good first quarter.", ar: "ربع أول جيد." } });
    expect(byIndicator(first.values)).toEqual(byIndicator(submitted.values));
    expect(second).toMatchObject({ status: "AT_RISK", narrativeTranslations: { en: "Corrected: first quarter only.", ar: "تصحيح: الربع الأول فقط." } });
    expect(byIndicator(second.values)).toEqual(byIndicator(corrected.values));
    expect(await readReport(submitted.id, "unWomenChair")).toMatchObject({ viewerCanReview: true });

    // The lead validates: the report is locked.
    const validated = await write(
      hub,
      "progressReportReview",
      { reportId: submitted.id, decision: "VALIDATE", comment: "Thank you.", expectedVersion: 3 },
      REPORT,
      "unWomenChair",
    );
    expect(validated).toMatchObject({ revision: 2, version: 4, reviewState: "VALIDATED", locked: true, reviewerComment: "Thank you.", viewerCanUnlock: true, viewerCanReview: false });
    expect(await readReport(submitted.id, partner)).toMatchObject({ locked: true, viewerCanCorrect: false, viewerCanUnlock: false, viewerCanReview: false });

    // A locked report refuses corrections and reviews, and does not change.
    const revisionsBefore = await countRows(hub, tables.progressReportRevisions, eq(tables.progressReportRevisions.reportId, rawId(submitted.id)));
    await refused(hub, "progressReportCorrect", { reportId: submitted.id, expectedVersion: 4, status: "DONE" }, partner, { code: "LOCKED", field: ["input", "reportId"] });
    await refused(hub, "progressReportReview", { reportId: submitted.id, decision: "RETURN", comment: "Again" }, "unWomenChair", { code: "LOCKED" });
    await refused(hub, "progressReportUnlock", { reportId: submitted.id, reason: "Mine" }, partner, { code: "FORBIDDEN" });
    expect(await countRows(hub, tables.progressReportRevisions, eq(tables.progressReportRevisions.reportId, rawId(submitted.id)))).toBe(revisionsBefore);
    expect(await readReport(submitted.id, partner)).toMatchObject({ revision: 2, version: 4, reviewState: "VALIDATED", status: "AT_RISK" });

    // The lead unlocks it with a reason, which becomes the reviewer's comment.
    const unlocked = await write(
      hub,
      "progressReportUnlock",
      { reportId: submitted.id, reason: "The partner found a counting error.", expectedVersion: 4 },
      REPORT,
      "unWomenChair",
    );
    expect(unlocked).toMatchObject({ revision: 2, version: 5, reviewState: "RETURNED", locked: false, reviewerComment: "The partner found a counting error.", viewerCanUnlock: false });
    expect(await readReport(submitted.id, partner)).toMatchObject({ viewerCanCorrect: true });

    // Revision 3, values only: the narrative and period stay as they were.
    const third = await write(
      hub,
      "progressReportCorrect",
      { reportId: submitted.id, expectedVersion: 5, values: [{ indicatorId: unit!.id, value: 101 }, { indicatorId: qualitative!.id, text: "One centre, a second in training." }] },
      REPORT,
      partner,
    );
    expect(third).toMatchObject({ revision: 3, version: 6, reviewState: "SUBMITTED", status: "AT_RISK", narrativeTranslations: { en: "Corrected: first quarter only." } });
    expect(byIndicator(third.values)).toEqual({
      [unit!.id]: { value: 101, text: null },
      [qualitative!.id]: { value: null, text: "One centre, a second in training." },
    });
    expect(third.revisions.map((r: any) => r.revision)).toEqual([1, 2, 3]);
    expect(byIndicator(third.revisions[0].values)[unit!.id]).toEqual({ value: 120, text: null });
    expect(byIndicator(third.revisions[1].values)[unit!.id]).toEqual({ value: 98, text: null });

    const final = await write(hub, "progressReportReview", { reportId: submitted.id, decision: "VALIDATE", expectedVersion: 6 }, REPORT, "unWomenChair");
    expect(final).toMatchObject({ revision: 3, version: 7, reviewState: "VALIDATED", locked: true, reviewerComment: null });

    // One report, three revisions, the commitment's latest report is this one.
    expect(await countRows(hub, tables.progressReports, eq(tables.progressReports.commitmentId, rawId(commitment.id)))).toBe(1);
    expect(await countRows(hub, tables.progressReportRevisions, eq(tables.progressReportRevisions.reportId, rawId(submitted.id)))).toBe(3);
    expect(await countRows(hub, tables.progressReportValues, eq(tables.progressReportValues.reportId, rawId(submitted.id)))).toBe(3 + 3 + 2);
    const latest = await ok(hub, `query($id: ID!) { node(id: $id) { ... on Commitment { latestReport { id revision } progressReports { totalCount } } } }`, { id: commitment.id }, partner);
    expect(latest.node).toEqual({ latestReport: { id: submitted.id, revision: 3 }, progressReports: { totalCount: 1 } });
  });

  it("lets an admin review; a user outside the body's leads may not", async () => {
    const partner = await newPartner(hub);
    await joinBody(hub, partner, ids.bodies.gbvSector);
    const priority = await newPriority(hub, ids.bodies.gbvSector);
    const commitment = await newCommitment(hub, partner, priority.id);
    const report = await newReport(hub, partner, commitment.id, priority.indicators);
    // unfpaCoChair leads GBV; partnerInTaskForce (cedarBridge) is in none of GBV's roles.
    expect(await readReport(report.id, "partnerInTaskForce")).toMatchObject({ viewerCanReview: false, viewerCanCorrect: false });
    await refused(hub, "progressReportReview", { reportId: report.id, decision: "VALIDATE" }, "partnerInTaskForce", { code: "FORBIDDEN" });
    expect(await readReport(report.id, "admin")).toMatchObject({ viewerCanReview: true });
    const validated = await write(hub, "progressReportReview", { reportId: report.id, decision: "VALIDATE" }, REPORT, "admin");
    expect(validated).toMatchObject({ reviewState: "VALIDATED", locked: true });
  });

  it("requires a comment to return a report", async () => {
    const partner = await newPartner(hub);
    await joinBody(hub, partner, ids.bodies.gbvSector);
    const priority = await newPriority(hub, ids.bodies.gbvSector);
    const commitment = await newCommitment(hub, partner, priority.id);
    const report = await newReport(hub, partner, commitment.id, priority.indicators);
    await refused(hub, "progressReportReview", { reportId: report.id, decision: "RETURN" }, "unWomenChair", { code: "INVALID", field: ["input", "comment"] });
    expect(await readReport(report.id, partner)).toMatchObject({ reviewState: "SUBMITTED", version: 1 });
  });
});

describe("the membership lifecycle", () => {
  it("suspends, reinstates and ends a membership; ended ones appear only when asked for", async () => {
    const gbv = ids.bodies.gbvSector;
    const partner = await newPartner(hub, "Lifecycle NGO");
    const created = await write(
      hub,
      "membershipCreate",
      { bodyId: gbv, organisationId: partner.organisationId, role: "MEMBER", startDate: "2026-01-15" },
      MEMBERSHIP,
      "unWomenChair",
    );
    expect(created).toMatchObject({ status: "ACTIVE", role: "MEMBER", version: 1, startDate: "2026-01-15", endDate: null, viewerCanManage: true });
    await refused(hub, "membershipCreate", { bodyId: gbv, organisationId: partner.organisationId, role: "MEMBER" }, "unWomenChair", {
      code: "ALREADY_EXISTS",
      field: ["input", "organisationId"],
    });
    await refused(hub, "membershipSuspend", { membershipId: created.id, expectedVersion: 1 }, partner, { code: "FORBIDDEN" });

    const suspended = await write(hub, "membershipSuspend", { membershipId: created.id, expectedVersion: 1 }, MEMBERSHIP, "unWomenChair");
    expect(suspended).toMatchObject({ status: "SUSPENDED", version: 2 });
    // A suspended member no longer acts in the body.
    expect((await ok(hub, BODY_VIEW, { id: gbv }, partner)).body).toMatchObject({ viewerRole: null, viewerCanCommit: false });
    await refused(hub, "membershipSuspend", { membershipId: created.id, expectedVersion: 2 }, "unWomenChair", { code: "CONFLICT", field: ["input", "membershipId"] });

    const reinstated = await write(hub, "membershipReinstate", { membershipId: created.id, expectedVersion: 2 }, MEMBERSHIP, "unfpaCoChair");
    expect(reinstated).toMatchObject({ status: "ACTIVE", version: 3 });
    expect((await ok(hub, BODY_VIEW, { id: gbv }, partner)).body).toMatchObject({ viewerRole: "MEMBER", viewerCanCommit: true });
    await refused(hub, "membershipReinstate", { membershipId: created.id, expectedVersion: 3 }, "unWomenChair", { code: "CONFLICT" });

    const ended = await write(hub, "membershipEnd", { membershipId: created.id, expectedVersion: 3, date: "2026-06-30" }, MEMBERSHIP, "unWomenChair");
    expect(ended).toMatchObject({ status: "ENDED", version: 4, startDate: "2026-01-15", endDate: "2026-06-30" });
    await refused(hub, "membershipEnd", { membershipId: created.id, expectedVersion: 4 }, "unWomenChair", { code: "CONFLICT" });

    const lists = await ok(
      hub,
      `query($id: ID!) { body(id: $id) {
         current: memberships(first: 100) { nodes { id } }
         ended: memberships(first: 100, filter: { statuses: [ENDED] }) { nodes { id status endDate } }
       } }`,
      { id: gbv },
      "unWomenChair",
    );
    expect(lists.body.current.nodes.map((n: any) => n.id)).not.toContain(created.id);
    expect(lists.body.ended.nodes).toContainEqual({ id: created.id, status: "ENDED", endDate: "2026-06-30" });
    const ofOrganisation = await ok(
      hub,
      `query($id: ID!) { organisation(id: $id) { current: memberships(first: 10) { totalCount } ended: memberships(first: 10, filter: { statuses: [ENDED] }) { nodes { id } } } }`,
      { id: partner.organisationId },
    );
    expect(ofOrganisation.organisation).toEqual({ current: { totalCount: 0 }, ended: { nodes: [{ id: created.id }] } });
    expect((await ok(hub, BODY_VIEW, { id: gbv }, partner)).body).toMatchObject({ viewerRole: null, viewerCanRequestMembership: true });

    // Ended is history: the organisation may ask to join again, as a new membership.
    const again = await write(hub, "membershipRequest", { bodyId: gbv }, MEMBERSHIP, partner);
    expect(again.id).not.toBe(created.id);
    expect(again).toMatchObject({ status: "REQUESTED", version: 1 });
    expect((await readMembership(created.id)).status).toBe("ENDED");
  });

  it("says the viewer may request membership exactly when membershipRequest would accept it", async () => {
    const gbv = ids.bodies.gbvSector;
    const partner = await newPartner(hub);
    const canRequest = async () => (await ok(hub, BODY_VIEW, { id: gbv }, partner)).body.viewerCanRequestMembership;
    expect(await canRequest()).toBe(true);
    const request = await write(hub, "membershipRequest", { bodyId: gbv }, MEMBERSHIP, partner);

    // While the request is pending, asking again is refused, so the field must say no.
    await refused(hub, "membershipRequest", { bodyId: gbv }, partner, { code: "ALREADY_EXISTS", field: ["input", "bodyId"] });
    expect(await canRequest(), "viewerCanRequestMembership with a pending request").toBe(false);

    // The same while the membership is suspended.
    const approved = await write(hub, "membershipApprove", { membershipId: request.id, expectedVersion: 1 }, MEMBERSHIP, "unWomenChair");
    await write(hub, "membershipSuspend", { membershipId: request.id, expectedVersion: approved.version }, MEMBERSHIP, "unWomenChair");
    await refused(hub, "membershipRequest", { bodyId: gbv }, partner, { code: "ALREADY_EXISTS", field: ["input", "bodyId"] });
    expect(await canRequest(), "viewerCanRequestMembership while suspended").toBe(false);
  });

  it("declines a request, which ends it", async () => {
    const partner = await newPartner(hub);
    const request = await write(hub, "membershipRequest", { bodyId: ids.bodies.socialCohesionSector, role: "OBSERVER" }, MEMBERSHIP, partner);
    expect(request).toMatchObject({ status: "REQUESTED", role: "OBSERVER" });
    const declined = await write(hub, "membershipDecline", { membershipId: request.id, expectedVersion: 1, date: "2026-03-01" }, MEMBERSHIP, "unWomenChair");
    expect(declined).toMatchObject({ status: "ENDED", endDate: "2026-03-01", version: 2 });
    await refused(hub, "membershipApprove", { membershipId: request.id, expectedVersion: 2 }, "unWomenChair", { code: "CONFLICT" });
  });

  it("refuses to approve a request from a date after its planned end, naming the date", async () => {
    const partner = await newPartner(hub);
    const request = await write(hub, "membershipRequest", { bodyId: ids.bodies.gbvSector }, MEMBERSHIP, partner);
    const planned = await write(hub, "membershipUpdate", { membershipId: request.id, expectedVersion: request.version, endDate: "2026-03-31" }, MEMBERSHIP, "unWomenChair");
    await refused(hub, "membershipApprove", { membershipId: request.id, expectedVersion: planned.version, date: "2026-04-01" }, "unWomenChair", {
      code: "INVALID",
      field: ["input", "date"],
    });
    const approved = await write(hub, "membershipApprove", { membershipId: request.id, expectedVersion: planned.version, date: "2026-03-01" }, MEMBERSHIP, "unWomenChair");
    expect(approved).toMatchObject({ status: "ACTIVE", startDate: "2026-03-01", endDate: "2026-03-31" });
  });

  it("changes a role and dates with membershipUpdate", async () => {
    const partner = await newPartner(hub);
    const membership = await joinBody(hub, partner, ids.bodies.gbvSector);
    const updated = await write(
      hub,
      "membershipUpdate",
      { membershipId: membership.id, expectedVersion: membership.version, role: "CO_CHAIR", startDate: "2025-01-01", endDate: "2027-12-31" },
      MEMBERSHIP,
      "unWomenChair",
    );
    expect(updated).toMatchObject({ role: "CO_CHAIR", startDate: "2025-01-01", endDate: "2027-12-31", version: membership.version + 1 });
    // As a co-chair now, the partner leads the body.
    expect((await ok(hub, BODY_VIEW, { id: ids.bodies.gbvSector }, partner)).body).toMatchObject({ viewerRole: "CO_CHAIR", viewerCanManageMembers: true, viewerCanReview: true });
    const back = await write(hub, "membershipUpdate", { membershipId: membership.id, expectedVersion: updated.version, role: "MEMBER" }, MEMBERSHIP, "unWomenChair");
    expect(back).toMatchObject({ role: "MEMBER", startDate: "2025-01-01", endDate: "2027-12-31" });
  });
});

describe("the last-chair rule", () => {
  const CHAIRS = `query($id: ID!) { body(id: $id) { memberships(first: 100, filter: { roles: [CHAIR] }) { nodes { id role status version organisation { id } } } } }`;

  it("refuses to end, suspend or demote a body's only active chair, and changes nothing", async () => {
    // The SGBV Task Force has one chair: UNFPA.
    const sgbv = ids.bodies.sgbvTaskForce;
    const before = (await ok(hub, CHAIRS, { id: sgbv })).body.memberships.nodes;
    expect(before).toHaveLength(1);
    const chair = before[0];
    expect(chair).toMatchObject({ role: "CHAIR", status: "ACTIVE", organisation: { id: ids.organisations.unfpa } });

    for (const actor of ["admin", "unfpaCoChair"] as const) {
      await refused(hub, "membershipEnd", { membershipId: chair.id, expectedVersion: chair.version }, actor, { code: "INVALID", field: ["input", "membershipId"] });
      await refused(hub, "membershipSuspend", { membershipId: chair.id, expectedVersion: chair.version }, actor, { code: "INVALID", field: ["input", "membershipId"] });
      await refused(hub, "membershipUpdate", { membershipId: chair.id, expectedVersion: chair.version, role: "CO_CHAIR" }, actor, { code: "INVALID", field: ["input", "role"] });
      await refused(hub, "membershipUpdate", { membershipId: chair.id, expectedVersion: chair.version, role: "MEMBER" }, actor, { code: "INVALID", field: ["input", "role"] });
    }
    expect((await ok(hub, CHAIRS, { id: sgbv })).body.memberships.nodes).toEqual(before);
    expect(await countRows(hub, tables.auditEvents, eq(tables.auditEvents.objectId, rawId(chair.id)))).toBe(0);
  });

  it("lets a chair step down once the body has another active chair", async () => {
    // The Human Rights Task Force: OHCHR chairs, UN Women is a member.
    const hr = ids.bodies.humanRightsTaskForce;
    const all = await ok(
      hub,
      `query($id: ID!) { body(id: $id) { memberships(first: 100) { nodes { id role version organisation { id } } } } }`,
      { id: hr },
    );
    const ohchr = all.body.memberships.nodes.find((m: any) => m.organisation.id === ids.organisations.ohchr);
    const unWomen = all.body.memberships.nodes.find((m: any) => m.organisation.id === ids.organisations.unWomen);
    expect(ohchr.role).toBe("CHAIR");
    const promoted = await write(hub, "membershipUpdate", { membershipId: unWomen.id, expectedVersion: unWomen.version, role: "CHAIR" }, MEMBERSHIP, "admin");
    expect(promoted.role).toBe("CHAIR");
    const stepped = await write(hub, "membershipUpdate", { membershipId: ohchr.id, expectedVersion: ohchr.version, role: "CO_CHAIR" }, MEMBERSHIP, "admin");
    expect(stepped.role).toBe("CO_CHAIR");
    // Now UN Women is the only chair, and the rule protects it in turn.
    await refused(hub, "membershipEnd", { membershipId: unWomen.id, expectedVersion: promoted.version }, "admin", { code: "INVALID", field: ["input", "membershipId"] });
    expect((await ok(hub, CHAIRS, { id: hr })).body.memberships.nodes.map((m: any) => m.organisation.id)).toEqual([ids.organisations.unWomen]);
  });
});

describe("priorities and indicators", () => {
  it("creates a priority with indicators, updates it, adds and updates indicators, archives it", async () => {
    const gbv = ids.bodies.gbvSector;
    await refused(
      hub,
      "priorityCreate",
      { bodyId: gbv, year: 2026, workArea: "SERVICE_DELIVERY", title: { en: "Not mine to set" } },
      "gbvPartner",
      { code: "FORBIDDEN" },
    );

    const created = await write(
      hub,
      "priorityCreate",
      {
        bodyId: gbv,
        year: 2026,
        workArea: "SERVICE_DELIVERY",
        title: { en: "Mobile GBV services in the North", ar: "خدمات متنقلة في الشمال" },
        description: { en: "Reach remote villages." },
        indicators: [
          { name: { en: "Villages reached", ar: "القرى" }, measure: "UNIT", unitLabel: { en: "villages", ar: "قرى" }, baseline: 3, target: 12 },
          { name: { en: "Waiting days" }, measure: "UNIT", baseline: 10, target: 4, direction: "DOWN" },
          { name: { ar: "جودة الإحالة" }, measure: "QUALITATIVE" },
        ],
      },
      PRIORITY,
      "unWomenChair",
    );
    expect(created).toMatchObject({
      version: 1,
      year: 2026,
      workArea: "SERVICE_DELIVERY",
      archived: false,
      archivedAt: null,
      titleTranslations: { en: "Mobile GBV services in the North", ar: "خدمات متنقلة في الشمال" },
      descriptionTranslations: { en: "Reach remote villages.", ar: null },
      viewerCanUpdate: true,
      body: { id: gbv },
    });
    expect(created.indicators).toEqual([
      expect.objectContaining({ position: 0, measure: "UNIT", direction: "UP", baseline: 3, target: 12, nameTranslations: { en: "Villages reached", ar: "القرى" }, unitLabelTranslations: { en: "villages", ar: "قرى" } }),
      expect.objectContaining({ position: 1, measure: "UNIT", direction: "DOWN", baseline: 10, target: 4, unitLabelTranslations: null }),
      expect.objectContaining({ position: 2, measure: "QUALITATIVE", baseline: null, target: null, nameTranslations: { en: null, ar: "جودة الإحالة" } }),
    ]);

    // priorityUpdate: with the version read; a stale one is a conflict.
    const updated = await write(
      hub,
      "priorityUpdate",
      { priorityId: created.id, expectedVersion: 1, title: { en: "Mobile GBV services in the North and Akkar", ar: "خدمات متنقلة في الشمال وعكار" }, workArea: "COORDINATION_AND_INFORMATION_SHARING" },
      PRIORITY,
      "unfpaCoChair",
    );
    expect(updated).toMatchObject({
      version: 2,
      workArea: "COORDINATION_AND_INFORMATION_SHARING",
      titleTranslations: { en: "Mobile GBV services in the North and Akkar", ar: "خدمات متنقلة في الشمال وعكار" },
      descriptionTranslations: { en: "Reach remote villages.", ar: null },
    });
    await refused(hub, "priorityUpdate", { priorityId: created.id, expectedVersion: 1, title: { en: "Stale" } }, "unWomenChair", { code: "CONFLICT", field: ["input", "expectedVersion"] });
    await refused(hub, "priorityUpdate", { priorityId: created.id, expectedVersion: 2, workArea: "RESOURCE_MOBILISATION" }, "unWomenChair", { code: "INVALID", field: ["input", "workArea"] });
    await refused(hub, "priorityUpdate", { priorityId: created.id, expectedVersion: 2, title: { en: "Not mine" } }, "gbvPartner", { code: "FORBIDDEN" });

    // indicatorAdd: at the next position.
    const added = await write(
      hub,
      "indicatorAdd",
      { priorityId: created.id, name: { en: "Women among clients", ar: "النساء بين المستفيدين" }, measure: "PERCENTAGE", baseline: 50, target: 70 },
      INDICATOR,
      "unWomenChair",
    );
    expect(added).toMatchObject({ position: 3, measure: "PERCENTAGE", direction: "UP", baseline: 50, target: 70, priority: { id: created.id } });
    await refused(hub, "indicatorAdd", { priorityId: created.id, name: { en: "x" }, measure: "UNIT" }, "gbvPartner", { code: "FORBIDDEN" });

    // indicatorUpdate: name and target; the measure stays.
    const version = await storedVersion(hub, "indicators", added.id);
    const changed = await write(
      hub,
      "indicatorUpdate",
      { indicatorId: added.id, expectedVersion: version, target: 75, name: { en: "Women and girls among clients", ar: "النساء والفتيات بين المستفيدين" } },
      INDICATOR,
      "unWomenChair",
    );
    expect(changed).toMatchObject({ id: added.id, measure: "PERCENTAGE", baseline: 50, target: 75, nameTranslations: { en: "Women and girls among clients", ar: "النساء والفتيات بين المستفيدين" } });
    await refused(hub, "indicatorUpdate", { indicatorId: added.id, expectedVersion: version, target: 80 }, "unWomenChair", { code: "CONFLICT", field: ["input", "expectedVersion"] });
    await refused(hub, "indicatorUpdate", { indicatorId: added.id, expectedVersion: version + 1, target: 101 }, "unWomenChair", { code: "INVALID", field: ["input", "target"] });
    const read = await ok(hub, `query($id: ID!) { node(id: $id) { ... on Priority { indicators { id position target } } } }`, { id: created.id });
    expect(read.node.indicators.map((i: any) => i.position)).toEqual([0, 1, 2, 3]);
    expect(read.node.indicators[3]).toEqual({ id: added.id, position: 3, target: 75 });

    // priorityArchive: it stays readable, leaves the default lists, takes no new commitments.
    const archived = await write(hub, "priorityArchive", { priorityId: created.id, expectedVersion: 2 }, PRIORITY, "unWomenChair");
    expect(archived).toMatchObject({ version: 3, archived: true });
    expect(archived.archivedAt).not.toBeNull();
    await refused(hub, "priorityArchive", { priorityId: created.id, expectedVersion: 3 }, "unWomenChair", { code: "CONFLICT", field: ["input", "priorityId"] });
    const lists = await ok(
      hub,
      `query($id: ID!) { body(id: $id) {
         open: priorities(first: 100, year: 2026) { nodes { id } }
         all: priorities(first: 100, year: 2026, filter: { includeArchived: true }) { nodes { id archived } }
       } }`,
      { id: gbv },
    );
    expect(lists.body.open.nodes.map((n: any) => n.id)).not.toContain(created.id);
    expect(lists.body.all.nodes).toContainEqual({ id: created.id, archived: true });
    expect((await ok(hub, `query($id: ID!) { node(id: $id) { ... on Priority { viewerCanCommit } } }`, { id: created.id }, "gbvPartner")).node).toEqual({ viewerCanCommit: false });
    await refused(hub, "commitmentCreate", { priorityId: created.id, description: { en: "Too late" }, status: "PLANNED" }, "gbvPartner", { code: "INVALID", field: ["input", "priorityId"] });
  });

  it("carries the open priorities of a year forward with their indicators, exactly once", async () => {
    const scig = ids.bodies.socialCohesionSector;
    const year = 2031;
    const withIndicators = await newPriority(hub, scig, { year, workArea: "RESEARCH_AND_DATA", title: "Carried with indicators" });
    const withoutIndicators = await newPriority(hub, scig, { year, workArea: "MONITORING_AND_REPORTING", title: "Carried without indicators", indicators: [] });
    const archived = await newPriority(hub, scig, { year, workArea: "RESEARCH_AND_DATA", title: "Archived, not carried" });
    await write(hub, "priorityArchive", { priorityId: archived.id, expectedVersion: 1 }, "id", "unWomenChair");
    // Outside the body (a public one), a partner is not allowed to.
    await refused(hub, "prioritiesCarryForward", { bodyId: scig, fromYear: year, toYear: year + 1 }, "partnerOutsideTaskForce", { code: "FORBIDDEN" });

    const first = await mutate(hub, "prioritiesCarryForward", { bodyId: scig, fromYear: year, toYear: year + 1 }, PRIORITY, "unWomenChair");
    expect(first.userErrors).toEqual([]);
    const copies = first.object as any[];
    expect(copies.map((p) => p.titleTranslations.en).sort()).toEqual(["Carried with indicators", "Carried without indicators"]);
    for (const copy of copies) {
      const source = copy.titleTranslations.en === "Carried with indicators" ? withIndicators : withoutIndicators;
      expect(copy.id).not.toBe(source.id);
      expect(copy).toMatchObject({ year: year + 1, version: 1, archived: false, workArea: source.workArea, titleTranslations: source.titleTranslations, body: { id: scig } });
      expect(copy.indicators).toHaveLength(source.indicators.length);
      copy.indicators.forEach((indicator: any, index: number) => {
        const original = source.indicators[index];
        expect(indicator.id).not.toBe(original.id);
        const { id: _a, priority: _b, ...copied } = indicator;
        const { id: _c, priority: _d, ...expected } = original;
        expect(copied).toEqual(expected);
        expect(indicator.priority).toEqual({ id: copy.id });
      });
    }

    const countNextYear = async () => (await ok(hub, `query($id: ID!) { body(id: $id) { priorities(first: 100, year: ${year + 1}, filter: { includeArchived: true }) { totalCount } } }`, { id: scig })).body.priorities.totalCount;
    expect(await countNextYear()).toBe(2);
    const indicatorsBefore = await countRows(hub, tables.indicators);

    // Running it again copies nothing more.
    const second = await mutate(hub, "prioritiesCarryForward", { bodyId: scig, fromYear: year, toYear: year + 1 }, "id", "unWomenChair");
    expect(second).toEqual({ object: [], userErrors: [] });
    expect(await countNextYear()).toBe(2);
    expect(await countRows(hub, tables.indicators)).toBe(indicatorsBefore);

    // A priority added to the old year later is carried on the next run, alone.
    const late = await newPriority(hub, scig, { year, workArea: "RESEARCH_AND_DATA", title: "Added late" });
    const third = await mutate(hub, "prioritiesCarryForward", { bodyId: scig, fromYear: year, toYear: year + 1 }, "titleTranslations { en } indicators { id }", "unWomenChair");
    expect(third.userErrors).toEqual([]);
    expect(third.object).toEqual([{ titleTranslations: { en: "Added late" }, indicators: expect.any(Array) }]);
    expect((third.object as any[])[0].indicators).toHaveLength(late.indicators.length);
    expect(await countNextYear()).toBe(3);
  });
});

describe("focal points", () => {
  const FOCAL_POINT = "id name title email phone membership { id }";

  it("lets the organisation add, update and remove its own focal points", async () => {
    const partner = await newPartner(hub, "Focal NGO");
    const membership = await joinBody(hub, partner, ids.bodies.gbvSector);
    expect((await readMembership(membership.id, partner)).viewerCanEditFocalPoints).toBe(true);
    expect((await readMembership(membership.id, "gbvPartner")).viewerCanEditFocalPoints).toBe(false);

    const added = await write(
      hub,
      "focalPointAdd",
      { membershipId: membership.id, name: "Hiba Khalil", title: "Programme Officer", email: "hiba.khalil@example.org", phone: "+961 3 123 456" },
      FOCAL_POINT,
      partner,
    );
    expect(added).toMatchObject({ name: "Hiba Khalil", title: "Programme Officer", email: "hiba.khalil@example.org", phone: "+961 3 123 456", membership: { id: membership.id } });
    expect((await readMembership(membership.id, partner)).focalPoints).toEqual([
      { id: added.id, name: "Hiba Khalil", title: "Programme Officer", email: "hiba.khalil@example.org", phone: "+961 3 123 456" },
    ]);

    const updated = await write(
      hub,
      "focalPointUpdate",
      { focalPointId: added.id, expectedVersion: await storedVersion(hub, "focal_points", added.id), title: "Programme Manager", phone: null },
      FOCAL_POINT,
      partner,
    );
    expect(updated).toMatchObject({ id: added.id, name: "Hiba Khalil", title: "Programme Manager", email: "hiba.khalil@example.org", phone: null });
    await refused(hub, "focalPointUpdate", { focalPointId: added.id, expectedVersion: 1, title: "Stale" }, partner, { code: "CONFLICT", field: ["input", "expectedVersion"] });
    // Another member of the body may not touch it.
    await refused(hub, "focalPointUpdate", { focalPointId: added.id, expectedVersion: 2, title: "Not mine" }, "gbvPartner", { code: "FORBIDDEN" });
    await refused(hub, "focalPointRemove", { focalPointId: added.id, expectedVersion: 2 }, "gbvPartner", { code: "FORBIDDEN" });

    const second = await write(hub, "focalPointAdd", { membershipId: membership.id, name: "Omar Aziz" }, FOCAL_POINT, partner);
    const removed = await mutate(hub, "focalPointRemove", { focalPointId: added.id, expectedVersion: await storedVersion(hub, "focal_points", added.id) }, "", partner);
    expect(removed).toEqual({ object: added.id, userErrors: [] });
    expect((await readMembership(membership.id, partner)).focalPoints).toEqual([{ id: second.id, name: "Omar Aziz", title: null, email: null, phone: null }]);
    expect((await ok(hub, `query($id: ID!) { node(id: $id) { id } }`, { id: added.id })).node).toBeNull();
  });

  it("lets the body's leads edit any member's focal points, but not another organisation's users", async () => {
    const partner = await newPartner(hub);
    const membership = await joinBody(hub, partner, ids.bodies.gbvSector);
    await refused(hub, "focalPointAdd", { membershipId: membership.id, name: "Intruder" }, "gbvPartner", { code: "FORBIDDEN" });
    const byLead = await write(hub, "focalPointAdd", { membershipId: membership.id, name: "Set by the lead", email: "lead.set@example.org" }, FOCAL_POINT, "unfpaCoChair");
    const renamed = await write(
      hub,
      "focalPointUpdate",
      { focalPointId: byLead.id, expectedVersion: await storedVersion(hub, "focal_points", byLead.id), name: "Renamed by the partner" },
      FOCAL_POINT,
      partner,
    );
    expect(renamed).toMatchObject({ name: "Renamed by the partner", email: "lead.set@example.org" });
  });
});

describe("versions a client must send back", () => {
  it("exposes the version that focalPointUpdate and focalPointRemove require as expectedVersion", async () => {
    const partner = await newPartner(hub);
    const membership = await joinBody(hub, partner, ids.bodies.gbvSector);
    const added = await write(hub, "focalPointAdd", { membershipId: membership.id, name: "Versioned" }, "id", partner);
    const response = await hub.query(`query($id: ID!) { node(id: $id) { ... on FocalPoint { version } } }`, { id: added.id }, { token: partner.token });
    expect(response.errors, "FocalPoint has no `version` field, so a client cannot send expectedVersion").toBeUndefined();
    expect(response.data?.node).toEqual({ version: 1 });
  });

  it("exposes the version that indicatorUpdate requires as expectedVersion", async () => {
    const priority = await newPriority(hub, ids.bodies.gbvSector, { indicators: THREE_INDICATORS.slice(0, 1) });
    const response = await hub.query(`query($id: ID!) { node(id: $id) { ... on Indicator { version } } }`, { id: priority.indicators[0].id }, { as: "unWomenChair" });
    expect(response.errors, "Indicator has no `version` field, so a client cannot send expectedVersion").toBeUndefined();
    expect(response.data?.node).toEqual({ version: 1 });
  });
});
