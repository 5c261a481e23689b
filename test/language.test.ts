/**
 * Bilingual text: fields resolve in the request's language (Accept-Language), fall back to the other
 * language when one is missing, and `…Translations` gives both.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bodies, organisations, priorities } from "../schema/database.js";
import { DEMO_BODY_NAMES, DEMO_COMMITMENTS, DEMO_FRAMEWORKS, DEMO_ORGANISATIONS, DEMO_PRIORITIES } from "../server/seed/demo-data.js";
import { toGlobalId } from "../server/shared/ids.js";
import { demoIds, ok, type BodyKey, type DemoIds } from "./helpers.js";
import { DEMO_YEAR, startHub, type Hub } from "./testkit.js";

let hub: Hub;
let ids: DemoIds;
beforeAll(async () => {
  hub = await startHub();
  ids = await demoIds(hub);
});
afterAll(() => hub.close());

const GWG = DEMO_BODY_NAMES.genderWorkingGroup;

describe("Accept-Language", () => {
  it.each([
    [undefined, "en"],
    ["en", "en"],
    ["ar", "ar"],
    ["AR", "ar"],
    ["ar-LB", "ar"],
    ["en-GB,en;q=0.9", "en"],
    ["ar-LB,ar;q=0.9,en;q=0.8", "ar"],
    ["en;q=0.4, ar;q=0.8", "ar"],
    ["ar;q=0, en", "en"],
    ["fr", "en"],
    ["fr-FR, ar;q=0.5", "ar"],
    ["*", "en"],
  ] as const)("%j resolves text in %s", async (header, language) => {
    const data = await ok(
      hub,
      `query($id: ID!, $org: ID!) { body(id: $id) { name } organisation(id: $org) { name } }`,
      { id: ids.bodies.genderWorkingGroup, org: ids.organisations.unicef },
      { language: header },
    );
    expect(data.body.name).toBe(GWG[language]);
    expect(data.organisation.name).toBe(DEMO_ORGANISATIONS.unicef.name[language]);
  });

  it("applies per request: an Arabic and an English request side by side", async () => {
    const query = `query($id: ID!) { body(id: $id) { name } }`;
    const [ar, en] = await Promise.all([
      ok(hub, query, { id: ids.bodies.genderWorkingGroup }, { language: "ar" }),
      ok(hub, query, { id: ids.bodies.genderWorkingGroup }, { language: "en" }),
    ]);
    expect(ar.body.name).toBe(GWG.ar);
    expect(en.body.name).toBe(GWG.en);
  });
});

describe("every text field in both languages", () => {
  const TEXTS = `query($gwg: ID!, $org: ID!, $priority: ID!, $partner: ID!) {
    body(id: $gwg) { name nameTranslations { en ar } description descriptionTranslations { en ar } }
    organisation(id: $org) { name nameTranslations { en ar } }
    frameworks(first: 1) { nodes {
      name nameTranslations { en ar } description descriptionTranslations { en ar }
      tracks { name nameTranslations { en ar } description descriptionTranslations { en ar } }
    } }
    priority: node(id: $priority) { ... on Priority {
      title titleTranslations { en ar } description descriptionTranslations { en ar }
      indicators { name nameTranslations { en ar } unitLabel unitLabelTranslations { en ar } }
      commitments(filter: { organisationId: $partner }) { nodes {
        description descriptionTranslations { en ar }
        latestReport { narrative narrativeTranslations { en ar } }
      } }
    } }
  }`;

  const responses = new Map<string, Promise<any>>();
  const textsIn = (language: "en" | "ar") => {
    if (!responses.has(language)) {
      responses.set(
        language,
        ok(
          hub,
          TEXTS,
          { gwg: ids.bodies.genderWorkingGroup, org: ids.organisations.unfpa, priority: ids.priorities.gwgReformTrack, partner: ids.organisations.cedarBridge },
          { language },
        ),
      );
    }
    return responses.get(language)!;
  };

  const framework = DEMO_FRAMEWORKS["3RF"];
  const priority = DEMO_PRIORITIES.gwgReformTrack;
  const commitment = DEMO_COMMITMENTS.find((c) => c.organisation === "cedarBridge" && c.priority === "gwgReformTrack")!;
  const latest = commitment.reports.at(-1)!;

  /** [label, where the pair of fields sits in the data, the field name, the demo text]. */
  const FIELDS: Array<[string, (data: any) => any, string, { en: string; ar: string }]> = [
    ["body name", (d) => d.body, "name", GWG],
    ["body description", (d) => d.body, "description", { en: expect.stringContaining("Strategic forum"), ar: expect.stringContaining("منتدى") } as never],
    ["organisation name", (d) => d.organisation, "name", DEMO_ORGANISATIONS.unfpa.name],
    ["framework name", (d) => d.frameworks.nodes[0], "name", framework.name],
    ["framework description", (d) => d.frameworks.nodes[0], "description", framework.description],
    ["track name", (d) => d.frameworks.nodes[0].tracks[0], "name", framework.tracks[0]!.name],
    ["track description", (d) => d.frameworks.nodes[0].tracks[0], "description", framework.tracks[0]!.description],
    ["priority title", (d) => d.priority, "title", priority.title],
    ["priority description", (d) => d.priority, "description", priority.description],
    ["indicator name", (d) => d.priority.indicators[1], "name", priority.indicators[1]!.name],
    ["indicator unit label", (d) => d.priority.indicators[1], "unitLabel", priority.indicators[1]!.unitLabel!],
    ["commitment description", (d) => d.priority.commitments.nodes[0], "description", commitment.description],
    ["progress report narrative", (d) => d.priority.commitments.nodes[0].latestReport, "narrative", latest.narrative],
  ];

  it.each(FIELDS)("%s", async (_label, pick, field, demo) => {
    for (const language of ["en", "ar"] as const) {
      const object = pick(await textsIn(language));
      expect(object[`${field}Translations`]).toEqual({ en: demo.en, ar: demo.ar });
      expect(object[field]).toEqual(demo[language]);
      expect(object[field]).toBe(object[`${field}Translations`][language]);
    }
  });

  it("gives Arabic and English texts that differ", async () => {
    const [en, ar] = await Promise.all([textsIn("en"), textsIn("ar")]);
    expect(en.body.name).not.toBe(ar.body.name);
    expect(ar.priority.title).toMatch(/[\u0600-\u06FF]/);
    expect(en.priority.title).not.toMatch(/[\u0600-\u06FF]/);
  });

  it("leaves a missing optional text null in both languages", async () => {
    // A qualitative indicator has no unit label.
    for (const language of ["en", "ar"] as const) {
      const data = await textsIn(language);
      expect(data.priority.indicators[2]).toMatchObject({ unitLabel: null, unitLabelTranslations: null });
    }
  });
});

describe("sorting by name in the request's language", () => {
  const demoBodyNames = new Set<string>(Object.values(DEMO_BODY_NAMES).flatMap((name) => [name.en, name.ar]));
  const bodyNames = async (language: string, direction = "ASC") => {
    const data = await ok(hub, `query($d: OrderDirection!) { bodies(orderBy: { field: NAME, direction: $d }) { nodes { name } } }`, { d: direction }, { language });
    // Rows that other tests in this file insert are left out.
    return data.bodies.nodes.map((b: any) => b.name).filter((name: string) => demoBodyNames.has(name));
  };
  const arabic = (keys: BodyKey[]) => keys.map((key) => DEMO_BODY_NAMES[key].ar);

  it("sorts bodies by their Arabic names in Arabic", async () => {
    expect(await bodyNames("ar")).toEqual(
      arabic(["sgbvTaskForce", "humanRightsTaskForce", "lgbtiqTaskForce", "socialCohesionSector", "gbvSector", "genderWorkingGroup"]),
    );
    expect(await bodyNames("ar", "DESC")).toEqual((await bodyNames("ar")).reverse());
  });

  it("sorts bodies by their English names in English", async () => {
    const english = await bodyNames("en");
    expect(english[0]).toBe(DEMO_BODY_NAMES.gbvSector.en);
    expect(english.at(-1)).toBe(DEMO_BODY_NAMES.socialCohesionSector.en);
  });
});

describe("falling back to the other language", () => {
  const ORG = `query($id: ID!) { organisation(id: $id) { name nameTranslations { en ar } } }`;

  async function insertOrganisation(name: { en?: string; ar?: string }): Promise<string> {
    const [row] = await hub.database.db.insert(organisations).values({ name, type: 22 }).returning({ id: organisations.id });
    return toGlobalId("Organisation", row!.id);
  }

  it("gives the Arabic name to an English request when there is no English one", async () => {
    const id = await insertOrganisation({ ar: "جمعية اختبار اللغة العربية فقط" });
    for (const language of ["en", "ar", undefined]) {
      const data = await ok(hub, ORG, { id }, { language });
      expect(data.organisation.name).toBe("جمعية اختبار اللغة العربية فقط");
    }
    const data = await ok(hub, ORG, { id }, { language: "en" });
    expect(data.organisation.nameTranslations.ar).toBe("جمعية اختبار اللغة العربية فقط");
    expect(data.organisation.nameTranslations.en ?? null).toBeNull();
  });

  it("gives the English name to an Arabic request when there is no Arabic one", async () => {
    const id = await insertOrganisation({ en: "English Only Language Test Association" });
    const data = await ok(hub, ORG, { id }, { language: "ar" });
    expect(data.organisation.name).toBe("English Only Language Test Association");
    expect(data.organisation.nameTranslations).toEqual({ en: "English Only Language Test Association", ar: null });
  });

  it("treats an empty string as missing", async () => {
    const id = await insertOrganisation({ en: "", ar: "جمعية النص الفارغ" });
    const data = await ok(hub, ORG, { id }, { language: "en" });
    expect(data.organisation.name).toBe("جمعية النص الفارغ");
  });

  it("finds and lists an organisation through its only language", async () => {
    await insertOrganisation({ ar: "منظمة البحث بالعربية" });
    const data = await ok(hub, `{ organisations(filter: { search: "البحث بالعربية" }) { totalCount nodes { name } } }`, {}, { language: "en" });
    expect(data.organisations).toEqual({ totalCount: 1, nodes: [{ name: "منظمة البحث بالعربية" }] });
  });

  it("sorts by the fallback text: an English-only name sorts among Latin names in an Arabic request", async () => {
    await insertOrganisation({ en: "Aaaa First In Arabic Sort" });
    const data = await ok(hub, `{ organisations(first: 100, orderBy: { field: NAME }) { nodes { name } } }`, {}, { language: "ar" });
    expect(data.organisations.nodes[0].name).toBe("Aaaa First In Arabic Sort");
  });

  it("falls back for bodies and priorities too", async () => {
    const [body] = await hub.database.db
      .insert(bodies)
      .values({ name: { ar: "مجموعة فرعية للاختبار" }, kind: "SUB_WORKING_GROUP", level: "FIELD" })
      .returning({ id: bodies.id });
    await hub.database.db.insert(priorities).values({
      bodyId: body!.id,
      year: DEMO_YEAR,
      workArea: "ADVOCACY",
      title: { en: "English-only priority title" },
    });
    const query = `query($id: ID!) { body(id: $id) { name nameTranslations { en ar } priorities { nodes { title titleTranslations { en ar } description } } } }`;
    const en = await ok(hub, query, { id: toGlobalId("CoordinationBody", body!.id) }, { language: "en" });
    expect(en.body.name).toBe("مجموعة فرعية للاختبار");
    expect(en.body.priorities.nodes).toEqual([
      { title: "English-only priority title", titleTranslations: { en: "English-only priority title", ar: null }, description: null },
    ]);
    const ar = await ok(hub, query, { id: toGlobalId("CoordinationBody", body!.id) }, { language: "ar" });
    expect(ar.body.name).toBe("مجموعة فرعية للاختبار");
    expect(ar.body.priorities.nodes[0].title).toBe("English-only priority title");
  });
});
