/**
 * The direct route (server/modules/mutations/direct-route.ts): a mutation whose text Apollo's
 * pipeline accepted before is answered without that pipeline. Its answers must be the pipeline's —
 * the same status, content type and body, the same cost reported and taken once — and whatever it
 * does not answer, or cannot answer cleanly, goes to Apollo with nothing run or charged twice.
 */
import { randomUUID } from "node:crypto";
import { Writable } from "node:stream";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { eq } from "drizzle-orm";
import { accessTokens } from "../schema/database.js";
import { insertAccessToken } from "../server/modules/auth/auth.store.js";
import { hashToken } from "../server/modules/auth/tokens.js";
import { ProgressMutationResolver } from "../server/modules/progress/progress-mutation.resolver.js";
import { startHub, startTwin, type Hub } from "./testkit.js";
import { countRows, joinBody, lookUpDemo, newCommitment, newPartner, newPriority, rawId, tables, valuesFor, type Partner } from "./write-helpers.js";

let hub: Hub;
let partner: Partner;
let commitmentId: string;
let values: ReturnType<typeof valuesFor>;
let pipeline: MockInstance;
/** How many times the submit's resolver method ran: a write retried with its key would not show in the rows. */
let runs: MockInstance;

/** Effectively no refill during a test, so that each request's charge shows in the bucket. */
const RATE_LIMIT = { capacity: 100_000, restorePerSecond: 0.001 };

beforeAll(async () => {
  hub = await startHub({ limits: { rateLimit: RATE_LIMIT } });
  const ids = await lookUpDemo(hub);
  partner = await newPartner(hub, "Direct route NGO");
  await joinBody(hub, partner, ids.bodies.gbvSector);
  const priority = await newPriority(hub, ids.bodies.gbvSector);
  commitmentId = (await newCommitment(hub, partner, priority.id)).id;
  values = valuesFor(priority.indicators);
});
afterAll(() => hub.close());
beforeEach(() => {
  pipeline = vi.spyOn(hub.apollo, "executeHTTPGraphQLRequest");
  runs = vi.spyOn(ProgressMutationResolver.prototype, "progressReportSubmit");
  return () => {
    pipeline.mockRestore();
    runs.mockRestore();
  };
});

/** A submit document no other test sends: Apollo has not accepted it yet. */
const freshSubmit = () => `mutation Submit($input: ProgressReportSubmitInput!) { # ${randomUUID()}
  progressReportSubmit(input: $input) { progressReport { id version reviewState } userErrors { field code message } } }`;

const input = (extra: Record<string, unknown> = {}) => ({
  commitmentId,
  periodStart: "2026-04-01",
  periodEnd: "2026-06-30",
  status: "ON_TRACK",
  values,
  idempotencyKey: randomUUID(),
  ...extra,
});

interface Sent {
  status: number;
  type: string | null;
  body: any;
}

async function post(body: unknown, options: { headers?: Record<string, string>; token?: string; method?: string; to?: Hub } = {}): Promise<Sent> {
  const response = await fetch(`${(options.to ?? hub).url}/graphql`, {
    method: options.method ?? "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${options.token ?? partner.token}`, ...options.headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, type: response.headers.get("content-type"), body: text ? JSON.parse(text) : undefined };
}

const reports = () => countRows(hub, tables.progressReports);
const available = (sent: Sent): number => sent.body.extensions.cost.throttleStatus.currentlyAvailable;

/** A new token of the partner's user, read once so that the next request remembers its viewer. */
async function rememberedToken(): Promise<string> {
  const token = await insertAccessToken(hub.database.db, rawId(partner.userId), "direct route test");
  expect((await post({ query: "{ viewer { name } }" }, { token })).status).toBe(200);
  return token;
}

const revoke = (token: string) => hub.database.db.update(accessTokens).set({ revokedAt: new Date() }).where(eq(accessTokens.tokenHash, hashToken(token)));

describe("a mutation Apollo accepted before", () => {
  it("is answered without the pipeline, as the pipeline answered it: status, content type, body, and its cost taken once", async () => {
    const query = freshSubmit();
    const before = await reports();
    const first = await post({ query, variables: { input: input() } });
    const second = await post({ query, variables: { input: input() } });
    expect(pipeline).toHaveBeenCalledTimes(1);
    expect(runs).toHaveBeenCalledTimes(2);
    expect(await reports()).toBe(before + 2);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.type).toBe(first.type);
    expect(Object.keys(second.body)).toEqual(Object.keys(first.body));
    const shape = (sent: Sent) => ({ ...sent.body.data.progressReportSubmit, progressReport: { ...sent.body.data.progressReportSubmit.progressReport, id: "…" } });
    expect(shape(second)).toEqual(shape(first));
    expect(second.body.data.progressReportSubmit.progressReport.id).not.toBe(first.body.data.progressReportSubmit.progressReport.id);
    const cost = first.body.extensions.cost;
    expect(second.body.extensions.cost).toEqual({ ...cost, throttleStatus: { ...cost.throttleStatus, currentlyAvailable: available(first) - cost.requestedQueryCost } });
  });

  it("is logged as the pipeline logs it: its operation's name and the viewer", async () => {
    const lines: Array<Record<string, unknown>> = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...chunk.toString().trim().split("\n").map((line: string) => JSON.parse(line)));
        done();
      },
    });
    const logged = await startTwin(hub, { logger: pino({ level: "info" }, sink), limits: { rateLimit: RATE_LIMIT } });
    try {
      const query = freshSubmit();
      for (const id of ["through-pipeline", "on-route"]) {
        const sent = await post({ query, variables: { input: input() } }, { to: logged, headers: { "x-request-id": id } });
        expect(sent.status).toBe(200);
      }
      const lineOf = (id: string) => lines.find((line) => (line.req as { id?: string } | undefined)?.id === id);
      const { req: _req, responseTime: _took, time: _at, ...expected } = lineOf("through-pipeline")!;
      expect(expected).toMatchObject({ operationName: "Submit", userId: expect.any(String), res: { statusCode: 200 } });
      expect(lineOf("on-route")).toMatchObject(expected);
    } finally {
      await logged.close();
    }
  });

  it.each([
    ["application/json", "application/json; charset=utf-8"],
    ["application/graphql-response+json", "application/graphql-response+json; charset=utf-8"],
    ["application/graphql-response+json, application/json;q=0.9", "application/graphql-response+json; charset=utf-8"],
    ["*/*", "application/json; charset=utf-8"],
  ])("answers in the type the client accepts, as the pipeline does: %s", async (accept, type) => {
    const query = freshSubmit();
    const first = await post({ query, variables: { input: input() } }, { headers: { accept } });
    const second = await post({ query, variables: { input: input() } }, { headers: { accept } });
    expect(pipeline).toHaveBeenCalledTimes(1);
    expect([first.type, second.type]).toEqual([type, type]);
  });

  it.each(["text/html", "multipart/mixed"])("is refused with Apollo's 406 before it runs when the client accepts no JSON type (%s), nothing written", async (accept) => {
    const query = freshSubmit();
    await post({ query, variables: { input: input() } });
    const before = await reports();
    for (const body of [{ query, variables: { input: input() } }, { query: freshSubmit(), variables: { input: input() } }]) {
      const refused = await post(body, { headers: { accept } });
      expect(refused).toEqual({
        status: 406,
        type: "application/json; charset=utf-8",
        body: { errors: [{ message: expect.stringMatching(/^An 'accept' header was provided for this request which does not accept application\/json/), extensions: { code: "BAD_REQUEST" } }] },
      });
    }
    expect(runs).toHaveBeenCalledTimes(1);
    expect(await reports()).toBe(before);
    // What Apollo refuses before the operation, it answers as ever: a token that is not valid is a 401.
    const unknown = await post({ query, variables: { input: input() } }, { headers: { accept }, token: "tansiq_not-a-token" });
    expect(unknown.status).toBe(401);
  });
});

describe("what the route hands to the pipeline", () => {
  /** The text accepted by one request through the pipeline; the bucket's level after it. */
  async function accepted() {
    const query = freshSubmit();
    const first = await post({ query, variables: { input: input() } });
    expect(first.status).toBe(200);
    pipeline.mockClear();
    runs.mockClear();
    return { query, level: available(first) };
  }

  it("variables that do not fit their types: the pipeline's 400 naming the field, nothing written, charged once", async () => {
    const { query, level } = await accepted();
    const before = await reports();
    const refused = await post({ query, variables: { input: input({ status: "NOT_A_STATUS" }) } });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(refused.body.errors[0].message).toMatch(/status/);
    expect(pipeline).toHaveBeenCalledTimes(1);
    expect(runs).not.toHaveBeenCalled();
    expect(await reports()).toBe(before);
    // Charged once, as the pipeline charges it: the cost it reports (its variables' values do not change it).
    const next = await post({ query, variables: { input: input() } });
    expect(available(next)).toBe(level - refused.body.extensions.cost.requestedQueryCost - next.body.extensions.cost.requestedQueryCost);
  });

  it("a remembered viewer revoked since: the pipeline's 401, nothing written, charged once", async () => {
    const { query } = await accepted();
    const token = await rememberedToken();
    const written = await post({ query, variables: { input: input() } }, { token });
    expect(written.status).toBe(200);
    pipeline.mockClear();
    runs.mockClear();
    await revoke(token);
    const before = await reports();
    const refused = await post({ query, variables: { input: input() } }, { token });
    expect(refused.status).toBe(401);
    expect(refused.body.errors.map((error: { extensions: { code: string } }) => error.extensions.code)).toEqual(["UNAUTHENTICATED"]);
    expect(pipeline).toHaveBeenCalledTimes(1);
    expect(await reports()).toBe(before);
    // The same user's bucket (the partner's own token): the refused request took one cost, as the pipeline takes it.
    const next = await post({ query, variables: { input: input() } });
    const cost = next.body.extensions.cost.requestedQueryCost;
    expect(available(next)).toBe(available(written) - 2 * cost);
  });

  it("a token that is not valid: the pipeline's 401, nothing run", async () => {
    const { query } = await accepted();
    const refused = await post({ query, variables: { input: input() } }, { token: "tansiq_not-a-token" });
    expect(refused.status).toBe(401);
    expect(pipeline).toHaveBeenCalledTimes(1);
    expect(runs).not.toHaveBeenCalled();
  });

  it("a request over the rate limit: the pipeline's 429 with its retry-after, nothing run, nothing more taken", async () => {
    const limited = await startTwin(hub, { limits: { rateLimit: { capacity: 25, restorePerSecond: 0.001 } } });
    try {
      const query = freshSubmit();
      const sent: Array<Sent & { retryAfter: string | null }> = [];
      for (let n = 0; n < 4; n++) {
        const response = await fetch(`${limited.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${partner.token}` },
          body: JSON.stringify({ query, variables: { input: input() } }),
        });
        sent.push({ status: response.status, type: response.headers.get("content-type"), retryAfter: response.headers.get("retry-after"), body: await response.json() });
      }
      expect(sent.map((answer) => answer.status)).toEqual([200, 200, 429, 429]);
      expect(runs).toHaveBeenCalledTimes(2);
      const [, second, third, fourth] = sent;
      expect(third!.body.errors[0].extensions.code).toBe("RATE_LIMITED");
      expect(third!.retryAfter).toMatch(/^\d+$/);
      expect(third!.body.extensions.cost.throttleStatus.currentlyAvailable).toBe(available(second!));
      expect(fourth!.body).toEqual(third!.body);
    } finally {
      await limited.close();
    }
  });

  it("a mutation that does not confirm its viewer itself: a revoked remembered viewer is read again before it runs, and refused", async () => {
    const ids = await lookUpDemo(hub);
    const query = "mutation Join($input: MembershipRequestInput!) { membershipRequest(input: $input) { membership { id } userErrors { code } } }";
    const request = (bodyId: string) => ({ query, variables: { input: { bodyId, role: "OBSERVER" } } });
    const joined = await post(request(ids.bodies.socialCohesionSector));
    expect(joined.body.data.membershipRequest.userErrors).toEqual([]);
    const token = await rememberedToken();
    await revoke(token);
    const before = await countRows(hub, tables.memberships);
    pipeline.mockClear();
    const refused = await post(request(ids.bodies.genderWorkingGroup), { token });
    expect(refused.status).toBe(401);
    expect(pipeline).toHaveBeenCalledTimes(1);
    expect(await countRows(hub, tables.memberships)).toBe(before);
  });

  it.each([
    ["an empty operation name", (query: string) => ({ query, operationName: "", variables: { input: input() } }), 400],
    ["another operation name", (query: string) => ({ query, operationName: "Other", variables: { input: input() } }), 400],
    ["extensions", (query: string) => ({ query, variables: { input: input() }, extensions: { note: "any" } }), 200],
    ["a batch", (query: string) => [{ query, variables: { input: input() } }], 400],
  ])("%s: the pipeline answers, running the mutation at most once", async (_label, body, status) => {
    const { query } = await accepted();
    const before = await reports();
    const answered = await post(body(query));
    expect(answered.status).toBe(status);
    expect(pipeline).toHaveBeenCalledTimes(1);
    expect(runs).toHaveBeenCalledTimes(status === 200 ? 1 : 0);
    expect(await reports()).toBe(before + (status === 200 ? 1 : 0));
  });

  it("an operation name that is not a GraphQL name: the pipeline's 400, even when name and text join into an accepted pair's", async () => {
    // A NUL may stand in a comment: "Submit" with "#\0\n<text>" and "Submit\0#" with "\n<text>" would read alike once joined.
    const text = freshSubmit();
    const first = await post({ query: `#\u0000\n${text}`, operationName: "Submit", variables: { input: input() } });
    expect(first.status).toBe(200);
    pipeline.mockClear();
    runs.mockClear();
    const forged = await post({ query: `\n${text}`, operationName: "Submit\u0000#", variables: { input: input() } });
    expect(forged.status).toBe(400);
    expect(pipeline).toHaveBeenCalledTimes(1);
    expect(runs).not.toHaveBeenCalled();
  });

  it("a GET: refused by the pipeline as any mutation over GET is, nothing written", async () => {
    const { query } = await accepted();
    const before = await reports();
    const search = new URLSearchParams({ query, variables: JSON.stringify({ input: input() }) });
    const response = await fetch(`${hub.url}/graphql?${search}`, { headers: { authorization: `Bearer ${partner.token}`, "apollo-require-preflight": "true" } });
    expect(response.status).toBe(405);
    expect(pipeline).toHaveBeenCalledTimes(1);
    expect(runs).not.toHaveBeenCalled();
    expect(await reports()).toBe(before);
  });
});
