/**
 * Builds the embedded database templates (PGlite initdb + migrations, and the same with the demo
 * data of the current year) ahead of the first start; `npm install` runs it (postinstall). Never
 * fails the install: the server builds a template itself when it is missing, or initialises the
 * database in place when it cannot.
 */
import { fileURLToPath } from "node:url";
import { ensureDemoTemplate, ensureTemplate } from "../pglite-template.js";

const migrationsFolder = fileURLToPath(new URL("../../migrations", import.meta.url));

/** Builds one template: its folder, or null when it could not. */
async function build(what: string, ensure: () => Promise<string>): Promise<string | null> {
  try {
    const started = performance.now();
    const folder = await ensure();
    console.log(`Embedded database ${what} ready in ${((performance.now() - started) / 1000).toFixed(1)} s: ${folder}`);
    return folder;
  } catch (error) {
    console.warn(`The embedded database ${what} was not built (${error instanceof Error ? error.message : error}); the first start will build it.`);
    return null;
  }
}

// The demo template is built on the plain one.
const plain = await build("template", () => ensureTemplate(migrationsFolder));
if (plain) await build("demo template", () => ensureDemoTemplate(plain, new Date().getFullYear()));
