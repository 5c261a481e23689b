import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // One copy of graphql, or type-graphql's types come from "another module or realm".
    alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
  },
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    globalSetup: ["test/global-setup.ts"],
    hookTimeout: 60_000,
    testTimeout: 30_000,
    // Test files share one PostgreSQL database when DATABASE_URL is set; run them one at a time.
    fileParallelism: false,
  },
});
