/**
 * graphql-codegen: the client SDK's types, documents and method table, from the committed SDL and
 * the hand-written operations. `npm run codegen` regenerates; `npm run check:generated` fails in
 * CI when the committed output is stale.
 */
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: "client-sdk/operations/*.graphql",
  generates: {
    // Result and variable types per operation, the input types and enums they use (string unions),
    // and each operation as a typed string: no `graphql` package needed at run time.
    "client-sdk/src/generated/graphql.ts": {
      plugins: ["typescript-operations", "typed-document-node"],
      config: {
        documentMode: "string",
        // Enums as string unions plus a constant of their values (`Object.values(MembershipRole)` for a menu).
        enumType: "const",
        namingConvention: { enumValues: "keep" },
        useTypeImports: true,
        strictScalars: true,
        scalars: { ID: "string", DateTime: "string", LocalDate: "string", JSON: "unknown" },
      },
    },
    // One documented method per operation, the strict mutations and the paginators.
    "client-sdk/src/generated/operations.ts": {
      plugins: ["./client-sdk/codegen/sdk-methods.js"],
    },
  },
};

export default config;
