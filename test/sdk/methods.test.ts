/**
 * Every SDK method against the real hub, as the demo users who would call it: front-end builders
 * (directory, search, look-ups), leads (memberships, priorities, review, audit, summaries) and
 * partners (their organisation, memberships, commitments, reports). The last test checks that
 * every operation and every paginator was exercised.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operationSpecs, connectionSelectors } from "../../client-sdk/src/generated/operations.js";
import { HubUserErrors, unwrap, type HubClient, type HubPaginators } from "../../client-sdk/src/index.js";
import { DEMO_YEAR } from "../testkit.js";
import { bodyId, organisationId, startSdkHub, type SdkHub } from "./sdk-kit.js";

let sdk: SdkHub;
let admin: HubClient, chair: HubClient, coChair: HubClient, partnerIn: HubClient, partnerOut: HubClient, gbvPartner: HubClient;
const ids = { gwg: "", gbv: "", taskForce: "" };
const paginated = new Set<string>();

/** Records which paginators a test walked. */
function tracked(client: HubClient): HubPaginators {
  return new Proxy(client.paginate, {
    get: (target, name: string) => {
      paginated.add(name);
      return target[name as keyof HubPaginators];
    },
  });
}

beforeAll(async () => {
  sdk = await startSdkHub();
  [admin, chair, coChair, partnerIn, partnerOut, gbvPartner] = (
    ["admin", "unWomenChair", "unfpaCoChair", "partnerInTaskForce", "partnerOutsideTaskForce", "gbvPartner"] as const
  ).map((role) => sdk.as(role));
  ids.gwg = await bodyId(admin, "GWG");
  ids.gbv = await bodyId(admin, "GBV-CP");
  ids.taskForce = await bodyId(admin, "LGBTIQ+ TF");
});
afterAll(() => sdk?.close());

describe("front-end builders: directory, search, look-ups", () => {
  it("viewer: the signed-in user and their organisation's bodies", async () => {
    const { viewer } = await partnerIn.viewer();
    expect(viewer.name).toBe("Maya Khoury");
    expect(viewer.platformRole).toBe("USER");
    expect(viewer.organisation?.acronym).toBe("CBWN");
    expect(viewer.roles.map((role) => role.body.acronym)).toEqual(expect.arrayContaining(["GWG", "LGBTIQ+ TF"]));
  });

  it("bodies: the directory, filtered and ordered, with leads; paginate.bodies walks it", async () => {
    const { bodies } = await gbvPartner.bodies({ first: 2, filter: { kinds: ["SECTOR"] }, orderBy: { field: "NAME", direction: "ASC" } });
    expect(bodies.totalCount).toBe(2);
    expect(bodies.nodes.map((body) => body.kind)).toEqual(["SECTOR", "SECTOR"]);
    expect(bodies.nodes.flatMap((body) => body.leads.map((lead) => lead.organisation.acronym))).toContain("UN Women");
    const all = await tracked(gbvPartner).bodies({ first: 2 }).toArray();
    expect(all).toHaveLength(6);
    // The task force shows its name and kind only to a user outside it.
    const taskForce = all.find((body) => body.id === ids.taskForce)!;
    expect(taskForce).toMatchObject({ kind: "TASK_FORCE", visibility: "MEMBERS_ONLY", viewerCanSeeDetails: false, leads: [] });
  });

  it("body: one body with the viewer's permissions", async () => {
    const { body } = await chair.body({ id: ids.gwg });
    expect(body).toMatchObject({ acronym: "GWG", viewerCanManageMembers: true, viewerCanReadAuditTrail: true, viewerRole: "CHAIR" });
    expect(body!.leads.map((lead) => lead.role)).toContain("CHAIR");
    expect((await gbvPartner.body({ id: ids.gwg })).body).toMatchObject({ viewerCanManageMembers: false, viewerRole: "MEMBER" });
  });

  it("frameworks: the 3RF and the ERP with tracks and bodies; paginate.frameworks walks them", async () => {
    const { frameworks } = await gbvPartner.frameworks();
    expect(frameworks.nodes.map((framework) => framework.code).sort()).toEqual(["3RF", "ERP"]);
    expect(frameworks.nodes.every((framework) => framework.tracks.length === 2)).toBe(true);
    const walked = await tracked(gbvPartner).frameworks({ first: 1 }).toArray();
    expect(walked.map((framework) => framework.id).sort()).toEqual(frameworks.nodes.map((framework) => framework.id).sort());
  });

  it("organisations: search by name or acronym and type; paginate.organisations walks them", async () => {
    const { organisations } = await gbvPartner.organisations({ filter: { search: "Akkar" } });
    expect(organisations.nodes.map((o) => o.acronym)).toEqual(["APWA"]);
    const { organisations: governments } = await gbvPartner.organisations({ filter: { types: ["GOVERNMENT"] }, orderBy: { field: "NAME" } });
    expect(governments.nodes.every((o) => o.type === "GOVERNMENT")).toBe(true);
    let count = 0;
    for await (const organisation of tracked(gbvPartner).organisations({ first: 25 })) count += organisation.id ? 1 : 0;
    expect(count).toBe((await gbvPartner.organisations({ first: 1 })).organisations.totalCount);
  });

  it("organisation: one organisation with its visible memberships", async () => {
    const id = await organisationId(gbvPartner, "CBWN");
    const asOutsider = await gbvPartner.organisation({ id });
    const asAdmin = await admin.organisation({ id });
    expect(asAdmin.organisation?.memberships.nodes.map((m) => m.body.acronym)).toContain("LGBTIQ+ TF");
    // The members-only task force is absent for a user outside it, by this path too.
    expect(asOutsider.organisation?.memberships.nodes.map((m) => m.body.acronym)).not.toContain("LGBTIQ+ TF");
  });

  it("node and nodes: look-ups by global id, narrowed on __typename", async () => {
    const { node } = await gbvPartner.node({ id: ids.gbv });
    if (node?.__typename !== "CoordinationBody") throw new Error(`expected a body, got ${node?.__typename}`);
    expect(node.kind).toBe("SECTOR");
    const { nodes } = await partnerOut.nodes({ ids: [ids.gwg, ids.gbv] });
    expect(nodes.map((n) => n?.__typename)).toEqual(["CoordinationBody", "CoordinationBody"]);
    expect((await partnerOut.node({ id: "not-an-id" })).node).toBeNull();
  });
});

describe("leads and partners: memberships, priorities, commitments, reports, audit, summaries", () => {
  const state = { requestId: "", membershipVersion: 0, priorityId: "", indicatorId: "", commitmentId: "", reportId: "" };

  it("memberships: a lead declines a pending request; a partner asks to join and the lead approves", async () => {
    const { body } = await chair.bodyMemberships({ bodyId: ids.gbv, filter: { statuses: ["REQUESTED"] } });
    const pending = body!.memberships.nodes.find((m) => m.organisation.acronym === "CGEF")!;
    const declined = unwrap(await chair.membershipDecline({ membershipId: pending.id, expectedVersion: pending.version }));
    expect(declined.membership.status).toBe("ENDED");

    const requested = await partnerOut.strict.membershipRequest({ bodyId: ids.gbv, role: "MEMBER", idempotencyKey: "sdk-join-gbv" });
    expect(requested.membership).toMatchObject({ status: "REQUESTED", role: "MEMBER" });
    const approved = unwrap(await chair.membershipApprove({ membershipId: requested.membership.id, expectedVersion: requested.membership.version }));
    expect(approved.membership.status).toBe("ACTIVE");
    state.requestId = approved.membership.id;
    state.membershipVersion = approved.membership.version;
  });

  it("memberships: update, suspend, reinstate, end, and a refused write's userErrors", async () => {
    const updated = unwrap(await chair.membershipUpdate({ membershipId: state.requestId, expectedVersion: state.membershipVersion, role: "OBSERVER" }));
    expect(updated.membership.role).toBe("OBSERVER");
    const stale = await chair.membershipUpdate({ membershipId: state.requestId, expectedVersion: state.membershipVersion, role: "MEMBER" });
    expect(stale.membership).toBeNull();
    expect(stale.userErrors).toEqual([expect.objectContaining({ code: "CONFLICT", field: ["input", "expectedVersion"] })]);

    const suspended = unwrap(await chair.membershipSuspend({ membershipId: state.requestId, expectedVersion: updated.membership.version }));
    expect(suspended.membership.status).toBe("SUSPENDED");
    const reinstated = unwrap(await chair.membershipReinstate({ membershipId: state.requestId, expectedVersion: suspended.membership.version }));
    expect(reinstated.membership.status).toBe("ACTIVE");
    const ended = unwrap(await chair.membershipEnd({ membershipId: state.requestId, expectedVersion: reinstated.membership.version }));
    expect(ended.membership.status).toBe("ENDED");
  });

  it("memberships: a lead adds a member, who then keeps its focal points", async () => {
    const organisationIdOfPartner = (await partnerIn.myOrganisation()).viewer.organisation!.id;
    const created = await chair.strict.membershipCreate({ bodyId: ids.gbv, organisationId: organisationIdOfPartner, role: "MEMBER", startDate: `${DEMO_YEAR}-02-01` });
    expect(created.membership).toMatchObject({ status: "ACTIVE", startDate: `${DEMO_YEAR}-02-01` });

    const added = unwrap(await partnerIn.focalPointAdd({ membershipId: created.membership.id, name: "Rola Aziz", title: "Protection officer", email: "rola@example.org" }));
    expect(added.focalPoint).toMatchObject({ name: "Rola Aziz", email: "rola@example.org" });
    const changed = unwrap(await partnerIn.focalPointUpdate({ focalPointId: added.focalPoint.id, expectedVersion: added.focalPoint.version, phone: "+961 1 000 000" }));
    expect(changed.focalPoint.phone).toBe("+961 1 000 000");
    const removed = unwrap(await partnerIn.focalPointRemove({ focalPointId: added.focalPoint.id, expectedVersion: changed.focalPoint.version }));
    expect(removed.removedFocalPointId).toBe(added.focalPoint.id);
  });

  it("bodyMemberships: a co-chair reads the task force; paginate.bodyMemberships hides it from outsiders", async () => {
    const { body } = await coChair.bodyMemberships({ bodyId: ids.taskForce, first: 3, orderBy: { field: "ORGANISATION_NAME" } });
    expect(body!.memberships.totalCount).toBe(10);
    const outside = await tracked(partnerOut).bodyMemberships({ bodyId: ids.taskForce }).toArray();
    expect(outside).toEqual([]);
  });

  it("priorities: a lead sets one with indicators, changes it, adds and changes an indicator, carries priorities forward", async () => {
    const created = await chair.strict.priorityCreate({
      bodyId: ids.gwg,
      year: DEMO_YEAR,
      workArea: "ADVOCACY",
      title: { en: "Safe referrals in the North", ar: "إحالات آمنة في الشمال" },
      indicators: [{ name: { en: "Case workers trained", ar: "عاملون مدرَّبون" }, measure: "UNIT", target: 40 }],
    });
    expect(created.priority.indicators).toHaveLength(1);
    const updated = unwrap(await chair.priorityUpdate({ priorityId: created.priority.id, expectedVersion: created.priority.version, workArea: "POLICY_AND_LEGAL_REFORM" }));
    expect(updated.priority.workArea).toBe("POLICY_AND_LEGAL_REFORM");
    const indicator = unwrap(await chair.indicatorAdd({ priorityId: created.priority.id, name: { en: "Referral pathways mapped" }, measure: "PERCENTAGE", target: 100 }));
    const changedIndicator = unwrap(await chair.indicatorUpdate({ indicatorId: indicator.indicator.id, expectedVersion: indicator.indicator.version, target: 90 }));
    expect(changedIndicator.indicator.target).toBe(90);
    state.priorityId = created.priority.id;
    state.indicatorId = created.priority.indicators[0]!.id;

    const carried = unwrap(await chair.prioritiesCarryForward({ bodyId: ids.gwg, fromYear: DEMO_YEAR, toYear: DEMO_YEAR + 1 }));
    expect(carried.priorities.map((p) => p.year)).toEqual(carried.priorities.map(() => DEMO_YEAR + 1));
    expect(carried.priorities.map((p) => p.titleTranslations.en)).toContain("Safe referrals in the North");

    const archived = unwrap(await chair.priorityArchive({ priorityId: carried.priorities[0]!.id, expectedVersion: carried.priorities[0]!.version }));
    expect(archived.priority.archived).toBe(true);
  });

  it("priorities: by body, across bodies, and one by id", async () => {
    const { body } = await partnerOut.bodyPriorities({ bodyId: ids.gwg, year: DEMO_YEAR, first: 50 });
    expect(body!.priorities.nodes.map((p) => p.id)).toContain(state.priorityId);
    const walked = await tracked(partnerOut).bodyPriorities({ bodyId: ids.gwg, year: DEMO_YEAR, first: 2 }).toArray();
    expect(walked).toHaveLength(body!.priorities.totalCount);
    const { priorities } = await partnerOut.priorities({ filter: { bodyId: ids.gwg, year: DEMO_YEAR + 1, includeArchived: true } });
    expect(priorities.nodes.some((p) => p.archived)).toBe(true);
    expect(await tracked(partnerOut).priorities({ filter: { year: DEMO_YEAR + 1 } }).toArray()).toHaveLength(priorities.totalCount - 1);
    const { node } = await partnerOut.priority({ id: state.priorityId });
    if (node?.__typename !== "Priority") throw new Error("expected a priority");
    expect(node.viewerCanCommit).toBe(true);
  });

  it("commitments: a partner commits with targets (idempotent), updates, and reads it back", async () => {
    const input = {
      priorityId: state.priorityId,
      description: { en: "Train 40 case workers in Akkar", ar: "تدريب ٤٠ عاملاً في عكار" },
      targets: [{ indicatorId: state.indicatorId, target: 40 }],
      idempotencyKey: "sdk-commit-akkar",
    };
    const first = await partnerOut.strict.commitmentCreate(input);
    const again = await partnerOut.strict.commitmentCreate(input);
    expect(again.commitment.id).toBe(first.commitment.id);
    const updated = unwrap(await partnerOut.commitmentUpdate({ commitmentId: first.commitment.id, expectedVersion: first.commitment.version, status: "IN_PROGRESS" }));
    expect(updated.commitment.status).toBe("IN_PROGRESS");
    state.commitmentId = first.commitment.id;

    const { node } = await partnerOut.commitment({ id: state.commitmentId });
    if (node?.__typename !== "Commitment") throw new Error("expected a commitment");
    expect(node.targets[0]).toMatchObject({ target: 40, indicator: { id: state.indicatorId } });
    const { commitments } = await chair.commitments({ filter: { bodyId: ids.gwg, year: DEMO_YEAR } });
    expect(commitments.nodes.map((c) => c.id)).toContain(state.commitmentId);
    expect(await tracked(chair).commitments({ filter: { priorityId: state.priorityId } }).toArray()).toHaveLength(1);
  });

  it("reports: submit, return, correct, validate, unlock; the history reads back", async () => {
    const submitted = await partnerOut.strict.progressReportSubmit({
      commitmentId: state.commitmentId,
      periodStart: `${DEMO_YEAR}-01-01`,
      periodEnd: `${DEMO_YEAR}-03-31`,
      status: "ON_TRACK",
      narrative: { en: "12 trained so far" },
      values: [{ indicatorId: state.indicatorId, value: 12 }],
      idempotencyKey: "sdk-q1",
    });
    expect(submitted.progressReport.reviewState).toBe("SUBMITTED");
    const returned = await chair.strict.progressReportReview({ reportId: submitted.progressReport.id, decision: "RETURN", comment: "Please split by sex" });
    expect(returned.progressReport.reviewState).toBe("RETURNED");
    const corrected = await partnerOut.strict.progressReportCorrect({
      reportId: submitted.progressReport.id,
      expectedVersion: returned.progressReport.version,
      values: [{ indicatorId: state.indicatorId, value: 12, text: "7 women, 5 men" }],
    });
    expect(corrected.progressReport.revision).toBe(2);
    const validated = await chair.strict.progressReportReview({ reportId: submitted.progressReport.id, decision: "VALIDATE" });
    expect(validated.progressReport.locked).toBe(true);
    const unlocked = await chair.strict.progressReportUnlock({ reportId: submitted.progressReport.id, reason: "Figures revised by the partner" });
    expect(unlocked.progressReport.locked).toBe(false);
    state.reportId = submitted.progressReport.id;

    const { node } = await partnerOut.progressReport({ id: state.reportId });
    if (node?.__typename !== "ProgressReport") throw new Error("expected a report");
    expect(node.revisions.map((revision) => revision.revision)).toEqual(expect.arrayContaining([1, 2]));
    const reports = await partnerOut.commitmentProgressReports({ commitmentId: state.commitmentId });
    expect(reports.node?.__typename === "Commitment" && reports.node.progressReports.totalCount).toBe(1);
    expect(await tracked(partnerOut).commitmentProgressReports({ commitmentId: state.commitmentId }).toArray()).toHaveLength(1);
  });

  it("partners: my organisation, my memberships, my commitments", async () => {
    const { viewer } = await partnerOut.myOrganisation();
    expect(viewer.organisation).toMatchObject({ acronym: "APWA", type: "NATIONAL_NGO" });
    const mine = await partnerOut.myMemberships({ filter: { statuses: ["ACTIVE", "ENDED"] } });
    expect(mine.viewer.organisation!.memberships.nodes.map((m) => `${m.body.acronym}:${m.status}`)).toEqual(expect.arrayContaining(["GWG:ACTIVE", "GBV-CP:ENDED"]));
    expect(await tracked(partnerOut).myMemberships({ first: 1 }).toArray()).toHaveLength((await partnerOut.myMemberships()).viewer.organisation!.memberships.totalCount);
    const commitments = await partnerOut.myCommitments({ filter: { year: DEMO_YEAR } });
    expect(commitments.viewer.organisation!.commitments.nodes.map((c) => c.id)).toContain(state.commitmentId);
    const walked = await tracked(partnerOut).myCommitments({ first: 1 }).toArray();
    expect(walked.map((c) => c.id)).toContain(state.commitmentId);
  });

  it("summaries: a body's year and a priority's progress, for leads", async () => {
    const { body } = await chair.bodyReportingSummary({ bodyId: ids.gwg, year: DEMO_YEAR });
    expect(body!.reportingSummary).toMatchObject({ year: DEMO_YEAR });
    expect(body!.reportingSummary!.organisationsCommitted).toBeGreaterThan(0);
    const { node } = await chair.priorityProgressSummary({ priorityId: state.priorityId });
    if (node?.__typename !== "Priority") throw new Error("expected a priority");
    expect(node.progressSummary.indicators.find((i) => i.indicator.id === state.indicatorId)).toMatchObject({ committedTarget: 40, reportedValue: 12 });
  });

  it("audit: a lead reads the body's trail; an admin reads everything", async () => {
    const { body } = await chair.bodyAuditEvents({ bodyId: ids.gbv, first: 5 });
    expect(body!.auditEvents!.nodes.map((event) => event.action)).toEqual(expect.arrayContaining(["focalPoint.remove", "membership.create"]));
    expect((await gbvPartner.bodyAuditEvents({ bodyId: ids.gbv })).body!.auditEvents).toBeNull();
    const trail = await tracked(chair).bodyAuditEvents({ bodyId: ids.gbv, first: 3 }).toArray();
    expect(trail.length).toBe(body!.auditEvents!.totalCount);
    const { auditEvents } = await admin.auditEvents({ filter: { objectId: state.commitmentId } });
    expect(auditEvents.nodes.map((event) => event.action)).toEqual(expect.arrayContaining(["commitment.create", "commitment.update"]));
    expect(await tracked(admin).auditEvents({ filter: { objectId: state.reportId }, first: 2 }).toArray()).toHaveLength(
      (await admin.auditEvents({ filter: { objectId: state.reportId } })).auditEvents.totalCount,
    );
  });

  it("commitments: a partner withdraws; strict mutations throw HubUserErrors on refusal", async () => {
    const { node } = await partnerOut.commitment({ id: state.commitmentId });
    if (node?.__typename !== "Commitment") throw new Error("expected a commitment");
    const withdrawn = unwrap(await partnerOut.commitmentWithdraw({ commitmentId: state.commitmentId, expectedVersion: node.version }));
    expect(withdrawn.commitment.status).toBe("WITHDRAWN");
    const refused = partnerOut.strict.commitmentWithdraw({ commitmentId: state.commitmentId, expectedVersion: node.version });
    await expect(refused).rejects.toBeInstanceOf(HubUserErrors);
    await expect(refused).rejects.toMatchObject({ codes: ["CONFLICT"], operationName: "CommitmentWithdraw" });
  });
});

describe("coverage", () => {
  it("exercised every operation and every paginator of the SDK", () => {
    const operations = Object.values(operationSpecs).map((spec) => spec.operation);
    expect(operations.filter((operation) => !sdk.sent.includes(operation))).toEqual([]);
    expect(Object.keys(connectionSelectors).filter((name) => !paginated.has(name))).toEqual([]);
    // The strict client has exactly the mutations.
    const mutations = Object.values(operationSpecs).filter((spec) => spec.kind === "mutation").map((spec) => spec.name);
    expect(Object.keys(admin.strict).sort()).toEqual(mutations.sort());
  });
});
