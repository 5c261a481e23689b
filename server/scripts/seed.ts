import { isDatabaseEmpty, loadDemoData } from "../seed/demo.js";
import { describeDemoTokens, demoTokensPath, writeDemoTokens } from "../seed/demo-tokens.js";
import { openConfiguredDatabase, runScript } from "./open.js";

/** Loads the demo data into an empty database (embedded or DATABASE_URL) and prints the demo tokens. */
runScript(async () => {
  const { config, database } = await openConfiguredDatabase();
  try {
    if (!(await isDatabaseEmpty(database.db))) {
      throw new Error("The database already holds bodies or organisations; the demo data loads only into an empty database.");
    }
    const users = await loadDemoData(database.db, {
      year: new Date().getFullYear(),
      beforeCommit: (loaded) => writeDemoTokens(config.HUB_DATA_DIR, loaded),
    });
    const tokens = Object.fromEntries(users.map((user) => [user.role, user]));
    console.log(`Demo data loaded (${database.kind}). Tokens, also in ${demoTokensPath(config.HUB_DATA_DIR)}:\n${describeDemoTokens(tokens)}`);
  } finally {
    await database.close();
  }
});
