/**
 * Authorization matrix, part 2: priorities, indicators, commitments and progress reports (part 1,
 * memberships and focal points, is authorization.test.ts, which also states the rules). Every
 * mutation × every kind of actor, in the PUBLIC GBV and Child Protection sector and in the
 * MEMBERS_ONLY LGBTIQ+ Task Force; a refused write must leave every table exactly as it was.
 *
 * The rules for this part (from the issue):
 * - Admin: everything, on every body.
 * - Lead (ACTIVE CHAIR or CO_CHAIR): the body's priorities and indicators; reviews (and unlocks)
 *   progress reports on its priorities. A lead is also a member for its own organisation.
 * - Member (ACTIVE MEMBER, or lead): creates and updates its own organisation's commitments
 *   against the body's priorities, submits (and corrects) progress reports on them.
 * - Observer: reads like a member; cannot commit or report.
 * - Anyone else: reads public bodies; nothing on MEMBERS_ONLY bodies.
 * - What the user may not see is NOT_FOUND; what it sees but may not change is FORBIDDEN; no
 *   token is a top-level UNAUTHENTICATED.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cells,
  type Cell,
  createCommitment,
  createPriority,
  createReport,
  gid,
  loadWorld,
  runCell,
  type Actor,
  type BodyKey,
  type Outcome,
  type Scenario,
  type World,
} from "./actors.js";
import { DEMO_YEAR, startHub, type Hub } from "./testkit.js";

let hub: Hub;
let world: World;
beforeAll(async () => {
  hub = await startHub();
  world = await loadWorld(hub);
});
afterAll(() => hub.close());

// ---------------------------------------------------------------------------------------------
// The scenarios: what each cell runs

const bodyGid = (w: World, body: BodyKey) => gid("CoordinationBody", w.bodies[body]);
const freshPriority = async (w: World, body: BodyKey) => gid("Priority", (await createPriority(w.db, w.bodies[body])).priorityId);
/** A commitment of the `member` actor's organisation. */
const ownersCommitment = async (w: World, body: BodyKey) =>
  gid("Commitment", await createCommitment(w.db, w.bodies[body], w.owner[body].organisationId));
/** A report of the `member` actor's organisation. */
const ownersReport = async (w: World, body: BodyKey, state: "SUBMITTED" | "VALIDATED") =>
  gid("ProgressReport", await createReport(w.db, w.bodies[body], w.owner[body].organisationId, state));

/** Each carry-forward cell copies from a year of its own, so cells do not see each other's priorities. */
let carryYear = 2040;

const SCENARIOS = {
  priorityCreate: {
    mutation: "priorityCreate",
    inputType: "PriorityCreateInput",
    field: "priority",
    selection: "id year title",
    fixture: async (w, body) => ({
      bodyId: bodyGid(w, body),
      year: DEMO_YEAR,
      workArea: "COORDINATION_AND_INFORMATION_SHARING",
      title: { en: "A new shared priority" },
      indicators: [{ name: { en: "Partners reached" }, measure: "UNIT", baseline: 0, target: 10 }],
    }),
    verify: (priority) => expect(priority).toMatchObject({ year: DEMO_YEAR, title: "A new shared priority" }),
  },
  priorityUpdate: {
    mutation: "priorityUpdate",
    inputType: "PriorityUpdateInput",
    field: "priority",
    selection: "id title",
    fixture: async (w, body) => ({ priorityId: await freshPriority(w, body), expectedVersion: 1, title: { en: "Renamed" } }),
    verify: (priority, input) => expect(priority).toEqual({ id: input.priorityId, title: "Renamed" }),
  },
  priorityArchive: {
    mutation: "priorityArchive",
    inputType: "PriorityArchiveInput",
    field: "priority",
    selection: "id archived",
    fixture: async (w, body) => ({ priorityId: await freshPriority(w, body), expectedVersion: 1 }),
    verify: (priority) => expect(priority.archived).toBe(true),
  },
  indicatorAdd: {
    mutation: "indicatorAdd",
    inputType: "IndicatorAddInput",
    field: "indicator",
    selection: "id measure target",
    fixture: async (w, body) => ({
      priorityId: await freshPriority(w, body),
      name: { en: "Share of partners trained" },
      measure: "PERCENTAGE",
      baseline: 10,
      target: 50,
    }),
    verify: (indicator) => expect(indicator).toMatchObject({ measure: "PERCENTAGE", target: 50 }),
  },
  indicatorUpdate: {
    mutation: "indicatorUpdate",
    inputType: "IndicatorUpdateInput",
    field: "indicator",
    selection: "id target",
    fixture: async (w, body) => ({
      indicatorId: gid("Indicator", (await createPriority(w.db, w.bodies[body])).indicatorId),
      expectedVersion: 1,
      target: 200,
    }),
    verify: (indicator, input) => expect(indicator).toEqual({ id: input.indicatorId, target: 200 }),
  },
  prioritiesCarryForward: {
    mutation: "prioritiesCarryForward",
    inputType: "PrioritiesCarryForwardInput",
    field: "priorities",
    kind: "list",
    selection: "id year",
    fixture: async (w, body) => {
      const fromYear = (carryYear += 2);
      await createPriority(w.db, w.bodies[body], fromYear);
      return { bodyId: bodyGid(w, body), fromYear, toYear: fromYear + 1 };
    },
    verify: (carried, input) => expect(carried.map((p: { year: number }) => p.year)).toEqual([input.toYear]),
  },
  /** The actor commits for its own organisation (organisationId omitted). */
  commitmentCreate: {
    mutation: "commitmentCreate",
    inputType: "CommitmentCreateInput",
    field: "commitment",
    selection: "id status",
    fixture: async (w, body) => ({ priorityId: await freshPriority(w, body), description: { en: "We will help." }, status: "PLANNED" }),
    verify: (commitment) => expect(commitment.status).toBe("PLANNED"),
  },
  /** The actor commits in the name of the `member` actor's organisation. */
  "commitmentCreate · for the member's organisation": {
    mutation: "commitmentCreate",
    inputType: "CommitmentCreateInput",
    field: "commitment",
    selection: "id status organisation { id }",
    fixture: async (w, body) => ({
      priorityId: await freshPriority(w, body),
      organisationId: gid("Organisation", w.owner[body].organisationId),
      description: { en: "They will help." },
      status: "PLANNED",
    }),
    verify: (commitment, input) => expect(commitment.organisation.id).toBe(input.organisationId),
  },
  /** A commitment of the `member` actor's organisation. */
  commitmentUpdate: {
    mutation: "commitmentUpdate",
    inputType: "CommitmentUpdateInput",
    field: "commitment",
    selection: "id status",
    fixture: async (w, body) => ({ commitmentId: await ownersCommitment(w, body), expectedVersion: 1, status: "COMPLETED" }),
    verify: (commitment) => expect(commitment.status).toBe("COMPLETED"),
  },
  commitmentWithdraw: {
    mutation: "commitmentWithdraw",
    inputType: "CommitmentWithdrawInput",
    field: "commitment",
    selection: "id status",
    fixture: async (w, body) => ({ commitmentId: await ownersCommitment(w, body), expectedVersion: 1 }),
    verify: (commitment) => expect(commitment.status).toBe("WITHDRAWN"),
  },
  /** On a commitment of the `member` actor's organisation. */
  progressReportSubmit: {
    mutation: "progressReportSubmit",
    inputType: "ProgressReportSubmitInput",
    field: "progressReport",
    selection: "id reviewState revision",
    fixture: async (w, body) => ({
      commitmentId: await ownersCommitment(w, body),
      periodStart: `${DEMO_YEAR}-04-01`,
      periodEnd: `${DEMO_YEAR}-06-30`,
      status: "ON_TRACK",
      narrative: { en: "Second quarter." },
      values: [],
    }),
    verify: (report) => expect(report).toMatchObject({ reviewState: "SUBMITTED", revision: 1 }),
  },
  /** A SUBMITTED report of the `member` actor's organisation. */
  progressReportCorrect: {
    mutation: "progressReportCorrect",
    inputType: "ProgressReportCorrectInput",
    field: "progressReport",
    selection: "id status revision",
    fixture: async (w, body) => ({ reportId: await ownersReport(w, body, "SUBMITTED"), expectedVersion: 1, status: "AT_RISK" }),
    verify: (report) => expect(report).toMatchObject({ status: "AT_RISK", revision: 2 }),
  },
  progressReportReview: {
    mutation: "progressReportReview",
    inputType: "ProgressReportReviewInput",
    field: "progressReport",
    selection: "id reviewState",
    fixture: async (w, body) => ({ reportId: await ownersReport(w, body, "SUBMITTED"), decision: "VALIDATE", expectedVersion: 1 }),
    verify: (report) => expect(report.reviewState).toBe("VALIDATED"),
  },
  /** A VALIDATED (locked) report of the `member` actor's organisation. */
  progressReportUnlock: {
    mutation: "progressReportUnlock",
    inputType: "ProgressReportUnlockInput",
    field: "progressReport",
    selection: "id reviewState reviewerComment",
    fixture: async (w, body) => ({ reportId: await ownersReport(w, body, "VALIDATED"), reason: "A figure needs fixing.", expectedVersion: 1 }),
    verify: (report) => expect(report).toMatchObject({ reviewState: "RETURNED", reviewerComment: "A figure needs fixing." }),
  },
} satisfies Record<string, Scenario>;

type ScenarioName = keyof typeof SCENARIOS;
const ALL = Object.keys(SCENARIOS) as ScenarioName[];

// ---------------------------------------------------------------------------------------------
// The expected outcomes

/** The demo admin (a UN Women user) and an admin whose organisation belongs to no body. */
const ADMINS = ["admin", "outsideAdmin"] as const;
const LEADS = [...ADMINS, "chair", "coChair"] as const;

/**
 * Who may do each thing, in both bodies (the rules do not depend on visibility; visibility only
 * decides how the others are refused, see `refusal`).
 */
const ALLOWED: Record<ScenarioName, readonly Actor[]> = {
  priorityCreate: LEADS,
  priorityUpdate: LEADS,
  priorityArchive: LEADS,
  indicatorAdd: LEADS,
  indicatorUpdate: LEADS,
  prioritiesCarryForward: LEADS,
  // Every contributing member for its own organisation: chair and co-chair are members too, and
  // the demo admin's organisation (UN Women) chairs both bodies. parentLeadMember (task force
  // only) is a plain MEMBER of the task force. (outsideAdmin: see `refusal`.)
  commitmentCreate: ["admin", "chair", "coChair", "member", "parentLeadMember"],
  // The organisation itself, admins, and the body's leads: the issue lets leads commit on a
  // member's behalf, and so also correct or withdraw what they (or the member) committed. Reports
  // stay the organisation's own.
  "commitmentCreate · for the member's organisation": [...ADMINS, "chair", "coChair", "member"],
  commitmentUpdate: [...ADMINS, "chair", "coChair", "member"],
  commitmentWithdraw: [...ADMINS, "chair", "coChair", "member"],
  progressReportSubmit: [...ADMINS, "member"],
  progressReportCorrect: [...ADMINS, "member"],
  progressReportReview: LEADS,
  progressReportUnlock: LEADS,
};

/** GBV and Child Protection sector (PUBLIC): everyone signed in can see everything in it. */
const GBV_ACTORS = ["admin", "outsideAdmin", "chair", "coChair", "member", "observer", "nonMember", "otherBodyMember", "anonymous"] as const;

/** LGBTIQ+ Task Force (MEMBERS_ONLY). */
const TF_ACTORS = ["admin", "outsideAdmin", "chair", "coChair", "member", "parentLeadMember", "outsider", "parentLeadOnly", "nonMember", "anonymous"] as const;
/** Those who can see the task force's insides: admins and users of its ACTIVE member organisations. */
const TF_INSIDERS: readonly Actor[] = [...ADMINS, "chair", "coChair", "member", "parentLeadMember"];

/**
 * A signed-in actor the table does not allow: FORBIDDEN where it can see the object, NOT_FOUND
 * where it cannot. One exception: an admin whose own organisation is not a member of the body
 * may commit, but has no organisation to commit for there (observers and outsiders cannot
 * commit): INVALID on organisationId, which is a rule about the data, not about the admin.
 */
function refusal(scenario: ScenarioName, actor: Actor, canSee: boolean): Outcome {
  if (scenario === "commitmentCreate" && actor === "outsideAdmin") return "INVALID";
  return canSee ? "FORBIDDEN" : "NOT_FOUND";
}

function outcomeIn(body: "gbv" | "tf") {
  return (scenario: ScenarioName, actor: Actor): Outcome => {
    if (actor === "anonymous") return "UNAUTHENTICATED";
    if (ALLOWED[scenario].includes(actor)) return "ALLOWED";
    return refusal(scenario, actor, body === "gbv" || TF_INSIDERS.includes(actor));
  };
}

// ---------------------------------------------------------------------------------------------
// The matrix

describe("GBV and Child Protection sector (PUBLIC): priorities, commitments, progress", () => {
  it.each(cells(ALL, GBV_ACTORS, outcomeIn("gbv")))("%s", (_name, { scenario, actor, expected }: Cell<ScenarioName>) =>
    runCell(world, "gbv", SCENARIOS[scenario], actor, expected),
  );
});

describe("LGBTIQ+ Task Force (MEMBERS_ONLY): priorities, commitments, progress", () => {
  it.each(cells(ALL, TF_ACTORS, outcomeIn("tf")))("%s", (_name, { scenario, actor, expected }: Cell<ScenarioName>) =>
    runCell(world, "tf", SCENARIOS[scenario], actor, expected),
  );
});
