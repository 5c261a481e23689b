import { assertInterfaceType, assertValidSchema, lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { GraphQLDateTime } from "graphql-scalars";
import { buildSchema } from "type-graphql";
import { AuditEventResolver } from "./modules/audit/audit.resolver.js";
import { BodyResolver } from "./modules/bodies/body.resolver.js";
import { CommitmentResolver, CommitmentTargetResolver } from "./modules/commitments/commitment.resolver.js";
import { CommitmentMutationResolver } from "./modules/commitments/commitment-mutation.resolver.js";
import { FrameworkResolver, FrameworkTrackResolver } from "./modules/frameworks/framework.resolver.js";
import { FocalPointResolver, MembershipResolver } from "./modules/memberships/membership.resolver.js";
import { MembershipMutationResolver } from "./modules/memberships/membership-mutation.resolver.js";
import { NodeResolver } from "./modules/node/node.resolver.js";
import { OrganisationResolver } from "./modules/organisations/organisation.resolver.js";
import { IndicatorResolver, PriorityResolver } from "./modules/priorities/priority.resolver.js";
import { PriorityMutationResolver } from "./modules/priorities/priority-mutation.resolver.js";
import { IndicatorValueResolver, ProgressReportResolver, ProgressReportRevisionResolver } from "./modules/progress/progress.resolver.js";
import { ProgressMutationResolver } from "./modules/progress/progress-mutation.resolver.js";
import { BodySummaryResolver, IndicatorProgressResolver, PrioritySummaryResolver } from "./modules/summaries/summary.resolver.js";
import { UserResolver } from "./modules/users/user.resolver.js";
import { resolveNodeType } from "./shared/node.js";

export const resolvers = [
  AuditEventResolver,
  MembershipMutationResolver,
  PrioritySummaryResolver,
  BodySummaryResolver,
  IndicatorProgressResolver,
  ProgressMutationResolver,
  ProgressReportRevisionResolver,
  CommitmentMutationResolver,
  PriorityMutationResolver,
  BodyResolver,
  CommitmentResolver,
  CommitmentTargetResolver,
  FrameworkResolver,
  FrameworkTrackResolver,
  FocalPointResolver,
  IndicatorResolver,
  IndicatorValueResolver,
  MembershipResolver,
  NodeResolver,
  OrganisationResolver,
  PriorityResolver,
  ProgressReportResolver,
  UserResolver,
] as const;

/**
 * The schema from the resolvers. `check: false` leaves out type-graphql's self-check (running the
 * whole introspection query on the new schema, ~0.3 s of start-up) but keeps graphql-js's
 * `assertValidSchema`; the server starts that way, while tests and `schema:emit` keep the check.
 */
export async function createSchema(options: { check?: boolean } = {}): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
    validate: false,
    skipCheck: options.check === false,
  });
  if (options.check === false) assertValidSchema(schema);
  // type-graphql has no option for the root type's description.
  schema.getQueryType()!.description =
    "Tansiq, the coordination hub of the gender coordination bodies that UN Women leads in Lebanon: where reading starts.";
  schema.getMutationType()!.description =
    "Every write: one transaction with its audit event; business failures come back in the payload's `userErrors`.";
  // type-graphql wraps resolveType in an async function; graphql-jit (jit-executor.ts) does not
  // await a type resolver's answer. Ours is synchronous and returns the type's name: use it as is.
  assertInterfaceType(schema.getType("Node")).resolveType = resolveNodeType;
  return schema;
}

/** The SDL committed as schema/schema.graphql, sorted so that it diffs well. */
export function printSdl(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + "\n";
}
