/**
 * The SDK in a browser: headless Chromium loads a page from another origin, which imports the
 * built ESM (client-sdk/dist, as is: no bundler) and lists the bodies from the running hub. The
 * hub answers only the origins it is configured for (CORS).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_BODY_NAMES } from "../../server/seed/demo-data.js";
import { buildSdk, SDK_DIR, startSdkHub, type SdkHub } from "./sdk-kit.js";

const CHROMIUM = "/usr/bin/chromium";
const DIST = join(SDK_DIR, "dist");

/** The page: reads the hub's endpoint, a token and a language from its #fragment, lists the bodies. */
const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>Bodies</title></head>
<body data-state="loading">
<ul id="bodies"></ul><p id="error"></p>
<script type="module">
  import { createHubClient, isHubError } from "/sdk/index.js";
  const config = Object.fromEntries(new URLSearchParams(location.hash.slice(1)));
  const client = createHubClient({ url: config.hub, token: config.token, language: config.lang || undefined, retry: false });
  try {
    for await (const body of client.paginate.bodies({ first: 4, orderBy: { field: "NAME" } })) {
      const item = document.createElement("li");
      item.textContent = body.name;
      document.querySelector("#bodies").append(item);
    }
    document.body.dataset.state = "done";
  } catch (error) {
    document.querySelector("#error").textContent = isHubError(error) ? error.name + ":" + error.kind : String(error);
    document.body.dataset.state = "error";
  }
</script>
</body></html>`;

const TYPES: Record<string, string> = { ".js": "text/javascript", ".map": "application/json", ".html": "text/html" };

/** Serves the page at / and the built SDK at /sdk/. */
function startStaticServer(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    if (path === "/") return response.writeHead(200, { "content-type": TYPES[".html"] }).end(PAGE);
    const file = normalize(join(DIST, path.replace(/^\/sdk\//, "")));
    if (!path.startsWith("/sdk/") || !file.startsWith(DIST) || !existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, () => resolve(server)));
}

let sdk: SdkHub;
let pages: Server;
let browser: Browser;
let port = 0;

/**
 * CI installs Chromium and must run this test; on a developer's machine without it, `npm test`
 * stays green and says what to install.
 */
const runBrowser = existsSync(CHROMIUM) || process.env.CI === "true";
if (!runBrowser) console.warn(`Skipping the browser test: install Debian's chromium (apt-get install -y chromium) to run it.`);

beforeAll(async () => {
  if (!runBrowser) return;
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: install Debian's package (apt-get install -y chromium) to run the browser test`);
  }
  buildSdk();
  pages = await startStaticServer();
  port = (pages.address() as AddressInfo).port;
  // Only the page's 127.0.0.1 origin is allowed; the same page from "localhost" is another origin.
  sdk = await startSdkHub({ corsOrigins: [`http://127.0.0.1:${port}`] });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (pages ? pages.close(resolve) : resolve(undefined)));
  await sdk?.close();
});

/** Opens the page from `origin` and waits until it has listed the bodies or failed. */
async function openPage(origin: string, options: { lang?: string } = {}) {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  const fragment = new URLSearchParams({ hub: sdk.endpoint, token: sdk.hub.users.gbvPartner.token, lang: options.lang ?? "" });
  await page.goto(`${origin}/#${fragment}`);
  await page.waitForSelector("body:not([data-state=loading])", { timeout: 20_000 });
  const result = {
    state: await page.getAttribute("body", "data-state"),
    names: await page.locator("#bodies li").allTextContents(),
    error: await page.textContent("#error"),
    problems,
  };
  await page.close();
  return result;
}

describe.runIf(runBrowser)("the SDK in a browser", () => {
  it("the build imports only its own files: no Node built-ins, no packages at run time", () => {
    const files = readdirSync(DIST, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".js"));
    const specifiers = files.flatMap((file) => [...readFileSync(join(DIST, file), "utf8").matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]!));
    expect(specifiers.length).toBeGreaterThan(0);
    expect(specifiers.filter((specifier) => !specifier.startsWith("./") && !specifier.startsWith("../"))).toEqual([]);
  });

  it("a page on an allowed origin lists the bodies through the SDK, page by page", async () => {
    const result = await openPage(`http://127.0.0.1:${port}`);
    expect(result.problems).toEqual([]);
    expect(result.error).toBe("");
    expect(result.state).toBe("done");
    expect(result.names).toHaveLength(6);
    expect(result.names).toContain(DEMO_BODY_NAMES.genderWorkingGroup.en);
  });

  it("in Arabic with language: 'ar'", async () => {
    const result = await openPage(`http://127.0.0.1:${port}`, { lang: "ar" });
    expect(result.state).toBe("done");
    expect(result.names).toContain(DEMO_BODY_NAMES.genderWorkingGroup.ar);
  });

  it("a page on an origin the hub does not allow gets a HubNetworkError (CORS refused)", async () => {
    const result = await openPage(`http://localhost:${port}`);
    expect(result.state).toBe("error");
    expect(result.error).toBe("HubNetworkError:network");
    expect(result.names).toEqual([]);
  });
});
