import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, Info, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { lookAhead } from "../lookahead/lookahead.service.js";
import { can } from "../auth/policy.js";
import { PageArgs } from "../../shared/connection.js";
import { localize, LocalizedTextType } from "../../shared/language.js";
import { findBody } from "../bodies/body.service.js";
import { CoordinationBody } from "../bodies/body.type.js";
import { CommitmentFilter, CommitmentOrder } from "../commitments/commitment.input.js";
import { commitmentsUnder } from "../commitments/commitment.service.js";
import { CommitmentConnection } from "../commitments/commitment.type.js";
import { PriorityFilter, PriorityOrder } from "./priority.input.js";
import { indicatorsOfPriority, listPriorities, priorityById } from "./priority.service.js";
import { Indicator, Priority, PriorityConnection, type IndicatorRow, type PriorityRow } from "./priority.type.js";

@Resolver(() => Priority)
export class PriorityResolver {
  @Query(() => PriorityConnection, { description: "Shared annual priorities of the bodies the viewer may see; archived ones only when asked for." })
  priorities(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("filter", () => PriorityFilter, { nullable: true, description: "Conditions the items must meet; all of them." }) filter?: PriorityFilter,
    @Arg("orderBy", () => PriorityOrder, { nullable: true, description: "How to sort the items; the field description says the default." }) orderBy?: PriorityOrder,
  ) {
    return lookAhead(ctx, info, () => listPriorities(ctx, page, filter, orderBy));
  }

  @FieldResolver(() => CoordinationBody, { description: "The body that set the priority." })
  body(@Root() priority: PriorityRow, @Ctx() ctx: Context) {
    return findBody(ctx, priority.bodyId);
  }

  @FieldResolver(() => String, { description: "The priority's title in the request's language." })
  title(@Root() priority: PriorityRow, @Ctx() ctx: Context) {
    return localize(priority.title, ctx.language);
  }

  @FieldResolver(() => LocalizedTextType, { description: "The priority's title in English and Arabic." })
  titleTranslations(@Root() priority: PriorityRow) {
    return priority.title;
  }

  @FieldResolver(() => String, { nullable: true, description: "What the priority is about, in the request's language." })
  description(@Root() priority: PriorityRow, @Ctx() ctx: Context) {
    return localize(priority.description, ctx.language);
  }

  @FieldResolver(() => LocalizedTextType, { nullable: true, description: "What the priority is about, in English and Arabic." })
  descriptionTranslations(@Root() priority: PriorityRow) {
    return priority.description;
  }

  @FieldResolver(() => Boolean, { description: "Whether the priority is archived." })
  archived(@Root() priority: PriorityRow) {
    return priority.archivedAt !== null;
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may change the priority and its indicators (the body's leads and admins)." })
  async viewerCanUpdate(@Root() priority: PriorityRow, @Ctx() ctx: Context) {
    return can.lead(await ctx.viewer.standingIn(priority.bodyId));
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may commit against the priority for their organisation (members and leads; not archived)." })
  async viewerCanCommit(@Root() priority: PriorityRow, @Ctx() ctx: Context) {
    return priority.archivedAt === null && can.contribute(await ctx.viewer.standingIn(priority.bodyId));
  }

  @FieldResolver(() => [Indicator], { description: "How progress on the priority is measured, in order." })
  indicators(@Root() priority: PriorityRow, @Ctx() ctx: Context) {
    return indicatorsOfPriority(ctx).load(priority.id);
  }

  @FieldResolver(() => CommitmentConnection, { description: "What partner organisations committed to against this priority." })
  commitments(
    @Root() priority: PriorityRow,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("filter", () => CommitmentFilter, { nullable: true, description: "Conditions the items must meet; all of them." }) filter?: CommitmentFilter,
    @Arg("orderBy", () => CommitmentOrder, { nullable: true, description: "How to sort the items; the field description says the default." }) orderBy?: CommitmentOrder,
  ) {
    return commitmentsUnder(ctx, "priority", priority.id, page, filter, orderBy);
  }
}

@Resolver(() => Indicator)
export class IndicatorResolver {
  @FieldResolver(() => Priority, { description: "The priority the indicator measures." })
  async priority(@Root() indicator: IndicatorRow, @Ctx() ctx: Context) {
    return priorityById(ctx).load(indicator.priorityId);
  }

  @FieldResolver(() => String, { description: "The indicator's name in the request's language." })
  name(@Root() indicator: IndicatorRow, @Ctx() ctx: Context) {
    return localize(indicator.name, ctx.language);
  }

  @FieldResolver(() => LocalizedTextType, { description: "The indicator's name in English and Arabic." })
  nameTranslations(@Root() indicator: IndicatorRow) {
    return indicator.name;
  }

  @FieldResolver(() => String, { nullable: true, description: "What is counted, for unit indicators (e.g. trainings), in the request's language." })
  unitLabel(@Root() indicator: IndicatorRow, @Ctx() ctx: Context) {
    return localize(indicator.unitLabel, ctx.language);
  }

  @FieldResolver(() => LocalizedTextType, { nullable: true, description: "What is counted, in English and Arabic." })
  unitLabelTranslations(@Root() indicator: IndicatorRow) {
    return indicator.unitLabel;
  }
}
