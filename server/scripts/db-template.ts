/**
 * Builds the embedded database templates (PGlite initdb + migrations, and the same with the demo
 * data of the current year) ahead of the first start; `npm install` runs it (postinstall). Never
 * fails the install: the server builds a template itself when it is missing, or initialises the
 * database in place when it cannot.
 */
import { fileURLToPath } from "node:url";
import { ensureTemplate } from "../pglite-template.js";

const migrationsFolder = fileURLToPath(new URL("../../migrations", import.meta.url));

for (const [what, demoYear] of [["template", undefined], ["demo template", new Date().getFullYear()]] as const) {
  try {
    const started = performance.now();
    const folder = await ensureTemplate(migrationsFolder, demoYear);
    console.log(`Embedded database ${what} ready in ${((performance.now() - started) / 1000).toFixed(1)} s: ${folder}`);
  } catch (error) {
    console.warn(`The embedded database ${what} was not built (${error instanceof Error ? error.message : error}); the first start will build it.`);
  }
}
