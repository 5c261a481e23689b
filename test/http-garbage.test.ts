/**
 * Property-based garbage at the HTTP layer (fast-check): raw requests to /graphql with a valid
 * bearer token whose bodies are not JSON, truncated JSON, JSON of the wrong shape, over 1 MB,
 * sent with the wrong content type, GET requests carrying a mutation, deeply nested JSON, unicode
 * garbage in the query and invalid UTF-8 bytes.
 *
 * Every answer: never a 5xx; a JSON body, with an `errors` array of messages whenever the status
 * is 400 or more (and 413 for a body over 1 MB); and the database exactly as it was (snapshot() of
 * every table, compared after every run). Where the garbage cannot be a valid request at all, the
 * status must be a 4xx. The mutations that GET and wrong-content-type requests carry would write
 * if they ran (they archive a real priority, add a focal point, end a real membership), so an
 * unchanged database shows that none of them ran.
 */
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { snapshot } from "./actors.js";
import { BIDI_MARKS, WHITESPACE, mixedDirectionText } from "./arbitraries.js";
import { startHub, type Hub } from "./testkit.js";
import { MEMBERSHIP, joinBody, lookUpDemo, newPartner, newPriority } from "./write-helpers.js";

/** Generated requests per property (fast-check runs). */
const RUNS_PER_PROPERTY = 60;
const ONE_MB = 1024 * 1024;

let hub: Hub;
let token: string;
/** Mutations that would write if they ran: valid documents with valid variables. */
let writes: Array<{ query: string; variables: Record<string, unknown> }>;

const tally = { inputs: 0, serverErrors: 0, databaseChanges: 0, properties: 0 };

// ---------------------------------------------------------------------------------------------
// Requests

interface RawRequest {
  method: "GET" | "POST";
  /** The URL's search part, e.g. `?query=...` (GET). */
  search?: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

interface RawAnswer {
  status: number;
  contentType: string;
  text: string;
  json?: { data?: unknown; errors?: Array<{ message?: unknown; extensions?: Record<string, unknown> }> };
}

/** A long text as its head and tail. */
const abbreviate = (text: string, keep = 100) => (text.length > 2 * keep + 20 ? `${text.slice(0, keep)}…[${text.length - 2 * keep} more]…${text.slice(-keep)}` : text);

/** Counterexamples without megabytes of body; bytes shown as UTF-8 decodes them (U+FFFD for what is not UTF-8) and their length. */
function describeRequest(request: RawRequest): string {
  const body =
    request.body === undefined
      ? ""
      : typeof request.body === "string"
        ? ` body ${JSON.stringify(abbreviate(request.body))} (${request.body.length} UTF-16 units)`
        : ` bytes ${JSON.stringify(abbreviate(Buffer.from(request.body).toString("utf8")))} (${request.body.length} bytes)`;
  return `${request.method} /graphql${abbreviate(request.search ?? "")} ${JSON.stringify(request.headers)}${body}`;
}

const request = (value: RawRequest): RawRequest => Object.assign(value, { [fc.toStringMethod]: () => describeRequest(value) });

async function sendRaw(raw: RawRequest): Promise<RawAnswer> {
  const response = await fetch(`${hub.url}/graphql${raw.search ?? ""}`, {
    method: raw.method,
    headers: { authorization: `Bearer ${token}`, ...raw.headers },
    body: raw.body,
  });
  const text = await response.text();
  let json: RawAnswer["json"];
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, contentType: response.headers.get("content-type") ?? "", text, json };
}

const JSON_TYPE = { "content-type": "application/json" };
const json = (body: unknown): RawRequest => request({ method: "POST", headers: JSON_TYPE, body: typeof body === "string" ? body : JSON.stringify(body) });

// ---------------------------------------------------------------------------------------------
// The invariant

interface Expectation {
  /** The garbage can never be a valid request: the status must be a 4xx. */
  clientError?: boolean;
  /** The exact status, e.g. 413. */
  status?: number;
}

function checkAnswer(raw: RawRequest, answer: RawAnswer, expected: Expectation): void {
  const context = `${describeRequest(raw)} → HTTP ${answer.status} ${answer.contentType} ${answer.text.slice(0, 400)}`;
  expect(answer.status, context).toBeLessThan(500);
  if (expected.status !== undefined) expect(answer.status, context).toBe(expected.status);
  if (expected.clientError) expect(answer.status, context).toBeGreaterThanOrEqual(400);
  // Always a JSON answer: GraphQL's, or a GraphQL-shaped error for what never reached GraphQL.
  expect(answer.contentType, context).toMatch(/^application\/(graphql-response\+)?json/);
  expect(answer.json, `not JSON: ${context}`).toBeTypeOf("object");
  if (answer.status >= 400) {
    const errors = answer.json?.errors;
    expect(Array.isArray(errors) && errors.length > 0, `no errors array: ${context}`).toBe(true);
    for (const error of errors!) expect(typeof error.message === "string" && error.message.length > 0, `an error without a message: ${context}`).toBe(true);
  } else {
    expect(answer.json?.data !== undefined || answer.json?.errors !== undefined, `neither data nor errors: ${context}`).toBe(true);
  }
}

/** Sends each generated request and checks the answer and that the database did not change. */
async function property(requests: fc.Arbitrary<RawRequest>, expected: Expectation | ((raw: RawRequest) => Expectation)): Promise<void> {
  tally.properties++;
  let before = await snapshot(hub.database.db);
  let first: string | undefined;
  const check = fc.asyncProperty(requests, async (raw) => {
    try {
      const answer = await sendRaw(raw);
      tally.inputs++;
      if (answer.status >= 500) tally.serverErrors++;
      const after = await snapshot(hub.database.db);
      // The next run (shrinking included) is compared with the database as this one left it.
      const previous = before;
      before = after;
      if (JSON.stringify(after) !== JSON.stringify(previous)) tally.databaseChanges++;
      checkAnswer(raw, answer, typeof expected === "function" ? expected(raw) : expected);
      expect(after, `the request changed the database: ${describeRequest(raw)} → ${answer.text.slice(0, 400)}`).toEqual(previous);
    } catch (error) {
      first ??= `${describeRequest(raw)}\n  → ${(error as Error).message.split("\n")[0]}`;
      throw error;
    }
  });
  try {
    await fc.assert(check, { numRuns: RUNS_PER_PROPERTY });
  } catch (error) {
    (error as Error).message = `first failing input: ${first}\n${(error as Error).message}`;
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Generators

/** Valid GraphQL requests (reads, and mutations that are refused because the id is no one's), to spoil. */
const validRequest: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.constant({ query: "{ viewer { id name } }" }),
  mixedDirectionText.map((search) => ({
    query: "query Search($search: String) { organisations(filter: { search: $search }) { totalCount } }",
    variables: { search },
    operationName: "Search",
  })),
  mixedDirectionText.map((title) => ({
    query: "mutation Archive($input: PriorityArchiveInput!) { priorityArchive(input: $input) { userErrors { code field message } } }",
    variables: { input: { priorityId: `not-a-priority-${title}`, expectedVersion: 1 } },
  })),
);

const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** Text that JSON.parse refuses. */
const notJson: fc.Arbitrary<string> = fc
  .oneof(
    fc.string(),
    fc.string({ unit: "binary" }),
    fc.string({ unit: "grapheme" }),
    mixedDirectionText,
    fc.constantFrom(
      "not json",
      "{",
      "}",
      "NaN",
      "Infinity",
      "undefined",
      "{'query': '{ viewer { id } }'}",
      '{"query": "{ viewer { id } }",}',
      '{"query": "{ viewer { id } }"} // comment',
      '{query: "{ viewer { id } }"}',
      '{"query": "{ viewer { id } }"}}',
      '{"query": "\u0000"',
      "\uFEFF\uFEFF{}",
      "query { viewer { id } }",
      "<xml/>",
      "--boundary\r\nContent-Disposition: form-data\r\n\r\nx",
    ),
  )
  .filter((text) => text.length > 0 && !isJson(text));

/** A valid request's JSON, cut short. */
const truncatedJson: fc.Arbitrary<string> = fc.tuple(validRequest, fc.nat()).map(([body, at]) => {
  const text = JSON.stringify(body);
  return text.slice(0, at % text.length);
});

/** JSON that is not a GraphQL request: no string `query`, or `variables` / `operationName` / `extensions` of the wrong type. */
const wrongShape: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue().filter((value) => !(value && typeof value === "object" && !Array.isArray(value) && typeof (value as { query?: unknown }).query === "string")),
  fc.array(validRequest, { minLength: 1, maxLength: 3 }),
  fc.constantFrom({}, { query: 5 }, { query: null }, { query: "" }, { query: ["{ viewer { id } }"] }, { query: { viewer: "id" } }, { query: "{", variables: "x" }, { variables: {} }, { operationName: "Q" }),
  fc
    .tuple(
      validRequest,
      fc.constantFrom("variables", "operationName", "extensions"),
      fc.oneof(fc.string({ minLength: 1 }), fc.integer(), fc.boolean(), fc.array(fc.integer(), { minLength: 1 }), fc.constant([]), fc.constant({ query: 1 })),
    )
    .filter(([, key, value]) => !(key === "operationName" && typeof value === "string") && !(key !== "operationName" && typeof value === "object" && !Array.isArray(value)))
    .map(([body, key, value]) => ({ ...body, [key]: value })),
  // An operationName that names no operation of the document.
  fc.tuple(validRequest, fc.oneof(mixedDirectionText, fc.constant("Nope"))).map(([body, operationName]) => ({ ...body, operationName })),
);

/** A body of more than 1 MB: JSON with a huge variable or query, garbage, or a huge array. */
const hugeBody: fc.Arbitrary<string | Uint8Array> = fc.tuple(fc.integer({ min: ONE_MB + 1, max: 3 * ONE_MB }), fc.constantFrom("variable", "query", "array", "garbage", "bytes")).map(
  ([size, kind]) => {
    switch (kind) {
      case "variable":
        return JSON.stringify({ query: "query($s: String) { organisations(filter: { search: $s }) { totalCount } }", variables: { s: "ع".repeat(Math.ceil(size / 2)) } });
      case "query":
        return JSON.stringify({ query: `{ viewer { id } } #${"x".repeat(size)}` });
      case "array":
        return `[${"0,".repeat(Math.ceil(size / 2))}0]`;
      case "garbage":
        return "}".repeat(size);
      default:
        return new Uint8Array(size).fill(0xff);
    }
  },
);

/** Content types that are not JSON, or JSON in a charset other than UTF-8; and no content type at all. */
const wrongContentType = fc.constantFrom(
  "text/plain",
  "text/plain; charset=utf-8",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/xml",
  "text/json",
  "application/graphql",
  "application/javascript",
  "application/octet-stream",
  "garbage/garbage",
  "application/json; charset=latin1",
  "application/json; charset=utf-16",
  "application/json; charset=klingon",
  "application",
  "",
  "<none>",
);

/** A body of bytes that is not valid UTF-8 somewhere: lone continuation bytes, overlong forms, encoded surrogates, cut sequences. */
const INVALID_UTF8 = [[0xff], [0xfe], [0x80], [0xbf], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0xf0, 0x9f, 0x98]];

const invalidUtf8Body: fc.Arbitrary<{ bytes: Uint8Array; structural: boolean }> = fc
  .tuple(validRequest, fc.array(fc.constantFrom(...INVALID_UTF8), { minLength: 1, maxLength: 6 }), fc.nat(), fc.boolean())
  .map(([body, pieces, at, structural]) => {
    const text = Buffer.from(JSON.stringify(body), "utf8");
    const garbage = Buffer.from(pieces.flat());
    // Structural: right after the opening brace, where no JSON can have it; otherwise anywhere (often inside a string).
    const position = structural ? 1 : at % (text.length + 1);
    return { bytes: new Uint8Array(Buffer.concat([text.subarray(0, position), garbage, text.subarray(position)])), structural };
  });

/** Unicode that GraphQL's lexer and the hub's text rules do not want: NUL, lone surrogates, BOMs, bidi marks, Arabic, controls. */
const unicodeGarbage: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", minLength: 1 }),
  fc.string({ unit: "grapheme", minLength: 1 }),
  fc.array(fc.constantFrom("\u0000", "\uD800", "\uDFFF", "\uFEFF", "\uFFFE", "\uFFFF", "\u0007", "\u001B", "\u2028", ...BIDI_MARKS, ...WHITESPACE, "عربي", "\u{1F91D}", '"', "\\", "{", "}"), {
    minLength: 1,
    maxLength: 20,
  }).map((pieces) => pieces.join("")),
  mixedDirectionText,
);

/** Nesting of `depth` arrays or objects, as JSON text. */
const nested = (depth: number, kind: "array" | "object") => (kind === "array" ? `${"[".repeat(depth)}${"]".repeat(depth)}` : `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`);

// ---------------------------------------------------------------------------------------------

beforeAll(async () => {
  hub = await startHub();
  token = hub.users.admin.token;
  const ids = await lookUpDemo(hub);
  const partner = await newPartner(hub, "Garbage NGO");
  const membership = await joinBody(hub, partner, ids.bodies.gbvSector);
  const priority = await newPriority(hub, ids.bodies.gbvSector, { lead: "admin" });
  const selection = "userErrors { code field message }";
  writes = [
    {
      query: `mutation Archive($input: PriorityArchiveInput!) { priorityArchive(input: $input) { priority { id archived } ${selection} } }`,
      variables: { input: { priorityId: priority.id, expectedVersion: priority.version } },
    },
    {
      query: `mutation Add($input: FocalPointAddInput!) { focalPointAdd(input: $input) { focalPoint { id } ${selection} } }`,
      variables: { input: { membershipId: membership.id, name: `Should Never Exist ${randomUUID().slice(0, 8)}` } },
    },
    {
      query: `mutation End($input: MembershipTransitionInput!) { membershipEnd(input: $input) { membership { ${MEMBERSHIP} } ${selection} } }`,
      variables: { input: { membershipId: membership.id, expectedVersion: membership.version } },
    },
  ];
});

afterAll(async () => {
  console.log(
    `http-garbage: ${tally.inputs} generated inputs (${tally.properties} properties × ${RUNS_PER_PROPERTY} runs, plus any shrinking), ` +
      `${tally.serverErrors} server errors, ${tally.databaseChanges} database changes`,
  );
  await hub?.close();
});

describe("garbage at the HTTP layer: never a 5xx, a JSON error, the database unchanged", () => {
  it("bodies that are not JSON", async () => {
    await property(notJson.map(json), { clientError: true });
  });

  it("truncated JSON", async () => {
    await property(truncatedJson.map(json), { clientError: true });
  });

  it("JSON of the wrong shape (arrays, numbers, a query that is not a string, variables that are not an object)", async () => {
    await property(wrongShape.map(json), { clientError: true });
  });

  it("bodies over 1 MB: 413", async () => {
    await property(
      hugeBody.map((body) => request({ method: "POST", headers: JSON_TYPE, body })),
      { status: 413 },
    );
  });

  it("wrong content types: the mutation in the body does not run", async () => {
    const requests = fc.tuple(fc.constantFrom(...writes), wrongContentType, fc.boolean()).map(([write, type, asBytes]) => {
      const text = JSON.stringify(write);
      return request({
        method: "POST",
        headers: type === "<none>" ? {} : { "content-type": type },
        // A string body makes fetch add text/plain itself; bytes go without a content type.
        body: asBytes || type === "<none>" ? new Uint8Array(Buffer.from(text, "utf8")) : text,
      });
    });
    await property(requests, { clientError: true });
  });

  it("GET with a mutation: refused, and it does not run", async () => {
    const requests = fc
      .tuple(
        fc.constantFrom(...writes),
        fc.constantFrom<Record<string, string>>({}, { "apollo-require-preflight": "true" }, JSON_TYPE, { "x-apollo-operation-name": "Archive" }, { "content-type": "text/plain" }),
        fc.constantFrom("variables", "inline", "two operations"),
      )
      .map(([write, headers, form]) => {
        const search = new URLSearchParams();
        if (form === "variables") {
          search.set("query", write.query);
          search.set("variables", JSON.stringify(write.variables));
        } else if (form === "inline") {
          const input = JSON.stringify((write.variables as { input: Record<string, unknown> }).input).replace(/"(\w+)":/g, "$1: ");
          search.set("query", write.query.replace(/^mutation \w+\(\$input: \w+!\)/, "mutation").replace("$input", input));
        } else {
          search.set("query", `query Read { viewer { id } } ${write.query}`);
          search.set("variables", JSON.stringify(write.variables));
          search.set("operationName", /^mutation (\w+)/.exec(write.query)![1]!);
        }
        return request({ method: "GET", search: `?${search}`, headers });
      });
    await property(requests, { clientError: true });
  });

  it("deeply nested JSON: as the body, in a variable the mutation uses, in extensions", async () => {
    const requests = fc
      .tuple(fc.integer({ min: 1_000, max: 40_000 }), fc.constantFrom<"array" | "object">("array", "object"), fc.constantFrom("body", "input", "field", "extensions"))
      .map(([depth, kind, where]) => {
        const deep = nested(depth, kind);
        const mutation = "mutation($input: PriorityArchiveInput!) { priorityArchive(input: $input) { userErrors { code field message } } }";
        switch (where) {
          case "body":
            return json(deep);
          case "input":
            return json(`{"query": ${JSON.stringify(mutation)}, "variables": {"input": ${deep}}}`);
          case "field":
            return json(`{"query": ${JSON.stringify(mutation)}, "variables": {"input": {"priorityId": ${deep}, "expectedVersion": 1}}}`);
          default:
            return json(`{"query": ${JSON.stringify(mutation)}, "variables": {"input": {"priorityId": "not-a-priority", "expectedVersion": 1}}, "extensions": ${deep}}`);
        }
      });
    // Nested extensions are only odd, not wrong: the write is refused for its id either way.
    await property(requests, (raw) => ({ clientError: !String(raw.body).includes('"extensions"') }));
  });

  it("deeply nested GraphQL documents", async () => {
    const requests = fc.tuple(fc.integer({ min: 200, max: 20_000 }), fc.constantFrom("selections", "lists", "list types", "parentheses")).map(([depth, kind]) => {
      const query =
        kind === "selections"
          ? `{ viewer ${"{ id ".repeat(depth)}${"}".repeat(depth)} }`
          : kind === "lists"
            ? `{ organisations(filter: { search: ${"[".repeat(depth)}"x"${"]".repeat(depth)} }) { totalCount } }`
            : kind === "list types"
              ? `query($a: ${"[".repeat(depth)}Int${"]".repeat(depth)}) { viewer { id } }`
              : `{ viewer ${"(".repeat(depth)} }`;
      return json({ query });
    });
    await property(requests, { clientError: true });
  });

  it("unicode garbage in the query (POST and GET)", async () => {
    const documents = [
      (garbage: string) => `${garbage} { viewer { id } }`,
      (garbage: string) => `{ viewer { id } } ${garbage}`,
      (garbage: string) => `{ organisations(filter: { search: "${garbage}" }) { totalCount } }`,
      // A write that cannot succeed whatever the garbage: no priority has such an id.
      (garbage: string) => `mutation { priorityArchive(input: { priorityId: "no-such-priority ${garbage}", expectedVersion: 1 }) { userErrors { code field message } } }`,
      (garbage: string) => garbage,
    ];
    const requests = fc.tuple(fc.constantFrom(...documents), unicodeGarbage, fc.constantFrom("POST", "GET")).map(([document, garbage, method]) => {
      const query = document(garbage);
      return method === "POST"
        ? json({ query })
        : request({ method: "GET", search: `?${new URLSearchParams({ query: query.replace(/[\uD800-\uDFFF]/g, "\uFFFD") })}`, headers: { "apollo-require-preflight": "true" } });
    });
    // Garbage that GraphQL ignores (whitespace, commas, BOMs) or that sits inside a string may leave a valid request.
    await property(requests, {});
  });

  it("malformed percent-encoding and raw bytes in a GET query string", async () => {
    const requests = fc
      .tuple(
        fc.array(fc.constantFrom("%FF", "%FE", "%C0%AF", "%ED%A0%80", "%E0%A4%A", "%", "%zz", "%00", "%E2%80%AE", "+", "{", "viewer", "%7B", "%7D", "&", "="), { minLength: 1, maxLength: 12 }),
        fc.constantFrom("query", "variables", "operationName", "extensions"),
      )
      .map(([pieces, parameter]) =>
        request({
          method: "GET",
          search: parameter === "query" ? `?query=${pieces.join("")}` : `?query=%7B%20viewer%20%7B%20id%20%7D%20%7D&${parameter}=${pieces.join("")}`,
          headers: { "apollo-require-preflight": "true" },
        }),
      );
    // Decoded, some of these are a valid query after all (e.g. `{viewer}` never is, but an ignored parameter may leave `{ viewer { id } }`).
    await property(requests, {});
  });

  it("invalid UTF-8 bytes in the body", async () => {
    const requests = invalidUtf8Body.map(({ bytes, structural }) => Object.assign(request({ method: "POST", headers: JSON_TYPE, body: bytes }), { structural }));
    // Bytes inside a JSON string decode to U+FFFD and may leave a valid request; bytes after the opening brace never do.
    await property(requests, (raw) => ({ clientError: (raw as RawRequest & { structural: boolean }).structural }));
  });
});
