import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, type DocumentNode, type GraphQLSchema } from "graphql";
import type { Context } from "../context.js";
import { cachedQueryCost } from "./cost.js";
import { LeakyBucket, type BucketState } from "./leaky-bucket.js";

export interface CostLimits {
  /** The most nodes one query may ask for. */
  maxCost: number;
  /** Per-user bucket of cost points; null turns rate limiting off. */
  rateLimit: { capacity: number; restorePerSecond: number } | null;
}

/** A request's cost as it was charged: the cost, the viewer's bucket after it (with rate limiting), and why it is refused, if it is. */
export interface CostCharge {
  cost: number;
  throttle?: BucketState;
  refusal?: GraphQLError;
}

/**
 * Refuses queries that could return too many nodes and takes each query's cost from the user's
 * bucket, once per request: in Apollo's pipeline (`costLimitPlugin`), or before it for a mutation
 * answered on the direct route (direct-route.ts), which hands the charge over when Apollo finishes
 * the request after all.
 */
export class CostGate {
  private readonly costOf: ReturnType<typeof cachedQueryCost>;
  private readonly bucket: LeakyBucket | null;

  constructor(
    schema: GraphQLSchema,
    private readonly limits: CostLimits,
  ) {
    this.costOf = cachedQueryCost(schema);
    this.bucket = limits.rateLimit ? new LeakyBucket(limits.rateLimit.capacity, limits.rateLimit.restorePerSecond) : null;
  }

  /** The operation's charge to the user; undefined when the variables do not fit their types (execution refuses them with BAD_USER_INPUT naming the field). */
  charge(document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>, userId: string): CostCharge | undefined {
    let cost: number;
    try {
      cost = this.costOf(document, operationName, variables);
    } catch {
      return undefined;
    }
    if (cost > this.limits.maxCost) {
      const refusal = new GraphQLError(
        `This query may return up to ${cost} nodes; the limit is ${this.limits.maxCost}. Ask for smaller pages (first/last) or fewer nested lists.`,
        { extensions: { code: "QUERY_TOO_COSTLY", cost: this.report({ cost }), http: { status: 400 } } },
      );
      return { cost, refusal };
    }
    if (!this.bucket) return { cost };
    const throttle = this.bucket.take(userId, cost);
    if (throttle.allowed) return { cost, throttle };
    const refusal = new GraphQLError(`Too many requests: this query costs ${cost} points and ${throttle.available} are available; retry in ${throttle.retryAfterSeconds} s.`, {
      extensions: {
        code: "RATE_LIMITED",
        cost: this.report({ cost, throttle }),
        http: { status: 429, headers: new Map([["retry-after", String(throttle.retryAfterSeconds)]]) },
      },
    });
    return { cost, throttle, refusal };
  }

  /** What `extensions.cost` tells clients, so that they can pace themselves. */
  report({ cost, throttle }: Pick<CostCharge, "cost" | "throttle">) {
    const { bucket } = this;
    return {
      requestedQueryCost: cost,
      maximumQueryCost: this.limits.maxCost,
      ...(bucket && throttle
        ? { throttleStatus: { maximumAvailable: bucket.capacity, currentlyAvailable: throttle.available, restoreRate: bucket.restorePerSecond } }
        : {}),
    };
  }
}

/** The gate in Apollo's pipeline: the charge (or the one the direct route made), and both limits reported in `extensions.cost`. */
export function costLimitPlugin(gate: CostGate): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let charged: CostCharge | undefined;
      return {
        async didResolveOperation({ document, operationName, request, contextValue }) {
          charged = contextValue.http.cost ?? gate.charge(document, operationName ?? undefined, request.variables ?? {}, contextValue.viewer.user.id);
          if (charged?.refusal) throw charged.refusal;
        },
        async willSendResponse({ response }) {
          if (!charged || response.body.kind !== "single") return;
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost: gate.report(charged) };
        },
      };
    },
  };
}
