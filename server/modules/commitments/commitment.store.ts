import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { commitments, commitmentTargets, organisations, priorities } from "../../../schema/database.js";
import type { Db } from "../../db.js";
import type { Language } from "../../shared/language.js";
import { pagedList, type ListSource } from "../../shared/lists.js";
import { type SortDirection, type SortSpec } from "../../shared/pagination.js";
import { fetchRows, type RowsQuery } from "../../shared/rows.js";
import { localizedSortKey, enumIn } from "../../shared/sql.js";
import type { Scope } from "../auth/policy.js";

export type CommitmentRecord = typeof commitments.$inferSelect;

export interface CommitmentConditions {
  organisationId?: string | null;
  priorityId?: string | null;
  bodyId?: string | null;
  status?: string | null;
  year?: number | null;
}

export function commitmentSort(field: "CREATED_AT" | "UPDATED_AT" | "ORGANISATION_NAME", direction: SortDirection, language: Language): SortSpec {
  if (field === "UPDATED_AT") return { expression: commitments.updatedAt, sqlType: "timestamptz", direction };
  if (field === "CREATED_AT") return { expression: commitments.createdAt, sqlType: "timestamptz", direction };
  return {
    expression: sql`(select ${localizedSortKey(organisations.name, language)} from ${organisations} where ${organisations.id} = ${commitments.organisationId})`,
    sqlType: "text",
    direction,
  };
}

function commitmentWhere(scope: Scope, conditions: CommitmentConditions): SQL | undefined {
  const { bodyId, year } = conditions;
  const priorityConditions = and(bodyId ? eq(priorities.bodyId, bodyId) : undefined, year != null ? eq(priorities.year, year) : undefined);
  return and(
    conditions.organisationId ? eq(commitments.organisationId, conditions.organisationId) : undefined,
    conditions.priorityId ? eq(commitments.priorityId, conditions.priorityId) : undefined,
    conditions.status ? enumIn(commitments.status, [conditions.status]) : undefined,
    priorityConditions ? sql`${commitments.priorityId} in (select ${priorities.id} from ${priorities} where ${priorityConditions})` : undefined,
    scope.priorityDetails(commitments.priorityId),
  );
}

/** Commitments as a top-level list, or grouped by priority or by organisation. */
export function commitmentList(
  db: Db,
  scope: Scope,
  groupBy: "priority" | "organisation" | null,
  conditions: CommitmentConditions,
  sort: SortSpec,
  sortName: string,
): ListSource<CommitmentRecord> {
  const parentColumn = groupBy === "priority" ? commitments.priorityId : groupBy === "organisation" ? commitments.organisationId : undefined;
  return pagedList(db, `commitments.${groupBy}:${JSON.stringify([conditions, sortName, sort.direction])}`, "Commitment", () => ({
    table: commitments,
    idColumn: commitments.id,
    parentColumn,
    where: commitmentWhere(scope, conditions),
    sort,
  }));
}

export function commitmentsById(scope: Scope): RowsQuery {
  return { table: commitments, keyColumn: commitments.id, where: scope.priorityDetails(commitments.priorityId) };
}

export async function findCommitments(db: Db, scope: Scope, ids: readonly string[]): Promise<CommitmentRecord[]> {
  return fetchRows(db, commitmentsById(scope), ids);
}

export async function findTargetsOf(db: Db, scope: Scope, commitmentIds: readonly string[]) {
  return db
    .select()
    .from(commitmentTargets)
    .where(and(inArray(commitmentTargets.commitmentId, [...commitmentIds]), scope.commitmentDetails(commitmentTargets.commitmentId)));
}

// ---- writes (always inside a write's transaction) ----

export type NewCommitment = typeof commitments.$inferInsert;
export type NewCommitmentTarget = typeof commitmentTargets.$inferInsert;

export async function insertCommitment(db: Db, values: NewCommitment): Promise<CommitmentRecord> {
  const [row] = await db.insert(commitments).values(values).returning();
  return row!;
}

/** Replaces a commitment's targets. */
export async function replaceTargets(db: Db, commitmentId: string, targets: Omit<NewCommitmentTarget, "commitmentId">[]) {
  await db.delete(commitmentTargets).where(eq(commitmentTargets.commitmentId, commitmentId));
  return targets.length ? db.insert(commitmentTargets).values(targets.map((target) => ({ ...target, commitmentId }))).returning() : [];
}

export async function updateCommitment(db: Db, id: string, expectedVersion: number, changes: Partial<NewCommitment>) {
  const [row] = await db
    .update(commitments)
    .set({ ...changes, version: sql`${commitments.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(commitments.id, id), eq(commitments.version, expectedVersion)))
    .returning();
  return row ?? null;
}

export function findTargets(db: Db, commitmentId: string) {
  return db.select().from(commitmentTargets).where(eq(commitmentTargets.commitmentId, commitmentId));
}
