/**
 * Bad input: every refused write gets an INVALID user error naming the field, and changes nothing
 * (row counts and the fixtures' rows are the same before and after). Arabic and mixed-direction
 * text is accepted and stored exactly as sent.
 */
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHub, type Hub } from "./testkit.js";
import {
  COMMITMENT,
  MEMBERSHIP,
  PRIORITY,
  REPORT,
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

/** Fixtures that every case refers to; the cases are all refused, so they never change. */
interface Fixtures {
  partner: Partner;
  membership: any;
  focalPoint: { id: string; version: number };
  priority: any;
  otherPriority: any;
  gwgPriority: any;
  commitment: any;
  report: any;
  unit: { id: string };
  percentage: { id: string };
  qualitative: { id: string };
}
let f: Fixtures;

beforeAll(async () => {
  hub = await startHub();
  ids = await lookUpDemo(hub);
  const gbv = ids.bodies.gbvSector;
  const partner = await newPartner(hub, "Validation NGO");
  const membership = await joinBody(hub, partner, gbv);
  const added = await write(hub, "focalPointAdd", { membershipId: membership.id, name: "Dana Saleh", email: "dana.saleh@example.org" }, "id", partner);
  const priority = await newPriority(hub, gbv, { title: "Validation priority" });
  const otherPriority = await newPriority(hub, gbv, { title: "Another priority" });
  const gwgPriority = await newPriority(hub, ids.bodies.genderWorkingGroup, { workArea: "ADVOCACY", title: "GWG validation priority" });
  const commitment = await newCommitment(hub, partner, priority.id);
  const report = await newReport(hub, partner, commitment.id, priority.indicators);
  const [unit, percentage, qualitative] = priority.indicators;
  f = {
    partner,
    membership,
    focalPoint: { id: added.id, version: await storedVersion(hub, "focal_points", added.id) },
    priority,
    otherPriority,
    gwgPriority,
    commitment,
    report,
    unit,
    percentage,
    qualitative,
  };
});
afterAll(() => hub.close());

/** The fixtures' rows, to show that a refused update did not touch them. */
async function fixtureRows() {
  const db = hub.database.db;
  return {
    membership: await db.select().from(tables.memberships).where(eq(tables.memberships.id, rawId(f.membership.id))),
    focalPoint: await db.select().from(tables.focalPoints).where(eq(tables.focalPoints.id, rawId(f.focalPoint.id))),
    priorities: await db.select().from(tables.priorities).where(inArray(tables.priorities.id, [f.priority.id, f.otherPriority.id, f.gwgPriority.id].map(rawId))),
    indicators: await db.select().from(tables.indicators).where(eq(tables.indicators.priorityId, rawId(f.priority.id))),
    commitment: await db.select().from(tables.commitments).where(eq(tables.commitments.id, rawId(f.commitment.id))),
    targets: await db.select().from(tables.commitmentTargets).where(eq(tables.commitmentTargets.commitmentId, rawId(f.commitment.id))),
    report: await db.select().from(tables.progressReports).where(eq(tables.progressReports.id, rawId(f.report.id))),
  };
}

/** Sends a write that must be refused as INVALID on `field`, and checks that nothing changed. */
async function invalid(mutation: string, input: Record<string, unknown>, actor: Actor, field: string[]) {
  const counts = await rowCounts(hub);
  const rows = await fixtureRows();
  await refused(hub, mutation, input, actor, { code: "INVALID", field });
  expect(await rowCounts(hub)).toEqual(counts);
  expect(await fixtureRows()).toEqual(rows);
}

const long = (n: number, char = "x") => char.repeat(n);

// Valid inputs, which each case spoils in one place.
const priorityInput = (change: Record<string, unknown> = {}) => ({
  bodyId: ids.bodies.gbvSector,
  year: 2026,
  workArea: "SERVICE_DELIVERY",
  title: { en: "A valid title", ar: "عنوان صالح" },
  ...change,
});
const indicator = (change: Record<string, unknown> = {}) => ({ name: { en: "Share", ar: "نسبة" }, measure: "PERCENTAGE", ...change });
const commitmentInput = (change: Record<string, unknown> = {}) => ({
  priorityId: f.priority.id,
  description: { en: "A valid pledge", ar: "تعهّد صالح" },
  status: "PLANNED",
  ...change,
});
const reportInput = (change: Record<string, unknown> = {}) => ({
  commitmentId: f.commitment.id,
  periodStart: "2026-04-01",
  periodEnd: "2026-06-30",
  status: "ON_TRACK",
  values: valuesFor(f.priority.indicators),
  ...change,
});
const focalPointInput = (change: Record<string, unknown> = {}) => ({ membershipId: f.membership.id, name: "Valid Name", ...change });

describe("localized texts", () => {
  it.each([
    ["an empty English title", { en: "", ar: "عنوان" }, ["input", "title", "en"]],
    ["a blank English title", { en: "   " }, ["input", "title", "en"]],
    ["an empty Arabic title", { ar: "" }, ["input", "title", "ar"]],
    ["a 301-character English title", { en: long(301) }, ["input", "title", "en"]],
    ["a 301-character Arabic title", { en: "ok", ar: long(301, "ع") }, ["input", "title", "ar"]],
    ["{ en: null, ar: null }", { en: null, ar: null }, ["input", "title"]],
    ["{}", {}, ["input", "title"]],
    ["a NUL character", { en: "Safe\u0000spaces" }, ["input", "title", "en"]],
    ["a NUL character in Arabic", { ar: "مساحات\u0000آمنة" }, ["input", "title", "ar"]],
  ])("priorityCreate refuses %s", async (_name, title, field) => {
    await invalid("priorityCreate", priorityInput({ title }), "unWomenChair", field);
  });

  it("accepts a 300-character title (the limit)", async () => {
    const created = await write(hub, "priorityCreate", priorityInput({ title: { en: long(300), ar: long(300, "ع") } }), "titleTranslations { en ar }", "unWomenChair");
    expect(created.titleTranslations).toEqual({ en: long(300), ar: long(300, "ع") });
  });

  it("refuses { en: null, ar: null } as a description, a narrative or an indicator name", async () => {
    const empty = { en: null, ar: null };
    await invalid("priorityCreate", priorityInput({ description: empty }), "unWomenChair", ["input", "description"]);
    await invalid("priorityCreate", priorityInput({ indicators: [indicator({ name: empty })] }), "unWomenChair", ["input", "indicators", "0", "name"]);
    await invalid("priorityUpdate", { priorityId: f.priority.id, expectedVersion: f.priority.version, title: empty }, "unWomenChair", ["input", "title"]);
    await invalid("indicatorAdd", { priorityId: f.priority.id, name: empty, measure: "UNIT" }, "unWomenChair", ["input", "name"]);
    await invalid("commitmentCreate", commitmentInput({ description: empty }), f.partner, ["input", "description"]);
    await invalid("commitmentUpdate", { commitmentId: f.commitment.id, expectedVersion: f.commitment.version, description: empty }, f.partner, ["input", "description"]);
    await invalid("progressReportSubmit", reportInput({ narrative: empty }), f.partner, ["input", "narrative"]);
    await invalid("progressReportCorrect", { reportId: f.report.id, expectedVersion: f.report.version, narrative: empty }, f.partner, ["input", "narrative"]);
  });

  it("refuses texts that are too long", async () => {
    await invalid("commitmentCreate", commitmentInput({ description: { en: long(5001) } }), f.partner, ["input", "description", "en"]);
    await invalid("progressReportSubmit", reportInput({ narrative: { ar: long(10001, "ع") } }), f.partner, ["input", "narrative", "ar"]);
    await invalid("focalPointAdd", focalPointInput({ name: long(201) }), f.partner, ["input", "name"]);
    await invalid("progressReportUnlock", { reportId: f.report.id, reason: long(5001) }, "unWomenChair", ["input", "reason"]);
  });

  it("refuses NUL characters in every kind of text", async () => {
    await invalid("commitmentCreate", commitmentInput({ description: { en: "We\u0000will" } }), f.partner, ["input", "description", "en"]);
    await invalid("commitmentCreate", commitmentInput({ targets: [{ indicatorId: f.qualitative.id, note: "note\u0000" }] }), f.partner, ["input", "targets", "0", "note"]);
    await invalid("progressReportSubmit", reportInput({ narrative: { en: "\u0000" } }), f.partner, ["input", "narrative", "en"]);
    await invalid(
      "progressReportSubmit",
      reportInput({ values: [{ indicatorId: f.qualitative.id, text: "Better\u0000practice" }] }),
      f.partner,
      ["input", "values", "0", "text"],
    );
    await invalid("focalPointAdd", focalPointInput({ name: "Dana\u0000Saleh" }), f.partner, ["input", "name"]);
    await invalid("focalPointUpdate", { focalPointId: f.focalPoint.id, expectedVersion: f.focalPoint.version, title: "Lead\u0000" }, f.partner, ["input", "title"]);
    await invalid("progressReportReview", { reportId: f.report.id, decision: "RETURN", comment: "Fix\u0000this" }, "unWomenChair", ["input", "comment"]);
  });

  it("refuses text that is not valid Unicode (a lone surrogate) as INVALID, not a server error", async () => {
    await invalid("priorityCreate", priorityInput({ title: { en: "Broken \ud800 text" } }), "unWomenChair", ["input", "title", "en"]);
    await invalid("focalPointAdd", focalPointInput({ name: "Dana \udfff" }), f.partner, ["input", "name"]);
  });

  it("refuses empty required texts", async () => {
    await invalid("focalPointAdd", focalPointInput({ name: "" }), f.partner, ["input", "name"]);
    await invalid("focalPointAdd", focalPointInput({ name: "  " }), f.partner, ["input", "name"]);
    await invalid("progressReportUnlock", { reportId: f.report.id, reason: "" }, "unWomenChair", ["input", "reason"]);
    await invalid("progressReportReview", { reportId: f.report.id, decision: "RETURN" }, "unWomenChair", ["input", "comment"]);
  });
});

describe("dates and years", () => {
  it("refuses a period that ends before it starts", async () => {
    await invalid("progressReportSubmit", reportInput({ periodStart: "2026-06-30", periodEnd: "2026-04-01" }), f.partner, ["input", "periodEnd"]);
    // A correction that moves only the end before the stored start.
    await invalid("progressReportCorrect", { reportId: f.report.id, expectedVersion: f.report.version, periodEnd: "2025-12-31" }, f.partner, ["input", "periodEnd"]);
    await invalid("progressReportCorrect", { reportId: f.report.id, expectedVersion: f.report.version, periodStart: "2026-05-01", periodEnd: "2026-04-30" }, f.partner, ["input", "periodEnd"]);
  });

  it("refuses membership dates out of order", async () => {
    const other = await newPartner(hub);
    await invalid("membershipCreate", { bodyId: ids.bodies.gbvSector, organisationId: other.organisationId, role: "MEMBER", startDate: "2026-05-01", endDate: "2026-04-30" }, "unWomenChair", ["input", "endDate"]);
    // The day before the fixture membership started.
    const dayBefore = new Date(Date.parse(`${f.membership.startDate}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    await invalid("membershipUpdate", { membershipId: f.membership.id, expectedVersion: f.membership.version, endDate: dayBefore }, "unWomenChair", ["input", "endDate"]);
    await invalid("membershipEnd", { membershipId: f.membership.id, expectedVersion: f.membership.version, date: dayBefore }, "unWomenChair", ["input", "date"]);
  });

  it("refuses dates outside 1990–2100", async () => {
    const other = await newPartner(hub);
    await invalid("membershipCreate", { bodyId: ids.bodies.gbvSector, organisationId: other.organisationId, role: "MEMBER", startDate: "1989-12-31" }, "unWomenChair", ["input", "startDate"]);
    await invalid("progressReportSubmit", reportInput({ periodStart: "2026-01-01", periodEnd: "2101-01-01" }), f.partner, ["input", "periodEnd"]);
  });

  it.each([1999, 2101])("refuses the year %i", async (year) => {
    await invalid("priorityCreate", priorityInput({ year }), "unWomenChair", ["input", "year"]);
    await invalid("prioritiesCarryForward", { bodyId: ids.bodies.gbvSector, fromYear: year, toYear: 2050 }, "unWomenChair", ["input", "fromYear"]);
    await invalid("prioritiesCarryForward", { bodyId: ids.bodies.gbvSector, fromYear: 2026, toYear: year }, "unWomenChair", ["input", "toYear"]);
  });

  it("accepts the years 2000 and 2100", async () => {
    for (const year of [2000, 2100]) {
      const created = await write(hub, "priorityCreate", priorityInput({ year, indicators: [] }), "year", "unWomenChair");
      expect(created).toEqual({ year });
    }
  });

  it("refuses carrying a year forward to itself or backwards", async () => {
    await invalid("prioritiesCarryForward", { bodyId: ids.bodies.gbvSector, fromYear: 2026, toYear: 2026 }, "unWomenChair", ["input", "toYear"]);
    await invalid("prioritiesCarryForward", { bodyId: ids.bodies.gbvSector, fromYear: 2026, toYear: 2025 }, "unWomenChair", ["input", "toYear"]);
  });
});

describe("numbers that must fit the indicator's measure", () => {
  it("refuses a percentage of 150 (or below 0) everywhere", async () => {
    await invalid("priorityCreate", priorityInput({ indicators: [indicator({ target: 150 })] }), "unWomenChair", ["input", "indicators", "0", "target"]);
    await invalid("priorityCreate", priorityInput({ indicators: [indicator({ baseline: -1 })] }), "unWomenChair", ["input", "indicators", "0", "baseline"]);
    await invalid("indicatorAdd", { priorityId: f.priority.id, ...indicator({ target: 150 }) }, "unWomenChair", ["input", "target"]);
    await invalid("indicatorUpdate", { indicatorId: f.percentage.id, expectedVersion: await storedVersion(hub, "indicators", f.percentage.id), target: 150 }, "unWomenChair", ["input", "target"]);
    await invalid("commitmentCreate", commitmentInput({ targets: [{ indicatorId: f.percentage.id, target: 150 }] }), f.partner, ["input", "targets", "0", "target"]);
    await invalid("commitmentUpdate", { commitmentId: f.commitment.id, expectedVersion: f.commitment.version, targets: [{ indicatorId: f.percentage.id, target: 150 }] }, f.partner, ["input", "targets", "0", "target"]);
    await invalid(
      "progressReportSubmit",
      reportInput({ values: [{ indicatorId: f.unit.id, value: 3 }, { indicatorId: f.percentage.id, value: 150 }] }),
      f.partner,
      ["input", "values", "1", "value"],
    );
    await invalid("progressReportSubmit", reportInput({ values: [{ indicatorId: f.percentage.id, value: -0.5 }] }), f.partner, ["input", "values", "0", "value"]);
    await invalid("progressReportCorrect", { reportId: f.report.id, expectedVersion: f.report.version, values: [{ indicatorId: f.percentage.id, value: 150 }] }, f.partner, ["input", "values", "0", "value"]);
  });

  it("accepts 0 and 100 as percentages", async () => {
    const report = await write(
      hub,
      "progressReportSubmit",
      reportInput({ periodStart: "2026-07-01", periodEnd: "2026-09-30", values: [{ indicatorId: f.percentage.id, value: 100 }, { indicatorId: f.unit.id, value: 0 }] }),
      "values { value indicator { id } }",
      f.partner,
    );
    expect(report.values).toEqual(expect.arrayContaining([{ value: 100, indicator: { id: f.percentage.id } }, { value: 0, indicator: { id: f.unit.id } }]));
  });

  it("refuses a number for a QUALITATIVE indicator, and a QUALITATIVE value without words", async () => {
    await invalid("priorityCreate", priorityInput({ indicators: [indicator({ measure: "QUALITATIVE", target: 3 })] }), "unWomenChair", ["input", "indicators", "0", "target"]);
    await invalid("indicatorUpdate", { indicatorId: f.qualitative.id, expectedVersion: await storedVersion(hub, "indicators", f.qualitative.id), baseline: 1 }, "unWomenChair", ["input", "baseline"]);
    await invalid("commitmentCreate", commitmentInput({ targets: [{ indicatorId: f.qualitative.id, target: 5 }] }), f.partner, ["input", "targets", "0", "target"]);
    await invalid(
      "progressReportSubmit",
      reportInput({ values: [{ indicatorId: f.unit.id, value: 10 }, { indicatorId: f.qualitative.id, value: 4, text: "Some change" }] }),
      f.partner,
      ["input", "values", "1", "value"],
    );
    await invalid("progressReportSubmit", reportInput({ values: [{ indicatorId: f.qualitative.id }] }), f.partner, ["input", "values", "0", "text"]);
    // And a UNIT indicator needs its number.
    await invalid("progressReportSubmit", reportInput({ values: [{ indicatorId: f.unit.id, text: "Many" }] }), f.partner, ["input", "values", "0", "value"]);
  });

  it("refuses a value or target for an indicator of another priority", async () => {
    const foreign = f.otherPriority.indicators[0].id;
    await invalid("progressReportSubmit", reportInput({ values: [{ indicatorId: foreign, value: 5 }] }), f.partner, ["input", "values", "0", "indicatorId"]);
    await invalid("progressReportCorrect", { reportId: f.report.id, expectedVersion: f.report.version, values: [{ indicatorId: f.unit.id, value: 1 }, { indicatorId: foreign, value: 5 }] }, f.partner, ["input", "values", "1", "indicatorId"]);
    await invalid("commitmentCreate", commitmentInput({ targets: [{ indicatorId: foreign, target: 5 }] }), f.partner, ["input", "targets", "0", "indicatorId"]);
    // Not an indicator id at all.
    await invalid("progressReportSubmit", reportInput({ values: [{ indicatorId: f.priority.id, value: 5 }] }), f.partner, ["input", "values", "0", "indicatorId"]);
  });

  it("refuses two values (or targets) for the same indicator", async () => {
    await invalid(
      "progressReportSubmit",
      reportInput({ values: [{ indicatorId: f.unit.id, value: 5 }, { indicatorId: f.unit.id, value: 6 }] }),
      f.partner,
      ["input", "values", "1", "indicatorId"],
    );
    await invalid(
      "commitmentCreate",
      commitmentInput({ targets: [{ indicatorId: f.unit.id, target: 5 }, { indicatorId: f.percentage.id, target: 6 }, { indicatorId: f.unit.id, target: 7 }] }),
      f.partner,
      ["input", "targets", "2", "indicatorId"],
    );
  });
});

describe("who may commit", () => {
  it("refuses a commitment for an organisation that is only an observer of the body", async () => {
    // Canada observes the Gender Working Group; UN Women chairs it and may commit on a member's behalf.
    await invalid("commitmentCreate", commitmentInput({ priorityId: f.gwgPriority.id, organisationId: ids.organisations.canada }), "unWomenChair", ["input", "organisationId"]);
    // A member, for comparison, is accepted on the same path.
    const onBehalf = await write(hub, "commitmentCreate", commitmentInput({ priorityId: f.gwgPriority.id, organisationId: ids.organisations.unicef }), COMMITMENT, "unWomenChair");
    expect(onBehalf.organisation).toEqual({ id: ids.organisations.unicef });
  });

  it("refuses an observer committing for itself", async () => {
    const observer = await newPartner(hub, "Observer");
    await joinBody(hub, observer, ids.bodies.genderWorkingGroup, { role: "OBSERVER" });
    const counts = await rowCounts(hub);
    await refused(hub, "commitmentCreate", commitmentInput({ priorityId: f.gwgPriority.id }), observer, { code: "FORBIDDEN" });
    expect(await rowCounts(hub)).toEqual(counts);
  });

  it("refuses a commitment for an organisation outside the body", async () => {
    await invalid("commitmentCreate", commitmentInput({ organisationId: ids.organisations.canada }), "unWomenChair", ["input", "organisationId"]);
  });
});

describe("contacts, roles and keys", () => {
  it.each(["not-an-email", "a@b", "two@@example.org", "spaces in@example.org", `${long(250)}@example.org`])("refuses the e-mail %j on a focal point", async (email) => {
    await invalid("focalPointAdd", focalPointInput({ email }), f.partner, ["input", "email"]);
    await invalid("focalPointUpdate", { focalPointId: f.focalPoint.id, expectedVersion: f.focalPoint.version, email }, f.partner, ["input", "email"]);
  });

  it("refuses a phone number that is not one", async () => {
    await invalid("focalPointAdd", focalPointInput({ phone: "call me" }), f.partner, ["input", "phone"]);
  });

  it("refuses asking to join as a chair", async () => {
    const other = await newPartner(hub);
    const counts = await rowCounts(hub);
    await refused(hub, "membershipRequest", { bodyId: ids.bodies.gbvSector, role: "CHAIR" }, other, { code: "INVALID", field: ["input", "role"] });
    expect(await rowCounts(hub)).toEqual(counts);
  });

  it("refuses an empty or overlong idempotency key", async () => {
    await invalid("progressReportSubmit", reportInput({ idempotencyKey: "" }), f.partner, ["input", "idempotencyKey"]);
    await invalid("commitmentCreate", commitmentInput({ idempotencyKey: long(201) }), f.partner, ["input", "idempotencyKey"]);
  });

  it("refuses a NUL character in an idempotency key as INVALID, not a server error", async () => {
    const other = await newPartner(hub);
    await invalid("membershipRequest", { bodyId: ids.bodies.socialCohesionSector, idempotencyKey: "retry\u0000key" }, other, ["input", "idempotencyKey"]);
    await invalid("progressReportSubmit", reportInput({ idempotencyKey: "retry\u0000key" }), f.partner, ["input", "idempotencyKey"]);
  });

  it("refuses a work area the body does not have", async () => {
    await invalid("priorityCreate", priorityInput({ workArea: "ADVOCACY" }), "unWomenChair", ["input", "workArea"]);
  });
});

describe("Arabic and mixed-direction text", () => {
  // Right-to-left and left-to-right runs, bidi marks and isolates, Arabic-Indic digits, diacritics,
  // a decomposed é (e + U+0301) and an emoji: all must come back exactly as sent.
  const MIXED = {
    en: "GBV response in \u2067عكار\u2069 (2026) \u2013 phase 2, caf\u0065\u0301 talks \u{1F91D}",
    ar: "\u200Fاستجابة GBV في عكار \u2066(Akkar)\u2069 لعام ٢٠٢٦ \u2013 المرحلة 2 مُؤَشِّر",
  };
  const ARABIC_ONLY = { ar: "الوصول الآمن إلى الخدمات للنساء والفتيات في البقاع" };

  it("stores a priority's title and an indicator's name exactly", async () => {
    const created = await write(
      hub,
      "priorityCreate",
      priorityInput({ title: MIXED, description: ARABIC_ONLY, indicators: [indicator({ name: MIXED, measure: "UNIT", unitLabel: { ar: "جلسات" } })] }),
      PRIORITY,
      "unWomenChair",
    );
    expect(created.titleTranslations).toEqual(MIXED);
    expect(created.descriptionTranslations).toEqual({ en: null, ar: ARABIC_ONLY.ar });
    expect(created.indicators[0].nameTranslations).toEqual(MIXED);
    expect(created.indicators[0].unitLabelTranslations).toEqual({ en: null, ar: "جلسات" });

    const [row] = await hub.database.db.select().from(tables.priorities).where(eq(tables.priorities.id, rawId(created.id)));
    expect(row!.title).toEqual(MIXED);
    expect([...row!.title.ar!].length).toBe([...MIXED.ar].length);
    expect(row!.title.en!.normalize("NFD")).toBe(row!.title.en);

    // Each language resolves on its own; Arabic-only text answers in English requests too.
    const inArabic = await hub.query(`query($id: ID!) { node(id: $id) { ... on Priority { title description } } }`, { id: created.id }, { as: "gbvPartner", language: "ar" });
    expect(inArabic.data?.node).toEqual({ title: MIXED.ar, description: ARABIC_ONLY.ar });
    const inEnglish = await hub.query(`query($id: ID!) { node(id: $id) { ... on Priority { title description } } }`, { id: created.id }, { as: "gbvPartner", language: "en" });
    expect(inEnglish.data?.node).toEqual({ title: MIXED.en, description: ARABIC_ONLY.ar });
  });

  it("stores a commitment, a report, its qualitative value and a focal point exactly", async () => {
    const partner = await newPartner(hub);
    const membership = await joinBody(hub, partner, ids.bodies.gbvSector);
    const commitment = await write(hub, "commitmentCreate", commitmentInput({ description: MIXED, targets: [{ indicatorId: f.qualitative.id, note: MIXED.ar }] }), COMMITMENT, partner);
    expect(commitment.descriptionTranslations).toEqual(MIXED);
    expect(commitment.targets).toEqual([{ target: null, note: MIXED.ar, indicator: { id: f.qualitative.id } }]);

    const report = await write(
      hub,
      "progressReportSubmit",
      reportInput({ commitmentId: commitment.id, narrative: MIXED, values: [{ indicatorId: f.qualitative.id, text: MIXED.ar }, { indicatorId: f.unit.id, value: 12, text: MIXED.en }] }),
      REPORT,
      partner,
    );
    expect(report.narrativeTranslations).toEqual(MIXED);
    expect(report.values).toEqual(
      expect.arrayContaining([
        { value: null, text: MIXED.ar, indicator: { id: f.qualitative.id } },
        { value: 12, text: MIXED.en, indicator: { id: f.unit.id } },
      ]),
    );
    const [row] = await hub.database.db.select().from(tables.progressReports).where(eq(tables.progressReports.id, rawId(report.id)));
    expect(row!.narrative).toEqual(MIXED);

    const person = await write(hub, "focalPointAdd", { membershipId: membership.id, name: "ريم الحسيني", title: "منسّقة البرامج \u2013 Programme Coordinator" }, "name title", partner);
    expect(person).toEqual({ name: "ريم الحسيني", title: "منسّقة البرامج \u2013 Programme Coordinator" });
    const membershipRead = await ok(hub, `query($id: ID!) { node(id: $id) { ... on Membership { ${MEMBERSHIP} focalPoints { name title } } } }`, { id: membership.id }, partner);
    expect(membershipRead.node.focalPoints).toEqual([{ name: "ريم الحسيني", title: "منسّقة البرامج \u2013 Programme Coordinator" }]);
  });
});
