import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { toPayload } from "../../shared/write.js";
import {
  IndicatorAddInput,
  IndicatorUpdateInput,
  PrioritiesCarryForwardInput,
  PriorityArchiveInput,
  PriorityCreateInput,
  PriorityUpdateInput,
} from "./priority.input.js";
import { IndicatorPayload, PrioritiesCarryForwardPayload, PriorityPayload } from "./priority.payload.js";
import {
  addIndicator,
  archivePriority,
  carryPrioritiesForward,
  createPriority,
  updateIndicatorDetails,
  updatePriorityDetails,
} from "./priority-write.service.js";

@Resolver()
export class PriorityMutationResolver {
  @Mutation(() => PriorityPayload, { description: "A lead sets a shared annual priority of the body, with its indicators." })
  priorityCreate(@Ctx() ctx: Context, @Arg("input", () => PriorityCreateInput, { description: "The priority." }) input: PriorityCreateInput) {
    return toPayload("priority", createPriority(ctx, input));
  }

  @Mutation(() => PriorityPayload, { description: "A lead changes a priority's work area, title or description." })
  priorityUpdate(@Ctx() ctx: Context, @Arg("input", () => PriorityUpdateInput, { description: "The changes." }) input: PriorityUpdateInput) {
    return toPayload("priority", updatePriorityDetails(ctx, input));
  }

  @Mutation(() => PriorityPayload, { description: "A lead archives a priority; it stays readable and keeps its commitments." })
  priorityArchive(@Ctx() ctx: Context, @Arg("input", () => PriorityArchiveInput, { description: "The priority." }) input: PriorityArchiveInput) {
    return toPayload("priority", archivePriority(ctx, input));
  }

  @Mutation(() => IndicatorPayload, { description: "A lead adds an indicator to a priority." })
  indicatorAdd(@Ctx() ctx: Context, @Arg("input", () => IndicatorAddInput, { description: "The indicator." }) input: IndicatorAddInput) {
    return toPayload("indicator", addIndicator(ctx, input));
  }

  @Mutation(() => IndicatorPayload, { description: "A lead changes an indicator's name, unit, baseline, target or direction." })
  indicatorUpdate(@Ctx() ctx: Context, @Arg("input", () => IndicatorUpdateInput, { description: "The changes." }) input: IndicatorUpdateInput) {
    return toPayload("indicator", updateIndicatorDetails(ctx, input));
  }

  @Mutation(() => PrioritiesCarryForwardPayload, {
    description: "A lead copies the body's open priorities of a year, with their indicators, to a later year; each is copied once.",
  })
  async prioritiesCarryForward(
    @Ctx() ctx: Context,
    @Arg("input", () => PrioritiesCarryForwardInput, { description: "The body and the years." }) input: PrioritiesCarryForwardInput,
  ) {
    const { value, userErrors } = await carryPrioritiesForward(ctx, input);
    return { priorities: value ?? [], userErrors };
  }
}
