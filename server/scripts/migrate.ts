import { openConfiguredDatabase, runScript } from "./open.js";

runScript(async () => {
  const { database } = await openConfiguredDatabase();
  console.log(`Migrations applied (${database.kind}).`);
  await database.close();
});
