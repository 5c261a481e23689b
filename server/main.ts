import "reflect-metadata";
import { loadConfig, oidcOptionsFrom, type Config } from "./config.js";
import { databaseOptionsFrom, openDatabase, type Database } from "./db.js";
import type { DemoUser } from "./seed/demo.js";

/**
 * Demo data belongs to the embedded default; a real server starts empty unless `npm run db:seed` is
 * run. A new embedded database is a copy of the demo template, whose demo users get their tokens
 * here; an empty one (HUB_DEMO_DATA was off when it was made, or no template could be used) gets
 * the whole demo. Decided by the database, not by demo-tokens.json, which outlives a database
 * removed by hand; the file is written before the tokens are committed, so none is lost.
 */
async function seedEmbeddedDemo(config: Config, database: Database, demoYear: number): Promise<void> {
  const [{ isDatabaseEmpty, issueDemoTokens, loadDemoData }, { demoTokensPath, describeDemoTokens, readDemoTokens, writeDemoTokens }] = await Promise.all([
    import("./seed/demo.js"),
    import("./seed/demo-tokens.js"),
  ]);
  const keep = (users: DemoUser[]) => writeDemoTokens(config.HUB_DATA_DIR, users);
  const where = demoTokensPath(config.HUB_DATA_DIR);
  if (await isDatabaseEmpty(database.db)) {
    await loadDemoData(database.db, { year: demoYear, beforeCommit: keep });
    console.log(`Loaded the demo data; tokens written to ${where}`);
  } else if (await issueDemoTokens(database.db, keep)) {
    console.log(`Loaded the demo data (a copy of its template); tokens written to ${where}`);
  }
  const tokens = readDemoTokens(config.HUB_DATA_DIR);
  if (tokens) console.log(`Demo users and their access tokens:\n${describeDemoTokens(tokens)}`);
}

async function main(): Promise<void> {
  const config = loadConfig();
  // The database opens while the GraphQL stack loads and its schema is built: for the embedded
  // one, the template's copy (a worker thread) and PGlite's WebAssembly compilation (V8's
  // background threads) overlap these imports, which is why they are made here and not above.
  // Demo data in the embedded database only, dated in the current year.
  const demoYear = config.DATABASE_URL || config.HUB_DEMO_DATA === "off" ? undefined : new Date().getFullYear();
  const opening = openDatabase({ ...databaseOptionsFrom(config), demoYear });
  opening.catch(() => {}); // awaited below; not an unhandled rejection while the imports run
  const [{ createHubServer }, { limitsFrom }, { loadTrustedDocuments }, { createLogger }, { createSchema }] = await Promise.all([
    import("./http.js"),
    import("./limits/limits.js"),
    import("./limits/trusted-documents.plugin.js"),
    import("./logger.js"),
    import("./schema.js"),
  ]);
  // Checked by Apollo (assertValidSchema) and, with the introspection check too, by the schema tests.
  const schema = await createSchema({ check: false });

  const database = await opening;
  await database.migrate();
  if (demoYear !== undefined) await seedEmbeddedDemo(config, database, demoYear);
  const logger = createLogger(config.HUB_LOG_LEVEL);
  const { httpServer, apollo, beginShutdown } = await createHubServer(database, schema, {
    development: config.NODE_ENV === "development",
    introspection: config.HUB_INTROSPECTION ? config.HUB_INTROSPECTION === "on" : config.NODE_ENV !== "production",
    limits: limitsFrom(config),
    logger,
    oidc: oidcOptionsFrom(config),
    corsOrigins: config.HUB_CORS_ORIGINS,
    lookahead: config.HUB_LOOKAHEAD,
    trustedDocuments: config.HUB_TRUSTED_DOCUMENTS ? loadTrustedDocuments(config.HUB_TRUSTED_DOCUMENTS) : undefined,
  });
  await new Promise<void>((resolve) => httpServer.listen(config.PORT, config.HOST, resolve));
  const where = database.kind === "pglite" ? `embedded PGlite in ${config.HUB_DATA_DIR}` : "PostgreSQL (DATABASE_URL)";
  console.log(`Tansiq GraphQL API on http://localhost:${config.PORT}/graphql (database: ${where})`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing requests in flight, then closing the database`);
    beginShutdown();
    await apollo.stop(); // drains the HTTP server too
    await database.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
