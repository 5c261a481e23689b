import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DemoUser } from "./demo.js";

/** Demo tokens are shown once at creation; the file keeps them for later starts of the embedded hub. */
export function demoTokensPath(dataDir: string): string {
  return join(dataDir, "demo-tokens.json");
}

/** Replaces the file whole (written beside it, then renamed): a start killed meanwhile leaves the old one or the new one. */
export function writeDemoTokens(dataDir: string, users: DemoUser[]): void {
  const byRole = Object.fromEntries(users.map((user) => [user.role, { name: user.name, email: user.email, organisation: user.organisation, token: user.token }]));
  const path = demoTokensPath(dataDir);
  const writing = `${path}.${process.pid}`;
  writeFileSync(writing, JSON.stringify(byRole, null, 2) + "\n", { mode: 0o600 });
  renameSync(writing, path);
}

export function readDemoTokens(dataDir: string): Record<string, { email: string; token: string }> | null {
  const path = demoTokensPath(dataDir);
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : null;
}

export function describeDemoTokens(tokens: Record<string, { email: string; token: string }>): string {
  return Object.entries(tokens)
    .map(([role, user]) => `  ${role.padEnd(24)} ${user.email.padEnd(34)} ${user.token}`)
    .join("\n");
}
