import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { PageArgs } from "../../shared/connection.js";
import { localize, LocalizedTextType } from "../../shared/language.js";
import { BodyOrder } from "../bodies/body.input.js";
import { listBodiesUnder } from "../bodies/body.service.js";
import { CoordinationBodyConnection } from "../bodies/body.type.js";
import { frameworkById, listFrameworks, tracksOfFramework } from "./framework.service.js";
import { Framework, FrameworkConnection, FrameworkTrack, type FrameworkRow, type FrameworkTrackRow } from "./framework.type.js";

@Resolver(() => Framework)
export class FrameworkResolver {
  @Query(() => FrameworkConnection, { description: "The frameworks and plans that sectors sit in, by code." })
  frameworks(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return listFrameworks(ctx, page);
  }

  @FieldResolver(() => String, { description: "The framework's name in the request's language." })
  name(@Root() framework: FrameworkRow, @Ctx() ctx: Context) {
    return localize(framework.name, ctx.language);
  }

  @FieldResolver(() => LocalizedTextType, { description: "The framework's name in English and Arabic." })
  nameTranslations(@Root() framework: FrameworkRow) {
    return framework.name;
  }

  @FieldResolver(() => String, { nullable: true, description: "What the framework is for, in the request's language." })
  description(@Root() framework: FrameworkRow, @Ctx() ctx: Context) {
    return localize(framework.description, ctx.language);
  }

  @FieldResolver(() => LocalizedTextType, { nullable: true, description: "What the framework is for, in English and Arabic." })
  descriptionTranslations(@Root() framework: FrameworkRow) {
    return framework.description;
  }

  @FieldResolver(() => [FrameworkTrack], { description: "The framework's tracks, in order." })
  tracks(@Root() framework: FrameworkRow, @Ctx() ctx: Context) {
    return tracksOfFramework(ctx).load(framework.id);
  }

  @FieldResolver(() => CoordinationBodyConnection, { description: "The bodies that sit in the framework." })
  bodies(
    @Root() framework: FrameworkRow,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("orderBy", () => BodyOrder, { nullable: true, description: "How to sort the items; the field description says the default." }) orderBy?: BodyOrder,
  ) {
    return listBodiesUnder(ctx, "framework", framework.id, page, orderBy);
  }
}

@Resolver(() => FrameworkTrack)
export class FrameworkTrackResolver {
  @FieldResolver(() => Framework, { description: "The framework the track belongs to." })
  async framework(@Root() track: FrameworkTrackRow, @Ctx() ctx: Context) {
    return frameworkById(ctx).load(track.frameworkId);
  }

  @FieldResolver(() => String, { description: "The track's name in the request's language." })
  name(@Root() track: FrameworkTrackRow, @Ctx() ctx: Context) {
    return localize(track.name, ctx.language);
  }

  @FieldResolver(() => LocalizedTextType, { description: "The track's name in English and Arabic." })
  nameTranslations(@Root() track: FrameworkTrackRow) {
    return track.name;
  }

  @FieldResolver(() => String, { nullable: true, description: "What the track covers, in the request's language." })
  description(@Root() track: FrameworkTrackRow, @Ctx() ctx: Context) {
    return localize(track.description, ctx.language);
  }

  @FieldResolver(() => LocalizedTextType, { nullable: true, description: "What the track covers, in English and Arabic." })
  descriptionTranslations(@Root() track: FrameworkTrackRow) {
    return track.description;
  }
}
