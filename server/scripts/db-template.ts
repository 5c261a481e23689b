/**
 * Builds the embedded database template (PGlite initdb + migrations) ahead of the first start;
 * `npm install` runs it (postinstall). Never fails the install: the server builds the template
 * itself when it is missing, or initialises the database in place when it cannot.
 */
import { fileURLToPath } from "node:url";
import { ensureTemplate } from "../pglite-template.js";

const migrationsFolder = fileURLToPath(new URL("../../migrations", import.meta.url));

try {
  const started = performance.now();
  const folder = await ensureTemplate(migrationsFolder);
  console.log(`Embedded database template ready in ${((performance.now() - started) / 1000).toFixed(1)} s: ${folder}`);
} catch (error) {
  console.warn(`The embedded database template was not built (${error instanceof Error ? error.message : error}); the first start will build it.`);
}
