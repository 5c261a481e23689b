/**
 * The LGBTIQ+ Task Force is MEMBERS_ONLY: its members, focal points, priorities and commitments
 * reach only its member organisations' users and admins, through every path. Focal points'
 * contacts are for members of the body and admins.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LookaheadMode } from "../server/context.js";
import { DEMO_BODY_NAMES, DEMO_COMMITMENTS, DEMO_MEMBERSHIPS, DEMO_PRIORITIES } from "../server/seed/demo-data.js";
import type { DemoRole } from "../server/seed/demo.js";
import { demoIds, ok, sorted, type DemoIds } from "./helpers.js";
import { DEMO_YEAR, startHub, type Hub } from "./testkit.js";

let hub: Hub;
let ids: DemoIds;
/** Ids of everything inside the task force, collected as admin. */
let hidden: Record<"Membership" | "FocalPoint" | "Priority" | "Indicator" | "Commitment" | "ProgressReport", string[]>;

/** Every read path: whole answers in SQL, the look-ahead compiler with DataLoaders for the rest, and DataLoaders alone. */
const READ_PATHS: Array<{ path: string; lookahead: LookaheadMode }> = [
  { path: "whole answers in SQL", lookahead: "on" },
  { path: "the look-ahead compiler priming DataLoaders", lookahead: "prime" },
  { path: "DataLoaders only", lookahead: "off" },
];
const OUTSIDERS: DemoRole[] = ["partnerOutsideTaskForce", "gbvPartner"];
const INSIDERS: DemoRole[] = ["partnerInTaskForce", "unfpaCoChair", "unWomenChair", "admin"];
const TF_NAME = DEMO_BODY_NAMES.lgbtiqTaskForce.en;
const TF_MEMBERS = DEMO_MEMBERSHIPS.filter((m) => m.body === "lgbtiqTaskForce");
const TF_PRIORITIES = Object.values(DEMO_PRIORITIES).filter((p) => p.body === "lgbtiqTaskForce");
const TF_COMMITMENTS = DEMO_COMMITMENTS.filter((c) => DEMO_PRIORITIES[c.priority].body === "lgbtiqTaskForce");

describe.each(READ_PATHS)("through $path", ({ lookahead }) => {
  beforeAll(async () => {
    hub = await startHub({ lookahead });
    ids = await demoIds(hub);
    const data = await ok(
      hub,
      `query($tf: ID!) { body(id: $tf) {
        memberships(first: 100) { nodes { id focalPoints { id } } }
        priorities(first: 100) { nodes { id indicators { id } commitments(first: 100) { nodes { id progressReports(first: 100) { nodes { id } } } } } }
      } }`,
      { tf: ids.bodies.lgbtiqTaskForce },
      { as: "admin" },
    );
    const { memberships, priorities } = data.body;
    const commitments = priorities.nodes.flatMap((p: any) => p.commitments.nodes);
    hidden = {
      Membership: memberships.nodes.map((m: any) => m.id),
      FocalPoint: memberships.nodes.flatMap((m: any) => m.focalPoints.map((f: any) => f.id)),
      Priority: priorities.nodes.map((p: any) => p.id),
      Indicator: priorities.nodes.flatMap((p: any) => p.indicators.map((i: any) => i.id)),
      Commitment: commitments.map((c: any) => c.id),
      ProgressReport: commitments.flatMap((c: any) => c.progressReports.nodes.map((r: any) => r.id)),
    };
  });
  afterAll(() => hub.close());

  it("collects the task force's ids as admin", () => {
    expect(hidden.Membership).toHaveLength(TF_MEMBERS.length);
    expect(hidden.FocalPoint).toHaveLength(TF_MEMBERS.reduce((sum, m) => sum + m.focalPoints.length, 0));
    expect(hidden.Priority).toHaveLength(TF_PRIORITIES.length);
    expect(hidden.Indicator).toHaveLength(TF_PRIORITIES.reduce((sum, p) => sum + p.indicators.length, 0));
    expect(hidden.Commitment).toHaveLength(TF_COMMITMENTS.length);
    expect(hidden.ProgressReport).toHaveLength(TF_COMMITMENTS.reduce((sum, c) => sum + c.reports.length, 0));
    for (const list of Object.values(hidden)) expect(list.length).toBeGreaterThan(0);
  });

  const TF_BODY = `query($id: ID!) { body(id: $id) {
    id name kind visibility viewerCanSeeDetails level description descriptionTranslations { en } acronym workAreas viewerRole
    leads { id organisation { name } }
    parent { id name }
    framework { code }
    relatedBodies { name }
    memberships(first: 100) { totalCount nodes { id } }
    all: memberships(first: 100, filter: { statuses: [ACTIVE, REQUESTED, SUSPENDED, ENDED] }) { totalCount nodes { id } }
    priorities(first: 100) { totalCount nodes { id } }
    thisYear: priorities(first: 100, year: ${DEMO_YEAR}) { totalCount nodes { id } }
  } }`;

  describe.each(OUTSIDERS)("an outsider (%s)", (as) => {
    it("sees the task force's name and kind only", async () => {
      const { body } = await ok(hub, TF_BODY, { id: ids.bodies.lgbtiqTaskForce }, { as });
      expect(body).toEqual({
        id: ids.bodies.lgbtiqTaskForce,
        name: TF_NAME,
        kind: "TASK_FORCE",
        visibility: "MEMBERS_ONLY",
        viewerCanSeeDetails: false,
        level: null,
        description: null,
        descriptionTranslations: null,
        acronym: null,
        workAreas: [],
        viewerRole: null,
        leads: [],
        parent: null,
        framework: null,
        relatedBodies: [],
        memberships: { totalCount: 0, nodes: [] },
        all: { totalCount: 0, nodes: [] },
        priorities: { totalCount: 0, nodes: [] },
        thisYear: { totalCount: 0, nodes: [] },
      });
    });

    it("sees the same in the bodies list", async () => {
      const data = await ok(
        hub,
        `{ bodies(first: 100) { totalCount nodes { name viewerCanSeeDetails acronym level memberships { totalCount } leads { id } priorities { totalCount } } } }`,
        {},
        { as },
      );
      expect(data.bodies.totalCount).toBe(6);
      expect(data.bodies.nodes.find((b: any) => b.name === TF_NAME)).toEqual({
        name: TF_NAME,
        viewerCanSeeDetails: false,
        acronym: null,
        level: null,
        memberships: { totalCount: 0 },
        leads: [],
        priorities: { totalCount: 0 },
      });
      for (const body of data.bodies.nodes.filter((b: any) => b.name !== TF_NAME)) expect(body.viewerCanSeeDetails).toBe(true);
    });

    it.each(["Membership", "FocalPoint", "Priority", "Indicator", "Commitment", "ProgressReport"] as const)(
      "gets null from node(id) for the task force's %s ids",
      async (type) => {
        for (const id of hidden[type]) {
          const data = await ok(hub, `query($id: ID!) { node(id: $id) { __typename id } }`, { id }, { as });
          expect(data.node, `${type} ${id}`).toBeNull();
        }
      },
    );

    it("gets null from nodes(ids) for every hidden id, and the visible ones in place", async () => {
      const hiddenIds = Object.values(hidden).flat();
      const asked = [ids.bodies.genderWorkingGroup, ...hiddenIds, ids.organisations.cedarBridge];
      const data = await ok(hub, `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids: asked }, { as });
      expect(data.nodes).toEqual([
        { __typename: "CoordinationBody", id: ids.bodies.genderWorkingGroup },
        ...hiddenIds.map(() => null),
        { __typename: "Organisation", id: ids.organisations.cedarBridge },
      ]);
    });

    it("does not find the task force's priorities or commitments by body or priority id", async () => {
      const data = await ok(
        hub,
        `query($tf: ID!, $priority: ID!) {
          priorities(filter: { bodyId: $tf }) { totalCount nodes { id } }
          commitments(filter: { bodyId: $tf }) { totalCount nodes { id } }
          byPriority: commitments(filter: { priorityId: $priority }) { totalCount nodes { id } }
        }`,
        { tf: ids.bodies.lgbtiqTaskForce, priority: ids.priorities.lgbtiqInclusiveServices },
        { as },
      );
      expect(data).toEqual({
        priorities: { totalCount: 0, nodes: [] },
        commitments: { totalCount: 0, nodes: [] },
        byPriority: { totalCount: 0, nodes: [] },
      });
    });

    it("gets lists and counts without the task force's priorities and commitments", async () => {
      const query = `{
        priorities(first: 100) { totalCount nodes { id body { name } } }
        advocacy: priorities(first: 100, filter: { workArea: ADVOCACY }) { totalCount nodes { id } }
        commitments(first: 100) { totalCount nodes { id priority { body { name } } } }
      }`;
      const mine = await ok(hub, query, {}, { as });
      const admin = await ok(hub, query, {}, { as: "admin" });
      expect(mine.priorities.totalCount).toBe(admin.priorities.totalCount - TF_PRIORITIES.length);
      expect(mine.priorities.nodes).toHaveLength(mine.priorities.totalCount);
      expect(mine.priorities.nodes.map((p: any) => p.body.name)).not.toContain(TF_NAME);
      expect(mine.advocacy.totalCount).toBe(admin.advocacy.totalCount - 1);
      expect(mine.commitments.totalCount).toBe(admin.commitments.totalCount - TF_COMMITMENTS.length);
      expect(mine.commitments.nodes).toHaveLength(mine.commitments.totalCount);
      expect(mine.commitments.nodes.map((c: any) => c.priority.body.name)).not.toContain(TF_NAME);
    });

    it("does not see the task force membership of a member organisation", async () => {
      const query = `query($id: ID!) { organisation(id: $id) {
        memberships(first: 100) { totalCount nodes { id body { name } } }
        everything: memberships(first: 100, filter: { statuses: [ACTIVE, REQUESTED, SUSPENDED, ENDED] }) { totalCount nodes { id } }
      } }`;
      for (const org of ["cedarBridge", "rainbowCedar", "unfpa", "netherlands"] as const) {
        const mine = (await ok(hub, query, { id: ids.organisations[org] }, { as })).organisation;
        const admin = (await ok(hub, query, { id: ids.organisations[org] }, { as: "admin" })).organisation;
        expect(admin.memberships.nodes.map((m: any) => m.body.name)).toContain(TF_NAME);
        expect(mine.memberships.nodes.map((m: any) => m.body.name)).not.toContain(TF_NAME);
        expect(mine.memberships.totalCount).toBe(admin.memberships.totalCount - 1);
        expect(mine.memberships.nodes).toHaveLength(mine.memberships.totalCount);
        expect(mine.everything.totalCount).toBe(admin.everything.totalCount - 1);
        for (const id of hidden.Membership) expect(mine.everything.nodes.map((m: any) => m.id)).not.toContain(id);
      }
    });

    it("does not see the task force commitments of a member organisation", async () => {
      const query = `query($id: ID!) { organisation(id: $id) { commitments(first: 100) { totalCount nodes { id } } } }`;
      for (const org of ["cedarBridge", "rainbowCedar", "ohchr"] as const) {
        const mine = (await ok(hub, query, { id: ids.organisations[org] }, { as })).organisation.commitments;
        const expected = DEMO_COMMITMENTS.filter((c) => c.organisation === org && DEMO_PRIORITIES[c.priority].body !== "lgbtiqTaskForce");
        expect(mine.totalCount).toBe(expected.length);
        expect(mine.nodes).toHaveLength(expected.length);
        for (const node of mine.nodes) expect(hidden.Commitment).not.toContain(node.id);
      }
    });

    it("does not find the task force under the Gender Working Group", async () => {
      const data = await ok(
        hub,
        `query($gwg: ID!) {
          bodies(filter: { parentId: $gwg }) { totalCount nodes { name } }
          body(id: $gwg) { children { totalCount nodes { name } } }
        }`,
        { gwg: ids.bodies.genderWorkingGroup },
        { as },
      );
      expect(data.bodies).toEqual({ totalCount: 0, nodes: [] });
      expect(data.body.children).toEqual({ totalCount: 0, nodes: [] });
    });

    it.each(["sgbvTaskForce", "humanRightsTaskForce"] as const)("does not see the task force among the peers of %s", async (key) => {
      const data = await ok(hub, `query($id: ID!) { body(id: $id) { viewerCanSeeDetails relatedBodies { name } } }`, { id: ids.bodies[key] }, { as });
      expect(data.body).toEqual({ viewerCanSeeDetails: true, relatedBodies: [] });
    });

    it("has no task force role in viewer.roles", async () => {
      const data = await ok(hub, `{ viewer { roles { id body { name } } } }`, {}, { as });
      expect(data.viewer.roles.map((r: any) => r.body.name)).not.toContain(TF_NAME);
      for (const role of data.viewer.roles) expect(hidden.Membership).not.toContain(role.id);
    });

    it("cannot find the task force by its hidden acronym", async () => {
      // "TF" is in the acronym ("LGBTIQ+ TF") but not in the name; the acronym is a hidden detail.
      const data = await ok(hub, `{ bodies(filter: { search: "TF" }) { nodes { name } } }`, {}, { as });
      expect(data.bodies.nodes.map((b: any) => b.name)).not.toContain(TF_NAME);
      const admin = await ok(hub, `{ bodies(filter: { search: "TF" }) { nodes { name } } }`, {}, { as: "admin" });
      expect(admin.bodies.nodes.map((b: any) => b.name)).toContain(TF_NAME);
    });

    it("does not find the task force by its hidden structure (level)", async () => {
      const data = await ok(hub, `{ bodies(filter: { levels: [NATIONAL] }) { totalCount nodes { name } } }`, {}, { as });
      expect(data.bodies.nodes.map((b: any) => b.name)).not.toContain(TF_NAME);
      expect(data.bodies.totalCount).toBe(5);
    });
  });

  describe.each(INSIDERS)("a member or admin (%s)", (as) => {
    it("sees the task force's details, members, leads and priorities", async () => {
      const { body } = await ok(hub, TF_BODY, { id: ids.bodies.lgbtiqTaskForce }, { as });
      expect(body).toMatchObject({
        name: TF_NAME,
        viewerCanSeeDetails: true,
        level: "NATIONAL",
        acronym: "LGBTIQ+ TF",
        parent: { id: ids.bodies.genderWorkingGroup },
        memberships: { totalCount: TF_MEMBERS.length },
        priorities: { totalCount: TF_PRIORITIES.length },
        thisYear: { totalCount: TF_PRIORITIES.length },
      });
      expect(body.workAreas.length).toBeGreaterThan(0);
      expect(sorted(body.memberships.nodes.map((m: any) => m.id))).toEqual(sorted(hidden.Membership));
      expect(sorted(body.leads.map((l: any) => l.organisation.name))).toEqual(sorted(["UN Women", "United Nations Population Fund"]));
      expect(sorted(body.relatedBodies.map((b: any) => b.name))).toEqual(sorted([DEMO_BODY_NAMES.sgbvTaskForce.en, DEMO_BODY_NAMES.humanRightsTaskForce.en]));
    });

    it("gets every task force object from nodes(ids)", async () => {
      const hiddenIds = Object.values(hidden).flat();
      const data = await ok(hub, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: hiddenIds }, { as });
      expect(data.nodes.map((n: any) => n?.id ?? null)).toEqual(hiddenIds);
    });

    it("finds the task force under the GWG, among its peers' links, and its priorities and commitments by body", async () => {
      const data = await ok(
        hub,
        `query($gwg: ID!, $sgbv: ID!, $tf: ID!) {
          bodies(filter: { parentId: $gwg }) { nodes { name } }
          gwg: body(id: $gwg) { children { nodes { name } } }
          sgbv: body(id: $sgbv) { relatedBodies { name } }
          priorities(filter: { bodyId: $tf }) { totalCount }
          commitments(filter: { bodyId: $tf }) { totalCount }
        }`,
        { gwg: ids.bodies.genderWorkingGroup, sgbv: ids.bodies.sgbvTaskForce, tf: ids.bodies.lgbtiqTaskForce },
        { as },
      );
      expect(data).toEqual({
        bodies: { nodes: [{ name: TF_NAME }] },
        gwg: { children: { nodes: [{ name: TF_NAME }] } },
        sgbv: { relatedBodies: [{ name: TF_NAME }] },
        priorities: { totalCount: TF_PRIORITIES.length },
        commitments: { totalCount: TF_COMMITMENTS.length },
      });
    });

    it("sees the task force membership and commitments of a member organisation", async () => {
      const data = await ok(
        hub,
        `query($id: ID!) { organisation(id: $id) { memberships { nodes { body { name } } } commitments { totalCount } } }`,
        { id: ids.organisations.cedarBridge },
        { as },
      );
      expect(data.organisation.memberships.nodes.map((m: any) => m.body.name)).toContain(TF_NAME);
      expect(data.organisation.commitments.totalCount).toBe(DEMO_COMMITMENTS.filter((c) => c.organisation === "cedarBridge").length);
    });

    it("sees the task force focal points with their contacts", async () => {
      const data = await ok(
        hub,
        `query($ids: [ID!]!) { nodes(ids: $ids) { ... on FocalPoint { name email phone } } }`,
        { ids: hidden.FocalPoint },
        { as },
      );
      for (const focalPoint of data.nodes) {
        expect(focalPoint.email).toMatch(/@example\.org$/);
        expect(focalPoint.phone).toMatch(/^\+961/);
      }
    });
  });

  describe("viewer.roles", () => {
    it("includes the task force for a member", async () => {
      const data = await ok(hub, `{ viewer { roles { role body { name } } } }`, {}, { as: "partnerInTaskForce" });
      expect(sorted(data.viewer.roles.map((r: any) => `${r.body.name}:${r.role}`))).toEqual(
        sorted([`${TF_NAME}:MEMBER`, `${DEMO_BODY_NAMES.genderWorkingGroup.en}:MEMBER`]),
      );
    });

    it("includes the co-chair's task force role", async () => {
      const data = await ok(hub, `{ viewer { roles { role body { name } } } }`, {}, { as: "unfpaCoChair" });
      expect(data.viewer.roles).toContainEqual({ role: "CO_CHAIR", body: { name: TF_NAME } });
    });
  });

  describe("focal points' contacts in a public body", () => {
    const FOCAL_POINTS = `query($id: ID!) { body(id: $id) { viewerCanSeeDetails memberships(first: 100) { nodes { organisation { name } focalPoints { id name title email phone } } } } }`;
    const focalPointsIn = async (key: "gbvSector" | "genderWorkingGroup", as: DemoRole) => {
      const data = await ok(hub, FOCAL_POINTS, { id: ids.bodies[key] }, { as });
      expect(data.body.viewerCanSeeDetails).toBe(true);
      return data.body.memberships.nodes.flatMap((m: any) => m.focalPoints);
    };
    const expectedCount = (key: "gbvSector" | "genderWorkingGroup") =>
      DEMO_MEMBERSHIPS.filter((m) => m.body === key && m.status !== "ENDED").reduce((sum, m) => sum + m.focalPoints.length, 0);

    it("hides e-mails and phones from a viewer whose organisation is not a member", async () => {
      const focalPoints = await focalPointsIn("gbvSector", "partnerOutsideTaskForce");
      expect(focalPoints).toHaveLength(expectedCount("gbvSector"));
      for (const focalPoint of focalPoints) {
        expect(focalPoint.name.length).toBeGreaterThan(0);
        expect(focalPoint.email).toBeNull();
        expect(focalPoint.phone).toBeNull();
      }
      expect(focalPoints.map((f: any) => f.name)).toContain("Dima Chami");
    });

    it("hides them through node(id) too", async () => {
      const [focalPoint] = await focalPointsIn("gbvSector", "admin");
      const data = await ok(hub, `query($id: ID!) { node(id: $id) { ... on FocalPoint { name email phone } } }`, { id: focalPoint.id }, { as: "partnerOutsideTaskForce" });
      expect(data.node).toEqual({ name: focalPoint.name, email: null, phone: null });
    });

    it.each([
      ["gbvPartner", "gbvSector"],
      ["unfpaCoChair", "gbvSector"],
      ["admin", "gbvSector"],
      ["partnerOutsideTaskForce", "genderWorkingGroup"],
      ["partnerInTaskForce", "genderWorkingGroup"],
    ] as const)("shows them to %s in the %s", async (as, key) => {
      const focalPoints = await focalPointsIn(key, as);
      expect(focalPoints).toHaveLength(expectedCount(key));
      for (const focalPoint of focalPoints) {
        expect(focalPoint.email).toMatch(/@example\.org$/);
        expect(focalPoint.phone).toMatch(/^\+961/);
      }
      const dima = focalPoints.find((f: any) => f.name === "Dima Chami");
      if (key === "gbvSector") expect(dima).toMatchObject({ email: "dima.chami@example.org", phone: "+961 3 655 219" });
    });
  });

  // Last: it changes the task force's memberships.
  describe("a lead that suspends its own organisation's membership of the task force", () => {
    it("gets the payload as it now is: the body's details are hidden from it", async () => {
      const before = await ok(
        hub,
        `query($id: ID!) { body(id: $id) { memberships(first: 50) { nodes { id version organisation { acronym } } } } }`,
        { id: ids.bodies.lgbtiqTaskForce },
        { as: "unfpaCoChair" },
      );
      const own = before.body.memberships.nodes.find((m: any) => m.organisation.acronym === "UNFPA");
      expect(own).toBeDefined();
      const data = await ok(
        hub,
        `mutation($input: MembershipTransitionInput!) { membershipSuspend(input: $input) {
          userErrors { code message }
          membership { status body { viewerCanSeeDetails acronym memberships(first: 50) { totalCount } priorities(first: 50) { totalCount } } }
        } }`,
        { input: { membershipId: own.id, expectedVersion: own.version } },
        { as: "unfpaCoChair" },
      );
      expect(data.membershipSuspend.userErrors).toEqual([]);
      expect(data.membershipSuspend.membership.status).toBe("SUSPENDED");
      expect(data.membershipSuspend.membership.body).toEqual({
        viewerCanSeeDetails: false,
        acronym: null,
        memberships: { totalCount: 0 },
        priorities: { totalCount: 0 },
      });
    });
  });
});
