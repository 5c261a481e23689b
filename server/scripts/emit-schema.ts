import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { createSchema, printSdl } from "../schema.js";
import { runScript } from "./open.js";

const SCHEMA_PATH = new URL("../../schema/schema.graphql", import.meta.url);

runScript(async () => {
  writeFileSync(SCHEMA_PATH, printSdl(await createSchema()));
  console.log("Wrote schema/schema.graphql");
});
