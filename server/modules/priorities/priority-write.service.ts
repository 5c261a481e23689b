/** The rules of setting priorities and indicators: leads only, values that fit each measure. */
import { z } from "zod";
import type { Context } from "../../context.js";
import type { Db } from "../../db.js";
import { idOfType } from "../../shared/ids.js";
import { groupBy } from "../../shared/loaders.js";
import { asNode } from "../../shared/node.js";
import { refuse, UserErrorCode } from "../../shared/user-errors.js";
import { rules, validateInput } from "../../shared/validation.js";
import { audit, forbidden, notFound, runWrite, staleVersion } from "../../shared/write.js";
import { can } from "../auth/policy.js";
import { findBodies, lockBody, type BodyRecord } from "../bodies/body.store.js";
import { numberProblem } from "./indicator-rules.js";
import type {
  IndicatorAddInput,
  IndicatorUpdateInput,
  PrioritiesCarryForwardInput,
  PriorityArchiveInput,
  PriorityCreateInput,
  PriorityUpdateInput,
} from "./priority.input.js";
import {
  findIndicators,
  findIndicatorsOfPriorities,
  findPriorities,
  findPrioritiesToCarry,
  insertIndicators,
  insertPriority,
  nextIndicatorPosition,
  updateIndicator,
  updatePriority,
  type IndicatorRecord,
  type NewIndicator,
} from "./priority.store.js";

const MAX_INDICATORS = 20;

const indicatorFields = {
  name: rules.localized(300),
  measure: z.enum(["UNIT", "PERCENTAGE", "QUALITATIVE"]),
  unitLabel: rules.localized(100).nullish(),
  baseline: rules.number().nullish(),
  target: rules.number().nullish(),
  direction: z.enum(["UP", "DOWN"]),
};

/** Numbers that fit the measure: none for QUALITATIVE, 0–100 for PERCENTAGE. */
function checkMeasure(
  indicator: { measure: string; baseline?: number | null; target?: number | null },
  context: z.RefinementCtx,
): void {
  for (const key of ["baseline", "target"] as const) {
    const value = indicator[key];
    const problem = numberProblem(indicator.measure, value);
    if (problem) context.addIssue({ code: "custom", path: [key], message: problem });
  }
}

const indicatorSchema = z.object(indicatorFields).superRefine(checkMeasure);

/** The body, when the viewer leads it; NOT_FOUND when hidden, FORBIDDEN when only readable. */
async function bodyLedByViewer(tx: Db, ctx: Context, bodyId: string | null, field: string[]): Promise<BodyRecord> {
  const [body] = bodyId ? await findBodies(tx, ctx.scope, [bodyId]) : [];
  if (!body || !body.detailsVisible) notFound(field, "coordination body");
  if (!can.lead(await ctx.viewer.freshStandingIn(tx, body.id))) forbidden("Only the body's chair and co-chairs (and admins) set its priorities.");
  return body;
}

function checkWorkArea(body: BodyRecord, workArea: string | null | undefined): void {
  if (workArea && body.workAreas.length > 0 && !body.workAreas.includes(workArea as never)) {
    refuse(UserErrorCode.INVALID, `must be one of the body's work areas: ${body.workAreas.join(", ")}`, ["input", "workArea"]);
  }
}

async function priorityLedByViewer(tx: Db, ctx: Context, id: string | null, field: string[]) {
  const [priority] = id ? await findPriorities(tx, ctx.scope, [id]) : [];
  if (!priority) notFound(field, "priority");
  const body = await bodyLedByViewer(tx, ctx, priority.bodyId, field);
  return { priority, body };
}

const toIndicatorRow = (priorityId: string, indicator: z.infer<typeof indicatorSchema>, position: number): NewIndicator => ({
  priorityId,
  position,
  name: indicator.name,
  measure: indicator.measure,
  unitLabel: indicator.unitLabel ?? null,
  baseline: indicator.baseline ?? null,
  target: indicator.target ?? null,
  direction: indicator.direction,
});

const createSchema = z.object({
  bodyId: z.string(),
  year: rules.year(),
  workArea: z.string(),
  title: rules.localized(300),
  description: rules.localized(5000).nullish(),
  indicators: z.array(indicatorSchema).max(MAX_INDICATORS, `at most ${MAX_INDICATORS} indicators`).nullish(),
});

export function createPriority(ctx: Context, input: PriorityCreateInput) {
  return runWrite(ctx, async (tx) => {
    const values = validateInput(createSchema, input);
    const body = await bodyLedByViewer(tx, ctx, idOfType(values.bodyId, "CoordinationBody"), ["input", "bodyId"]);
    checkWorkArea(body, values.workArea);
    const priority = await insertPriority(tx, {
      bodyId: body.id,
      year: values.year,
      workArea: values.workArea as never,
      title: values.title,
      description: values.description ?? null,
    });
    const indicators = await insertIndicators(tx, (values.indicators ?? []).map((indicator, index) => toIndicatorRow(priority.id, indicator, index)));
    await audit(tx, ctx, { action: "priority.create", objectType: "Priority", objectId: priority.id, bodyId: body.id, after: { ...priority, indicators } });
    return asNode("Priority", priority);
  });
}

const updateSchema = z.object({
  priorityId: z.string(),
  expectedVersion: rules.version(),
  workArea: z.string().nullish(),
  title: rules.localized(300).nullish(),
  description: rules.localized(5000).nullish(),
});

export function updatePriorityDetails(ctx: Context, input: PriorityUpdateInput) {
  return runWrite(ctx, async (tx) => {
    const { priorityId, expectedVersion, ...changes } = validateInput(updateSchema, input);
    const { priority, body } = await priorityLedByViewer(tx, ctx, idOfType(priorityId, "Priority"), ["input", "priorityId"]);
    checkWorkArea(body, changes.workArea);
    const after = await updatePriority(tx, priority.id, expectedVersion, {
      ...(changes.workArea ? { workArea: changes.workArea as never } : {}),
      ...(changes.title ? { title: changes.title } : {}),
      ...(changes.description !== undefined ? { description: changes.description } : {}),
    });
    if (!after) staleVersion(priority.version);
    await audit(tx, ctx, { action: "priority.update", objectType: "Priority", objectId: priority.id, bodyId: body.id, before: priority, after });
    return asNode("Priority", after);
  });
}

const archiveSchema = z.object({ priorityId: z.string(), expectedVersion: rules.version() });

export function archivePriority(ctx: Context, input: PriorityArchiveInput) {
  return runWrite(ctx, async (tx) => {
    const values = validateInput(archiveSchema, input);
    const { priority, body } = await priorityLedByViewer(tx, ctx, idOfType(values.priorityId, "Priority"), ["input", "priorityId"]);
    if (priority.archivedAt) refuse(UserErrorCode.CONFLICT, "The priority is archived already.", ["input", "priorityId"]);
    const after = await updatePriority(tx, priority.id, values.expectedVersion, { archivedAt: new Date() });
    if (!after) staleVersion(priority.version);
    await audit(tx, ctx, { action: "priority.archive", objectType: "Priority", objectId: priority.id, bodyId: body.id, before: priority, after });
    return asNode("Priority", after);
  });
}

const addIndicatorSchema = z.object({ priorityId: z.string(), ...indicatorFields }).superRefine(checkMeasure);

export function addIndicator(ctx: Context, input: IndicatorAddInput) {
  return runWrite(ctx, async (tx) => {
    const { priorityId, ...indicator } = validateInput(addIndicatorSchema, input);
    const { priority, body } = await priorityLedByViewer(tx, ctx, idOfType(priorityId, "Priority"), ["input", "priorityId"]);
    await lockBody(tx, body.id); // two indicators added at once must not take the same position or pass the limit
    const position = await nextIndicatorPosition(tx, priority.id);
    if (position >= MAX_INDICATORS) refuse(UserErrorCode.INVALID, `A priority has at most ${MAX_INDICATORS} indicators.`, ["input", "priorityId"]);
    const [added] = await insertIndicators(tx, [toIndicatorRow(priority.id, indicator, position)]);
    await audit(tx, ctx, { action: "indicator.add", objectType: "Indicator", objectId: added!.id, bodyId: body.id, after: added });
    return asNode("Indicator", added!);
  });
}

const updateIndicatorSchema = z.object({
  indicatorId: z.string(),
  expectedVersion: rules.version(),
  name: indicatorFields.name.nullish(),
  unitLabel: indicatorFields.unitLabel,
  baseline: indicatorFields.baseline,
  target: indicatorFields.target,
  direction: indicatorFields.direction.nullish(),
});

export function updateIndicatorDetails(ctx: Context, input: IndicatorUpdateInput) {
  return runWrite(ctx, async (tx) => {
    const { indicatorId, expectedVersion, ...changes } = validateInput(updateIndicatorSchema, input);
    const id = idOfType(indicatorId, "Indicator");
    const [indicator] = id ? await findIndicators(tx, ctx.scope, [id]) : [];
    if (!indicator) notFound(["input", "indicatorId"], "indicator");
    const { body } = await priorityLedByViewer(tx, ctx, indicator.priorityId, ["input", "indicatorId"]);
    const next: Partial<IndicatorRecord> = {
      ...(changes.name ? { name: changes.name } : {}),
      ...(changes.unitLabel !== undefined ? { unitLabel: changes.unitLabel } : {}),
      ...(changes.baseline !== undefined ? { baseline: changes.baseline } : {}),
      ...(changes.target !== undefined ? { target: changes.target } : {}),
      ...(changes.direction ? { direction: changes.direction } : {}),
    };
    validateInput(z.object({ measure: z.string(), baseline: z.number().nullish(), target: z.number().nullish() }).superRefine(checkMeasure), {
      measure: indicator.measure,
      baseline: next.baseline !== undefined ? next.baseline : indicator.baseline,
      target: next.target !== undefined ? next.target : indicator.target,
    });
    const after = await updateIndicator(tx, indicator.id, expectedVersion, next);
    if (!after) staleVersion(indicator.version);
    await audit(tx, ctx, { action: "indicator.update", objectType: "Indicator", objectId: indicator.id, bodyId: body.id, before: indicator, after });
    return asNode("Indicator", after);
  });
}

const carrySchema = z
  .object({ bodyId: z.string(), fromYear: rules.year(), toYear: rules.year() })
  .refine((value) => value.toYear > value.fromYear, { path: ["toYear"], message: "must be later than fromYear" });

/** Copies the open priorities of a year, once each: running it again copies only what was not copied. */
export function carryPrioritiesForward(ctx: Context, input: PrioritiesCarryForwardInput) {
  return runWrite(ctx, async (tx) => {
    const values = validateInput(carrySchema, input);
    const body = await bodyLedByViewer(tx, ctx, idOfType(values.bodyId, "CoordinationBody"), ["input", "bodyId"]);
    await lockBody(tx, body.id); // two leads carrying the same year at once: the second sees the first's copies
    const sources = await findPrioritiesToCarry(tx, body.id, values.fromYear);
    const indicatorsBySource = groupBy(await findIndicatorsOfPriorities(tx, sources.map((p) => p.id)), (i) => i.priorityId);
    const carried = [];
    for (const source of sources) {
      const { id: _id, createdAt: _c, updatedAt: _u, version: _v, archivedAt: _a, ...copy } = source;
      const priority = await insertPriority(tx, { ...copy, year: values.toYear, carriedFromId: source.id });
      const indicators = await insertIndicators(
        tx,
        (indicatorsBySource.get(source.id) ?? []).map(({ id: _i, createdAt: _ic, updatedAt: _iu, version: _iv, ...indicator }) => ({ ...indicator, priorityId: priority.id })),
      );
      await audit(tx, ctx, { action: "priority.carryForward", objectType: "Priority", objectId: priority.id, bodyId: body.id, after: { ...priority, indicators } });
      carried.push(asNode("Priority", priority));
    }
    return carried;
  });
}
