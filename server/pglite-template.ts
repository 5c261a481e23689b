/**
 * A new embedded database is a copy of a template: PGlite's `initdb` (6–10 s of WebAssembly) and the
 * migrations run once per installation, into `node_modules/.cache/tansiq/pglite-<key>`, and every
 * new data directory starts as a plain file copy of that cluster (a fraction of a second). The
 * copy is the same real PostgreSQL cluster `initdb` + `migrate` would have left; the server still
 * runs the migrations on it (a no-op unless newer ones exist).
 *
 * A start that loads the demo data copies the demo template instead (`pglite-<key>-demo-<key>`):
 * the same cluster with the demo data of the year already loaded, which takes ~0.6 s of a first
 * start otherwise. Its demo users have placeholders instead of access tokens: the server issues
 * their tokens in each copy (seed/demo.ts), so that no two databases share them.
 *
 * The key covers the PGlite version and every migration file (and, for the demo template, the
 * year, the instant the demo is as of and the files of seed/), so a template is never used for
 * another PGlite, another migration history or other demo data: a changed key builds a new
 * template (`npm install` does it in `postinstall`, or the first start that needs it), and old ones
 * are removed once unused for a day. Any failure here (read-only cache, full disk) falls back to
 * the plain template, then to PGlite's own `initdb` in place.
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import * as tables from "../schema/database.js";
import type { Db } from "./db.js";

/** Bump when the way templates are made changes, so that older ones are not reused. */
const FORMAT = "1";
/** Written into a template once it is complete; never copied into a data directory. */
const MARKER = "tansiq-template.json";
const STALE_MS = 24 * 60 * 60 * 1000;

function pgliteInstall(): { nodeModules: string; version: string } {
  const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  const at = entry.lastIndexOf(`${join("node_modules", "@electric-sql", "pglite")}`);
  if (at < 0) throw new Error(`cannot locate @electric-sql/pglite's package from ${entry}`);
  const nodeModules = entry.slice(0, at + "node_modules".length);
  const { version } = JSON.parse(readFileSync(join(nodeModules, "@electric-sql", "pglite", "package.json"), "utf8")) as { version: string };
  return { nodeModules, version };
}

/** What a template depends on: the template format, the PGlite version and the migration files. */
export function templateKey(migrationsFolder: string, pgliteVersion: string): string {
  const hash = createHash("sha256").update(`format ${FORMAT}\npglite ${pgliteVersion}\n`);
  const files = [join("meta", "_journal.json"), ...readdirSync(migrationsFolder).filter((name) => name.endsWith(".sql")).sort()];
  for (const file of files) hash.update(`${file}\n`).update(readFileSync(join(migrationsFolder, file))).update("\n");
  return hash.digest("hex").slice(0, 16);
}

const SEED_FOLDER = fileURLToPath(new URL("./seed/", import.meta.url));

/**
 * What the demo template depends on beyond the plain one: the year its dates are in, the instant
 * its activity is as of (`demoAsOf`, seed/demo.ts), and the code and data that load it (the files
 * of seed/: the .ts sources under `npm start`, the compiled .js under `npm run start:built`, so
 * each has its own).
 */
export function demoKey(year: number, asOf: Date, seedFolder = SEED_FOLDER): string {
  const hash = createHash("sha256").update(`demo ${year} as of ${asOf.toISOString()}\n`);
  for (const file of readdirSync(seedFolder).sort()) hash.update(`${file}\n`).update(readFileSync(join(seedFolder, file))).update("\n");
  return hash.digest("hex").slice(0, 16);
}

/** The migrated template's folder for these migrations, built first when missing. */
export async function ensureTemplate(migrationsFolder: string): Promise<string> {
  const { nodeModules, version } = pgliteInstall();
  const cache = join(nodeModules, ".cache", "tansiq");
  const plain = `pglite-${templateKey(migrationsFolder, version)}`;
  // Demo templates of this key are the demo builds' to remove.
  return ensureBuilt(cache, plain, (folder) => buildPlain(folder, migrationsFolder), (name) => name !== plain && !name.startsWith(`${plain}-demo-`));
}

/**
 * The folder of the template with the demo data of `year` as of `now`, built when missing on the
 * plain template `plainFolder` (from {@link ensureTemplate}), next to it.
 */
export async function ensureDemoTemplate(plainFolder: string, year: number, now = new Date()): Promise<string> {
  const { demoAsOf } = await import("./seed/demo.js");
  const asOf = demoAsOf(year, now);
  const demoPrefix = `${basename(plainFolder)}-demo-`;
  const demo = `${demoPrefix}${demoKey(year, asOf)}`;
  return ensureBuilt(dirname(plainFolder), demo, (folder) => buildDemo(folder, plainFolder, year, asOf), (name) => name !== demo && name.startsWith(demoPrefix));
}

/**
 * The template `name` in `cache`, built into a folder of its own and renamed into place when
 * missing; then older templates (`isOther`) are removed. One in use is touched, so that removal
 * by age spares it (another checkout or the compiled server may use an older one).
 */
async function ensureBuilt(cache: string, name: string, build: (folder: string) => Promise<void>, isOther: (name: string) => boolean): Promise<string> {
  const folder = join(cache, name);
  if (existsSync(join(folder, MARKER))) {
    touch(folder);
    return folder;
  }

  mkdirSync(cache, { recursive: true });
  const building = `${folder}.building-${process.pid}-${Date.now()}`;
  try {
    await build(building);
    writeFileSync(join(building, MARKER), JSON.stringify({ template: name, createdAt: new Date().toISOString() }) + "\n");
    try {
      renameSync(building, folder);
    } catch (error) {
      // Another process finished the same template first: use theirs.
      if (!existsSync(join(folder, MARKER))) throw error;
    }
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
  removeStaleTemplates(cache, isOther);
  return folder;
}

function touch(folder: string): void {
  try {
    const now = new Date();
    utimesSync(folder, now, now);
  } catch {
    // a read-only cache: the template is used as it is
  }
}

async function buildPlain(folder: string, migrationsFolder: string): Promise<void> {
  console.log("Preparing the embedded database template (PGlite initdb and migrations, once per installation)…");
  const client = await PGlite.create({ dataDir: folder, startParams: pgliteStartParams() });
  try {
    await migrate(drizzle(client), { migrationsFolder });
  } finally {
    await client.close();
  }
}

async function buildDemo(folder: string, plainFolder: string, year: number, asOf: Date): Promise<void> {
  console.log(`Preparing the embedded database's demo template (the demo data of ${year} as of ${asOf.toISOString().slice(0, 10)}, a few times a year)…`);
  cpSync(plainFolder, folder, { recursive: true, filter: (source) => basename(source) !== MARKER });
  const { loadDemoData, withdrawDemoTokens } = await import("./seed/demo.js");
  const client = await PGlite.create({ dataDir: folder, startParams: pgliteStartParams() });
  try {
    const db = drizzle(client, { schema: tables }) as unknown as Db;
    await loadDemoData(db, { year, asOf });
    await withdrawDemoTokens(db);
  } finally {
    await client.close();
  }
}

/**
 * Other templates (`isOther`), and builds that never finished, once unused for a day. Each is
 * renamed before it is deleted, so that a start copying it at that moment finds its marker gone
 * and does not take a partial copy for a database.
 */
export function removeStaleTemplates(cache: string, isOther: (name: string) => boolean): void {
  for (const name of readdirSync(cache)) {
    if (!name.startsWith("pglite-") || !isOther(name)) continue;
    const path = join(cache, name);
    try {
      if (Date.now() - statSync(path).mtimeMs <= STALE_MS) continue;
      const removing = name.includes(".removing-") ? path : `${path}.removing-${process.pid}-${Date.now()}`;
      renameSync(path, removing);
      rmSync(removing, { recursive: true, force: true });
    } catch {
      // in use or gone already
    }
  }
}

/**
 * The template's ~1,000 files copied by a worker thread: creating them is mostly kernel time
 * (~0.5–1 s here), which then runs beside the start-up's own work instead of blocking it.
 */
function copyInBackground(from: string, to: string): Promise<void> {
  const code = `const { workerData: w } = require("node:worker_threads");
    const { basename } = require("node:path");
    require("node:fs").cpSync(w.from, w.to, { recursive: true, filter: (source) => basename(source) !== w.skip });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: { from, to, skip: MARKER } });
    worker.once("error", reject);
    worker.once("exit", (exitCode) => (exitCode === 0 ? resolve() : reject(new Error(`the copy stopped with code ${exitCode}`))));
  });
}

/**
 * The embedded database's shared buffers unless configured (HUB_PGLITE_SHARED_BUFFERS). initdb's
 * 128MB cost ~0.5 s of every start (PostgreSQL zeroes them, in WebAssembly on the main thread) and
 * ~130 MB of resident memory; the embedded database holds a demo or a small hub, and the operating
 * system's page cache keeps its files beyond that.
 */
export const PGLITE_SHARED_BUFFERS = "16MB";

/** PGlite's own start parameters, with PostgreSQL's shared buffers set. */
export const pgliteStartParams = (sharedBuffers = PGLITE_SHARED_BUFFERS) => [...PGlite.defaultStartParams, "-c", `shared_buffers=${sharedBuffers}`];

/** A compiled WebAssembly module, as PGlite's options name it (the project's `lib` has no WebAssembly). */
export type WasmModule = NonNullable<PGliteOptions["pgliteWasmModule"]>;
const wasm = (globalThis as unknown as { WebAssembly: { compile(bytes: Uint8Array): Promise<WasmModule> } }).WebAssembly;

/** A data directory PGlite would initialise: missing or empty. */
export const isNewDataDir = (path: string) => !existsSync(path) || readdirSync(path).length === 0;

/**
 * PGlite's WebAssembly compiled ahead of `PGlite.create` (its `pgliteWasmModule` option), so that
 * the compilation runs while the template is copied; undefined lets PGlite load it itself.
 */
export async function compilePgliteWasm(): Promise<WasmModule | undefined> {
  try {
    const { nodeModules } = pgliteInstall();
    const bytes = await readFile(join(nodeModules, "@electric-sql", "pglite", "dist", "pglite.wasm"));
    return await wasm.compile(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Fills a new (missing or empty) PGlite data directory with a copy of the template (the demo
 * template when `demoYear` is given); leaves an existing database alone. False when it did
 * nothing, so PGlite runs `initdb` itself.
 */
export async function restoreTemplate(dataDir: string, migrationsFolder: string, demoYear?: number): Promise<boolean> {
  if (!isNewDataDir(dataDir)) return false;
  const partial = join(dirname(dataDir), `.${basename(dataDir)}.partial-${process.pid}`);
  try {
    const template = await chooseTemplate(migrationsFolder, demoYear);
    mkdirSync(dirname(dataDir), { recursive: true });
    // Copied next to its place and renamed into it, so that a start killed half-way leaves no half cluster.
    await copyInBackground(template, partial);
    if (!existsSync(join(template, MARKER))) throw new Error("the template was removed while it was copied");
    if (existsSync(dataDir)) rmSync(dataDir, { recursive: true });
    renameSync(partial, dataDir);
    return true;
  } catch (error) {
    console.warn(`The embedded database template could not be used (${reason(error)}); initialising the database in place.`);
    return false;
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
}

/** The demo template when asked for and it can be had; otherwise the plain one, and the server loads the demo data itself. */
async function chooseTemplate(migrationsFolder: string, demoYear: number | undefined): Promise<string> {
  const plain = await ensureTemplate(migrationsFolder);
  if (demoYear === undefined) return plain;
  try {
    return await ensureDemoTemplate(plain, demoYear);
  } catch (error) {
    console.warn(`The embedded database's demo template could not be used (${reason(error)}); the demo data is loaded at start instead.`);
    return plain;
  }
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
