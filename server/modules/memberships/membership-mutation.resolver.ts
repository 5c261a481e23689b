import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { toPayload } from "../../shared/write.js";
import { addFocalPoint, removeFocalPoint, updateFocalPointDetails } from "./focal-point.service.js";
import {
  FocalPointAddInput,
  FocalPointRemoveInput,
  FocalPointUpdateInput,
  MembershipCreateInput,
  MembershipRequestInput,
  MembershipTransitionInput,
  MembershipUpdateInput,
} from "./membership.input.js";
import { FocalPointPayload, FocalPointRemovePayload, MembershipPayload } from "./membership.payload.js";
import { createMembership, requestMembership, transitionMembership, updateMembershipDetails, type TransitionName } from "./membership-write.service.js";

const transition = (ctx: Context, name: TransitionName, input: MembershipTransitionInput) =>
  toPayload("membership", transitionMembership(ctx, name, input));

@Resolver()
export class MembershipMutationResolver {
  @Mutation(() => MembershipPayload, { description: "A lead adds an organisation to the body as an ACTIVE member with a role." })
  membershipCreate(@Ctx() ctx: Context, @Arg("input", () => MembershipCreateInput, { description: "The membership to create." }) input: MembershipCreateInput) {
    return toPayload("membership", createMembership(ctx, input));
  }

  @Mutation(() => MembershipPayload, { description: "The viewer asks for their own organisation to join a body (status REQUESTED)." })
  membershipRequest(@Ctx() ctx: Context, @Arg("input", () => MembershipRequestInput, { description: "The body to join." }) input: MembershipRequestInput) {
    return toPayload("membership", requestMembership(ctx, input));
  }

  @Mutation(() => MembershipPayload, { description: "A lead approves a request: REQUESTED → ACTIVE, starting on `date` (today by default)." })
  membershipApprove(@Ctx() ctx: Context, @Arg("input", () => MembershipTransitionInput, { description: "The request." }) input: MembershipTransitionInput) {
    return transition(ctx, "approve", input);
  }

  @Mutation(() => MembershipPayload, { description: "A lead declines a request: REQUESTED → ENDED (kept as history)." })
  membershipDecline(@Ctx() ctx: Context, @Arg("input", () => MembershipTransitionInput, { description: "The request." }) input: MembershipTransitionInput) {
    return transition(ctx, "decline", input);
  }

  @Mutation(() => MembershipPayload, { description: "A lead changes a membership's role or dates; the body keeps at least one active chair." })
  membershipUpdate(@Ctx() ctx: Context, @Arg("input", () => MembershipUpdateInput, { description: "The changes." }) input: MembershipUpdateInput) {
    return toPayload("membership", updateMembershipDetails(ctx, input));
  }

  @Mutation(() => MembershipPayload, { description: "A lead suspends an active membership: ACTIVE → SUSPENDED." })
  membershipSuspend(@Ctx() ctx: Context, @Arg("input", () => MembershipTransitionInput, { description: "The membership." }) input: MembershipTransitionInput) {
    return transition(ctx, "suspend", input);
  }

  @Mutation(() => MembershipPayload, { description: "A lead reinstates a suspended membership: SUSPENDED → ACTIVE." })
  membershipReinstate(@Ctx() ctx: Context, @Arg("input", () => MembershipTransitionInput, { description: "The membership." }) input: MembershipTransitionInput) {
    return transition(ctx, "reinstate", input);
  }

  @Mutation(() => MembershipPayload, {
    description: "A lead ends a membership on `date` (today by default); it stays in history (`memberships(filter: {statuses: [ENDED]})`).",
  })
  membershipEnd(@Ctx() ctx: Context, @Arg("input", () => MembershipTransitionInput, { description: "The membership." }) input: MembershipTransitionInput) {
    return transition(ctx, "end", input);
  }

  @Mutation(() => FocalPointPayload, { description: "Adds a focal point to a membership (the body's leads, or the organisation itself)." })
  focalPointAdd(@Ctx() ctx: Context, @Arg("input", () => FocalPointAddInput, { description: "The person." }) input: FocalPointAddInput) {
    return toPayload("focalPoint", addFocalPoint(ctx, input));
  }

  @Mutation(() => FocalPointPayload, { description: "Changes a focal point's details." })
  focalPointUpdate(@Ctx() ctx: Context, @Arg("input", () => FocalPointUpdateInput, { description: "The changes." }) input: FocalPointUpdateInput) {
    return toPayload("focalPoint", updateFocalPointDetails(ctx, input));
  }

  @Mutation(() => FocalPointRemovePayload, { description: "Removes a focal point; the audit trail keeps what it was." })
  async focalPointRemove(@Ctx() ctx: Context, @Arg("input", () => FocalPointRemoveInput, { description: "The focal point." }) input: FocalPointRemoveInput) {
    const { value, userErrors } = await removeFocalPoint(ctx, input);
    return { removedFocalPointId: value?.nodeId ?? null, userErrors };
  }
}
