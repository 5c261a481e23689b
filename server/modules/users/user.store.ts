import { and, asc, eq, inArray } from "drizzle-orm";
import { memberships, users } from "../../../schema/database.js";
import type { Db } from "../../db.js";

export function findUsers(db: Db, ids: readonly string[]) {
  return db.select().from(users).where(inArray(users.id, [...ids]));
}

/** The active memberships of an organisation, chair roles first. */
export async function findActiveMembershipIds(db: Db, organisationId: string): Promise<string[]> {
  const rows = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.status, "ACTIVE")))
    .orderBy(asc(memberships.role), asc(memberships.id));
  return rows.map((row) => row.id);
}
