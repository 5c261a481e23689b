import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { toPayload } from "../../shared/write.js";
import { CommitmentCreateInput, CommitmentUpdateInput, CommitmentWithdrawInput } from "./commitment.input.js";
import { CommitmentPayload } from "./commitment.payload.js";
import { createCommitment, updateCommitmentDetails, withdrawCommitment } from "./commitment-write.service.js";

@Resolver()
export class CommitmentMutationResolver {
  @Mutation(() => CommitmentPayload, {
    description: "Commits against a priority: a member for its own organisation, a lead or admin on a member's behalf. Retry safely with `idempotencyKey`.",
  })
  commitmentCreate(@Ctx() ctx: Context, @Arg("input", () => CommitmentCreateInput, { description: "The commitment." }) input: CommitmentCreateInput) {
    return toPayload("commitment", createCommitment(ctx, input));
  }

  @Mutation(() => CommitmentPayload, { description: "Changes a commitment's description, status or targets." })
  commitmentUpdate(@Ctx() ctx: Context, @Arg("input", () => CommitmentUpdateInput, { description: "The changes." }) input: CommitmentUpdateInput) {
    return toPayload("commitment", updateCommitmentDetails(ctx, input));
  }

  @Mutation(() => CommitmentPayload, { description: "Withdraws a commitment; it stays in history with its reports." })
  commitmentWithdraw(@Ctx() ctx: Context, @Arg("input", () => CommitmentWithdrawInput, { description: "The commitment." }) input: CommitmentWithdrawInput) {
    return toPayload("commitment", withdrawCommitment(ctx, input));
  }
}
