/**
 * The audit trail: every successful write leaves exactly one event (action, actor, object, before,
 * after), a refused write leaves none; admins read the whole trail, a body's leads its own.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DemoRole } from "../server/seed/demo.js";
import { startHub, type Hub } from "./testkit.js";
import {
  COMMITMENT,
  INDICATOR,
  MEMBERSHIP,
  PRIORITY,
  REPORT,
  countRows,
  failsWith,
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
  rowCounts,
  storedVersion,
  tables,
  valuesFor,
  write,
  type Actor,
  type DemoIds,
  type Partner,
} from "./write-helpers.js";

let hub: Hub;
let ids: DemoIds;
beforeAll(async () => {
  hub = await startHub();
  ids = await lookUpDemo(hub);
});
afterAll(() => hub.close());

const EVENT = "id action objectType objectId before after occurredAt actor { id } actorOrganisation { id } body { id }";
const EVENTS_OF = `query($objectId: ID!) { auditEvents(first: 100, filter: { objectId: $objectId }) { totalCount nodes { ${EVENT} } } }`;
const BODY_TRAIL = `query($id: ID!) { body(id: $id) { viewerCanReadAuditTrail auditEvents(first: 100) { totalCount nodes { id action objectId } } } }`;

interface AuditEvent {
  id: string;
  action: string;
  objectType: string;
  objectId: string;
  before: any;
  after: any;
  occurredAt: string;
  actor: { id: string } | null;
  actorOrganisation: { id: string } | null;
  body: { id: string } | null;
}

/** The events on one object, newest first, as an admin reads them. */
async function eventsOf(objectId: string): Promise<AuditEvent[]> {
  const { auditEvents } = await ok(hub, EVENTS_OF, { objectId }, "admin");
  expect(auditEvents.nodes).toHaveLength(auditEvents.totalCount);
  return auditEvents.nodes;
}

const DEMO_ORGANISATION_OF: Partial<Record<DemoRole, keyof DemoIds["organisations"]>> = {
  admin: "unWomen",
  unWomenChair: "unWomen",
  unfpaCoChair: "unfpa",
  gbvPartner: "tyreFamily",
};

/** Who an actor is, as the trail names them. */
function identity(actor: Actor | Partner): { user: string; organisation: string } {
  if (typeof actor === "string") return { user: ids.users[actor], organisation: ids.organisations[DEMO_ORGANISATION_OF[actor]!] };
  const partner = actor as Partner;
  return { user: partner.userId, organisation: partner.organisationId };
}

interface Expected {
  action: string;
  objectType: string;
  actor: Actor | Partner;
  bodyId: string;
  /** Checks on `before` (null: must be null) and `after`. */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/**
 * Runs `writeIt`, then checks that exactly one event was added for the object (and one in the whole
 * trail), with the expected action, actor, body, before and after, and that the body's leads see it.
 */
async function expectOneEvent<T>(objectId: string | ((result: T) => string), writeIt: () => Promise<T>, expected: Expected | ((result: T) => Expected)): Promise<{ result: T; event: AuditEvent }> {
  const knownId = typeof objectId === "string" ? objectId : null;
  const eventsBefore = knownId ? (await eventsOf(knownId)).length : 0;
  const totalBefore = await countRows(hub, tables.auditEvents);
  const result = await writeIt();
  const id = knownId ?? (objectId as (result: T) => string)(result);
  const want = typeof expected === "function" ? expected(result) : expected;

  const events = await eventsOf(id);
  expect(events, `events of ${want.action}`).toHaveLength(eventsBefore + 1);
  expect(await countRows(hub, tables.auditEvents)).toBe(totalBefore + 1);
  const [event] = events as [AuditEvent];
  const who = identity(want.actor);
  expect(event).toMatchObject({
    action: want.action,
    objectType: want.objectType,
    objectId: id,
    actor: { id: who.user },
    actorOrganisation: { id: who.organisation },
    body: { id: want.bodyId },
  });
  expect(Date.now() - Date.parse(event.occurredAt)).toBeLessThan(60_000);
  if (want.before === null) expect(event.before).toBeNull();
  else expect(event.before).toMatchObject({ id: rawId(id), ...want.before });
  if (want.after === null) expect(event.after).toBeNull();
  else expect(event.after).toMatchObject({ id: rawId(id), ...want.after });

  // A lead of the body finds the same event in the body's trail.
  const trail = (await ok(hub, BODY_TRAIL, { id: want.bodyId }, "unWomenChair")).body;
  expect(trail.viewerCanReadAuditTrail).toBe(true);
  expect(trail.auditEvents.nodes).toContainEqual({ id: event.id, action: want.action, objectId: id });
  return { result, event };
}

/** Checks that a refused write added no event at all. */
async function expectNoEvent(refusedWrite: () => Promise<unknown>): Promise<void> {
  const before = await rowCounts(hub);
  await refusedWrite();
  expect(await rowCounts(hub)).toEqual(before);
}

describe("each membership write leaves one event", () => {
  it("request, approve, suspend, reinstate, update, end", async () => {
    const gbv = ids.bodies.gbvSector;
    const partner = await newPartner(hub, "Audited NGO");
    const org = rawId(partner.organisationId);

    const { result: requested } = await expectOneEvent(
      (m: any) => m.id,
      () => write(hub, "membershipRequest", { bodyId: gbv }, MEMBERSHIP, partner),
      { action: "membership.request", objectType: "Membership", actor: partner, bodyId: gbv, before: null, after: { status: "REQUESTED", role: "MEMBER", organisationId: org, bodyId: rawId(gbv), version: 1 } },
    );
    const id = requested.id;

    await expectOneEvent(id, () => write(hub, "membershipApprove", { membershipId: id, expectedVersion: 1, date: "2026-03-01" }, MEMBERSHIP, "unWomenChair"), {
      action: "membership.approve",
      objectType: "Membership",
      actor: "unWomenChair",
      bodyId: gbv,
      before: { status: "REQUESTED", version: 1, startDate: null },
      after: { status: "ACTIVE", version: 2, startDate: "2026-03-01" },
    });
    await expectOneEvent(id, () => write(hub, "membershipSuspend", { membershipId: id, expectedVersion: 2 }, MEMBERSHIP, "unfpaCoChair"), {
      action: "membership.suspend",
      objectType: "Membership",
      actor: "unfpaCoChair",
      bodyId: gbv,
      before: { status: "ACTIVE", version: 2 },
      after: { status: "SUSPENDED", version: 3 },
    });
    await expectOneEvent(id, () => write(hub, "membershipReinstate", { membershipId: id, expectedVersion: 3 }, MEMBERSHIP, "admin"), {
      action: "membership.reinstate",
      objectType: "Membership",
      actor: "admin",
      bodyId: gbv,
      before: { status: "SUSPENDED", version: 3 },
      after: { status: "ACTIVE", version: 4 },
    });
    await expectOneEvent(id, () => write(hub, "membershipUpdate", { membershipId: id, expectedVersion: 4, role: "OBSERVER", endDate: "2027-03-01" }, MEMBERSHIP, "unWomenChair"), {
      action: "membership.update",
      objectType: "Membership",
      actor: "unWomenChair",
      bodyId: gbv,
      before: { role: "MEMBER", endDate: null, version: 4 },
      after: { role: "OBSERVER", endDate: "2027-03-01", version: 5 },
    });
    await expectOneEvent(id, () => write(hub, "membershipEnd", { membershipId: id, expectedVersion: 5, date: "2026-12-31" }, MEMBERSHIP, "unWomenChair"), {
      action: "membership.end",
      objectType: "Membership",
      actor: "unWomenChair",
      bodyId: gbv,
      before: { status: "ACTIVE", endDate: "2027-03-01" },
      after: { status: "ENDED", endDate: "2026-12-31", version: 6 },
    });
    // Six writes, six events, newest first.
    expect((await eventsOf(id)).map((event) => event.action)).toEqual([
      "membership.end",
      "membership.update",
      "membership.reinstate",
      "membership.suspend",
      "membership.approve",
      "membership.request",
    ]);
  });

  it("create and decline", async () => {
    const scig = ids.bodies.socialCohesionSector;
    const partner = await newPartner(hub);
    await expectOneEvent(
      (m: any) => m.id,
      () => write(hub, "membershipCreate", { bodyId: scig, organisationId: partner.organisationId, role: "OBSERVER", startDate: "2026-01-01" }, MEMBERSHIP, "unWomenChair"),
      { action: "membership.create", objectType: "Membership", actor: "unWomenChair", bodyId: scig, before: null, after: { status: "ACTIVE", role: "OBSERVER", startDate: "2026-01-01" } },
    );
    const other = await newPartner(hub);
    const request = await write(hub, "membershipRequest", { bodyId: scig }, MEMBERSHIP, other);
    await expectOneEvent(request.id, () => write(hub, "membershipDecline", { membershipId: request.id, expectedVersion: 1, date: "2026-04-01" }, MEMBERSHIP, "unWomenChair"), {
      action: "membership.decline",
      objectType: "Membership",
      actor: "unWomenChair",
      bodyId: scig,
      before: { status: "REQUESTED" },
      after: { status: "ENDED", endDate: "2026-04-01" },
    });
  });

  it("focal points: add, update, remove (the removal keeps what it was)", async () => {
    const gbv = ids.bodies.gbvSector;
    const partner = await newPartner(hub);
    const membership = await joinBody(hub, partner, gbv);
    const { result: added } = await expectOneEvent(
      (f: any) => f.id,
      () => write(hub, "focalPointAdd", { membershipId: membership.id, name: "Rana Aoun", email: "rana.aoun@example.org" }, "id", partner),
      { action: "focalPoint.add", objectType: "FocalPoint", actor: partner, bodyId: gbv, before: null, after: { name: "Rana Aoun", email: "rana.aoun@example.org", membershipId: rawId(membership.id) } },
    );
    await expectOneEvent(
      added.id,
      async () => write(hub, "focalPointUpdate", { focalPointId: added.id, expectedVersion: await storedVersion(hub, "focal_points", added.id), title: "Coordinator" }, "id", "unWomenChair"),
      { action: "focalPoint.update", objectType: "FocalPoint", actor: "unWomenChair", bodyId: gbv, before: { name: "Rana Aoun", title: null }, after: { name: "Rana Aoun", title: "Coordinator" } },
    );
    await expectOneEvent(
      added.id,
      async () => {
        const removed = await mutate(hub, "focalPointRemove", { focalPointId: added.id, expectedVersion: await storedVersion(hub, "focal_points", added.id) }, "", partner);
        expect(removed).toEqual({ object: added.id, userErrors: [] });
        return removed;
      },
      { action: "focalPoint.remove", objectType: "FocalPoint", actor: partner, bodyId: gbv, before: { name: "Rana Aoun", title: "Coordinator", email: "rana.aoun@example.org" }, after: null },
    );
  });
});

describe("each priority write leaves one event", () => {
  it("create, update, indicator add and update, archive, carry forward", async () => {
    const gwg = ids.bodies.genderWorkingGroup;
    const { result: priority } = await expectOneEvent(
      (p: any) => p.id,
      () => newPriority(hub, gwg, { year: 2033, workArea: "ADVOCACY", title: "Audited priority" }),
      (p: any) => ({
        action: "priority.create",
        objectType: "Priority",
        actor: "unWomenChair",
        bodyId: gwg,
        before: null,
        after: {
          year: 2033,
          workArea: "ADVOCACY",
          title: { en: "Audited priority", ar: "أولوية Audited priority" },
          indicators: p.indicators.map((indicator: any) => expect.objectContaining({ id: rawId(indicator.id), measure: indicator.measure })),
        },
      }),
    );
    await expectOneEvent(priority.id, () => write(hub, "priorityUpdate", { priorityId: priority.id, expectedVersion: 1, title: { en: "Audited priority, renamed" } }, PRIORITY, "admin"), {
      action: "priority.update",
      objectType: "Priority",
      actor: "admin",
      bodyId: gwg,
      before: { title: { en: "Audited priority" }, version: 1 },
      after: { title: { en: "Audited priority, renamed" }, version: 2 },
    });
    const { result: indicator } = await expectOneEvent(
      (i: any) => i.id,
      () => write(hub, "indicatorAdd", { priorityId: priority.id, name: { en: "Briefs issued" }, measure: "UNIT", target: 4 }, INDICATOR, "unWomenChair"),
      { action: "indicator.add", objectType: "Indicator", actor: "unWomenChair", bodyId: gwg, before: null, after: { name: { en: "Briefs issued" }, measure: "UNIT", target: 4, position: 3, priorityId: rawId(priority.id) } },
    );
    await expectOneEvent(indicator.id, () => write(hub, "indicatorUpdate", { indicatorId: indicator.id, expectedVersion: 1, target: 6 }, INDICATOR, "unWomenChair"), {
      action: "indicator.update",
      objectType: "Indicator",
      actor: "unWomenChair",
      bodyId: gwg,
      before: { target: 4, version: 1 },
      after: { target: 6, version: 2 },
    });

    // Carrying forward leaves one event per copied priority, on the copy.
    const totalBefore = await countRows(hub, tables.auditEvents);
    const carried = await mutate(hub, "prioritiesCarryForward", { bodyId: gwg, fromYear: 2033, toYear: 2034 }, "id indicators { id }", "unWomenChair");
    expect(carried.userErrors).toEqual([]);
    expect(carried.object).toHaveLength(1);
    const copy = (carried.object as any[])[0];
    expect(await countRows(hub, tables.auditEvents)).toBe(totalBefore + 1);
    const [copyEvent] = await eventsOf(copy.id);
    expect(copyEvent).toMatchObject({ action: "priority.carryForward", objectType: "Priority", before: null, actor: { id: ids.users.unWomenChair }, body: { id: gwg } });
    expect(copyEvent!.after).toMatchObject({ id: rawId(copy.id), year: 2034, carriedFromId: rawId(priority.id) });
    expect(copyEvent!.after.indicators).toHaveLength(4);
    // A second run copies nothing and records nothing.
    await expectNoEvent(async () => expect(await mutate(hub, "prioritiesCarryForward", { bodyId: gwg, fromYear: 2033, toYear: 2034 }, "id", "unWomenChair")).toEqual({ object: [], userErrors: [] }));

    const { event: archiveEvent } = await expectOneEvent(priority.id, () => write(hub, "priorityArchive", { priorityId: priority.id, expectedVersion: 2 }, PRIORITY, "unWomenChair"), {
      action: "priority.archive",
      objectType: "Priority",
      actor: "unWomenChair",
      bodyId: gwg,
      before: { archivedAt: null, version: 2 },
      after: { version: 3 },
    });
    expect(archiveEvent.after.archivedAt).toEqual(expect.any(String));
  });
});

describe("each commitment and report write leaves one event", () => {
  it("commitment create, update, withdraw", async () => {
    const gbv = ids.bodies.gbvSector;
    const partner = await newPartner(hub);
    await joinBody(hub, partner, gbv);
    const priority = await newPriority(hub, gbv);
    const [unit, percentage] = priority.indicators;
    const { result: commitment } = await expectOneEvent(
      (c: any) => c.id,
      () => newCommitment(hub, partner, priority.id, { targets: [{ indicatorId: unit.id, target: 10 }] }),
      {
        action: "commitment.create",
        objectType: "Commitment",
        actor: partner,
        bodyId: gbv,
        before: null,
        after: { status: "IN_PROGRESS", organisationId: rawId(partner.organisationId), priorityId: rawId(priority.id), targets: [expect.objectContaining({ indicatorId: rawId(unit.id), target: 10 })] },
      },
    );
    await expectOneEvent(
      commitment.id,
      () => write(hub, "commitmentUpdate", { commitmentId: commitment.id, expectedVersion: 1, description: { en: "Updated pledge" }, targets: [{ indicatorId: percentage.id, target: 30 }] }, COMMITMENT, "unWomenChair"),
      {
        action: "commitment.update",
        objectType: "Commitment",
        actor: "unWomenChair",
        bodyId: gbv,
        before: { description: { en: "We will do our part." }, version: 1, targets: [expect.objectContaining({ indicatorId: rawId(unit.id), target: 10 })] },
        after: { description: { en: "Updated pledge" }, version: 2, targets: [expect.objectContaining({ indicatorId: rawId(percentage.id), target: 30 })] },
      },
    );
    await expectOneEvent(commitment.id, () => write(hub, "commitmentWithdraw", { commitmentId: commitment.id, expectedVersion: 2 }, COMMITMENT, partner), {
      action: "commitment.withdraw",
      objectType: "Commitment",
      actor: partner,
      bodyId: gbv,
      before: { status: "IN_PROGRESS", version: 2 },
      after: { status: "WITHDRAWN", version: 3 },
    });
  });

  it("report submit, return, correct, validate, unlock", async () => {
    const gbv = ids.bodies.gbvSector;
    const partner = await newPartner(hub);
    await joinBody(hub, partner, gbv);
    const priority = await newPriority(hub, gbv);
    const commitment = await newCommitment(hub, partner, priority.id);
    const stored = valuesFor(priority.indicators).map((given) => ({ indicatorId: rawId(given.indicatorId), value: given.value ?? null, text: given.text ?? null }));
    const { result: report, event: submitted } = await expectOneEvent(
      (r: any) => r.id,
      () => newReport(hub, partner, commitment.id, priority.indicators),
      {
        action: "progressReport.submit",
        objectType: "ProgressReport",
        actor: partner,
        bodyId: gbv,
        before: null,
        after: {
          reviewState: "SUBMITTED",
          revision: 1,
          commitmentId: rawId(commitment.id),
          values: stored,
        },
      },
    );
    // The values as stored, in the order given: nothing more (the measures they fit are not stored).
    expect((submitted.after as { values: unknown }).values).toEqual(stored);
    const id = report.id;
    await expectOneEvent(id, () => write(hub, "progressReportReview", { reportId: id, decision: "RETURN", comment: "Check the numbers." }, REPORT, "unWomenChair"), {
      action: "progressReport.review",
      objectType: "ProgressReport",
      actor: "unWomenChair",
      bodyId: gbv,
      before: { reviewState: "SUBMITTED", reviewerComment: null },
      after: { reviewState: "RETURNED", reviewerComment: "Check the numbers." },
    });
    await expectOneEvent(id, () => write(hub, "progressReportCorrect", { reportId: id, expectedVersion: 2, values: valuesFor(priority.indicators, { unit: 99 }) }, REPORT, partner), {
      action: "progressReport.correct",
      objectType: "ProgressReport",
      actor: partner,
      bodyId: gbv,
      before: { revision: 1, reviewState: "RETURNED" },
      after: { revision: 2, reviewState: "SUBMITTED", values: expect.arrayContaining([expect.objectContaining({ value: 99 })]) },
    });
    await expectOneEvent(id, () => write(hub, "progressReportReview", { reportId: id, decision: "VALIDATE" }, REPORT, "unfpaCoChair"), {
      action: "progressReport.review",
      objectType: "ProgressReport",
      actor: "unfpaCoChair",
      bodyId: gbv,
      before: { reviewState: "SUBMITTED" },
      after: { reviewState: "VALIDATED" },
    });
    await expectOneEvent(id, () => write(hub, "progressReportUnlock", { reportId: id, reason: "Late correction from the field." }, REPORT, "unWomenChair"), {
      action: "progressReport.unlock",
      objectType: "ProgressReport",
      actor: "unWomenChair",
      bodyId: gbv,
      before: { reviewState: "VALIDATED" },
      after: { reviewState: "RETURNED", reason: "Late correction from the field." },
    });
  });
});

describe("a refused write leaves no event", () => {
  it("for a stale version, a missing permission, bad input, the last-chair rule and a retried key", async () => {
    const gbv = ids.bodies.gbvSector;
    const partner = await newPartner(hub);
    const membership = await joinBody(hub, partner, gbv);
    const eventsBefore = (await eventsOf(membership.id)).length;

    await expectNoEvent(() => refused(hub, "membershipSuspend", { membershipId: membership.id, expectedVersion: 1 }, "unWomenChair", { code: "CONFLICT", field: ["input", "expectedVersion"] }));
    await expectNoEvent(() => refused(hub, "membershipSuspend", { membershipId: membership.id, expectedVersion: membership.version }, "gbvPartner", { code: "FORBIDDEN" }));
    await expectNoEvent(() => refused(hub, "membershipUpdate", { membershipId: membership.id, expectedVersion: membership.version, endDate: "1989-12-31" }, "unWomenChair", { code: "INVALID", field: ["input", "endDate"] }));
    await expectNoEvent(() => refused(hub, "priorityCreate", { bodyId: gbv, year: 2026, workArea: "SERVICE_DELIVERY", title: { en: "" } }, "unWomenChair", { code: "INVALID", field: ["input", "title", "en"] }));
    await expectNoEvent(() => refused(hub, "priorityCreate", { bodyId: gbv, year: 2026, workArea: "SERVICE_DELIVERY", title: { en: "Not a lead" } }, partner, { code: "FORBIDDEN" }));
    expect((await eventsOf(membership.id)).length).toBe(eventsBefore);

    // The SGBV Task Force's only chair cannot be ended.
    const chairs = await ok(hub, `query($id: ID!) { body(id: $id) { memberships(first: 10, filter: { roles: [CHAIR] }) { nodes { id version } } } }`, { id: ids.bodies.sgbvTaskForce });
    const [chair] = chairs.body.memberships.nodes;
    await expectNoEvent(() => refused(hub, "membershipEnd", { membershipId: chair.id, expectedVersion: chair.version }, "admin", { code: "INVALID" }));

    // A retry with the same key returns the first result and records nothing more.
    const priority = await newPriority(hub, gbv);
    const input = { priorityId: priority.id, description: { en: "Once" }, status: "PLANNED", idempotencyKey: "audit-once" };
    const first = await write(hub, "commitmentCreate", input, "id", partner);
    await expectNoEvent(async () => expect(await write(hub, "commitmentCreate", input, "id", partner)).toEqual(first));
    expect(await eventsOf(first.id)).toHaveLength(1);
  });
});

describe("who reads the trail", () => {
  it("Query.auditEvents is a top-level FORBIDDEN error for everyone but admins", async () => {
    for (const role of ["unWomenChair", "unfpaCoChair", "partnerInTaskForce", "partnerOutsideTaskForce", "gbvPartner"] as const) {
      const response = await failsWith(hub, "FORBIDDEN", `{ auditEvents(first: 5) { totalCount nodes { id } } }`, {}, role);
      expect(response.data?.auditEvents ?? null).toBeNull();
    }
    const partner = await newPartner(hub);
    await failsWith(hub, "FORBIDDEN", `{ auditEvents(first: 5) { totalCount } }`, {}, partner);
    const asAdmin = await ok(hub, `{ auditEvents(first: 5) { totalCount nodes { id } } }`);
    expect(asAdmin.auditEvents.nodes.length).toBeGreaterThan(0);
  });

  it("body.auditEvents is null for anyone who does not lead the body", async () => {
    const gbv = ids.bodies.gbvSector;
    // Make sure the GBV trail is not empty.
    const partner = await newPartner(hub);
    const membership = await joinBody(hub, partner, gbv);
    for (const reader of ["gbvPartner", "partnerOutsideTaskForce", "partnerInTaskForce"] as const) {
      expect((await ok(hub, BODY_TRAIL, { id: gbv }, reader)).body).toEqual({ viewerCanReadAuditTrail: false, auditEvents: null });
    }
    expect((await ok(hub, BODY_TRAIL, { id: gbv }, partner)).body).toEqual({ viewerCanReadAuditTrail: false, auditEvents: null });
    // UN Women is only a member of the SGBV Task Force: not a lead there.
    expect((await ok(hub, BODY_TRAIL, { id: ids.bodies.sgbvTaskForce }, "unWomenChair")).body).toEqual({ viewerCanReadAuditTrail: false, auditEvents: null });

    for (const lead of ["unWomenChair", "unfpaCoChair", "admin"] as const) {
      const trail = (await ok(hub, BODY_TRAIL, { id: gbv }, lead)).body;
      expect(trail.viewerCanReadAuditTrail).toBe(true);
      expect(trail.auditEvents.nodes.map((event: any) => event.objectId)).toContain(membership.id);
    }
    // The body's trail holds only its own events.
    const events = await ok(hub, `query($id: ID!) { body(id: $id) { auditEvents(first: 100) { nodes { body { id } } } } }`, { id: gbv }, "unWomenChair");
    for (const event of events.body.auditEvents.nodes) expect(event.body).toEqual({ id: gbv });

    // node(id) on an event follows the same rule.
    const [event] = await eventsOf(membership.id);
    expect((await ok(hub, `query($id: ID!) { node(id: $id) { id } }`, { id: event!.id }, "unWomenChair")).node).toEqual({ id: event!.id });
    expect((await ok(hub, `query($id: ID!) { node(id: $id) { id } }`, { id: event!.id }, "gbvPartner")).node).toBeNull();
    expect((await ok(hub, `query($id: ID!) { node(id: $id) { id } }`, { id: event!.id }, partner)).node).toBeNull();
  });
});
