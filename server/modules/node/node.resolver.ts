import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, ID, Info, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { lookAhead } from "../lookahead/lookahead.service.js";
import { badInput } from "../../shared/errors.js";
import { fromGlobalId, type NodeTypeName } from "../../shared/ids.js";
import { Node, type NodeRow } from "../../shared/node.js";
import { auditEventById } from "../audit/audit.service.js";
import { bodyById } from "../bodies/body.loaders.js";
import { commitmentById } from "../commitments/commitment.service.js";
import { frameworkById, trackById } from "../frameworks/framework.service.js";
import { focalPointById, membershipById } from "../memberships/membership.loaders.js";
import { organisationById } from "../organisations/organisation.service.js";
import { indicatorById, priorityById } from "../priorities/priority.service.js";
import { reportById } from "../progress/progress.service.js";
import { userById } from "../users/user.service.js";

/** Each type's loader applies the viewer's scope, so node(id) gives nothing the normal paths would not. */
const loaderOf: Record<NodeTypeName, (ctx: Context) => { load(id: string): Promise<unknown> }> = {
  CoordinationBody: bodyById,
  Organisation: organisationById,
  Membership: membershipById,
  FocalPoint: focalPointById,
  Framework: frameworkById,
  FrameworkTrack: trackById,
  Priority: priorityById,
  Indicator: indicatorById,
  Commitment: commitmentById,
  ProgressReport: reportById,
  User: userById,
  AuditEvent: auditEventById,
};

const MAX_NODES = 100;

function loadNode(ctx: Context, globalId: string): Promise<NodeRow<{ id: string }> | null> {
  const decoded = fromGlobalId(globalId);
  const loader = decoded && Object.hasOwn(loaderOf, decoded.type) ? loaderOf[decoded.type as NodeTypeName] : null;
  return loader ? (loader(ctx).load(decoded!.id) as Promise<NodeRow<{ id: string }> | null>) : Promise.resolve(null);
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any object by its global id; null when it does not exist or the viewer may not see it." })
  node(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg("id", () => ID, { description: "The global id." }) id: string) {
    return lookAhead(ctx, info, () => loadNode(ctx, id));
  }

  @Query(() => [Node], {
    nullable: "items",
    description: `Objects by their global ids, in the same order (at most ${MAX_NODES}); null for each that does not exist or is hidden.`,
  })
  nodes(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg("ids", () => [ID], { description: "The global ids." }) ids: string[]) {
    if (ids.length > MAX_NODES) throw badInput("ids", `at most ${MAX_NODES} ids at once (got ${ids.length})`);
    return lookAhead(ctx, info, () => Promise.all(ids.map((id) => loadNode(ctx, id))));
  }
}
