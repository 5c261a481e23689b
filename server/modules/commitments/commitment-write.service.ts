/** The rules of commitments: members pledge for their own organisation, leads and admins on a member's behalf. */
import { z } from "zod";
import type { Context } from "../../context.js";
import type { Db } from "../../db.js";
import { idOfType } from "../../shared/ids.js";
import { asNode } from "../../shared/node.js";
import { refuse, UserErrorCode } from "../../shared/user-errors.js";
import { rules, validateInput } from "../../shared/validation.js";
import { audit, createOnce, forbidden, notFound, runWrite, staleVersion } from "../../shared/write.js";
import { findActiveRole } from "../auth/auth.store.js";
import { can } from "../auth/policy.js";
import { indicatorsOnce, numberProblem } from "../priorities/indicator-rules.js";
import { findPriorities, type PriorityRecord } from "../priorities/priority.store.js";
import type { CommitmentCreateInput, CommitmentUpdateInput, CommitmentWithdrawInput } from "./commitment.input.js";
import { findCommitments, findTargets, insertCommitment, replaceTargets, updateCommitment, type CommitmentRecord } from "./commitment.store.js";

const targetSchema = z.object({ indicatorId: z.string(), target: rules.number().nullish(), note: rules.optionalText(1000) });
const targetsSchema = z.array(targetSchema).max(20, "at most 20 targets").nullish();
const openStatus = z.enum(["PLANNED", "IN_PROGRESS", "COMPLETED"], { message: "must be PLANNED, IN_PROGRESS or COMPLETED" });

async function visiblePriority(tx: Db, ctx: Context, id: string | null, field: string[]): Promise<PriorityRecord> {
  const [priority] = id ? await findPriorities(tx, ctx.scope, [id]) : [];
  return priority ?? notFound(field, "priority");
}

/** Targets only for the priority's own indicators, once each, with values that fit each measure. */
async function checkTargets(tx: Db, priorityId: string, targets: z.infer<typeof targetsSchema>) {
  if (!targets?.length) return [];
  const indicatorOf = await indicatorsOnce(tx, priorityId);
  return targets.map((target, index) => {
    const field = ["input", "targets", String(index)];
    const indicator = indicatorOf(target.indicatorId, field);
    const problem = numberProblem(indicator.measure, target.target);
    if (problem) refuse(UserErrorCode.INVALID, problem, [...field, "target"]);
    return { indicatorId: indicator.id, target: target.target ?? null, note: target.note ?? null };
  });
}

/** Who may change a commitment: its organisation's contributing members, the body's leads, admins. */
async function commitmentForChange(tx: Db, ctx: Context, globalId: string) {
  const id = idOfType(globalId, "Commitment");
  const [commitment] = id ? await findCommitments(tx, ctx.scope, [id]) : [];
  if (!commitment) notFound(["input", "commitmentId"], "commitment");
  const priority = await visiblePriority(tx, ctx, commitment.priorityId, ["input", "commitmentId"]);
  const standing = await ctx.viewer.freshStandingIn(tx, priority.bodyId);
  if (!can.changeCommitment(standing, commitment.organisationId === ctx.viewer.organisationId)) forbidden("Only the committing organisation, the body's leads and admins change a commitment.");
  if (commitment.status === "WITHDRAWN") refuse(UserErrorCode.CONFLICT, "The commitment is withdrawn.", ["input", "commitmentId"]);
  return { commitment, priority };
}

const createSchema = z.object({
  priorityId: z.string(),
  organisationId: z.string().nullish(),
  description: rules.localized(5000),
  status: openStatus,
  targets: targetsSchema,
  idempotencyKey: rules.idempotencyKey(),
});

export function createCommitment(ctx: Context, input: CommitmentCreateInput) {
  return runWrite(ctx, async (tx) => {
    const values = validateInput(createSchema, input);
    const priority = await visiblePriority(tx, ctx, idOfType(values.priorityId, "Priority"), ["input", "priorityId"]);
    const organisationId = values.organisationId ? idOfType(values.organisationId, "Organisation") : ctx.viewer.organisationId;
    if (!organisationId) refuse(UserErrorCode.INVALID, "is needed: you do not belong to an organisation", ["input", "organisationId"]);
    const standing = await ctx.viewer.freshStandingIn(tx, priority.bodyId);
    if (organisationId === ctx.viewer.organisationId ? !can.contribute(standing) && !can.lead(standing) : !can.lead(standing)) {
      forbidden("Members commit for their own organisation; the body's leads and admins may commit on a member's behalf.");
    }
    if (!can.contribute({ isAdmin: false, role: await findActiveRole(tx, priority.bodyId, organisationId) })) {
      refuse(UserErrorCode.INVALID, "is not an active member of the priority's body (observers do not commit)", ["input", "organisationId"]);
    }
    if (priority.archivedAt) refuse(UserErrorCode.INVALID, "is archived", ["input", "priorityId"]);
    const targets = await checkTargets(tx, priority.id, values.targets);
    return createOnce(
      tx,
      ctx,
      { key: values.idempotencyKey, operation: "commitmentCreate" },
      async (id) => {
        const commitment = await insertCommitment(tx, { id, organisationId, priorityId: priority.id, description: values.description, status: values.status });
        const saved = await replaceTargets(tx, id, targets);
        await audit(tx, ctx, { action: "commitment.create", objectType: "Commitment", objectId: id, bodyId: priority.bodyId, after: { ...commitment, targets: saved } });
        return asNode("Commitment", commitment);
      },
      async (id) => {
        const [earlier] = await findCommitments(tx, ctx.scope, [id]);
        return earlier ? asNode("Commitment", earlier) : null;
      },
    );
  });
}

const updateSchema = z.object({
  commitmentId: z.string(),
  expectedVersion: rules.version(),
  description: rules.localized(5000).nullish(),
  status: openStatus.nullish(),
  targets: targetsSchema,
});

async function saveChange(tx: Db, ctx: Context, before: CommitmentRecord, bodyId: string, expectedVersion: number, changes: Partial<CommitmentRecord>, action: string) {
  const after = await updateCommitment(tx, before.id, expectedVersion, changes);
  if (!after) staleVersion(before.version);
  return { after, record: (extra: { before?: object; after?: object } = {}) =>
    audit(tx, ctx, { action, objectType: "Commitment", objectId: before.id, bodyId, before: { ...before, ...extra.before }, after: { ...after, ...extra.after } }) };
}

export function updateCommitmentDetails(ctx: Context, input: CommitmentUpdateInput) {
  return runWrite(ctx, async (tx) => {
    const values = validateInput(updateSchema, input);
    const { commitment, priority } = await commitmentForChange(tx, ctx, values.commitmentId);
    const changes = { ...(values.description ? { description: values.description } : {}), ...(values.status ? { status: values.status } : {}) };
    const { after, record } = await saveChange(tx, ctx, commitment, priority.bodyId, values.expectedVersion, changes, "commitment.update");
    if (values.targets) {
      const targetsBefore = await findTargets(tx, commitment.id);
      const targetsAfter = await replaceTargets(tx, commitment.id, await checkTargets(tx, priority.id, values.targets));
      await record({ before: { targets: targetsBefore }, after: { targets: targetsAfter } });
    } else {
      await record();
    }
    return asNode("Commitment", after);
  });
}

const withdrawSchema = z.object({ commitmentId: z.string(), expectedVersion: rules.version() });

export function withdrawCommitment(ctx: Context, input: CommitmentWithdrawInput) {
  return runWrite(ctx, async (tx) => {
    const values = validateInput(withdrawSchema, input);
    const { commitment, priority } = await commitmentForChange(tx, ctx, values.commitmentId);
    const { after, record } = await saveChange(tx, ctx, commitment, priority.bodyId, values.expectedVersion, { status: "WITHDRAWN" }, "commitment.withdraw");
    await record();
    return asNode("Commitment", after);
  });
}
