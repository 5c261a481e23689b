/**
 * The look-ahead compiler answers a query it can read whole in one SQL statement, and otherwise
 * reads the relations a query selects in one statement and primes the DataLoaders. Both answers
 * must be exactly, byte for byte, those of the DataLoaders alone, on the same rows, for every
 * viewer, argument, fragment and paging direction, in fewer statements.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DemoRole } from "../server/seed/demo.js";
import { demoIds, ok, type DemoIds } from "./helpers.js";
import { DEMO_YEAR, startHub, startTwin, type Hub } from "./testkit.js";
import { idOfType } from "../server/shared/ids.js";
import { RenderedStatements } from "../server/shared/lookahead/rendered.js";
import { parse } from "graphql";

let compiled: Hub;
let primed: Hub;
let loaders: Hub;
let ids: DemoIds;

beforeAll(async () => {
  compiled = await startHub();
  primed = await startTwin(compiled, { lookahead: "prime" });
  loaders = await startTwin(compiled, { lookahead: "off" });
  ids = await demoIds(compiled);
  // Every viewer's token read once: from now on, a whole answer confirms its viewer in its own statement.
  for (const as of VIEWERS) await compiled.query("{ __typename }", {}, { as });
});
afterAll(async () => {
  await loaders.close();
  await primed.close();
  await compiled.close();
});

const VIEWERS: DemoRole[] = ["admin", "unWomenChair", "partnerInTaskForce", "partnerOutsideTaskForce", "gbvPartner"];

const DEEP = `query($first: Int!) {
  bodies(first: $first) { totalCount nodes { name leads { role organisation { name } }
    memberships(first: $first) { totalCount nodes { role body { name } organisation { name } focalPoints { name email phone } } }
    priorities(first: $first) { totalCount nodes { title body { name } indicators { name unitLabel priority { title } }
      commitments(first: $first) { totalCount nodes { description organisation { name } priority { title }
        latestReport { periodEnd narrative commitment { description } }
        progressReports(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { periodEnd status } } } } } } } } }
}`;

/** Runs a query on the three servers as the same viewer; returns the answers and the statements each cost. */
async function both(query: string, variables: Record<string, unknown>, as: DemoRole, language?: string) {
  const run = async (hub: Hub) => {
    const before = hub.database.statementCount();
    const response = await hub.query(query, variables, { as, language });
    return { response, statements: hub.database.statementCount() - before };
  };
  const withCompiler = await run(compiled);
  const withPriming = await run(primed);
  const withLoaders = await run(loaders);
  return { withCompiler, withPriming, withLoaders };
}

/** The same answer on every path, byte for byte (keys in the order GraphQL answers them). */
function expectSameAnswers(run: Awaited<ReturnType<typeof both>>) {
  expect(JSON.stringify(run.withCompiler.response)).toBe(JSON.stringify(run.withLoaders.response));
  expect(JSON.stringify(run.withPriming.response)).toBe(JSON.stringify(run.withLoaders.response));
}

describe.each(VIEWERS)("as %s", (as) => {
  it("answers the deep query exactly as the DataLoaders do, in fewer statements, constant in the page size", async () => {
    const small = await both(DEEP, { first: 2 }, as);
    const large = await both(DEEP, { first: 50 }, as);
    for (const run of [small, large]) {
      expect(run.withCompiler.response.errors).toBeUndefined();
      expectSameAnswers(run);
    }
    expect(JSON.stringify(large.withCompiler.response).length).toBeGreaterThan(JSON.stringify(small.withCompiler.response).length);
    expect(large.withCompiler.statements).toBe(small.withCompiler.statements);
    expect(large.withCompiler.statements).toBeLessThanOrEqual(6);
    expect(large.withCompiler.statements).toBeLessThan(large.withLoaders.statements / 2);
  });

  it("answers the partner view and the dashboard (ids, languages) exactly as the DataLoaders do", async () => {
    const organisation = ids.organisations.unWomen;
    const partner = `query($id: ID!, $year: Int!) { organisation(id: $id) { id name
      memberships(first: 20, filter: { statuses: [ACTIVE] }, orderBy: { field: CREATED_AT, direction: ASC }) { totalCount nodes { id role
        body { id name priorities(year: $year, first: 10) { nodes { id title commitments(first: 10, filter: { organisationId: $id }) { nodes { id status description } } } } } } }
      commitments(first: 5) { totalCount nodes { id priority { id title } } } } }`;
    for (const language of ["en", "ar"]) {
      const run = await both(partner, { id: organisation, year: DEMO_YEAR }, as, language);
      expect(run.withCompiler.response.errors).toBeUndefined();
      expectSameAnswers(run);
      expect(run.withCompiler.statements).toBeLessThan(run.withLoaders.statements);
    }
  });
});

describe("selections the compiler must read as GraphQL does", () => {
  const gwg = () => ids.bodies.genderWorkingGroup;

  it("aliases of one field with different arguments, fragments, inline fragments, @skip and @include", async () => {
    const query = `query($id: ID!, $skip: Boolean!, $include: Boolean!) { body(id: $id) {
      ...Members
      recent: memberships(first: 3, orderBy: { field: CREATED_AT, direction: DESC }) { nodes { id organisation { name } } }
      ... on CoordinationBody { byRole: memberships(first: 5, filter: { roles: [CHAIR, CO_CHAIR] }) { totalCount nodes { role } } }
      hidden: priorities(first: 5) @skip(if: $skip) { nodes { id indicators { id } } }
      shown: priorities(first: 5, orderBy: { field: TITLE, direction: DESC }) @include(if: $include) { nodes { title commitments(last: 2) { nodes { id } } } }
    } }
    fragment Members on CoordinationBody { memberships(first: 4) { edges { cursor node { id organisation { ...Named } } } } }
    fragment Named on Organisation { name acronym }`;
    for (const flags of [{ skip: true, include: true }, { skip: false, include: false }]) {
      const run = await both(query, { id: gwg(), ...flags }, "unWomenChair");
      expect(run.withCompiler.response.errors).toBeUndefined();
      expectSameAnswers(run);
    }
  });

  it("pages forward and backward from cursors exactly as the DataLoaders do", async () => {
    const first = await ok(compiled, `query($id: ID!) { body(id: $id) { memberships(first: 5) { pageInfo { endCursor } } } }`, { id: gwg() });
    const cursor = first.body.memberships.pageInfo.endCursor;
    const query = `query($id: ID!, $cursor: String!) { body(id: $id) {
      after: memberships(first: 5, after: $cursor) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id organisation { name } } }
      before: memberships(last: 3, before: $cursor) { pageInfo { hasNextPage hasPreviousPage } edges { cursor node { id } } }
    } }`;
    const run = await both(query, { id: gwg(), cursor }, "admin");
    expect(run.withCompiler.response.errors).toBeUndefined();
    expect(run.withCompiler.response.data.body.after.nodes).toHaveLength(5);
    expect(run.withCompiler.response.data.body.before.edges).toHaveLength(3);
    expectSameAnswers(run);
  });

  it("leaves bad arguments to the resolver, which names them, on both paths", async () => {
    const query = `query($id: ID!) { body(id: $id) { name priorities(first: 5000) { nodes { id } } memberships(first: 2, after: "not-a-cursor") { nodes { id } } } }`;
    const run = await both(query, { id: gwg() }, "admin");
    expectSameAnswers(run);
    const messages = run.withCompiler.response.errors?.map((error) => error.message).join(" ");
    expect(messages).toMatch(/first/);
    expect(messages).toMatch(/after/);
  });

  it("reads lists of bodies, priorities and commitments with their relations in one statement beyond the list's own", async () => {
    const query = `{
      priorities(first: 30, filter: { year: ${DEMO_YEAR} }) { nodes { title body { name leads { organisation { name } } } commitments(first: 5) { nodes { organisation { name } } } } }
      commitments(first: 30) { nodes { description priority { title } organisation { name } latestReport { periodEnd } } }
    }`;
    for (const as of VIEWERS) {
      const run = await both(query, {}, as);
      expect(run.withCompiler.response.errors).toBeUndefined();
      expectSameAnswers(run);
      expect(run.withCompiler.statements).toBeLessThan(run.withLoaders.statements);
    }
  });

  it("reads the relations of objects found by id (node, nodes), per type, through inline fragments", async () => {
    const query = `query($ids: [ID!]!, $id: ID!) {
      nodes(ids: $ids) { id ... on CoordinationBody { name leads { organisation { name } } priorities(first: 3) { totalCount nodes { title } } }
        ... on Organisation { name memberships(first: 3) { nodes { body { name } } } } ... on Priority { title body { name } } }
      node(id: $id) { ... on CoordinationBody { memberships(first: 2) { nodes { organisation { acronym } } } } }
    }`;
    const priorities = await ok(compiled, `{ priorities(first: 2) { nodes { id } } }`);
    const nodeIds = [ids.bodies.genderWorkingGroup, ids.bodies.lgbtiqTaskForce, ids.organisations.unWomen, ...priorities.priorities.nodes.map((p: any) => p.id)];
    for (const as of VIEWERS) {
      const run = await both(query, { ids: nodeIds, id: ids.bodies.lgbtiqTaskForce }, as);
      expect(run.withCompiler.response.errors).toBeUndefined();
      expectSameAnswers(run);
      expect(run.withCompiler.statements).toBeLessThan(run.withLoaders.statements);
    }
  });

  it("reads a root field and everything below it in one statement, the token's confirmation included", async () => {
    const dashboard = `query($id: ID!, $year: Int!) { body(id: $id) { name priorities(year: $year, first: 20) { totalCount nodes { title
      indicators { name } commitments(first: 20) { totalCount nodes { status organisation { name } latestReport { periodEnd } } } } } } }`;
    const directory = `{ bodies(first: 20) { totalCount nodes { name leads { role organisation { name acronym } } } } }`;
    for (const [query, variables] of [[dashboard, { id: gwg(), year: DEMO_YEAR }], [directory, {}]] as const) {
      const run = await both(query, variables, "unWomenChair");
      expect(run.withCompiler.response.errors).toBeUndefined();
      expectSameAnswers(run);
      expect(run.withCompiler.statements).toBe(1);
    }
  });

  it("keeps root lists with different filters and orders in one query apart", async () => {
    const query = `{
      sectors: bodies(first: 5, filter: { kinds: [SECTOR] }) { totalCount nodes { kind name } }
      groups: bodies(first: 5, filter: { kinds: [WORKING_GROUP, TASK_FORCE] }, orderBy: { field: NAME, direction: DESC }) { totalCount nodes { kind name } }
      ngos: organisations(first: 3, filter: { types: [NATIONAL_NGO] }) { totalCount nodes { name } }
      all: organisations(first: 3) { totalCount nodes { name } }
    }`;
    const run = await both(query, {}, "admin");
    expect(run.withCompiler.response.errors).toBeUndefined();
    expectSameAnswers(run);
    const data = run.withCompiler.response.data;
    expect(data.sectors.nodes.every((b: any) => b.kind === "SECTOR")).toBe(true);
    expect(data.groups.nodes.some((b: any) => b.kind === "SECTOR")).toBe(false);
    expect(data.ngos.totalCount).toBeLessThan(data.all.totalCount);
  });

  it("plans a relation once however often fragments, repeats and aliases with equal arguments select it", async () => {
    const times = (n: number, text: string) => Array.from({ length: n }, () => text).join(" ");
    const query = `query($id: ID!) { body(id: $id) { ${times(12, "...A")} ${times(90, "leads { id }")} } }
      fragment A on CoordinationBody { leads { ${times(12, "...B")} } again: leads { role } }
      fragment B on Membership { body { ${times(12, "...C")} } }
      fragment C on CoordinationBody { memberships(first: 3) { nodes { ${times(12, "...D")} } } }
      fragment D on Membership { organisation { name } }`;
    const run = await both(query, { id: gwg() }, "admin");
    expect(run.withCompiler.response.errors).toBeUndefined();
    expectSameAnswers(run);
    expect(run.withCompiler.statements).toBe(1);
  });

  it("reads an object whose global id holds its uuid in capitals, on both paths", async () => {
    const [type, uuid] = Buffer.from(gwg(), "base64url").toString("utf8").split(":");
    const upper = Buffer.from(`${type}:${uuid!.toUpperCase()}`).toString("base64url");
    const query = `query($id: ID!) { body(id: $id) { id name memberships(first: 2) { totalCount } } }`;
    const run = await both(query, { id: upper }, "admin");
    expect(run.withCompiler.response.data.body.id).toBe(gwg());
    expectSameAnswers(run);
  });
});

describe("whole answers in SQL", () => {
  const EVERY_FIELD = `query($first: Int!) {
    __typename
    bodies(first: $first, orderBy: { field: NAME, direction: ASC }) {
      __typename totalCount
      pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor }
      edges { __typename cursor node { ...Body } }
    }
    organisations(first: $first) { nodes { __typename id name nameTranslations { en ar } acronym type typeCode iatiIdentifier createdAt } }
    priorities(first: $first) { nodes { ...Priority } }
    commitments(first: $first) { nodes { ...Commitment } }
  }
  fragment Body on CoordinationBody { __typename id kind visibility createdAt name nameTranslations { __typename en ar } acronym
    description descriptionTranslations { en ar } level workAreas viewerCanSeeDetails
    memberships(first: 5) { nodes { id role status startDate endDate version createdAt updatedAt } } }
  fragment Priority on Priority { id year workArea archivedAt archived version createdAt updatedAt title titleTranslations { en ar }
    description descriptionTranslations { ar en }
    indicators { __typename id measure baseline target direction position version name nameTranslations { en ar } unitLabel unitLabelTranslations { en ar } } }
  fragment Commitment on Commitment { id status version createdAt updatedAt description descriptionTranslations { en ar }
    latestReport { ...Report }
    progressReports(last: 2) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ...Report } } } }
  fragment Report on ProgressReport { ... on Node { id } periodStart periodEnd status reviewState reviewerComment reviewedAt revision
    submittedAt version narrative narrativeTranslations { en ar } locked }`;

  it("answers every field it reads in SQL as the resolvers do, in both languages, in one statement, the token's confirmation included", async () => {
    // Microseconds: DateTime answers milliseconds, cut rather than rounded, as a JavaScript Date does.
    await compiled.database.db.execute(sql`update organisations set created_at = '2026-01-05 10:00:00.123999+00' where id = (select id from organisations order by id limit 1)`);
    for (const as of VIEWERS) {
      for (const language of ["en", "ar"]) {
        const run = await both(EVERY_FIELD, { first: 30 }, as, language);
        expect(run.withCompiler.response.errors).toBeUndefined();
        expectSameAnswers(run);
        expect(run.withCompiler.statements).toBe(1);
        expect(run.withPriming.statements).toBeGreaterThan(2);
      }
    }
    const { organisations } = await ok(compiled, `{ organisations(first: 100) { nodes { createdAt } } }`);
    expect(organisations.nodes.map((o: { createdAt: string }) => o.createdAt)).toContain("2026-01-05T10:00:00.123Z");
  });

  it("leaves a query with a field it cannot read in SQL to the resolvers, primed as before", async () => {
    const query = `query($year: Int!) { bodies(first: 5) { nodes { name viewerCanCommit reportingSummary(year: $year) { priorities organisationsCommitted } } }
      organisations(first: 2) { nodes { name } } }`;
    const run = await both(query, { year: DEMO_YEAR }, "unWomenChair");
    expect(run.withCompiler.response.errors).toBeUndefined();
    expectSameAnswers(run);
    expect(run.withCompiler.statements).toBe(run.withPriming.statements);
  });

  it("leaves a bad cursor to the resolvers even when no item is selected, at the root and below", async () => {
    const bad = Buffer.from(JSON.stringify(["not a time", "0b6c5b8e-3a1e-4a43-9a57-2f1f1ad0e2a1"])).toString("base64url");
    // One bad cursor per query: with several, which error wins is a race on every path.
    const queries = [
      [`query($bad: String!) { bodies(first: 2, after: $bad, orderBy: { field: CREATED_AT, direction: ASC }) { totalCount } }`, /after/],
      [`query($bad: String!) { priorities(last: 2, before: $bad, orderBy: { field: CREATED_AT, direction: ASC }) { __typename pageInfo { hasNextPage } } }`, /before/],
      [`query($id: ID!, $bad: String!) { body(id: $id) { memberships(first: 2, after: $bad, orderBy: { field: CREATED_AT, direction: ASC }) { totalCount } } }`, /after/],
    ] as const;
    for (const [query, message] of queries) {
      const run = await both(query, { id: ids.bodies.genderWorkingGroup, bad }, "admin");
      expectSameAnswers(run);
      expect(run.withCompiler.response.errors?.[0]?.message).toMatch(message);
    }
  });

  it("reads a page's sort keys and its one row more only for what asks for them, and answers each selection at a page's edge as the resolvers do", async () => {
    const { bodies } = await ok(compiled, `{ bodies(first: 100) { totalCount } }`, {}, { as: "partnerOutsideTaskForce" });
    const count: number = bodies.totalCount;
    const selections = [
      "totalCount nodes { id }",
      "pageInfo { hasNextPage } nodes { name }",
      "nodes { name } pageInfo { hasNextPage hasPreviousPage }",
      "edges { cursor node { name } } pageInfo { endCursor hasNextPage }",
      "pageInfo { hasPreviousPage hasNextPage }",
      "edges { cursor }",
      "pageInfo { startCursor endCursor }",
    ];
    for (const selection of selections) {
      for (const size of [count - 1, count, count + 1]) {
        for (const end of ["first", "last"]) {
          const query = `query($size: Int!) { bodies(${end}: $size, orderBy: { field: CREATED_AT, direction: ASC }) { ${selection} } }`;
          const run = await both(query, { size }, "partnerOutsideTaskForce");
          expect(run.withCompiler.response.errors).toBeUndefined();
          expectSameAnswers(run);
          expect(run.withCompiler.statements).toBe(1);
          const more = run.withCompiler.response.data.bodies.pageInfo?.[end === "first" ? "hasNextPage" : "hasPreviousPage"];
          if (more !== undefined) expect(more).toBe(size < count);
        }
      }
    }
  });

  it("leaves @skip/@include given null to execution", async () => {
    const query = `query($skip: Boolean = true) { bodies(first: 2) @skip(if: $skip) { totalCount } organisations(first: 1) { totalCount } }`;
    const run = await both(query, { skip: null }, "admin");
    expectSameAnswers(run);
  });

  it("renders a statement again when the variables, the language or what the viewer may see differ, and reads the rows every time", async () => {
    const query = `query($id: ID!, $first: Int!) { body(id: $id) { name acronym viewerCanSeeDetails priorities(first: $first) { totalCount nodes { title } } } }`;
    const ask = async (id: string, first: number, language = "en", statements = 1) => {
      const run = await both(query, { id, first }, "partnerOutsideTaskForce", language);
      expectSameAnswers(run);
      expect(run.withCompiler.statements).toBe(statements);
      return run.withCompiler.response.data!.body;
    };
    const taskForce = ids.bodies.lgbtiqTaskForce;
    const group = ids.bodies.genderWorkingGroup;
    const first = await ask(group, 1);
    expect(await ask(group, 1)).toEqual(first);
    expect((await ask(group, 3)).priorities.nodes.length).toBeGreaterThan(first.priorities.nodes.length);
    expect((await ask(group, 1, "ar")).name).not.toBe(first.name);
    expect((await ask(taskForce, 1)).viewerCanSeeDetails).toBe(false);

    const uuid = idOfType(taskForce, "CoordinationBody")!;
    await compiled.database.db.execute(sql`update coordination_bodies set visibility = 'PUBLIC', name = name || '{"en": "Renamed"}' where id = ${uuid}`);
    try {
      // The viewer's hidden bodies changed: the answer's statement finds that, the token is read again, the query executes.
      const seen = await ask(taskForce, 1, "en", 3);
      expect(seen).toMatchObject({ name: "Renamed", viewerCanSeeDetails: true });
      expect(seen.acronym).not.toBeNull();
      expect(await ask(taskForce, 1)).toEqual(seen);
    } finally {
      await compiled.database.db.execute(sql`update coordination_bodies set visibility = 'MEMBERS_ONLY', name = name || ${JSON.stringify({ en: "LGBTIQ+ Task Force" })}::jsonb where id = ${uuid}`);
    }
    expect(await ask(taskForce, 1, "en", 3)).toMatchObject({ name: "LGBTIQ+ Task Force", viewerCanSeeDetails: false, acronym: null });
    expect(await ask(taskForce, 1)).toMatchObject({ name: "LGBTIQ+ Task Force", viewerCanSeeDetails: false, acronym: null });
  });

  it("writes the statement's JSON as the response, unparsed (bytes on PostgreSQL), and the same JSON as execution's, in both languages", async () => {
    const raw = async (hub: Hub, language: string) => {
      const response = await fetch(`${hub.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "accept-language": language, authorization: `Bearer ${hub.users.admin.token}` },
        body: JSON.stringify({ query: "{ bodies(first: 2) { totalCount nodes { name } } }" }),
      });
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect(Number(response.headers.get("content-length"))).toBe(bytes.byteLength);
      return bytes.toString("utf8");
    };
    // The admin's token read again first: a body's visibility changed above, and a remembered
    // viewer whose visibility version is behind is read again rather than answered whole.
    await compiled.query("{ __typename }", {}, { as: "admin" });
    for (const language of ["en", "ar"]) {
      const [whole, executed] = [await raw(compiled, language), await raw(loaders, language)];
      expect(whole).toMatch(/^\{"data":\{"bodies" : \{"totalCount" : \d+/);
      expect(executed).toMatch(/^\{"data":\{"bodies":\{"totalCount":\d+/);
      expect(JSON.parse(whole)).toEqual(JSON.parse(executed));
      expect(JSON.parse(whole).extensions.cost.requestedQueryCost).toBeGreaterThan(0);
      if (language === "ar") expect(whole).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it("leaves bad arguments and unknown ids to the resolvers", async () => {
    const query = `query($id: ID!) { body(id: $id) { name } bodies(first: 0) { nodes { id } } }`;
    const run = await both(query, { id: ids.organisations.unWomen }, "admin");
    expectSameAnswers(run);
    expect(run.withCompiler.response.errors?.[0]?.message).toMatch(/first/);
  });
});

describe("rendered statements", () => {
  it("renders once per operation, variables, language, hidden bodies and confirmation, and keeps a null verdict too", () => {
    const statements = new RenderedStatements();
    const document = parse(`query A { bodies { totalCount } } query B { bodies { totalCount } }`);
    const from = { document, operationName: "A", language: "en", hiddenBodyIds: ["b1"], variables: { first: 2 }, confirming: true };
    let renders = 0;
    const render = (answer: string | null) => () => (renders++, answer === null ? null : { sql: answer, params: [] });
    expect(statements.get(from, render("A"))).toEqual({ sql: "A", params: [] });
    expect(statements.get({ ...from, variables: { first: 2 } }, render("again"))).toEqual({ sql: "A", params: [] });
    expect(renders).toBe(1);
    for (const other of [{ operationName: "B" }, { language: "ar" }, { hiddenBodyIds: [] }, { variables: { first: 3 } }, { confirming: false }, { document: parse(`query A { bodies { totalCount } }`) }]) {
      statements.get({ ...from, ...other }, render("other"));
    }
    expect(renders).toBe(7);
    expect(statements.get({ ...from, operationName: "C" }, render(null))).toBeNull();
    expect(statements.get({ ...from, operationName: "C" }, render("not again"))).toBeNull();
    expect(renders).toBe(8);
  });
});
