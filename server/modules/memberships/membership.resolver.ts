import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { can } from "../auth/policy.js";
import { findBody } from "../bodies/body.service.js";
import { CoordinationBody } from "../bodies/body.type.js";
import { organisationById } from "../organisations/organisation.service.js";
import { Organisation } from "../organisations/organisation.type.js";
import { focalPointsOfMembership, membershipById } from "./membership.loaders.js";
import { focalPointContact } from "./membership.service.js";
import { FocalPoint, Membership, type FocalPointRow, type MembershipRow } from "./membership.type.js";

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => CoordinationBody, { description: "The body." })
  body(@Root() membership: MembershipRow, @Ctx() ctx: Context) {
    return findBody(ctx, membership.bodyId);
  }

  @FieldResolver(() => Organisation, { description: "The member organisation." })
  organisation(@Root() membership: MembershipRow, @Ctx() ctx: Context) {
    return organisationById(ctx).load(membership.organisationId);
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may change this membership (the body's leads and admins)." })
  async viewerCanManage(@Root() membership: MembershipRow, @Ctx() ctx: Context) {
    return can.lead(await ctx.viewer.standingIn(membership.bodyId));
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may add, change and remove this membership's focal points." })
  async viewerCanEditFocalPoints(@Root() membership: MembershipRow, @Ctx() ctx: Context) {
    return can.editFocalPoints(await ctx.viewer.standingIn(membership.bodyId), ctx.viewer.ownsLiveMembership(membership));
  }

  @FieldResolver(() => [FocalPoint], { description: "The people who represent the organisation in the body." })
  focalPoints(@Root() membership: MembershipRow, @Ctx() ctx: Context) {
    return focalPointsOfMembership(ctx).load(membership.id);
  }
}

@Resolver(() => FocalPoint)
export class FocalPointResolver {
  @FieldResolver(() => String, { nullable: true, description: "E-mail address; only for members of the body and admins." })
  email(@Root() focalPoint: FocalPointRow, @Ctx() ctx: Context) {
    return focalPointContact(ctx, focalPoint, "email");
  }

  @FieldResolver(() => String, { nullable: true, description: "Phone number; only for members of the body and admins." })
  phone(@Root() focalPoint: FocalPointRow, @Ctx() ctx: Context) {
    return focalPointContact(ctx, focalPoint, "phone");
  }

  @FieldResolver(() => Membership, { description: "The membership the person represents." })
  async membership(@Root() focalPoint: FocalPointRow, @Ctx() ctx: Context) {
    return membershipById(ctx).load(focalPoint.membershipId);
  }
}
