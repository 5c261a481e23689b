import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, Info, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { lookAhead } from "../lookahead/lookahead.service.js";
import { PageArgs } from "../../shared/connection.js";
import { localize, LocalizedTextType } from "../../shared/language.js";
import { organisationById } from "../organisations/organisation.service.js";
import { Organisation } from "../organisations/organisation.type.js";
import { indicatorById, priorityById } from "../priorities/priority.service.js";
import { Indicator, Priority } from "../priorities/priority.type.js";
import { ProgressReportOrder } from "../progress/progress.input.js";
import { latestReportOfCommitment, reportsOfCommitment } from "../progress/progress.service.js";
import { ProgressReport, ProgressReportConnection } from "../progress/progress.type.js";
import { CommitmentFilter, CommitmentOrder } from "./commitment.input.js";
import { can } from "../auth/policy.js";
import { listCommitments, standingOfCommitment, targetsOfCommitment } from "./commitment.service.js";
import { Commitment, CommitmentConnection, CommitmentTarget, type CommitmentRow, type CommitmentTargetRow } from "./commitment.type.js";

@Resolver(() => Commitment)
export class CommitmentResolver {
  @Query(() => CommitmentConnection, { description: "Commitments against the priorities of bodies the viewer may see; oldest first by default." })
  commitments(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("filter", () => CommitmentFilter, { nullable: true, description: "Conditions the items must meet; all of them." }) filter?: CommitmentFilter,
    @Arg("orderBy", () => CommitmentOrder, { nullable: true, description: "How to sort the items; the field description says the default." }) orderBy?: CommitmentOrder,
  ) {
    return lookAhead(ctx, info, () => listCommitments(ctx, page, filter, orderBy));
  }

  @FieldResolver(() => Organisation, { description: "The organisation that committed." })
  organisation(@Root() commitment: CommitmentRow, @Ctx() ctx: Context) {
    return organisationById(ctx).load(commitment.organisationId);
  }

  @FieldResolver(() => Priority, { description: "The priority the commitment is made against." })
  async priority(@Root() commitment: CommitmentRow, @Ctx() ctx: Context) {
    return priorityById(ctx).load(commitment.priorityId);
  }

  @FieldResolver(() => String, { description: "What the organisation commits to do, in the request's language." })
  description(@Root() commitment: CommitmentRow, @Ctx() ctx: Context) {
    return localize(commitment.description, ctx.language);
  }

  @FieldResolver(() => LocalizedTextType, { description: "What the organisation commits to do, in English and Arabic." })
  descriptionTranslations(@Root() commitment: CommitmentRow) {
    return commitment.description;
  }

  @FieldResolver(() => [CommitmentTarget], { description: "The organisation's own targets, per indicator of the priority." })
  targets(@Root() commitment: CommitmentRow, @Ctx() ctx: Context) {
    return targetsOfCommitment(ctx).load(commitment.id);
  }

  @FieldResolver(() => ProgressReportConnection, { description: "The progress reports on this commitment, latest period first." })
  progressReports(
    @Root() commitment: CommitmentRow,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("orderBy", () => ProgressReportOrder, { nullable: true, description: "How to sort the items; the field description says the default." }) orderBy?: ProgressReportOrder,
  ) {
    return reportsOfCommitment(ctx, commitment.id, page, orderBy);
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may change or withdraw the commitment (its organisation's members, the body's leads, admins)." })
  async viewerCanUpdate(@Root() commitment: CommitmentRow, @Ctx() ctx: Context) {
    const standing = await standingOfCommitment(ctx, commitment);
    return commitment.status !== "WITHDRAWN" && standing !== null && can.changeCommitment(standing.standing, standing.own);
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may report progress on the commitment (its organisation's members)." })
  async viewerCanReport(@Root() commitment: CommitmentRow, @Ctx() ctx: Context) {
    const standing = await standingOfCommitment(ctx, commitment);
    return commitment.status !== "WITHDRAWN" && standing !== null && can.report(standing.standing, standing.own);
  }

  @FieldResolver(() => ProgressReport, { nullable: true, description: "The report for the latest period, if any." })
  latestReport(@Root() commitment: CommitmentRow, @Ctx() ctx: Context) {
    return latestReportOfCommitment(ctx).load(commitment.id);
  }
}

@Resolver(() => CommitmentTarget)
export class CommitmentTargetResolver {
  @FieldResolver(() => Indicator, { description: "The indicator the target is for." })
  async indicator(@Root() target: CommitmentTargetRow, @Ctx() ctx: Context) {
    return indicatorById(ctx).load(target.indicatorId);
  }
}
