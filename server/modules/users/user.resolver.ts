import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { membershipById } from "../memberships/membership.loaders.js";
import { Membership } from "../memberships/membership.type.js";
import { organisationById } from "../organisations/organisation.service.js";
import { Organisation } from "../organisations/organisation.type.js";
import { viewerUser } from "./user.service.js";
import { User, type UserNodeRow } from "./user.type.js";
import { findActiveMembershipIds } from "./user.store.js";

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { description: "The signed-in user: who they are, their organisation and their roles." })
  viewer(@Ctx() ctx: Context) {
    return viewerUser(ctx);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "The organisation the user acts for." })
  organisation(@Root() user: UserNodeRow, @Ctx() ctx: Context) {
    return user.organisationId ? organisationById(ctx).load(user.organisationId) : null;
  }

  @FieldResolver(() => [Membership], {
    description: "The roles the user acts in: the active memberships of the user's organisation, chair first.",
  })
  async roles(@Root() user: UserNodeRow, @Ctx() ctx: Context) {
    if (!user.organisationId) return [];
    const ids = await findActiveMembershipIds(ctx.db, user.organisationId);
    return (await membershipById(ctx).loadMany(ids)).filter((membership) => membership && !(membership instanceof Error));
  }
}
