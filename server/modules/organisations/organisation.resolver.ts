import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, Info, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { lookAhead } from "../lookahead/lookahead.service.js";
import { PageArgs } from "../../shared/connection.js";
import { idOfType } from "../../shared/ids.js";
import { localize, LocalizedTextType } from "../../shared/language.js";
import { CommitmentFilter, CommitmentOrder } from "../commitments/commitment.input.js";
import { commitmentsUnder } from "../commitments/commitment.service.js";
import { CommitmentConnection } from "../commitments/commitment.type.js";
import { MembershipFilter, MembershipOrder } from "../memberships/membership.input.js";
import { membershipsOfOrganisation } from "../memberships/membership.service.js";
import { MembershipConnection } from "../memberships/membership.type.js";
import { OrganisationFilter, OrganisationOrder } from "./organisation.input.js";
import { listOrganisations, organisationById } from "./organisation.service.js";
import { Organisation, OrganisationConnection, type OrganisationRow } from "./organisation.type.js";

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => OrganisationConnection, { description: "The organisations in the hub's directory, filtered and sorted; by name by default." })
  organisations(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("filter", () => OrganisationFilter, { nullable: true, description: "Conditions the items must meet; all of them." }) filter?: OrganisationFilter,
    @Arg("orderBy", () => OrganisationOrder, { nullable: true, description: "How to sort the items; the field description says the default." }) orderBy?: OrganisationOrder,
  ) {
    return lookAhead(ctx, info, () => listOrganisations(ctx, page, filter, orderBy));
  }

  @Query(() => Organisation, { nullable: true, description: "One organisation by id; null when there is none." })
  organisation(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg("id", () => ID, { description: "The global id." }) id: string) {
    const organisationId = idOfType(id, "Organisation");
    return organisationId ? lookAhead(ctx, info, () => organisationById(ctx).load(organisationId)) : null;
  }

  @FieldResolver(() => String, { description: "The organisation's name in the request's language (the other language when missing)." })
  name(@Root() organisation: OrganisationRow, @Ctx() ctx: Context) {
    return localize(organisation.name, ctx.language);
  }

  @FieldResolver(() => LocalizedTextType, { description: "The organisation's name in English and Arabic." })
  nameTranslations(@Root() organisation: OrganisationRow) {
    return organisation.name;
  }

  @FieldResolver(() => Int, { description: "The IATI OrganisationType code, e.g. 22 for a national NGO." })
  typeCode(@Root() organisation: OrganisationRow) {
    return organisation.type;
  }

  @FieldResolver(() => MembershipConnection, {
    description: "The organisation's memberships, in the bodies whose members the viewer may see; by body name.",
  })
  memberships(
    @Root() organisation: OrganisationRow,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("filter", () => MembershipFilter, { nullable: true, description: "Conditions the items must meet; all of them." }) filter?: MembershipFilter,
    @Arg("orderBy", () => MembershipOrder, { nullable: true, description: "How to sort the items; the field description says the default." }) orderBy?: MembershipOrder,
  ) {
    return membershipsOfOrganisation(ctx, organisation.id, page, filter, orderBy);
  }

  @FieldResolver(() => CommitmentConnection, { description: "The organisation's commitments, against priorities the viewer may see." })
  commitments(
    @Root() organisation: OrganisationRow,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("filter", () => CommitmentFilter, { nullable: true, description: "Conditions the items must meet; all of them." }) filter?: CommitmentFilter,
    @Arg("orderBy", () => CommitmentOrder, { nullable: true, description: "How to sort the items; the field description says the default." }) orderBy?: CommitmentOrder,
  ) {
    return commitmentsUnder(ctx, "organisation", organisation.id, page, filter, orderBy);
  }
}
