import "reflect-metadata";
import { loadConfig, type Config } from "../config.js";
import { databaseOptionsFrom, openDatabase, type Database } from "../db.js";

/** The database the server would use, with the same configuration, migrated. */
export async function openConfiguredDatabase(): Promise<{ config: Config; database: Database }> {
  const config = loadConfig();
  const database = await openDatabase(databaseOptionsFrom(config));
  await database.migrate();
  return { config, database };
}

/** Runs a command-line task and turns any failure into a message and exit code 1. */
export function runScript(task: () => Promise<void>): void {
  task().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
