/**
 * Migrates one embedded database for the whole run and saves its data directory, so that each
 * test file starts its own copy in a fraction of the time a fresh PGlite takes.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../server/db.js";

export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) return;
  const database = await openDatabase({});
  await database.migrate();
  const dump = await database.dumpDataDir!();
  await database.close();
  const folder = mkdtempSync(join(tmpdir(), "tansiq-test-"));
  const path = join(folder, "migrated.tar.gz");
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
  project.provide("migratedPglite", path);
  return () => rmSync(folder, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    migratedPglite?: string;
  }
}
