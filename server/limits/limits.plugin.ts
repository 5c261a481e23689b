import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, type GraphQLSchema } from "graphql";
import type { Context } from "../context.js";
import { cachedQueryCost } from "./cost.js";
import { LeakyBucket, type BucketState } from "./leaky-bucket.js";

export interface CostLimits {
  /** The most nodes one query may ask for. */
  maxCost: number;
  /** Per-user bucket of cost points; null turns rate limiting off. */
  rateLimit: { capacity: number; restorePerSecond: number } | null;
}

/**
 * Refuses queries that could return too many nodes, takes each query's cost from the user's
 * bucket, and reports both in `extensions.cost` so clients can pace themselves.
 */
export function costLimitPlugin(schema: GraphQLSchema, limits: CostLimits): ApolloServerPlugin<Context> {
  const costOf = cachedQueryCost(schema);
  const bucket = limits.rateLimit ? new LeakyBucket(limits.rateLimit.capacity, limits.rateLimit.restorePerSecond) : null;
  return {
    async requestDidStart() {
      let cost: number | undefined;
      let throttle: BucketState | undefined;
      const report = () => ({
        requestedQueryCost: cost,
        maximumQueryCost: limits.maxCost,
        ...(bucket && throttle
          ? { throttleStatus: { maximumAvailable: bucket.capacity, currentlyAvailable: throttle.available, restoreRate: bucket.restorePerSecond } }
          : {}),
      });
      return {
        async didResolveOperation({ document, operationName, request, contextValue }) {
          try {
            cost = costOf(document, operationName ?? undefined, request.variables ?? {});
          } catch {
            // Variables that do not fit their types: execution refuses them with BAD_USER_INPUT naming the field.
            return;
          }
          if (cost > limits.maxCost) {
            throw new GraphQLError(
              `This query may return up to ${cost} nodes; the limit is ${limits.maxCost}. Ask for smaller pages (first/last) or fewer nested lists.`,
              { extensions: { code: "QUERY_TOO_COSTLY", cost: report(), http: { status: 400 } } },
            );
          }
          if (!bucket) return;
          throttle = bucket.take(contextValue.viewer.user.id, cost);
          if (!throttle.allowed) {
            throw new GraphQLError(`Too many requests: this query costs ${cost} points and ${throttle.available} are available; retry in ${throttle.retryAfterSeconds} s.`, {
              extensions: {
                code: "RATE_LIMITED",
                cost: report(),
                http: { status: 429, headers: new Map([["retry-after", String(throttle.retryAfterSeconds)]]) },
              },
            });
          }
        },
        async willSendResponse({ response }) {
          if (cost === undefined || response.body.kind !== "single") return;
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost: report() };
        },
      };
    },
  };
}
