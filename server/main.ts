import "reflect-metadata";
import { loadConfig, oidcOptionsFrom, type Config } from "./config.js";
import { databaseOptionsFrom, openDatabase, type Database } from "./db.js";
import { createHubServer } from "./http.js";
import { limitsFrom } from "./limits/limits.js";
import { loadTrustedDocuments } from "./limits/trusted-documents.plugin.js";
import { createLogger } from "./logger.js";
import { createSchema } from "./schema.js";
import { isDatabaseEmpty, loadDemoData } from "./seed/demo.js";
import { demoTokensPath, describeDemoTokens, readDemoTokens, writeDemoTokens } from "./seed/demo-tokens.js";

/** Demo data belongs to the embedded default; a real server starts empty unless `npm run db:seed` is run. */
async function seedEmbeddedDemo(config: Config, database: Database): Promise<void> {
  if (database.kind !== "pglite" || config.HUB_DEMO_DATA === "off") return;
  if (await isDatabaseEmpty(database.db)) {
    writeDemoTokens(config.HUB_DATA_DIR, await loadDemoData(database.db, { year: new Date().getFullYear() }));
    console.log(`Loaded the demo data; tokens written to ${demoTokensPath(config.HUB_DATA_DIR)}`);
  }
  const tokens = readDemoTokens(config.HUB_DATA_DIR);
  if (tokens) console.log(`Demo users and their access tokens:\n${describeDemoTokens(tokens)}`);
}

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(databaseOptionsFrom(config));
  await database.migrate();
  await seedEmbeddedDemo(config, database);

  const schema = await createSchema();
  const logger = createLogger(config.HUB_LOG_LEVEL);
  const { httpServer, apollo, beginShutdown } = await createHubServer(database, schema, {
    development: config.NODE_ENV === "development",
    introspection: config.HUB_INTROSPECTION ? config.HUB_INTROSPECTION === "on" : config.NODE_ENV !== "production",
    limits: limitsFrom(config),
    logger,
    oidc: oidcOptionsFrom(config),
    corsOrigins: config.HUB_CORS_ORIGINS,
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
