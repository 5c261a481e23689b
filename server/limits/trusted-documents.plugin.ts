/**
 * Trusted-documents mode: the server runs only the operations in a manifest (the SDK's, generated
 * by `npm run codegen`), identified by the SHA-256 of their text. For deployments that want no
 * ad-hoc queries at all.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

export function loadTrustedDocuments(path: string): Set<string> {
  const manifest: unknown = JSON.parse(readFileSync(path, "utf8"));
  if (!manifest || typeof manifest !== "object") throw new Error(`HUB_TRUSTED_DOCUMENTS: ${path} is not a manifest of { sha256: document }`);
  return new Set(Object.keys(manifest));
}

export function trustedDocumentsPlugin(trusted: Set<string>): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        // Apollo turns errors thrown here (not in didResolveSource) into a 400 response.
        async didResolveOperation({ source }) {
          if (trusted.has(createHash("sha256").update(source).digest("hex"))) return;
          throw new GraphQLError("This server runs only trusted documents (the operations of the Tansiq SDK); this one is not among them.", {
            extensions: { code: "UNTRUSTED_DOCUMENT", http: { status: 400 } },
          });
        },
      };
    },
  };
}
