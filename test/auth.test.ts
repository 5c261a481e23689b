import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { accessTokens, bodies, memberships, organisations, priorities, progressReports, users, visibilityVersion } from "../schema/database.js";
import { generateToken, hashToken, TOKEN_PREFIX } from "../server/modules/auth/tokens.js";
import { DEMO_BODY_NAMES, DEMO_USERS } from "../server/seed/demo-data.js";
import { ALL_ROLES, ok } from "./helpers.js";
import { startHub, type Hub } from "./testkit.js";

let hub: Hub;
beforeAll(async () => {
  hub = await startHub();
});
afterAll(() => hub.close());

/** A raw POST to /graphql with exactly these headers (the testkit always adds a well-formed bearer). */
async function post(headers: Record<string, string>, query = "{ viewer { name } }") {
  const response = await fetch(`${hub.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> } };
}

function expectUnauthenticated(response: { status: number; data?: unknown; errors?: Array<{ extensions?: { code?: string } }> }) {
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0]!.extensions?.code).toBe("UNAUTHENTICATED");
  expect(response.data).toBeUndefined();
  expect(response.status).toBe(401);
}

/** Stores a token for a demo user with the given expiry/revocation and returns the token. */
async function tokenFor(email: string, values: { expiresAt?: Date; revokedAt?: Date }): Promise<string> {
  const [user] = await hub.database.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  const { token, tokenHash, tokenPrefix } = generateToken();
  await hub.database.db.insert(accessTokens).values({ userId: user!.id, label: "auth test", tokenHash, tokenPrefix, ...values });
  return token;
}

/** Revokes or expires a token stored by `tokenFor`. */
const changeToken = (token: string, values: { revokedAt?: Date; expiresAt?: Date }) =>
  hub.database.db.update(accessTokens).set(values).where(eq(accessTokens.tokenHash, hashToken(token)));

describe("a token read in an earlier request", () => {
  let created = 0;
  const priorityCreate = async () => {
    const { bodies } = await ok(hub, "{ bodies(first: 1) { nodes { id } } }");
    return `mutation { priorityCreate(input: { bodyId: "${bodies.nodes[0].id}", year: 2031, workArea: COORDINATION_AND_INFORMATION_SHARING, title: { en: "Remembered ${++created}" } }) { priority { id } userErrors { message } } }`;
  };

  it.each([
    ["answered whole in SQL", async () => "{ bodies(first: 2) { totalCount nodes { name } } }"],
    ["executed", async () => "{ viewer { name } }"],
    ["a mutation", priorityCreate],
  ])("is refused on the next request once revoked or expired: %s", async (_path, queryOf) => {
    for (const values of [{ revokedAt: new Date(Date.now() - 1000) }, { expiresAt: new Date(Date.now() - 1000) }]) {
      const token = await tokenFor(DEMO_USERS.admin.email, {});
      const answered = await ok(hub, await queryOf(), {}, { token });
      expect(answered.priorityCreate?.userErrors ?? [], JSON.stringify(answered)).toEqual([]);
      await changeToken(token, values);
      const before = await hub.database.db.select().from(priorities);
      const query = await queryOf();
      expectUnauthenticated(await hub.query(query, {}, { token }));
      expectUnauthenticated(await hub.query(query, {}, { token }));
      expect(await hub.database.db.select().from(priorities)).toHaveLength(before.length);
    }
  });
});

describe("a token read in an earlier request, after a change in who may see what", () => {
  const version = async () => (await hub.database.db.select({ version: visibilityVersion.version }).from(visibilityVersion))[0]!.version;

  /** The task force's membership of the partner's organisation (Cedar Bridge), and the task force. */
  async function taskForceMembership() {
    const [row] = await hub.database.db
      .select({ membershipId: memberships.id, bodyId: bodies.id })
      .from(memberships)
      .innerJoin(bodies, eq(bodies.id, memberships.bodyId))
      .innerJoin(users, eq(users.organisationId, memberships.organisationId))
      .where(and(eq(users.email, DEMO_USERS.partnerInTaskForce.email), sql`${bodies.name}->>'en' = ${DEMO_BODY_NAMES.lgbtiqTaskForce.en}`));
    return row!;
  }

  it("counts every change to memberships' status, body or organisation and to bodies' visibility, once per row, and nothing else", async () => {
    const { membershipId, bodyId } = await taskForceMembership();
    const changes: Array<[string, () => Promise<unknown>, number]> = [
      ["a membership's role", () => hub.database.db.update(memberships).set({ role: "MEMBER" }).where(eq(memberships.id, membershipId)), 0],
      ["a membership's status", () => hub.database.db.update(memberships).set({ status: "ACTIVE" }).where(eq(memberships.id, membershipId)), 1],
      ["a body's name", () => hub.database.db.update(bodies).set({ acronym: "LGBTIQ+ TF" }).where(eq(bodies.id, bodyId)), 0],
      ["a body's visibility", () => hub.database.db.update(bodies).set({ visibility: "MEMBERS_ONLY" }).where(eq(bodies.id, bodyId)), 1],
      ["every body's visibility, one transaction", () => hub.database.db.transaction((tx) => tx.update(bodies).set({ visibility: sql`${bodies.visibility}` })), -1],
      ["an organisation's name", () => hub.database.db.update(organisations).set({ acronym: sql`${organisations.acronym}` }).where(eq(organisations.id, sql`(select organisation_id from memberships where id = ${membershipId})`)), 0],
    ];
    const bodyCount = (await hub.database.db.select({ id: bodies.id }).from(bodies)).length;
    for (const [change, run, expected] of changes) {
      const before = await version();
      await run();
      expect(await version(), change).toBe(before + (expected === -1 ? bodyCount : expected));
    }
  });

  it("shows a members-only body's details from the very next request after its organisation's membership ends, and again once it is active", async () => {
    const { membershipId } = await taskForceMembership();
    const as = { as: "partnerInTaskForce" as const };
    const seesDetails = async (query: string) => {
      const { bodies: list } = await ok(hub, query, {}, as);
      return list.nodes.find((body: { name: string }) => body.name === DEMO_BODY_NAMES.lgbtiqTaskForce.en).viewerCanSeeDetails;
    };
    // Answered whole in SQL, and executed (`viewerCanManageMembers` is not read in SQL).
    for (const query of ["{ bodies(first: 50) { nodes { name viewerCanSeeDetails } } }", "{ bodies(first: 50) { nodes { name viewerCanSeeDetails viewerCanManageMembers } } }"]) {
      expect(await seesDetails(query)).toBe(true);
      await hub.database.db.update(memberships).set({ status: "ENDED" }).where(eq(memberships.id, membershipId));
      expect(await seesDetails(query)).toBe(false);
      await hub.database.db.update(memberships).set({ status: "ACTIVE" }).where(eq(memberships.id, membershipId));
      expect(await seesDetails(query)).toBe(true);
    }
  });
});

describe("a token read in an earlier request, refused", () => {
  it.each([
    ["answered whole", "{ bodies(first: 2) { totalCount } }"],
    ["executed", "{ viewer { name } }"],
    ["refused by validation before running", "{ viewer { nope } }"],
    ["not parsed", "{ viewer { "],
  ])("answers exactly what a request refused at the start gets: %s", async (_label, query) => {
    const token = await tokenFor(DEMO_USERS.gbvPartner.email, {});
    await ok(hub, "{ viewer { name } }", {}, { token });
    await changeToken(token, { revokedAt: new Date() });
    const remembered = await post({ authorization: `Bearer ${token}` }, query);
    const forgotten = await post({ authorization: `Bearer ${token}` }, query);
    expect(remembered).toEqual(forgotten);
    expect(remembered).toEqual({ status: 401, body: { errors: [{ message: expect.stringMatching(/not valid/), extensions: { code: "UNAUTHENTICATED" } }] } });
  });
});

describe("a token read in an earlier request, with progressReportSubmit (which confirms it in its own first read)", () => {
  async function submission(valid: boolean) {
    const { commitments } = await ok(hub, "{ commitments(first: 1, filter: { status: IN_PROGRESS }) { nodes { id priority { indicators { id measure } } } } }");
    const commitment = commitments.nodes[0];
    const values = commitment.priority.indicators.map((indicator: { id: string; measure: string }) =>
      indicator.measure === "QUALITATIVE" ? { indicatorId: indicator.id, text: "Steady" } : { indicatorId: indicator.id, value: 1 },
    );
    const input = { commitmentId: commitment.id, periodStart: "2031-01-01", periodEnd: valid ? "2031-03-31" : "2030-01-01", status: "ON_TRACK", values, idempotencyKey: randomUUID() };
    return { query: "mutation($input: ProgressReportSubmitInput!) { progressReportSubmit(input: $input) { progressReport { id } userErrors { code field } } }", variables: { input } };
  }
  const reports = async () => (await hub.database.db.select().from(progressReports)).length;

  const remembered = async () => {
    const token = await tokenFor(DEMO_USERS.admin.email, {});
    await ok(hub, "{ viewer { name } }", {}, { token });
    return token;
  };

  it("writes for a remembered viewer that still holds", async () => {
    const { query, variables } = await submission(true);
    const before = await reports();
    const written = await ok(hub, query, variables, { token: await remembered() });
    expect(written.progressReportSubmit.userErrors).toEqual([]);
    expect(await reports()).toBe(before + 1);
  });

  it.each([
    ["valid input", true],
    ["input it refuses before reading", false],
  ])("refuses a remembered viewer revoked since with 401, writing nothing: %s", async (_label, valid) => {
    const token = await remembered();
    await changeToken(token, { revokedAt: new Date() });
    const before = await reports();
    const { query, variables } = await submission(valid);
    const response = await hub.query(query, variables, { token });
    expect(response.status).toBe(401);
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
    expect(response.data?.progressReportSubmit ?? null).toBeNull();
    expect(await reports()).toBe(before);
  });

  it("refuses a revoked remembered viewer with the start's 401 when the mutation asks twice (aliases), writing nothing", async () => {
    const token = await remembered();
    await changeToken(token, { revokedAt: new Date() });
    const before = await reports();
    const [a, b] = [await submission(true), await submission(true)];
    const query = `mutation($a: ProgressReportSubmitInput!, $b: ProgressReportSubmitInput!) {
      a: progressReportSubmit(input: $a) { progressReport { id } } b: progressReportSubmit(input: $b) { progressReport { id } } }`;
    const response = await fetch(`${hub.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables: { a: a.variables.input, b: b.variables.input } }),
    });
    expect({ status: response.status, body: await response.json() }).toEqual({
      status: 401,
      body: { errors: [{ message: expect.stringMatching(/not valid/), extensions: { code: "UNAUTHENTICATED" } }] },
    });
    expect(await reports()).toBe(before);
  });

  it("does not act on a remembered viewer's former platform role (or organisation)", async () => {
    const token = await remembered();
    const [admin] = await hub.database.db.select().from(users).where(eq(users.email, DEMO_USERS.admin.email));
    await hub.database.db.update(users).set({ platformRole: "USER" }).where(eq(users.id, admin!.id));
    try {
      const before = await reports();
      const { query, variables } = await submission(true);
      const written = await ok(hub, query, variables, { token });
      expect(written.progressReportSubmit.userErrors.map((error: { code: string }) => error.code)).toEqual(["FORBIDDEN"]);
      expect(await reports()).toBe(before);
    } finally {
      await hub.database.db.update(users).set({ platformRole: "ADMIN" }).where(eq(users.id, admin!.id));
    }
  });
});

describe("authentication", () => {
  it("rejects a request without a token: UNAUTHENTICATED, no data", async () => {
    expectUnauthenticated(await hub.query("{ viewer { name } }", {}, { as: null }));
  });

  it("rejects an unknown token", async () => {
    expectUnauthenticated(await hub.query("{ viewer { name } }", {}, { token: "not-a-token" }));
  });

  it("rejects a well-formed token that was never issued", async () => {
    expectUnauthenticated(await hub.query("{ viewer { name } }", {}, { token: generateToken().token }));
  });

  it("rejects a slightly altered valid token", async () => {
    const valid = hub.users.admin.token;
    expect(valid.startsWith(TOKEN_PREFIX)).toBe(true);
    const altered = valid.slice(0, -1) + (valid.endsWith("A") ? "B" : "A");
    expectUnauthenticated(await hub.query("{ viewer { name } }", {}, { token: altered }));
  });

  it.each([
    ["a Basic scheme", (token: string) => `Basic ${token}`],
    ["the token without a scheme", (token: string) => token],
    ["an empty bearer", () => "Bearer "],
    ["two tokens", (token: string) => `Bearer ${token} ${token}`],
  ])("rejects an Authorization header with %s", async (_label, header) => {
    const { status, body } = await post({ authorization: header(hub.users.admin.token) });
    expectUnauthenticated({ status, ...body });
  });

  it("rejects a revoked token", async () => {
    const token = await tokenFor(DEMO_USERS.admin.email, { revokedAt: new Date(Date.now() - 1000) });
    expectUnauthenticated(await hub.query("{ viewer { name } }", {}, { token }));
  });

  it("rejects an expired token", async () => {
    const token = await tokenFor(DEMO_USERS.admin.email, { expiresAt: new Date(Date.now() - 60_000) });
    expectUnauthenticated(await hub.query("{ viewer { name } }", {}, { token }));
  });

  it("accepts a token that expires in the future", async () => {
    const token = await tokenFor(DEMO_USERS.gbvPartner.email, { expiresAt: new Date(Date.now() + 3_600_000) });
    const data = await ok(hub, "{ viewer { name email } }", {}, { token });
    expect(data.viewer).toEqual({ name: DEMO_USERS.gbvPartner.name, email: DEMO_USERS.gbvPartner.email });
  });

  it("accepts the scheme in any case", async () => {
    const { status, body } = await post({ authorization: `bearer ${hub.users.partnerInTaskForce.token}` });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ viewer: { name: DEMO_USERS.partnerInTaskForce.name } });
  });

  it("protects every operation, even introspection and __typename", async () => {
    expectUnauthenticated(await hub.query("{ __typename }", {}, { as: null }));
    expectUnauthenticated(await hub.query("{ __schema { queryType { name } } }", {}, { as: null }));
    expectUnauthenticated(await hub.query("{ bodies { totalCount } }", {}, { token: "tsq_forged" }));
  });

  it("does not reveal data in the error of a bad token", async () => {
    const response = await hub.query("{ bodies { nodes { name } } }", {}, { token: "tsq_unknown" });
    expectUnauthenticated(response);
    expect(JSON.stringify(response.errors)).not.toContain("Gender Working Group");
  });

  it.each(ALL_ROLES)("identifies the demo user %s by their token", async (role) => {
    const data = await ok(hub, "{ viewer { name email platformRole } }", {}, { as: role });
    expect(data.viewer).toEqual({
      name: DEMO_USERS[role].name,
      email: DEMO_USERS[role].email,
      platformRole: DEMO_USERS[role].platformRole,
    });
  });
});

describe("GET /healthz", () => {
  it("is open and answers { status: 'ok' }", async () => {
    const response = await fetch(`${hub.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok" });
  });

  it("ignores a bad token", async () => {
    const response = await fetch(`${hub.url}/healthz`, { headers: { authorization: "Bearer nonsense" } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok" });
  });
});
