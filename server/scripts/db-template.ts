/**
 * Builds the embedded database templates (PGlite initdb + migrations, and the same with the demo
 * data of the current year) ahead of the first start; `npm install` runs it (postinstall). Never
 * fails the install: the server builds a template itself when it is missing, or initialises the
 * database in place when it cannot.
 */
import { fileURLToPath } from "node:url";
import { ensureDemoTemplate, ensureTemplate } from "../pglite-template.js";

const migrationsFolder = fileURLToPath(new URL("../../migrations", import.meta.url));

/** Builds one template; false when it could not (the demo template is built on the plain one). */
async function build(what: string, ensure: () => Promise<string>): Promise<boolean> {
  try {
    const started = performance.now();
    const folder = await ensure();
    console.log(`Embedded database ${what} ready in ${((performance.now() - started) / 1000).toFixed(1)} s: ${folder}`);
    return true;
  } catch (error) {
    console.warn(`The embedded database ${what} was not built (${error instanceof Error ? error.message : error}); the first start will build it.`);
    return false;
  }
}

if (await build("template", () => ensureTemplate(migrationsFolder))) {
  await build("demo template", () => ensureDemoTemplate(migrationsFolder, new Date().getFullYear()));
}
