import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, Info, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { lookAhead } from "../lookahead/lookahead.service.js";
import { auditEventsOfBody } from "../audit/audit.service.js";
import { AuditEventConnection } from "../audit/audit.type.js";
import { can } from "../auth/policy.js";
import { PageArgs } from "../../shared/connection.js";
import { idOfType } from "../../shared/ids.js";
import { localize, LocalizedTextType } from "../../shared/language.js";
import { Framework } from "../frameworks/framework.type.js";
import { frameworkById } from "../frameworks/framework.service.js";
import { MembershipFilter, MembershipOrder } from "../memberships/membership.input.js";
import { leadsOf, membershipsOfBody } from "../memberships/membership.service.js";
import { Membership, MembershipConnection, MembershipRole } from "../memberships/membership.type.js";
import { PriorityOrder } from "../priorities/priority.input.js";
import { prioritiesOfBody } from "../priorities/priority.service.js";
import { PriorityConnection } from "../priorities/priority.type.js";
import { BodyFilter, BodyOrder, PriorityOfBodyFilter } from "./body.input.js";
import { detailsOf, findBody, listBodies, listBodiesUnder, relatedBodies, viewerMay } from "./body.service.js";
import { BodyLevel, CoordinationBody, CoordinationBodyConnection, WorkArea, type BodyRow } from "./body.type.js";

@Resolver(() => CoordinationBody)
export class BodyResolver {
  @Query(() => CoordinationBodyConnection, { description: "The coordination bodies, filtered and sorted; by name by default." })
  bodies(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("filter", () => BodyFilter, { nullable: true, description: "Conditions the items must meet; all of them." }) filter?: BodyFilter,
    @Arg("orderBy", () => BodyOrder, { nullable: true, description: "How to sort the items; the field description says the default." }) orderBy?: BodyOrder,
  ) {
    return lookAhead(ctx, info, () => listBodies(ctx, page, filter, orderBy));
  }

  @Query(() => CoordinationBody, { nullable: true, description: "One coordination body by id; null when there is none." })
  async body(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg("id", () => ID, { description: "The global id." }) id: string) {
    const bodyId = idOfType(id, "CoordinationBody");
    return bodyId ? lookAhead(ctx, info, () => findBody(ctx, bodyId)) : null;
  }

  @FieldResolver(() => String, { description: "The body's name in the request's language (the other language when missing)." })
  name(@Root() body: BodyRow, @Ctx() ctx: Context) {
    return localize(body.name, ctx.language);
  }

  @FieldResolver(() => LocalizedTextType, { description: "The body's name in English and Arabic." })
  nameTranslations(@Root() body: BodyRow) {
    return body.name;
  }

  @FieldResolver(() => String, { nullable: true, description: "The body's acronym, e.g. GWG." })
  acronym(@Root() body: BodyRow) {
    return detailsOf(body, () => body.acronym, null);
  }

  @FieldResolver(() => String, { nullable: true, description: "What the body does, in the request's language." })
  description(@Root() body: BodyRow, @Ctx() ctx: Context) {
    return detailsOf(body, () => localize(body.description, ctx.language), null);
  }

  @FieldResolver(() => LocalizedTextType, { nullable: true, description: "What the body does, in English and Arabic." })
  descriptionTranslations(@Root() body: BodyRow) {
    return detailsOf(body, () => body.description, null);
  }

  @FieldResolver(() => BodyLevel, { nullable: true, description: "Where the body coordinates; null when its details are hidden from the viewer." })
  level(@Root() body: BodyRow) {
    return detailsOf(body, () => body.level, null);
  }

  @FieldResolver(() => [WorkArea], { description: "The body's work areas; empty when its details are hidden from the viewer." })
  workAreas(@Root() body: BodyRow) {
    return detailsOf(body, () => body.workAreas, []);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the viewer may see the body's details, members, priorities and commitments (false for a members-only body the viewer is not in).",
  })
  viewerCanSeeDetails(@Root() body: BodyRow) {
    return body.detailsVisible;
  }

  @FieldResolver(() => MembershipRole, { nullable: true, description: "The role the viewer's organisation holds in the body, if it is an active member." })
  async viewerRole(@Root() body: BodyRow, @Ctx() ctx: Context) {
    const memberships = await ctx.viewer.activeMemberships();
    return memberships.find((membership) => membership.bodyId === body.id)?.role ?? null;
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may add, approve, change, suspend and end memberships and edit focal points (leads and admins)." })
  viewerCanManageMembers(@Root() body: BodyRow, @Ctx() ctx: Context) {
    return viewerMay(ctx, body, can.lead);
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may set and change the body's priorities and indicators (leads and admins)." })
  viewerCanManagePriorities(@Root() body: BodyRow, @Ctx() ctx: Context) {
    return viewerMay(ctx, body, can.lead);
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may review (validate, return, unlock) progress reports on the body's priorities." })
  viewerCanReview(@Root() body: BodyRow, @Ctx() ctx: Context) {
    return viewerMay(ctx, body, can.lead);
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may commit and report for their organisation against the body's priorities (active members and leads)." })
  viewerCanCommit(@Root() body: BodyRow, @Ctx() ctx: Context) {
    return viewerMay(ctx, body, can.contribute);
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may read the body's audit trail (leads and admins)." })
  viewerCanReadAuditTrail(@Root() body: BodyRow, @Ctx() ctx: Context) {
    return viewerMay(ctx, body, can.lead);
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer's organisation may ask to join: it has no requested, active or suspended membership of the body." })
  viewerCanRequestMembership(@Root() body: BodyRow, @Ctx() ctx: Context) {
    return ctx.viewer.mayRequestToJoin(body.id);
  }

  @FieldResolver(() => AuditEventConnection, { nullable: true, description: "Every write on the body's objects, newest first; null unless the viewer is a lead or an admin." })
  auditEvents(@Root() body: BodyRow, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return auditEventsOfBody(ctx, body, page);
  }

  @FieldResolver(() => Framework, { nullable: true, description: "The framework or plan the body sits in, if any." })
  framework(@Root() body: BodyRow, @Ctx() ctx: Context) {
    return body.frameworkId && body.detailsVisible ? frameworkById(ctx).load(body.frameworkId) : null;
  }

  @FieldResolver(() => CoordinationBody, { nullable: true, description: "The body this one sits under (\"under the auspices of\"), if any." })
  parent(@Root() body: BodyRow, @Ctx() ctx: Context) {
    return body.parentId && body.detailsVisible ? findBody(ctx, body.parentId) : null;
  }

  @FieldResolver(() => CoordinationBodyConnection, { description: "The bodies directly under this one." })
  children(
    @Root() body: BodyRow,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("orderBy", () => BodyOrder, { nullable: true, description: "How to sort the items; the field description says the default." }) orderBy?: BodyOrder,
  ) {
    return listBodiesUnder(ctx, "parent", body.id, page, orderBy);
  }

  @FieldResolver(() => [CoordinationBody], { description: "The bodies this one coordinates closely with (peers)." })
  relatedBodies(@Root() body: BodyRow, @Ctx() ctx: Context) {
    return relatedBodies(ctx, body);
  }

  @FieldResolver(() => MembershipConnection, {
    description: "The body's member organisations with their roles; by organisation name, ended memberships only when asked for.",
  })
  memberships(
    @Root() body: BodyRow,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("filter", () => MembershipFilter, { nullable: true, description: "Conditions the items must meet; all of them." }) filter?: MembershipFilter,
    @Arg("orderBy", () => MembershipOrder, { nullable: true, description: "How to sort the items; the field description says the default." }) orderBy?: MembershipOrder,
  ) {
    return membershipsOfBody(ctx, body, page, filter, orderBy);
  }

  @FieldResolver(() => [Membership], { description: "The body's leads: its active chair and co-chairs, chair first." })
  leads(@Root() body: BodyRow, @Ctx() ctx: Context) {
    return leadsOf(ctx, body);
  }

  @FieldResolver(() => PriorityConnection, { description: "The body's shared annual priorities, for one year or all years." })
  priorities(
    @Root() body: BodyRow,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("year", () => Int, { nullable: true, description: "Only priorities for this year." }) year?: number,
    @Arg("filter", () => PriorityOfBodyFilter, { nullable: true, description: "Conditions the items must meet; all of them." }) filter?: PriorityOfBodyFilter,
    @Arg("orderBy", () => PriorityOrder, { nullable: true, description: "How to sort the items; the field description says the default." }) orderBy?: PriorityOrder,
  ) {
    return prioritiesOfBody(ctx, body, page, year, filter, orderBy);
  }
}
