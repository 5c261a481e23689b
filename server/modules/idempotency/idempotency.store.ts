import { and, eq, sql, type SQL } from "drizzle-orm";
import { idempotencyKeys } from "../../../schema/database.js";
import type { Db } from "../../db.js";
import { columnList, typedParam } from "../../shared/statements.js";

export interface IdempotencyClaim {
  userId: string;
  key: string;
  operation: string;
  /** The id the write's result will have. */
  resultId: string;
}

export interface EarlierClaim {
  operation: string;
  resultId: string;
}

/**
 * Claims (user, key) for a write whose result will have `resultId`. Returns null when the claim is
 * new, or the earlier claim. A concurrent claim waits at the primary key until the first commits.
 */
export async function claimIdempotencyKey(db: Db, claim: IdempotencyClaim): Promise<EarlierClaim | null> {
  const inserted = await db.insert(idempotencyKeys).values(claim).onConflictDoNothing().returning({ key: idempotencyKeys.key });
  if (inserted.length > 0) return null;
  return findClaim(db, claim);
}

/** The claim already made on (user, key). */
export async function findClaim(db: Db, claim: Pick<IdempotencyClaim, "userId" | "key">): Promise<EarlierClaim | null> {
  const [earlier] = await db
    .select({ operation: idempotencyKeys.operation, resultId: idempotencyKeys.resultId })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, claim.userId), eq(idempotencyKeys.key, claim.key)));
  return earlier ?? null;
}

/**
 * For a write that claims its key in its own statement: the body of a CTE with one column,
 * `result_id`, holding the result's id when the claim is new (it inserts the claim) and no row when
 * (user, key) was claimed before, so that the statement's inserts, selecting from it, write nothing.
 * Like `claimIdempotencyKey`, a concurrent claim waits at the primary key until the first commits.
 * Without a claim (no key), simply the id. Values may be placeholders. With `onlyIf`, the name of
 * a CTE of the statement, only when that CTE has a row (e.g. the write's permission, re-checked):
 * otherwise no row, and no claim either.
 */
export function claimedResultId(claim: Record<"userId" | "key" | "operation", unknown> | null, resultId: unknown, onlyIf?: string): SQL {
  const k = idempotencyKeys;
  const gate = onlyIf ? sql` where exists (select 1 from ${sql.identifier(onlyIf)})` : sql``;
  if (!claim) return sql`select ${typedParam(k.resultId, resultId)} as result_id${gate}`;
  return sql`insert into ${k} (${columnList([k.userId, k.key, k.operation, k.resultId])})
    select ${typedParam(k.userId, claim.userId)}, ${typedParam(k.key, claim.key)}, ${typedParam(k.operation, claim.operation)}, ${typedParam(k.resultId, resultId)}${gate}
    on conflict do nothing returning ${sql.identifier(k.resultId.name)}`;
}
