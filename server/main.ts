import "reflect-metadata";
import { loadConfig, oidcOptionsFrom, type Config } from "./config.js";
import { databaseOptionsFrom, openDatabase, type Database } from "./db.js";

/**
 * Demo data belongs to the embedded default; a real server starts empty unless `npm run db:seed` is
 * run. A new embedded database is a copy of the demo template, whose demo users get their tokens
 * here; an empty one (HUB_DEMO_DATA was off when it was made, or no template could be used) gets
 * the whole demo.
 */
async function seedEmbeddedDemo(config: Config, database: Database): Promise<void> {
  if (database.kind !== "pglite" || config.HUB_DEMO_DATA === "off") return;
  const [{ isDatabaseEmpty, issueDemoTokens, loadDemoData }, { demoTokensPath, describeDemoTokens, readDemoTokens, writeDemoTokens }] = await Promise.all([
    import("./seed/demo.js"),
    import("./seed/demo-tokens.js"),
  ]);
  // Decided by the database, not by demo-tokens.json: the file outlives a database removed by hand.
  const loaded = (await isDatabaseEmpty(database.db)) ? await loadDemoData(database.db, { year: demoYear() }) : await issueDemoTokens(database.db);
  if (loaded) {
    writeDemoTokens(config.HUB_DATA_DIR, loaded);
    console.log(`Loaded the demo data; tokens written to ${demoTokensPath(config.HUB_DATA_DIR)}`);
  }
  const tokens = readDemoTokens(config.HUB_DATA_DIR);
  if (tokens) console.log(`Demo users and their access tokens:\n${describeDemoTokens(tokens)}`);
}

/** The demo's dates are in the current year. */
const demoYear = () => new Date().getFullYear();

async function main(): Promise<void> {
  const config = loadConfig();
  // The database opens while the GraphQL stack loads and its schema is built: for the embedded
  // one, the template's copy (a worker thread) and PGlite's WebAssembly compilation (V8's
  // background threads) overlap these imports, which is why they are made here and not above.
  const opening = openDatabase({ ...databaseOptionsFrom(config), demoYear: config.HUB_DEMO_DATA === "off" ? undefined : demoYear() });
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
  await seedEmbeddedDemo(config, database);
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
