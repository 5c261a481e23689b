/**
 * The README's promise: its code, written against the package, type-checks and runs. The examples
 * in client-sdk/examples/ import `@tansiq/client-sdk` by name (resolved to the built dist/) and are
 * type-checked like a user's code; report-progress.ts is run against the live hub as a partner
 * (twice: it reports each commitment once), and the five tasks of tasks.ts as leads and partners.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_YEAR } from "../testkit.js";
import { buildSdk, ROOT, SDK_DIR, startSdkHub, typeCheck, type SdkHub } from "./sdk-kit.js";

const run = promisify(execFile);
let sdk: SdkHub;
let folder = "";

beforeAll(async () => {
  buildSdk();
  sdk = await startSdkHub();
  folder = mkdtempSync(join(tmpdir(), "tansiq-example-"));
});
afterAll(async () => {
  await sdk?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe("examples/report-progress.ts", () => {
  it("type-checks against the built package", () => {
    const result = typeCheck(join(SDK_DIR, "tsconfig.examples.json"));
    expect(result.output).toBe("");
    expect(result.code).toBe(0);
  });

  it("reports a quarter's progress on each live commitment of the partner's organisation, once", async () => {
    const partner = sdk.as("partnerOutsideTaskForce");
    const live = (await partner.paginate.myCommitments({ filter: { year: DEMO_YEAR } }).toArray()).filter((c) => c.status !== "WITHDRAWN");
    expect(live.length).toBeGreaterThan(0);
    const numeric = live.flatMap((c) => c.targets.filter((t) => t.indicator.measure !== "QUALITATIVE").map((t) => [t.indicator.name, 7] as const));
    const progressFile = join(folder, "progress.json");
    writeFileSync(progressFile, JSON.stringify(Object.fromEntries(numeric)));

    const script = () =>
      run(process.execPath, ["--import", "tsx", join(SDK_DIR, "examples/report-progress.ts"), progressFile, `${DEMO_YEAR}-07-01`, `${DEMO_YEAR}-09-30`], {
        cwd: ROOT,
        env: { ...process.env, TANSIQ_URL: sdk.endpoint, TANSIQ_TOKEN: sdk.hub.users.partnerOutsideTaskForce.token },
      });
    const first = await script();
    const lines = first.stdout.trim().split("\n");
    expect(lines).toHaveLength(live.length);
    expect(lines.every((line) => line.endsWith("reported (SUBMITTED)"))).toBe(true);
    expect((await script()).stdout).toBe(first.stdout);

    for (const commitment of live) {
      const reports = await partner.paginate.commitmentProgressReports({ commitmentId: commitment.id }).toArray();
      const quarter = reports.filter((report) => report.periodEnd === `${DEMO_YEAR}-09-30`);
      expect(quarter).toHaveLength(1);
      const reported = quarter[0]!.values.filter((value) => value.value === 7).map((value) => value.indicator.id);
      expect(reported.length).toBe(commitment.targets.filter((t) => t.indicator.measure !== "QUALITATIVE").length);
    }
  });
});

/** The functions of examples/tasks.ts (imported at run time only: the root type check runs before any build). */
interface Tasks {
  connect(url: string, token: string): unknown;
  listMembers(client: unknown, acronym: string): Promise<string[]>;
  addMember(client: unknown, bodyId: string, search: string): Promise<{ id: string; status: string; organisation: { acronym: string | null } }>;
  commit(client: unknown, bodyId: string, year: number): Promise<{ id: string; status: string; priority: { id: string }; targets: unknown[] }>;
  submitReport(client: unknown, commitmentId: string): Promise<{ id: string; reviewState: string }>;
  reviewReports(client: unknown, priorityId: string, comment?: string): Promise<Array<{ id: string; reviewState: string }>>;
}

describe("examples/tasks.ts: the README's five tasks", () => {
  const tasksFile = join(SDK_DIR, "examples/tasks.ts");

  it("are quoted verbatim in the README", () => {
    const readme = readFileSync(join(SDK_DIR, "README.md"), "utf8");
    const regions = [...readFileSync(tasksFile, "utf8").matchAll(/\/\/ #region ([\w-]+)\n([\s\S]*?)\/\/ #endregion/g)];
    expect(regions.map((region) => region[1])).toEqual(["list-members", "add-member", "commit", "submit-report", "review-report"]);
    for (const [, name, code] of regions) expect(readme.includes(code!.trimEnd()), `README is missing the ${name} example`).toBe(true);
  });

  it("run as the demo users: list members, add a member, commit, report, review", async () => {
    const tasks = (await import(pathToFileURL(tasksFile).href)) as Tasks;
    const as = (role: "unWomenChair" | "partnerOutsideTaskForce") => tasks.connect(sdk.endpoint, sdk.hub.users[role].token);
    const admin = sdk.as("admin");
    const { bodies } = await admin.bodies({ first: 10 });
    const idOf = (acronym: string) => bodies.nodes.find((body) => body.acronym === acronym)!.id;

    const members = await tasks.listMembers(as("partnerOutsideTaskForce"), "GWG");
    const { body } = await admin.bodyMemberships({ bodyId: idOf("GWG"), first: 1 });
    expect(members).toHaveLength(body!.memberships.totalCount);
    expect(members).toContainEqual(expect.stringMatching(/^Akkar Plains Women's Association \(demo\) \(MEMBER, since 2017-02-13\)$/));

    const added = await tasks.addMember(as("unWomenChair"), idOf("GBV-CP"), "APWA");
    expect(added).toMatchObject({ status: "ACTIVE", organisation: { acronym: "APWA" } });

    const commitment = await tasks.commit(as("partnerOutsideTaskForce"), idOf("GWG"), DEMO_YEAR);
    expect(commitment.status).toBe("PLANNED");
    expect(commitment.targets.length).toBeGreaterThan(0);

    const report = await tasks.submitReport(as("partnerOutsideTaskForce"), commitment.id);
    expect(report.reviewState).toBe("SUBMITTED");

    const reviewed = await tasks.reviewReports(as("unWomenChair"), commitment.priority.id, "Please split the figures by sex");
    expect(reviewed).toContainEqual(expect.objectContaining({ id: report.id, reviewState: "RETURNED" }));
  });
});
