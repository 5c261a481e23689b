/**
 * GraphQL over HTTP compliance, judged by an independent suite: graphql-http's server audits (the
 * reference implementation of the specification). Every MUST passes; SHOULDs are listed when not.
 */
import { auditServer, type AuditResult } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHub, type Hub } from "./testkit.js";

let hub: Hub;
let results: AuditResult[];

beforeAll(async () => {
  hub = await startHub();
  const token = hub.users.partnerInTaskForce.token;
  // Our clients send their token, and (Apollo's CSRF prevention) a preflight-forcing header on GET.
  const fetchFn = (input: string | URL | Request, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set("authorization", `Bearer ${token}`);
    headers.set("apollo-require-preflight", "true");
    return fetch(input, { ...init, headers });
  };
  results = await auditServer({ url: `${hub.url}/graphql`, fetchFn });
});
afterAll(() => hub.close());

const describeFailure = (result: AuditResult) => `${result.name}: ${"reason" in result ? result.reason : ""}`;

describe("GraphQL over HTTP (graphql-http audits)", () => {
  it("passes every MUST audit", () => {
    const failed = results.filter((result) => result.name.startsWith("MUST") && result.status !== "ok");
    expect(failed.map(describeFailure)).toEqual([]);
  });

  it("passes the SHOULD audits, apart from the ones listed", () => {
    const failed = results.filter((result) => result.name.startsWith("SHOULD") && result.status !== "ok");
    expect(failed.map(describeFailure)).toEqual([]);
  });

  it("ran the whole suite", () => {
    expect(results.length).toBeGreaterThan(30);
  });
});
