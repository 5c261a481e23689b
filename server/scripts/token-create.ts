import { parseArgs } from "node:util";
import { findUserByEmail, insertAccessToken } from "../modules/auth/auth.store.js";
import { hiddenBodiesOfUser } from "../modules/auth/policy.js";
import { openConfiguredDatabase, runScript } from "./open.js";

const usage = "Usage: npm run token:create -- --email <user e-mail> [--label <what the token is for>]";

/** Prints a new access token for an existing user; the token is shown once and only its hash is stored. */
runScript(async () => {
  const { values } = parseArgs({ options: { email: { type: "string" }, label: { type: "string" } } });
  if (!values.email) throw new Error(`--email is required.\n${usage}`);
  const { database } = await openConfiguredDatabase();
  try {
    const found = await findUserByEmail(database.db, values.email, hiddenBodiesOfUser());
    if (!found) throw new Error(`--email: no user with the e-mail ${values.email}.`);
    const token = await insertAccessToken(database.db, found.user.id, values.label ?? "command line");
    console.log(token);
  } finally {
    await database.close();
  }
});
