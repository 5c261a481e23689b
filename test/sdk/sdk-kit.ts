/**
 * Shared by the SDK tests: a hub with SDK clients for the demo users, a fetch that records which
 * operations were sent, the demo's ids through the SDK, and building the SDK package.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createHubClient, type HubClient, type HubClientOptions } from "../../client-sdk/src/index.js";
import type { DemoRole } from "../../server/seed/demo.js";
import { startHub, type Hub } from "../testkit.js";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const SDK_DIR = fileURLToPath(new URL("../../client-sdk/", import.meta.url));

export interface SdkHub {
  hub: Hub;
  endpoint: string;
  /** A client acting as a demo user. */
  as(role: DemoRole, options?: Partial<HubClientOptions>): HubClient;
  /** The GraphQL operation names sent so far, by any client of this hub made with `as`. */
  sent: string[];
  close(): Promise<void>;
}

export async function startSdkHub(options: Parameters<typeof startHub>[0] = {}): Promise<SdkHub> {
  const hub = await startHub(options);
  const endpoint = `${hub.url}/graphql`;
  const sent: string[] = [];
  const recordingFetch: HubClientOptions["fetch"] = (input, init) => {
    const { operationName } = JSON.parse(String(init.body)) as { operationName?: string };
    if (operationName) sent.push(operationName);
    return fetch(input, init);
  };
  return {
    hub,
    endpoint,
    sent,
    as: (role, extra = {}) => createHubClient({ url: endpoint, token: hub.users[role].token, fetch: recordingFetch, ...extra }),
    close: () => hub.close(),
  };
}

/** Looks a body up by acronym through the SDK (as admin, who sees every body). */
export async function bodyId(client: HubClient, acronym: string): Promise<string> {
  for await (const body of client.paginate.bodies({ first: 100 })) if (body.acronym === acronym) return body.id;
  throw new Error(`no body with acronym ${acronym}`);
}

/** Looks an organisation up by acronym or English name through the SDK. */
export async function organisationId(client: HubClient, search: string): Promise<string> {
  const { organisations } = await client.organisations({ filter: { search }, first: 5 });
  const found = organisations.nodes.find((o) => o.acronym === search || o.nameTranslations.en === search) ?? organisations.nodes[0];
  if (!found) throw new Error(`no organisation matches ${search}`);
  return found.id;
}

/** Compiles the SDK to client-sdk/dist (ESM + .d.ts), as `npm run sdk:build` does. */
export function buildSdk(): void {
  execFileSync("npm", ["run", "--silent", "sdk:build"], { cwd: ROOT, stdio: "pipe" });
}

/** Runs `tsc --noEmit -p <project>`; returns its exit code and output. */
export function typeCheck(project: string): { code: number; output: string } {
  try {
    const output = execFileSync(process.execPath, [`${ROOT}node_modules/typescript/bin/tsc`, "--noEmit", "--pretty", "false", "-p", project], {
      cwd: ROOT,
      stdio: "pipe",
      encoding: "utf8",
    });
    return { code: 0, output };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { code: failed.status, output: `${failed.stdout}${failed.stderr}` };
  }
}
