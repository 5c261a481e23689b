/**
 * Authorization matrix, part 1: memberships and focal points (part 2, priorities, commitments and
 * progress, is authorization-work.test.ts). Every mutation × every kind of actor, in the PUBLIC
 * GBV and Child Protection sector and in the MEMBERS_ONLY LGBTIQ+ Task Force. Each cell builds
 * fresh fixtures, runs the mutation over HTTP and checks the outcome; a refused write must leave
 * every table exactly as it was.
 *
 * The rules (from the issue):
 * - Admin: everything, on every body.
 * - Lead (organisation with an ACTIVE CHAIR or CO_CHAIR membership of the body): manages the
 *   body's memberships and focal points. A lead of the parent body (the GWG) is not a lead of
 *   its task forces.
 * - Member (ACTIVE MEMBER, or lead): edits its own organisation's focal points, may ask to join
 *   other bodies.
 * - Observer: reads like a member; changes nothing here.
 * - Anyone else: reads public bodies; nothing on MEMBERS_ONLY bodies.
 * - What the user may not see is NOT_FOUND; what it sees but may not change is FORBIDDEN; no
 *   token is a top-level UNAUTHENTICATED.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cells,
  type Actor,
  type Cell,
  createFocalPoint,
  createMembership,
  createOrganisation,
  gid,
  loadWorld,
  runCell,
  type BodyKey,
  type Outcome,
  type Scenario,
  type World,
} from "./actors.js";
import { startHub, type Hub } from "./testkit.js";

let hub: Hub;
let world: World;
beforeAll(async () => {
  hub = await startHub();
  world = await loadWorld(hub);
});
afterAll(() => hub.close());

// ---------------------------------------------------------------------------------------------
// The scenarios: what each cell runs

const MEMBERSHIP = "id status role";
const bodyGid = (w: World, body: BodyKey) => gid("CoordinationBody", w.bodies[body]);

/** A new organisation's membership of the body in the given state, as the input of a transition. */
const membershipIn =
  (status: "REQUESTED" | "ACTIVE" | "SUSPENDED") =>
  async (w: World, body: BodyKey) => {
    const organisationId = await createOrganisation(w.db, "Target");
    const id = await createMembership(w.db, { bodyId: w.bodies[body], organisationId, role: "MEMBER", status });
    return { membershipId: gid("Membership", id), expectedVersion: 1 };
  };

const transition = (mutation: string, from: "REQUESTED" | "ACTIVE" | "SUSPENDED", to: string): Scenario => ({
  mutation,
  inputType: "MembershipTransitionInput",
  field: "membership",
  selection: MEMBERSHIP,
  fixture: membershipIn(from),
  verify: (membership) => expect(membership.status).toBe(to),
});

const SCENARIOS = {
  membershipCreate: {
    mutation: "membershipCreate",
    inputType: "MembershipCreateInput",
    field: "membership",
    selection: MEMBERSHIP,
    fixture: async (w, body) => ({
      bodyId: bodyGid(w, body),
      organisationId: gid("Organisation", await createOrganisation(w.db, "Joining")),
      role: "MEMBER",
    }),
    verify: (membership) => expect(membership).toMatchObject({ status: "ACTIVE", role: "MEMBER" }),
  },
  /** The actor asks for its own organisation to join the body. */
  membershipRequest: {
    mutation: "membershipRequest",
    inputType: "MembershipRequestInput",
    field: "membership",
    selection: MEMBERSHIP,
    fixture: async (w, body) => ({ bodyId: bodyGid(w, body), role: "MEMBER" }),
    verify: (membership) => expect(membership.status).toBe("REQUESTED"),
  },
  membershipApprove: transition("membershipApprove", "REQUESTED", "ACTIVE"),
  membershipDecline: transition("membershipDecline", "REQUESTED", "ENDED"),
  membershipUpdate: {
    mutation: "membershipUpdate",
    inputType: "MembershipUpdateInput",
    field: "membership",
    selection: MEMBERSHIP,
    fixture: async (w, body) => ({ ...(await membershipIn("ACTIVE")(w, body)), role: "OBSERVER" }),
    verify: (membership) => expect(membership.role).toBe("OBSERVER"),
  },
  membershipSuspend: transition("membershipSuspend", "ACTIVE", "SUSPENDED"),
  membershipReinstate: transition("membershipReinstate", "SUSPENDED", "ACTIVE"),
  membershipEnd: transition("membershipEnd", "ACTIVE", "ENDED"),
  /** On the membership of the `member` actor's organisation. */
  focalPointAdd: {
    mutation: "focalPointAdd",
    inputType: "FocalPointAddInput",
    field: "focalPoint",
    selection: "id name",
    fixture: async (w, body) => ({ membershipId: gid("Membership", w.owner[body].membershipId), name: "New Focal Point" }),
    verify: (focalPoint) => expect(focalPoint.name).toBe("New Focal Point"),
  },
  /** A focal point of the `member` actor's organisation. */
  focalPointUpdate: {
    mutation: "focalPointUpdate",
    inputType: "FocalPointUpdateInput",
    field: "focalPoint",
    selection: "id title",
    fixture: async (w, body) => ({
      focalPointId: gid("FocalPoint", await createFocalPoint(w.db, w.owner[body].membershipId)),
      expectedVersion: 1,
      title: "Changed title",
    }),
    verify: (focalPoint, input) => expect(focalPoint).toEqual({ id: input.focalPointId, title: "Changed title" }),
  },
  /** A focal point of the `member` actor's organisation. */
  focalPointRemove: {
    mutation: "focalPointRemove",
    inputType: "FocalPointRemoveInput",
    field: "removedFocalPointId",
    kind: "id",
    fixture: async (w, body) => ({
      focalPointId: gid("FocalPoint", await createFocalPoint(w.db, w.owner[body].membershipId)),
      expectedVersion: 1,
    }),
    verify: (removedId, input) => expect(removedId).toBe(input.focalPointId),
  },
  /** A focal point of another organisation (not the actor's): only leads and admins. */
  "focalPointUpdate · another organisation's": {
    mutation: "focalPointUpdate",
    inputType: "FocalPointUpdateInput",
    field: "focalPoint",
    selection: "id title",
    fixture: async (w, body) => {
      const organisationId = await createOrganisation(w.db, "Other member");
      const id = await createMembership(w.db, { bodyId: w.bodies[body], organisationId, role: "MEMBER" });
      return { focalPointId: gid("FocalPoint", await createFocalPoint(w.db, id)), expectedVersion: 1, title: "Changed title" };
    },
    verify: (focalPoint) => expect(focalPoint.title).toBe("Changed title"),
  },
} satisfies Record<string, Scenario>;

type ScenarioName = keyof typeof SCENARIOS;
const ALL = Object.keys(SCENARIOS) as ScenarioName[];

// ---------------------------------------------------------------------------------------------
// The expected outcomes

/** The demo admin (a UN Women user) and an admin whose organisation belongs to no body. */
const ADMINS = ["admin", "outsideAdmin"] as const;
const LEADS = [...ADMINS, "chair", "coChair"] as const;

/** Who may do each thing, in both bodies (visibility only decides how the others are refused). */
const ALLOWED: Record<ScenarioName, readonly Actor[]> = {
  membershipCreate: LEADS,
  // Any organisation without a live membership of the body; the others get ALREADY_EXISTS.
  membershipRequest: ["outsideAdmin", "nonMember", "otherBodyMember"],
  membershipApprove: LEADS,
  membershipDecline: LEADS,
  membershipUpdate: LEADS,
  membershipSuspend: LEADS,
  membershipReinstate: LEADS,
  membershipEnd: LEADS,
  // The targets are the `member` actor's own organisation's membership and focal points.
  focalPointAdd: [...LEADS, "member"],
  focalPointUpdate: [...LEADS, "member"],
  focalPointRemove: [...LEADS, "member"],
  "focalPointUpdate · another organisation's": LEADS,
};

/** GBV and Child Protection sector (PUBLIC): everyone signed in can see everything in it. */
const GBV_ACTORS = ["admin", "outsideAdmin", "chair", "coChair", "member", "observer", "nonMember", "otherBodyMember", "anonymous"] as const;

/**
 * A refusal in the public body is FORBIDDEN, except that asking to join a body the organisation
 * already belongs to is ALREADY_EXISTS (UN Women, the demo admin's and the chair's organisation,
 * UNFPA, the member and the observer all hold a live membership of the GBV sector).
 */
function expectedInGbv(scenario: ScenarioName, actor: Actor): Outcome {
  if (actor === "anonymous") return "UNAUTHENTICATED";
  if (ALLOWED[scenario].includes(actor)) return "ALLOWED";
  return scenario === "membershipRequest" ? "ALREADY_EXISTS" : "FORBIDDEN";
}

/** LGBTIQ+ Task Force (MEMBERS_ONLY). */
const TF_ACTORS = ["admin", "outsideAdmin", "chair", "coChair", "member", "parentLeadMember", "outsider", "parentLeadOnly", "nonMember", "anonymous"] as const;
/** Those who can see the task force's insides: admins and users of its ACTIVE member organisations. */
const TF_INSIDERS: readonly Actor[] = [...ADMINS, "chair", "coChair", "member", "parentLeadMember"];

/**
 * membershipRequest is left out of the task force matrix: the rules do not say whether an
 * outsider, who sees a members-only body's name, may ask to join it.
 */
const TF_SCENARIOS = ALL.filter((scenario) => scenario !== "membershipRequest");

/** Insiders who may not are FORBIDDEN; outsiders cannot see the task force's objects: NOT_FOUND. */
function expectedInTf(scenario: ScenarioName, actor: Actor): Outcome {
  if (actor === "anonymous") return "UNAUTHENTICATED";
  if (ALLOWED[scenario].includes(actor)) return "ALLOWED";
  return TF_INSIDERS.includes(actor) ? "FORBIDDEN" : "NOT_FOUND";
}

// ---------------------------------------------------------------------------------------------
// The matrix

describe("GBV and Child Protection sector (PUBLIC): memberships and focal points", () => {
  it.each(cells(ALL, GBV_ACTORS, expectedInGbv))("%s", (_name, { scenario, actor, expected }: Cell<ScenarioName>) =>
    runCell(world, "gbv", SCENARIOS[scenario], actor, expected),
  );
});

describe("LGBTIQ+ Task Force (MEMBERS_ONLY): memberships and focal points", () => {
  it.each(cells(TF_SCENARIOS, TF_ACTORS, expectedInTf))("%s", (_name, { scenario, actor, expected }: Cell<ScenarioName>) =>
    runCell(world, "tf", SCENARIOS[scenario], actor, expected),
  );
});
