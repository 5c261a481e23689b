import { and, eq } from "drizzle-orm";
import { idempotencyKeys } from "../../../schema/database.js";
import type { Db } from "../../db.js";

/**
 * Claims (user, key) for a write whose result will have `resultId`. Returns null when the claim is
 * new, or the earlier claim. A concurrent claim waits at the primary key until the first commits.
 */
export async function claimIdempotencyKey(
  db: Db,
  claim: { userId: string; key: string; operation: string; resultId: string },
): Promise<{ operation: string; resultId: string } | null> {
  const inserted = await db.insert(idempotencyKeys).values(claim).onConflictDoNothing().returning({ key: idempotencyKeys.key });
  if (inserted.length > 0) return null;
  const [earlier] = await db
    .select({ operation: idempotencyKeys.operation, resultId: idempotencyKeys.resultId })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, claim.userId), eq(idempotencyKeys.key, claim.key)));
  return earlier ?? null;
}
