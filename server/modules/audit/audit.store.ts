import { and, eq, gte, inArray, lte, type SQL } from "drizzle-orm";
import { auditEvents } from "../../../schema/database.js";
import type { Db } from "../../db.js";
import type { ListSource } from "../../shared/lists.js";
import { countRows, fetchPages } from "../../shared/pagination.js";

export type AuditEventRecord = typeof auditEvents.$inferSelect;
export type NewAuditEvent = typeof auditEvents.$inferInsert;

export async function insertAuditEvent(db: Db, event: NewAuditEvent): Promise<void> {
  await db.insert(auditEvents).values(event);
}

export interface AuditConditions {
  bodyId?: string | null;
  actorUserId?: string | null;
  objectId?: string | null;
  action?: string | null;
  since?: Date | null;
  until?: Date | null;
}

function auditWhere(conditions: AuditConditions): SQL | undefined {
  return and(
    conditions.bodyId ? eq(auditEvents.bodyId, conditions.bodyId) : undefined,
    conditions.actorUserId ? eq(auditEvents.actorUserId, conditions.actorUserId) : undefined,
    conditions.objectId ? eq(auditEvents.objectId, conditions.objectId) : undefined,
    conditions.action ? eq(auditEvents.action, conditions.action) : undefined,
    conditions.since ? gte(auditEvents.occurredAt, conditions.since) : undefined,
    conditions.until ? lte(auditEvents.occurredAt, conditions.until) : undefined,
  );
}

/** Audit events, newest first: all of them (admins) or grouped by body (a body's trail, for its leads). */
export function auditList(db: Db, groupBy: "body" | null, conditions: AuditConditions): ListSource<AuditEventRecord> {
  const parentColumn = groupBy ? auditEvents.bodyId : undefined;
  const where = auditWhere(conditions);
  const sort = { expression: auditEvents.occurredAt, sqlType: "timestamptz", direction: "DESC" as const };
  return {
    key: `audit.${groupBy}:${JSON.stringify(conditions)}`,
    type: "AuditEvent",
    pages: (page, parentIds) =>
      fetchPages(db, { table: auditEvents, idColumn: auditEvents.id, parentColumn, parentIds, where, sort, page }),
    counts: (parentIds) => countRows(db, { table: auditEvents, parentColumn, parentIds, where }),
  };
}

export function findAuditEvents(db: Db, ids: readonly string[]) {
  return db.select().from(auditEvents).where(inArray(auditEvents.id, [...ids]));
}
