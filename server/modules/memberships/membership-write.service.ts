/** The rules of membership changes: who may make them, and the states a membership moves through. */
import { z } from "zod";
import type { Context } from "../../context.js";
import type { Db } from "../../db.js";
import { idOfType } from "../../shared/ids.js";
import { asNode } from "../../shared/node.js";
import { refuse, userError, UserErrorCode, UserErrorException } from "../../shared/user-errors.js";
import { datesInOrder, rules, validateInput } from "../../shared/validation.js";
import { audit, createOnce, forbidden, notFound, runWrite, staleVersion, type Payload } from "../../shared/write.js";
import { can } from "../auth/policy.js";
import { lockBody } from "../bodies/body.store.js";
import { findOrganisations } from "../organisations/organisation.store.js";
import type {
  MembershipCreateInput,
  MembershipRequestInput,
  MembershipTransitionInput,
  MembershipUpdateInput,
} from "./membership.input.js";
import {
  countActiveChairs,
  findLiveMembership,
  findMembershipById,
  findMemberships,
  insertMembership,
  updateMembership,
  type MembershipChanges,
  type MembershipRecord,
} from "./membership.store.js";
import type { MembershipRole, MembershipStatus } from "./membership.type.js";

const today = () => new Date().toISOString().slice(0, 10);
const ALREADY_MEMBER = userError(UserErrorCode.ALREADY_EXISTS, "The organisation already has a live membership of this body.", ["input", "organisationId"]);

/** The body's row, locked for the write; NOT_FOUND for an id that is not a body. */
async function lockedBody(tx: Db, globalId: string) {
  const id = idOfType(globalId, "CoordinationBody");
  const body = id ? await lockBody(tx, id) : null;
  return body ?? notFound(["input", "bodyId"], "coordination body");
}

/** A membership the viewer may see, with its body locked and the viewer's standing in it. */
async function membershipForChange(tx: Db, ctx: Context, globalId: string) {
  const id = idOfType(globalId, "Membership");
  const [visible] = id ? await findMemberships(tx, ctx.scope, [id]) : [];
  if (!visible) notFound(["input", "membershipId"], "membership");
  await lockBody(tx, visible.bodyId);
  const [membership] = await findMemberships(tx, ctx.scope, [visible.id]);
  return { membership: membership!, standing: await ctx.viewer.freshStandingIn(tx, visible.bodyId) };
}

async function requireLead(tx: Db, ctx: Context, bodyId: string, visibility: string, bodyField: string[]) {
  const standing = await ctx.viewer.freshStandingIn(tx, bodyId);
  if (!can.readDetails(standing, visibility)) notFound(bodyField, "coordination body");
  if (!can.lead(standing)) forbidden("Only the body's chair and co-chairs (and admins) manage its memberships.");
}

/** A body always keeps an active chair: refuses a change that would take away the last one. */
async function keepAChair(tx: Db, before: MembershipRecord, after: { role: MembershipRole; status: MembershipStatus }, field: string[]) {
  const wasActiveChair = before.role === "CHAIR" && before.status === "ACTIVE";
  const staysActiveChair = after.role === "CHAIR" && after.status === "ACTIVE";
  if (wasActiveChair && !staysActiveChair && (await countActiveChairs(tx, before.bodyId)) <= 1) {
    refuse(UserErrorCode.INVALID, "This is the body's last active chair; name another chair first.", field);
  }
}

async function applyChange(tx: Db, ctx: Context, before: MembershipRecord, expectedVersion: number, changes: MembershipChanges, action: string) {
  const after = await updateMembership(tx, before.id, expectedVersion, changes);
  if (!after) staleVersion(before.version);
  await audit(tx, ctx, { action, objectType: "Membership", objectId: after.id, bodyId: after.bodyId, before, after });
  return asNode("Membership", after);
}

const createSchema = z
  .object({ bodyId: z.string(), organisationId: z.string(), role: z.string(), startDate: rules.date().nullish(), endDate: rules.date().nullish() })
  .superRefine(datesInOrder("startDate", "endDate"));

/**
 * A membership write can change what the viewer's organisation may see (joining, suspending or
 * ending its own membership of a members-only body): its payload is resolved with the visibility
 * read again after the write, not as it was when the request began.
 */
async function seenAfter<T>(ctx: Context, write: Promise<Payload<T>>): Promise<Payload<T>> {
  const result = await write;
  if (result.value) await ctx.viewer.rereadVisibility();
  return result;
}

export function createMembership(ctx: Context, input: MembershipCreateInput) {
  return seenAfter(ctx, runWrite(
    ctx,
    async (tx) => {
      const values = validateInput(createSchema, input);
      const body = await lockedBody(tx, values.bodyId);
      await requireLead(tx, ctx, body.id, body.visibility, ["input", "bodyId"]);
      const organisationId = idOfType(values.organisationId, "Organisation");
      const [organisation] = organisationId ? await findOrganisations(tx, [organisationId]) : [];
      if (!organisation) notFound(["input", "organisationId"], "organisation");
      if (await findLiveMembership(tx, body.id, organisation.id)) throw new UserErrorException([ALREADY_MEMBER]);
      const membership = await insertMembership(tx, {
        bodyId: body.id,
        organisationId: organisation.id,
        role: input.role,
        status: "ACTIVE",
        startDate: values.startDate ?? today(),
        endDate: values.endDate ?? null,
      });
      await audit(tx, ctx, { action: "membership.create", objectType: "Membership", objectId: membership.id, bodyId: body.id, after: membership });
      return asNode("Membership", membership);
    },
    ALREADY_MEMBER,
  ));
}

const requestSchema = z.object({
  bodyId: z.string(),
  role: z.enum(["MEMBER", "OBSERVER"], { message: "must be MEMBER or OBSERVER" }),
  idempotencyKey: rules.idempotencyKey(),
});

export function requestMembership(ctx: Context, input: MembershipRequestInput) {
  const alreadyRequested = userError(UserErrorCode.ALREADY_EXISTS, "Your organisation already has a live membership or request for this body.", ["input", "bodyId"]);
  return seenAfter(ctx, runWrite(
    ctx,
    async (tx) => {
      const values = validateInput(requestSchema, input);
      const organisationId = ctx.viewer.organisationId ?? forbidden("Only users who belong to an organisation can ask to join a body.");
      const body = await lockedBody(tx, values.bodyId);
      const request = { key: values.idempotencyKey, operation: "membershipRequest" };
      return createOnce(
        tx,
        ctx,
        request,
        async (id) => {
          if (await findLiveMembership(tx, body.id, organisationId)) throw new UserErrorException([alreadyRequested]);
          const membership = await insertMembership(tx, { id, bodyId: body.id, organisationId, role: values.role, status: "REQUESTED" });
          await audit(tx, ctx, { action: "membership.request", objectType: "Membership", objectId: id, bodyId: body.id, after: membership });
          return asNode("Membership", membership);
        },
        async (id) => {
          // The request is the requester's own, even where the body's members are hidden from them.
          const earlier = await findMembershipById(tx, id);
          return earlier ? asNode("Membership", earlier) : null;
        },
      );
    },
    alreadyRequested,
  ));
}

type Transition = {
  action: string;
  from: readonly MembershipStatus[];
  to: MembershipStatus;
  /** Which date the transition sets, from the input's `date`. */
  sets?: "startDate" | "endDate";
};

const TRANSITIONS = {
  approve: { action: "membership.approve", from: ["REQUESTED"], to: "ACTIVE", sets: "startDate" },
  decline: { action: "membership.decline", from: ["REQUESTED"], to: "ENDED", sets: "endDate" },
  suspend: { action: "membership.suspend", from: ["ACTIVE"], to: "SUSPENDED" },
  reinstate: { action: "membership.reinstate", from: ["SUSPENDED"], to: "ACTIVE" },
  end: { action: "membership.end", from: ["ACTIVE", "SUSPENDED"], to: "ENDED", sets: "endDate" },
} as const satisfies Record<string, Transition>;

export type TransitionName = keyof typeof TRANSITIONS;

const transitionSchema = z.object({ membershipId: z.string(), expectedVersion: rules.version(), date: rules.date().nullish() });

/** Moves a membership from one status to the next, as a lead. */
export function transitionMembership(ctx: Context, name: TransitionName, input: MembershipTransitionInput) {
  const transition: Transition = TRANSITIONS[name];
  return seenAfter(ctx, runWrite(ctx, async (tx) => {
    const values = validateInput(transitionSchema, input);
    const { membership, standing } = await membershipForChange(tx, ctx, values.membershipId);
    if (!can.lead(standing)) forbidden("Only the body's chair and co-chairs (and admins) manage its memberships.");
    if (membership.version !== values.expectedVersion) staleVersion(membership.version);
    if (!transition.from.includes(membership.status)) {
      refuse(UserErrorCode.CONFLICT, `A ${membership.status} membership cannot be ${name === "end" ? "ended" : `${name}d`}.`, ["input", "membershipId"]);
    }
    await keepAChair(tx, membership, { role: membership.role, status: transition.to }, ["input", "membershipId"]);
    const changes: MembershipChanges = { status: transition.to };
    if (transition.sets) changes[transition.sets] = values.date ?? today();
    if (changes.endDate && membership.startDate && changes.endDate < membership.startDate) {
      refuse(UserErrorCode.INVALID, "must not be before the membership's start date", ["input", "date"]);
    }
    if (changes.startDate && membership.endDate && membership.endDate < changes.startDate) {
      refuse(UserErrorCode.INVALID, "must not be after the membership's end date", ["input", "date"]);
    }
    return applyChange(tx, ctx, membership, values.expectedVersion, changes, transition.action);
  }));
}

const updateSchema = z.object({
  membershipId: z.string(),
  expectedVersion: rules.version(),
  role: z.string().nullish(),
  startDate: rules.date().nullish(),
  endDate: rules.date().nullish(),
});

export function updateMembershipDetails(ctx: Context, input: MembershipUpdateInput) {
  return seenAfter(ctx, runWrite(ctx, async (tx) => {
    const values = validateInput(updateSchema, input);
    const { membership, standing } = await membershipForChange(tx, ctx, values.membershipId);
    if (!can.lead(standing)) forbidden("Only the body's chair and co-chairs (and admins) manage its memberships.");
    if (membership.version !== values.expectedVersion) staleVersion(membership.version);
    const changes: MembershipChanges = {};
    if (input.role) changes.role = input.role;
    if (values.startDate !== undefined) changes.startDate = values.startDate;
    if (values.endDate !== undefined) changes.endDate = values.endDate;
    const startDate = changes.startDate !== undefined ? changes.startDate : membership.startDate;
    const endDate = changes.endDate !== undefined ? changes.endDate : membership.endDate;
    if (startDate && endDate && endDate < startDate) refuse(UserErrorCode.INVALID, "must not be before startDate", ["input", "endDate"]);
    await keepAChair(tx, membership, { role: changes.role ?? membership.role, status: membership.status }, ["input", "role"]);
    return applyChange(tx, ctx, membership, values.expectedVersion, changes, "membership.update");
  }));
}
