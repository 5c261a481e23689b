/**
 * Property-based bad input (fast-check): for every mutation, a valid input built from the demo
 * data, spoilt in one field (or, for order rules, in a pair of fields) by a generated bad value,
 * sent by the admin over HTTP. Each must be refused without a server error, naming the field:
 * a user error whose `field` starts with "input" and names the spoilt field (or one of its
 * parents or children), or, for a value GraphQL cannot coerce, a top-level BAD_USER_INPUT error
 * whose message names it. The database must not change at all (snapshot() of every table, taken
 * before each mutation's batch and compared after every run).
 *
 * After each batch, the unspoilt input is sent and must succeed: each refusal was the spoilt
 * field's doing, not something else wrong with the input.
 */
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { snapshot } from "./actors.js";
import {
  OMIT,
  RawJson,
  badDate,
  badEmail,
  badEnum,
  badId,
  badIdempotencyKey,
  badLocalized,
  badNumber,
  badPhone,
  badText,
  badVersion,
  characters,
  badYear,
  datesOutOfOrder,
  hugeList,
  mixedDirectionText,
  notAnObjectList,
  stringifyWithRaw,
  type NodeType,
} from "./arbitraries.js";
import { startHub, type Hub } from "./testkit.js";
import {
  MEMBERSHIP,
  REPORT,
  joinBody,
  lookUpDemo,
  newCommitment,
  newPartner,
  newPriority,
  newReport,
  storedVersion,
  write,
  type Actor,
  type DemoIds,
} from "./write-helpers.js";

/** Generated inputs per mutation (fast-check runs per property). */
const RUNS_PER_MUTATION = 60;

let hub: Hub;
let ids: DemoIds;
/** An existing object of each type, for "an id of the wrong type". */
let pool: Record<NodeType, string>;

/** Every request the properties sent (generated inputs, including fast-check's shrinking), and those answered with a 5xx. */
const tally = { inputs: 0, serverErrors: 0, databaseChanges: 0 };

// ---------------------------------------------------------------------------------------------
// Corruptions

type Path = Array<string | number>;

/** What to change in the valid input, and the fields a refusal may name. */
interface Corruption {
  set: Array<[Path, unknown]>;
  names: Path[];
}

/** Short, readable counterexamples: long strings abbreviated, raw literals and omissions shown. */
function show(value: unknown): string {
  return JSON.stringify(value, (_key, item) => {
    if (item === OMIT) return "<omitted>";
    if (item instanceof RawJson) return `<raw ${item.literal}>`;
    if (typeof item === "string" && item.length > 80) return `${JSON.stringify(item.slice(0, 24)).slice(1, -1)}… (${characters(item)} characters, ${item.length} UTF-16 units)`;
    if (Array.isArray(item) && item.length > 10) return [...item.slice(0, 3), `… (${item.length} items)`];
    return item;
  });
}

function corruption(set: Array<[Path, unknown]>, names: Path[]): Corruption {
  return Object.assign({ set, names }, { [fc.toStringMethod]: () => `set ${set.map(([path, value]) => `${path.join(".") || "<input>"} = ${show(value)}`).join(", ")}` });
}

/** One field, spoilt by one of `values`. */
const at = (path: Path, values: fc.Arbitrary<unknown>) => values.map((value) => corruption([[path, value]], [path]));

/** Two fields set together; a refusal may name either (or a further one, e.g. a measure spoiling its numbers). */
const together = (paths: Path[], values: fc.Arbitrary<unknown[]>, names: Path[] = paths) =>
  values.map((set) => corruption(paths.map((path, index) => [path, set[index]] as [Path, unknown]), names));

/** Corruptions every input can get: a field its type does not have, and an input that is not an object at all. */
function generic(): fc.Arbitrary<Corruption> {
  return fc.oneof(
    fc
      .tuple(fc.constantFrom("bogus", "id", "__typename", "عربي", "input", "expectedversion", "viewerId"), mixedDirectionText)
      .map(([key, value]) => corruption([[[key], value]], [[key]])),
    fc.oneof(fc.constant(null), fc.constant(OMIT), fc.constant("input"), fc.integer(), fc.constant([]), fc.constant([{}]), mixedDirectionText).map((value) =>
      corruption([[[], value]], [[]]),
    ),
  );
}

function apply(base: Record<string, unknown>, spoilt: Corruption): unknown {
  let input: unknown = structuredClone(base);
  for (const [path, value] of spoilt.set) {
    if (path.length === 0) {
      input = value;
      continue;
    }
    let parent = input as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (value === OMIT) delete parent[last];
    else parent[last] = value;
  }
  return input;
}

// ---------------------------------------------------------------------------------------------
// Sending and checking

interface Spec {
  mutation: string;
  inputType: string;
  /** The payload field with the written object (or list, or removed id). */
  objectField: string;
  objectKind?: "object" | "list" | "id";
  /** Builds the mutation's own fixtures; returns a valid input, the ways to spoil it, and who sends it (the admin unless said). */
  fixture(): Promise<{ input: Record<string, unknown>; corruptions: fc.Arbitrary<Corruption>; actor?: Actor }>;
}

interface Answer {
  status: number;
  text: string;
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

function documentOf(spec: Spec): string {
  const selection = spec.objectKind === "id" ? spec.objectField : `${spec.objectField} { id }`;
  return `mutation($input: ${spec.inputType}!) { ${spec.mutation}(input: $input) { ${selection} userErrors { code field message } } }`;
}

async function send(spec: Spec, input: unknown, actor: Actor): Promise<Answer> {
  const token = typeof actor === "string" ? hub.users[actor].token : actor.token;
  const variables = input === OMIT ? {} : { input };
  const response = await fetch(`${hub.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: stringifyWithRaw({ query: documentOf(spec), variables }),
  });
  const text = await response.text();
  let body: object = {};
  try {
    body = JSON.parse(text) as object;
  } catch {
    // Checked below: the answer must be JSON.
  }
  return { status: response.status, text, ...body };
}

const graphqlPath = (path: Path) => `input${path.map((key) => (typeof key === "number" ? `[${key}]` : `.${key}`)).join("")}`;

/** Whether a top-level error message names the field: its variable path, or `Field "name"`. */
function messageNames(message: string, path: Path): boolean {
  if (path.length === 0) return message.includes('"$input"');
  const leaf = [...path].reverse().find((key) => typeof key === "string");
  return message.includes(`"${graphqlPath(path)}`) || (leaf !== undefined && message.includes(`Field "${leaf}"`));
}

/** Whether a user error's field (after "input") is the path, one of its parents or one of its children. */
function related(field: string[], path: Path): boolean {
  const wanted = path.map(String);
  const shorter = Math.min(field.length, wanted.length);
  return field.slice(0, shorter).every((key, index) => key === wanted[index]);
}

function checkRefusal(spec: Spec, spoilt: Corruption, answer: Answer): void {
  const context = `${spec.mutation}: HTTP ${answer.status} ${answer.text.slice(0, 600)}`;
  expect(answer.status, context).toBeLessThan(500);
  expect(answer.data !== undefined || answer.errors !== undefined, `not a GraphQL answer: ${context}`).toBe(true);
  const payload = answer.data?.[spec.mutation];
  if (answer.errors?.length) {
    expect(payload ?? null, context).toBeNull();
    const named = answer.errors.some(
      (error) =>
        (error.extensions?.code === "BAD_USER_INPUT" || error.extensions?.code === "GRAPHQL_VALIDATION_FAILED") &&
        spoilt.names.some((path) => messageNames(error.message, path)),
    );
    expect(named, `no BAD_USER_INPUT error naming ${spoilt.names.map(graphqlPath).join(" or ")}: ${context}`).toBe(true);
    return;
  }
  expect(payload, context).toBeTruthy();
  const object = payload[spec.objectField];
  expect(object === null || (Array.isArray(object) && object.length === 0), `the write was not refused: ${context}`).toBe(true);
  const userErrors = payload.userErrors as Array<{ code: string; field: string[] | null; message: string }>;
  for (const error of userErrors) expect(error.message.length, context).toBeGreaterThan(0);
  const named = userErrors.some((error) => error.field?.[0] === "input" && spoilt.names.some((path) => related(error.field!.slice(1), path)));
  expect(named, `no user error naming ${spoilt.names.map(graphqlPath).join(" or ")}: ${context}`).toBe(true);
}

/** Runs the mutation's property, then shows that the unspoilt input is accepted. */
async function runSpec(spec: Spec): Promise<void> {
  const { input, corruptions, actor = "admin" } = await spec.fixture();
  let before = await snapshot(hub.database.db);

  const runOne = async (spoilt: Corruption) => {
    const answer = await send(spec, apply(input, spoilt), actor);
    tally.inputs++;
    if (answer.status >= 500) tally.serverErrors++;
    const after = await snapshot(hub.database.db);
    // The next run (fast-check's shrinking included) is compared with the database as this one left it.
    const previous = before;
    before = after;
    if (JSON.stringify(after) !== JSON.stringify(previous)) tally.databaseChanges++;
    checkRefusal(spec, spoilt, answer);
    expect(after, `${spec.mutation} changed the database: ${answer.text.slice(0, 600)}`).toEqual(previous);
  };

  // The first failing input, before shrinking (which, once a write got through, runs on a changed database).
  let first: string | undefined;
  const property = fc.asyncProperty(fc.oneof({ arbitrary: corruptions, weight: 9 }, { arbitrary: generic(), weight: 1 }), async (spoilt) => {
    try {
      await runOne(spoilt);
    } catch (error) {
      first ??= `${fc.stringify(spoilt)}\n  → ${(error as Error).message.split("\n")[0]}`;
      throw error;
    }
  });
  try {
    await fc.assert(property, { numRuns: RUNS_PER_MUTATION });
  } catch (error) {
    (error as Error).message = `first failing input: ${first}\n${(error as Error).message}`;
    throw error;
  }

  const accepted = await send(spec, input, actor);
  expect(accepted.errors, accepted.text.slice(0, 600)).toBeUndefined();
  expect(accepted.data![spec.mutation].userErrors, `the unspoilt input of ${spec.mutation} was refused`).toEqual([]);
}

// ---------------------------------------------------------------------------------------------
// Fixtures

const wrongIds = (type: NodeType) =>
  Object.entries(pool)
    .filter(([other]) => other !== type)
    .map(([, id]) => id);

const id = (type: NodeType, required = true) => badId({ type, wrongType: wrongIds(type), required });
const version = (current: number, required = true) => badVersion({ current, required });
const localizedText = (prefix: string) => ({ en: `${prefix} ${randomUUID().slice(0, 8)}`, ar: `\u200F${prefix === "Title" ? "عنوان" : "نص"} عربي \u2066(EN)\u2069` });

/** A new partner organisation with an ACTIVE MEMBER membership of the GBV sector. */
async function activeMember() {
  const partner = await newPartner(hub, "Bad input NGO");
  const membership = await joinBody(hub, partner, ids.bodies.gbvSector);
  return { partner, membership };
}

const MEMBERSHIP_ROLES = ["CHAIR", "CO_CHAIR", "MEMBER", "OBSERVER"];
const WORK_AREAS = [
  "ADVOCACY",
  "COORDINATION_AND_INFORMATION_SHARING",
  "MONITORING_AND_REPORTING",
  "POLICY_AND_LEGAL_REFORM",
  "RESEARCH_AND_DATA",
  "RESOURCE_MOBILISATION",
  "SERVICE_DELIVERY",
  "TECHNICAL_ASSISTANCE_AND_CAPACITY_BUILDING",
];
/** Work areas the GBV sector does not have (valid enum values the mutation refuses). */
const NOT_GBV_WORK_AREAS = ["ADVOCACY", "POLICY_AND_LEGAL_REFORM", "RESEARCH_AND_DATA", "RESOURCE_MOBILISATION"];
const MEASURES = ["UNIT", "PERCENTAGE", "QUALITATIVE"];
const DIRECTIONS = ["UP", "DOWN"];
const COMMITMENT_STATUSES = ["PLANNED", "IN_PROGRESS", "COMPLETED", "WITHDRAWN"];
const REPORT_STATUSES = ["ON_TRACK", "AT_RISK", "OFF_TRACK", "DONE"];
const DECISIONS = ["VALIDATE", "RETURN"];

/** Membership transitions: the membership must be in a state the transition starts from. */
function transition(mutation: string, state: "REQUESTED" | "ACTIVE" | "SUSPENDED", date: string): Spec {
  return {
    mutation,
    inputType: "MembershipTransitionInput",
    objectField: "membership",
    async fixture() {
      let membership;
      if (state === "REQUESTED") {
        const partner = await newPartner(hub, "Applicant");
        membership = await write(hub, "membershipRequest", { bodyId: ids.bodies.gbvSector, role: "MEMBER" }, MEMBERSHIP, partner);
      } else {
        membership = (await activeMember()).membership;
        if (state === "SUSPENDED") membership = await write(hub, "membershipSuspend", { membershipId: membership.id, expectedVersion: membership.version }, MEMBERSHIP, "admin");
      }
      return {
        input: { membershipId: membership.id, expectedVersion: membership.version, date },
        corruptions: fc.oneof(at(["membershipId"], id("Membership")), at(["expectedVersion"], version(membership.version)), at(["date"], badDate({ required: false }))),
      };
    },
  };
}

/** Indicator fields of IndicatorInput / IndicatorAddInput, at `prefix`, for an indicator of `measure`. */
function indicatorCorruptions(prefix: Path, measure: "UNIT" | "PERCENTAGE" | "QUALITATIVE", hasNumbers: boolean): Array<fc.Arbitrary<Corruption>> {
  const list: Array<fc.Arbitrary<Corruption>> = [
    at([...prefix, "name"], badLocalized({ max: 300, required: true })),
    at([...prefix, "unitLabel"], badLocalized({ max: 100 })),
    at([...prefix, "measure"], badEnum({ values: MEASURES, nullIsBad: true, omitIsBad: true })),
    at([...prefix, "direction"], badEnum({ values: DIRECTIONS, nullIsBad: true, omitIsBad: false })),
    at([...prefix, "baseline"], badNumber(measure)),
    at([...prefix, "target"], badNumber(measure)),
  ];
  if (hasNumbers) {
    // A measure that the indicator's numbers do not fit: the refusal names a number.
    const misfit = measure === "UNIT" ? "PERCENTAGE" : "QUALITATIVE";
    list.push(
      together([[...prefix, "measure"]], fc.constant([misfit]), [
        [...prefix, "measure"],
        [...prefix, "baseline"],
        [...prefix, "target"],
      ]),
    );
  }
  return list;
}

// ---------------------------------------------------------------------------------------------
// The mutations

const SPECS: Spec[] = [
  {
    mutation: "membershipCreate",
    inputType: "MembershipCreateInput",
    objectField: "membership",
    async fixture() {
      const organisation = await newPartner(hub, "Newcomer");
      return {
        input: { bodyId: ids.bodies.gbvSector, organisationId: organisation.organisationId, role: "MEMBER", startDate: "2026-01-05", endDate: "2026-12-31" },
        corruptions: fc.oneof(
          at(["bodyId"], id("CoordinationBody")),
          at(["organisationId"], id("Organisation")),
          at(["role"], badEnum({ values: MEMBERSHIP_ROLES, nullIsBad: true, omitIsBad: true })),
          at(["startDate"], badDate({ required: false })),
          at(["endDate"], badDate({ required: false })),
          together([["startDate"], ["endDate"]], datesOutOfOrder),
        ),
      };
    },
  },
  {
    mutation: "membershipRequest",
    inputType: "MembershipRequestInput",
    objectField: "membership",
    async fixture() {
      // About the viewer's own organisation: a new partner in no body (validation comes before any permission check).
      const partner = await newPartner(hub, "Applicant");
      return {
        actor: partner,
        input: { bodyId: ids.bodies.gbvSector, role: "OBSERVER", idempotencyKey: `request-${randomUUID()}` },
        corruptions: fc.oneof(
          at(["bodyId"], id("CoordinationBody")),
          at(["role"], badEnum({ values: MEMBERSHIP_ROLES, refused: ["CHAIR", "CO_CHAIR"], nullIsBad: true, omitIsBad: false })),
          at(["idempotencyKey"], badIdempotencyKey),
        ),
      };
    },
  },
  transition("membershipApprove", "REQUESTED", "2026-01-05"),
  transition("membershipDecline", "REQUESTED", "2026-03-01"),
  {
    mutation: "membershipUpdate",
    inputType: "MembershipUpdateInput",
    objectField: "membership",
    async fixture() {
      const { membership } = await activeMember();
      return {
        input: { membershipId: membership.id, expectedVersion: membership.version, role: "OBSERVER", startDate: "2026-01-05", endDate: "2026-12-31" },
        corruptions: fc.oneof(
          at(["membershipId"], id("Membership")),
          at(["expectedVersion"], version(membership.version)),
          at(["role"], badEnum({ values: MEMBERSHIP_ROLES, nullIsBad: false, omitIsBad: false })),
          at(["startDate"], badDate({ required: false })),
          at(["endDate"], badDate({ required: false })),
          together([["startDate"], ["endDate"]], datesOutOfOrder),
        ),
      };
    },
  },
  transition("membershipSuspend", "ACTIVE", "2026-06-01"),
  transition("membershipReinstate", "SUSPENDED", "2026-06-01"),
  transition("membershipEnd", "ACTIVE", "2100-12-31"),
  {
    mutation: "focalPointAdd",
    inputType: "FocalPointAddInput",
    objectField: "focalPoint",
    async fixture() {
      const { membership } = await activeMember();
      return {
        input: { membershipId: membership.id, name: "Dana Saleh دانا صالح", title: "Protection Officer", email: "dana.saleh@example.org", phone: "+961 1 234 567" },
        corruptions: fc.oneof(
          at(["membershipId"], id("Membership")),
          at(["name"], badText({ max: 200, required: true })),
          at(["title"], badText({ max: 200 })),
          at(["email"], badEmail),
          at(["phone"], badPhone),
        ),
      };
    },
  },
  ...(["focalPointUpdate", "focalPointRemove"] as const).map(
    (mutation): Spec => ({
      mutation,
      inputType: mutation === "focalPointUpdate" ? "FocalPointUpdateInput" : "FocalPointRemoveInput",
      objectField: mutation === "focalPointUpdate" ? "focalPoint" : "removedFocalPointId",
      objectKind: mutation === "focalPointUpdate" ? "object" : "id",
      async fixture() {
        const { membership } = await activeMember();
        const added = await write(hub, "focalPointAdd", { membershipId: membership.id, name: "Rana Haddad" }, "id", "admin");
        const current = await storedVersion(hub, "focal_points", added.id);
        const common = [at(["focalPointId"], id("FocalPoint")), at(["expectedVersion"], version(current))];
        if (mutation === "focalPointRemove") return { input: { focalPointId: added.id, expectedVersion: current }, corruptions: fc.oneof(...common) };
        return {
          input: { focalPointId: added.id, expectedVersion: current, name: "Rana Haddad رنا حداد", title: "GBV Coordinator", email: "rana@example.org", phone: "+961 3 000 111" },
          corruptions: fc.oneof(
            ...common,
            // The name can be changed but not cleared.
            at(["name"], badText({ max: 200, nullIsBad: true })),
            at(["title"], badText({ max: 200 })),
            at(["email"], badEmail),
            at(["phone"], badPhone),
          ),
        };
      },
    }),
  ),
  {
    mutation: "priorityCreate",
    inputType: "PriorityCreateInput",
    objectField: "priority",
    async fixture() {
      const indicators = [
        { name: { en: "People reached", ar: "الأشخاص الذين تم الوصول إليهم" }, measure: "UNIT", unitLabel: { en: "people", ar: "أشخاص" }, baseline: 100, target: 500, direction: "UP" },
        { name: { en: "Share of women", ar: "نسبة النساء" }, measure: "PERCENTAGE", baseline: 40, target: 60, direction: "UP" },
        { name: { en: "Change in practice", ar: "\u200Fالتغيير في الممارسة" }, measure: "QUALITATIVE", direction: "UP" },
      ];
      return {
        input: { bodyId: ids.bodies.gbvSector, year: 2026, workArea: "SERVICE_DELIVERY", title: localizedText("Title"), description: localizedText("About"), indicators },
        corruptions: fc.oneof(
          at(["bodyId"], id("CoordinationBody")),
          at(["year"], badYear({ required: true })),
          at(["workArea"], badEnum({ values: WORK_AREAS, refused: NOT_GBV_WORK_AREAS, nullIsBad: true, omitIsBad: true })),
          at(["title"], badLocalized({ max: 300, required: true })),
          at(["description"], badLocalized({ max: 5000 })),
          at(["indicators"], fc.oneof(hugeList(20, fc.constantFrom({ name: { en: "x" }, measure: "UNIT" }, { name: { ar: "س" }, measure: "QUALITATIVE" })), notAnObjectList)),
          ...indicatorCorruptions(["indicators", 0], "UNIT", true),
          ...indicatorCorruptions(["indicators", 1], "PERCENTAGE", true),
          ...indicatorCorruptions(["indicators", 2], "QUALITATIVE", false),
        ),
      };
    },
  },
  ...(["priorityUpdate", "priorityArchive"] as const).map(
    (mutation): Spec => ({
      mutation,
      inputType: mutation === "priorityUpdate" ? "PriorityUpdateInput" : "PriorityArchiveInput",
      objectField: "priority",
      async fixture() {
        const priority = await newPriority(hub, ids.bodies.gbvSector, { lead: "admin" });
        const common = [at(["priorityId"], id("Priority")), at(["expectedVersion"], version(priority.version))];
        if (mutation === "priorityArchive") return { input: { priorityId: priority.id, expectedVersion: priority.version }, corruptions: fc.oneof(...common) };
        return {
          input: { priorityId: priority.id, expectedVersion: priority.version, workArea: "MONITORING_AND_REPORTING", title: localizedText("Title"), description: localizedText("About") },
          corruptions: fc.oneof(
            ...common,
            at(["workArea"], badEnum({ values: WORK_AREAS, refused: NOT_GBV_WORK_AREAS, nullIsBad: false, omitIsBad: false })),
            at(["title"], badLocalized({ max: 300 })),
            at(["description"], badLocalized({ max: 5000 })),
          ),
        };
      },
    }),
  ),
  {
    mutation: "indicatorAdd",
    inputType: "IndicatorAddInput",
    objectField: "indicator",
    async fixture() {
      const priority = await newPriority(hub, ids.bodies.gbvSector, { lead: "admin" });
      return {
        input: { priorityId: priority.id, name: { en: "Share of girls", ar: "نسبة الفتيات" }, measure: "PERCENTAGE", unitLabel: { en: "percent", ar: "بالمئة" }, baseline: 40, target: 60, direction: "UP" },
        corruptions: fc.oneof(at(["priorityId"], id("Priority")), ...indicatorCorruptions([], "PERCENTAGE", true)),
      };
    },
  },
  {
    mutation: "indicatorUpdate",
    inputType: "IndicatorUpdateInput",
    objectField: "indicator",
    async fixture() {
      const priority = await newPriority(hub, ids.bodies.gbvSector, { lead: "admin" });
      const percentage = priority.indicators.find((indicator: { measure: string }) => indicator.measure === "PERCENTAGE");
      const current = await storedVersion(hub, "indicators", percentage.id);
      return {
        input: { indicatorId: percentage.id, expectedVersion: current, name: { en: "Share of women (updated)", ar: "نسبة النساء" }, unitLabel: { en: "percent" }, baseline: 10, target: 90, direction: "DOWN" },
        corruptions: fc.oneof(
          at(["indicatorId"], id("Indicator")),
          at(["expectedVersion"], version(current)),
          at(["name"], badLocalized({ max: 300 })),
          at(["unitLabel"], badLocalized({ max: 100 })),
          at(["baseline"], badNumber("PERCENTAGE")),
          at(["target"], badNumber("PERCENTAGE")),
          at(["direction"], badEnum({ values: DIRECTIONS, nullIsBad: false, omitIsBad: false })),
        ),
      };
    },
  },
  {
    mutation: "prioritiesCarryForward",
    inputType: "PrioritiesCarryForwardInput",
    objectField: "priorities",
    objectKind: "list",
    async fixture() {
      return {
        input: { bodyId: ids.bodies.gbvSector, fromYear: 2026, toYear: 2027 },
        corruptions: fc.oneof(
          at(["bodyId"], id("CoordinationBody")),
          at(["fromYear"], badYear({ required: true })),
          at(["toYear"], badYear({ required: true })),
          // To the same year or an earlier one.
          together(
            [["fromYear"], ["toYear"]],
            fc.integer({ min: 2000, max: 2100 }).chain((from) => fc.integer({ min: 2000, max: from }).map((to) => [from, to])),
          ),
        ),
      };
    },
  },
  {
    mutation: "commitmentCreate",
    inputType: "CommitmentCreateInput",
    objectField: "commitment",
    async fixture() {
      const { partner } = await activeMember();
      const priority = await newPriority(hub, ids.bodies.gbvSector, { lead: "admin" });
      const [unit, percentage, qualitative] = priority.indicators;
      const targets = [
        { indicatorId: unit.id, target: 500, note: "Five hundred people" },
        { indicatorId: percentage.id, target: 70 },
        { indicatorId: qualitative.id, note: "\u200Fتغيير ملموس في الممارسة" },
      ];
      return {
        input: {
          priorityId: priority.id,
          organisationId: partner.organisationId,
          description: localizedText("Pledge"),
          status: "IN_PROGRESS",
          targets,
          idempotencyKey: `commit-${randomUUID()}`,
        },
        corruptions: fc.oneof(
          at(["priorityId"], id("Priority")),
          // An empty organisationId means "the viewer's own" (like leaving it out), so it is not spoilt with "".
          at(["organisationId"], id("Organisation", false).filter((value) => value !== "")),
          at(["description"], badLocalized({ max: 5000, required: true })),
          at(["status"], badEnum({ values: COMMITMENT_STATUSES, refused: ["WITHDRAWN"], nullIsBad: true, omitIsBad: false })),
          at(["idempotencyKey"], badIdempotencyKey),
          ...targetCorruptions(priority),
        ),
      };
    },
  },
  {
    mutation: "commitmentUpdate",
    inputType: "CommitmentUpdateInput",
    objectField: "commitment",
    async fixture() {
      const { partner } = await activeMember();
      const priority = await newPriority(hub, ids.bodies.gbvSector, { lead: "admin" });
      const commitment = await newCommitment(hub, partner, priority.id);
      const [unit, percentage, qualitative] = priority.indicators;
      return {
        input: {
          commitmentId: commitment.id,
          expectedVersion: commitment.version,
          description: localizedText("Pledge"),
          status: "COMPLETED",
          targets: [
            { indicatorId: unit.id, target: 500, note: "Five hundred people" },
            { indicatorId: percentage.id, target: 70 },
            { indicatorId: qualitative.id, note: "\u200Fتغيير ملموس في الممارسة" },
          ],
        },
        corruptions: fc.oneof(
          at(["commitmentId"], id("Commitment")),
          at(["expectedVersion"], version(commitment.version)),
          at(["description"], badLocalized({ max: 5000 })),
          at(["status"], badEnum({ values: COMMITMENT_STATUSES, refused: ["WITHDRAWN"], nullIsBad: false, omitIsBad: false })),
          ...targetCorruptions(priority),
        ),
      };
    },
  },
  {
    mutation: "commitmentWithdraw",
    inputType: "CommitmentWithdrawInput",
    objectField: "commitment",
    async fixture() {
      const { partner } = await activeMember();
      const priority = await newPriority(hub, ids.bodies.gbvSector, { lead: "admin" });
      const commitment = await newCommitment(hub, partner, priority.id);
      return {
        input: { commitmentId: commitment.id, expectedVersion: commitment.version },
        corruptions: fc.oneof(at(["commitmentId"], id("Commitment")), at(["expectedVersion"], version(commitment.version))),
      };
    },
  },
  {
    mutation: "progressReportSubmit",
    inputType: "ProgressReportSubmitInput",
    objectField: "progressReport",
    async fixture() {
      const { partner } = await activeMember();
      const priority = await newPriority(hub, ids.bodies.gbvSector, { lead: "admin" });
      const commitment = await newCommitment(hub, partner, priority.id);
      return {
        input: {
          commitmentId: commitment.id,
          periodStart: "2026-04-01",
          periodEnd: "2026-06-30",
          status: "AT_RISK",
          narrative: localizedText("Quarter"),
          values: reportValues(priority),
          idempotencyKey: `submit-${randomUUID()}`,
        },
        corruptions: fc.oneof(
          at(["commitmentId"], id("Commitment")),
          at(["periodStart"], badDate({ required: true })),
          at(["periodEnd"], badDate({ required: true })),
          together([["periodStart"], ["periodEnd"]], datesOutOfOrder),
          at(["status"], badEnum({ values: REPORT_STATUSES, nullIsBad: true, omitIsBad: true })),
          at(["narrative"], badLocalized({ max: 10_000 })),
          at(["idempotencyKey"], badIdempotencyKey),
          at(["values"], fc.oneof(fc.constant(null), fc.constant(OMIT))),
          ...valueCorruptions(priority),
        ),
      };
    },
  },
  {
    mutation: "progressReportCorrect",
    inputType: "ProgressReportCorrectInput",
    objectField: "progressReport",
    async fixture() {
      const { partner } = await activeMember();
      const priority = await newPriority(hub, ids.bodies.gbvSector, { lead: "admin" });
      const commitment = await newCommitment(hub, partner, priority.id);
      const report = await newReport(hub, partner, commitment.id, priority.indicators);
      return {
        input: {
          reportId: report.id,
          expectedVersion: report.version,
          periodStart: "2026-01-01",
          periodEnd: "2026-03-31",
          status: "OFF_TRACK",
          narrative: localizedText("Corrected"),
          values: reportValues(priority),
        },
        corruptions: fc.oneof(
          at(["reportId"], id("ProgressReport")),
          at(["expectedVersion"], version(report.version)),
          at(["periodStart"], badDate({ required: false })),
          at(["periodEnd"], badDate({ required: false })),
          together([["periodStart"], ["periodEnd"]], datesOutOfOrder),
          at(["status"], badEnum({ values: REPORT_STATUSES, nullIsBad: false, omitIsBad: false })),
          at(["narrative"], badLocalized({ max: 10_000 })),
          ...valueCorruptions(priority),
        ),
      };
    },
  },
  {
    mutation: "progressReportReview",
    inputType: "ProgressReportReviewInput",
    objectField: "progressReport",
    async fixture() {
      const { partner } = await activeMember();
      const priority = await newPriority(hub, ids.bodies.gbvSector, { lead: "admin" });
      const commitment = await newCommitment(hub, partner, priority.id);
      const report = await newReport(hub, partner, commitment.id, priority.indicators);
      return {
        input: { reportId: report.id, decision: "RETURN", comment: "\u200Fيرجى إضافة المصادر — please add the sources.", expectedVersion: report.version },
        corruptions: fc.oneof(
          at(["reportId"], id("ProgressReport")),
          at(["decision"], badEnum({ values: DECISIONS, nullIsBad: true, omitIsBad: true })),
          // Returning needs a comment: null is refused too.
          at(["comment"], badText({ max: 5000, nullIsBad: true })),
          at(["expectedVersion"], version(report.version, false)),
        ),
      };
    },
  },
  {
    mutation: "progressReportUnlock",
    inputType: "ProgressReportUnlockInput",
    objectField: "progressReport",
    async fixture() {
      const { partner } = await activeMember();
      const priority = await newPriority(hub, ids.bodies.gbvSector, { lead: "admin" });
      const commitment = await newCommitment(hub, partner, priority.id);
      const submitted = await newReport(hub, partner, commitment.id, priority.indicators);
      const report = await write(hub, "progressReportReview", { reportId: submitted.id, decision: "VALIDATE", expectedVersion: submitted.version }, REPORT, "admin");
      return {
        input: { reportId: report.id, reason: "\u200Fتصحيح الأرقام — the numbers need a correction.", expectedVersion: report.version },
        corruptions: fc.oneof(
          at(["reportId"], id("ProgressReport")),
          at(["reason"], badText({ max: 5000, required: true })),
          at(["expectedVersion"], version(report.version, false)),
        ),
      };
    },
  },
];

interface PriorityWithIndicators {
  indicators: Array<{ id: string; measure: string }>;
}

/** The values of a report on a THREE_INDICATORS priority: UNIT, PERCENTAGE, QUALITATIVE. */
function reportValues(priority: PriorityWithIndicators) {
  const [unit, percentage, qualitative] = priority.indicators;
  return [
    { indicatorId: unit!.id, value: 120, text: "\u200Fمئة وعشرون شخصاً" },
    { indicatorId: percentage!.id, value: 55.5 },
    { indicatorId: qualitative!.id, text: "Practice changed in two centres — تغيّرت الممارسة في مركزين" },
  ];
}

/** An indicator of another priority, for "not an indicator of this priority". */
let foreignIndicator: string;

/** An id that is not an indicator of the priority: garbage, another type, another priority's indicator. */
const notThisPrioritysIndicator = () => fc.oneof(id("Indicator"), fc.constant(foreignIndicator));

/** `values` of progressReportSubmit / progressReportCorrect. */
function valueCorruptions(priority: PriorityWithIndicators): Array<fc.Arbitrary<Corruption>> {
  const [unit] = priority.indicators;
  return [
    at(["values"], fc.oneof(hugeList(50, fc.constantFrom({ indicatorId: "x" }, { indicatorId: unit!.id, value: 1 })), notAnObjectList)),
    ...[0, 1, 2].map((index) => at(["values", index, "indicatorId"], notThisPrioritysIndicator())),
    at(["values", 0, "value"], fc.oneof(badNumber("UNIT"), fc.constant(null), fc.constant(OMIT))),
    at(["values", 1, "value"], fc.oneof(badNumber("PERCENTAGE"), fc.constant(null))),
    at(["values", 2, "value"], badNumber("QUALITATIVE")),
    at(["values", 0, "text"], badText({ max: 2000 })),
    // A QUALITATIVE value needs its words.
    at(["values", 2, "text"], badText({ max: 2000, nullIsBad: true, required: true })),
    // A fourth value: for an indicator that already has one, or not of this priority.
    at(
      ["values", 3],
      fc.oneof(
        fc.constantFrom(...priority.indicators.map((indicator) => ({ indicatorId: indicator.id, value: 1, text: "again" }))),
        notThisPrioritysIndicator().map((indicatorId) => ({ indicatorId, value: 1 })),
      ),
    ),
    // Two values for the same indicator.
    fc
      .tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }))
      .filter(([from, to]) => from !== to)
      .map(([from, to]) => corruption([[["values", to, "indicatorId"], priority.indicators[from]!.id]], [["values", from], ["values", to]])),
  ];
}

/** `targets` of commitmentCreate / commitmentUpdate. */
function targetCorruptions(priority: PriorityWithIndicators): Array<fc.Arbitrary<Corruption>> {
  return [
    at(["targets"], fc.oneof(hugeList(20, fc.constantFrom({ indicatorId: "x" }, { indicatorId: priority.indicators[0]!.id })), notAnObjectList)),
    ...[0, 1, 2].map((index) => at(["targets", index, "indicatorId"], notThisPrioritysIndicator())),
    at(["targets", 0, "target"], badNumber("UNIT")),
    at(["targets", 1, "target"], badNumber("PERCENTAGE")),
    at(["targets", 2, "target"], badNumber("QUALITATIVE")),
    ...[0, 2].map((index) => at(["targets", index, "note"], badText({ max: 1000 }))),
    fc
      .tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }))
      .filter(([from, to]) => from !== to)
      .map(([from, to]) => corruption([[["targets", to, "indicatorId"], priority.indicators[from]!.id]], [["targets", from], ["targets", to]])),
  ];
}

// ---------------------------------------------------------------------------------------------

beforeAll(async () => {
  hub = await startHub();
  ids = await lookUpDemo(hub);
  // One existing object of each type, for ids of the wrong type.
  const { partner, membership } = await activeMember();
  const focalPoint = await write(hub, "focalPointAdd", { membershipId: membership.id, name: "Pool Person" }, "id", "admin");
  const priority = await newPriority(hub, ids.bodies.gbvSector, { lead: "admin" });
  const commitment = await newCommitment(hub, partner, priority.id);
  const report = await newReport(hub, partner, commitment.id, priority.indicators);
  foreignIndicator = priority.indicators[0].id;
  pool = {
    CoordinationBody: ids.bodies.gbvSector,
    Organisation: partner.organisationId,
    Membership: membership.id,
    FocalPoint: focalPoint.id,
    Priority: priority.id,
    Indicator: priority.indicators[1].id,
    Commitment: commitment.id,
    ProgressReport: report.id,
    User: ids.users.admin,
  };
});

afterAll(async () => {
  console.log(
    `bad-input: ${tally.inputs} generated inputs (${SPECS.length} mutations × ${RUNS_PER_MUTATION} runs, plus any shrinking), ` +
      `${tally.serverErrors} server errors, ${tally.databaseChanges} database changes`,
  );
  await hub?.close();
});

describe("every mutation refuses generated bad input, naming the field, and changes nothing", () => {
  it("covers every mutation of the schema", async () => {
    const answer = await hub.query(`{ __schema { mutationType { fields { name } } } }`);
    const mutations = answer.data.__schema.mutationType.fields.map((field: { name: string }) => field.name).sort();
    expect(SPECS.map((spec) => spec.mutation).sort()).toEqual(mutations);
  });

  it.each(SPECS.map((spec) => [spec.mutation, spec] as const))("%s", async (_name, spec) => {
    await runSpec(spec);
  }, 60_000);
});
