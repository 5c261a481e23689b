/** Focal points: leads edit any of their body's, an organisation edits its own. */
import { z } from "zod";
import type { Context } from "../../context.js";
import type { Db } from "../../db.js";
import { idOfType } from "../../shared/ids.js";
import { asNode } from "../../shared/node.js";
import { rules, validateInput } from "../../shared/validation.js";
import { audit, forbidden, notFound, runWrite, staleVersion } from "../../shared/write.js";
import { can } from "../auth/policy.js";
import type { FocalPointAddInput, FocalPointRemoveInput, FocalPointUpdateInput } from "./membership.input.js";
import {
  deleteFocalPoint,
  findFocalPoints,
  findMemberships,
  insertFocalPoint,
  updateFocalPoint,
  type MembershipRecord,
} from "./membership.store.js";

const contact = {
  name: rules.text(200),
  title: rules.optionalText(200),
  email: rules.email().nullish(),
  phone: rules.phone().nullish(),
};

async function requireEditor(tx: Db, ctx: Context, membership: MembershipRecord) {
  const standing = await ctx.viewer.freshStandingIn(tx, membership.bodyId);
  if (!can.editFocalPoints(standing, ctx.viewer.ownsLiveMembership(membership))) forbidden("Only the body's leads, admins and the organisation itself edit its focal points.");
}

async function visibleFocalPoint(tx: Db, ctx: Context, globalId: string) {
  const id = idOfType(globalId, "FocalPoint");
  const [focalPoint] = id ? await findFocalPoints(tx, ctx.scope, [id]) : [];
  if (!focalPoint) notFound(["input", "focalPointId"], "focal point");
  const [membership] = await findMemberships(tx, ctx.scope, [focalPoint.membershipId]);
  await requireEditor(tx, ctx, membership!);
  return focalPoint;
}

const addSchema = z.object({ membershipId: z.string(), ...contact });

export function addFocalPoint(ctx: Context, input: FocalPointAddInput) {
  return runWrite(ctx, async (tx) => {
    const values = validateInput(addSchema, input);
    const id = idOfType(values.membershipId, "Membership");
    const [membership] = id ? await findMemberships(tx, ctx.scope, [id]) : [];
    if (!membership) notFound(["input", "membershipId"], "membership");
    await requireEditor(tx, ctx, membership);
    const { membershipId: _membershipId, ...person } = values;
    const focalPoint = await insertFocalPoint(tx, membership.id, { ...person, title: person.title ?? null, email: person.email ?? null, phone: person.phone ?? null });
    await audit(tx, ctx, { action: "focalPoint.add", objectType: "FocalPoint", objectId: focalPoint.id, bodyId: membership.bodyId, after: focalPoint });
    return asNode("FocalPoint", { ...focalPoint, bodyId: membership.bodyId });
  });
}

const updateSchema = z.object({
  focalPointId: z.string(),
  expectedVersion: rules.version(),
  name: contact.name.optional(),
  title: contact.title,
  email: contact.email,
  phone: contact.phone,
});

export function updateFocalPointDetails(ctx: Context, input: FocalPointUpdateInput) {
  return runWrite(ctx, async (tx) => {
    const { focalPointId, expectedVersion, ...changes } = validateInput(updateSchema, input);
    const before = await visibleFocalPoint(tx, ctx, focalPointId);
    const after = await updateFocalPoint(tx, before.id, expectedVersion, changes);
    if (!after) staleVersion(before.version);
    await audit(tx, ctx, { action: "focalPoint.update", objectType: "FocalPoint", objectId: after.id, bodyId: before.bodyId, before, after });
    return asNode("FocalPoint", { ...after, bodyId: before.bodyId });
  });
}

const removeSchema = z.object({ focalPointId: z.string(), expectedVersion: rules.version() });

export function removeFocalPoint(ctx: Context, input: FocalPointRemoveInput) {
  return runWrite(ctx, async (tx) => {
    const values = validateInput(removeSchema, input);
    const before = await visibleFocalPoint(tx, ctx, values.focalPointId);
    const removed = await deleteFocalPoint(tx, before.id, values.expectedVersion);
    if (!removed) staleVersion(before.version);
    await audit(tx, ctx, { action: "focalPoint.remove", objectType: "FocalPoint", objectId: before.id, bodyId: before.bodyId, before });
    return asNode("FocalPoint", before);
  });
}
