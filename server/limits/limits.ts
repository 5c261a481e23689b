/** The hub's limits against abusive or buggy clients, from the configuration. */
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { Config } from "../config.js";
import type { CostLimits } from "./limits.plugin.js";

export interface Limits extends CostLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxBodyBytes: number;
}

export function limitsFrom(config: Config): Limits {
  return {
    maxDepth: config.HUB_MAX_DEPTH,
    maxAliases: config.HUB_MAX_ALIASES,
    maxDirectives: config.HUB_MAX_DIRECTIVES,
    maxTokens: config.HUB_MAX_TOKENS,
    maxCost: config.HUB_MAX_COST,
    maxBodyBytes: config.HUB_MAX_BODY_BYTES,
    rateLimit: config.HUB_RATE_LIMIT_CAPACITY > 0 ? { capacity: config.HUB_RATE_LIMIT_CAPACITY, restorePerSecond: config.HUB_RATE_LIMIT_RESTORE_PER_SECOND } : null,
  };
}

/**
 * Depth, aliases and directives are checked by graphql-armor's validation rules, before anything
 * runs. Its cost limit is off because ours counts connection nodes (see cost.ts), and so is its
 * token limit, whose Apollo plugin turns syntax errors into 500s: graphql-js's own parser limit
 * (`parseOptions.maxTokens`) does the same job.
 */
export function armorProtection(limits: Limits, hideSchemaDetails: boolean) {
  const { plugins, validationRules } = new ApolloArmor({
    costLimit: { enabled: false },
    maxDepth: { n: limits.maxDepth, exposeLimits: true },
    maxAliases: { n: limits.maxAliases, exposeLimits: true },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: true },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: hideSchemaDetails },
  }).protect();
  return { plugins, validationRules };
}
