/**
 * Writes the trusted-documents manifest: the SHA-256 of every operation the SDK sends, exactly as
 * it sends it, with the document. A server in trusted-documents mode (HUB_TRUSTED_DOCUMENTS)
 * runs these and nothing else. Part of `npm run codegen`, after graphql-codegen.
 */
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import * as generated from "../src/generated/graphql.js";

const manifest: Record<string, string> = {};
for (const [name, value] of Object.entries(generated)) {
  if (!name.endsWith("Document") || !(value instanceof generated.TypedDocumentString)) continue;
  const document = String(value);
  manifest[createHash("sha256").update(document).digest("hex")] = document;
}
const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(new URL("../src/generated/trusted-documents.json", import.meta.url), JSON.stringify(sorted, null, 2) + "\n");
console.log(`Trusted documents: ${Object.keys(sorted).length} operations`);
