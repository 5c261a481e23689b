import { and, eq, gte, inArray, lte, sql, type SQL } from "drizzle-orm";
import type { AnyPgTable } from "drizzle-orm/pg-core";
import { auditEvents } from "../../../schema/database.js";
import type { Db } from "../../db.js";
import { columnList, rowJson, typedParam } from "../../shared/statements.js";
import { pagedList, type ListSource } from "../../shared/lists.js";

export type AuditEventRecord = typeof auditEvents.$inferSelect;
export type NewAuditEvent = typeof auditEvents.$inferInsert;

export async function insertAuditEvent(db: Db, event: NewAuditEvent): Promise<void> {
  await db.insert(auditEvents).values(event);
}

/**
 * For a write that records its audit event in its own statement: the INSERT of `event` about the row
 * of `source`, a CTE of that statement returning the row of `table` it wrote (none: no event).
 * `after` is the row as a read gives it (what `after: row` would store), with the properties of
 * `event.after` (a JSON object) over it. Values may be placeholders; JSON goes as text.
 */
export function auditEventOfRows(event: Record<(typeof AUDITED)[number] | "after", unknown>, table: AnyPgTable, source: string): SQL {
  const values = AUDITED.map((property) => typedParam(auditEvents[property], event[property]));
  return sql`insert into ${auditEvents} (${columnList([...AUDITED.map((property) => auditEvents[property]), auditEvents.after])})
    select ${sql.join(values, sql`, `)}, ${rowJson(table, source)} || ${typedParam(auditEvents.after, event.after)} from ${sql.identifier(source)}`;
}

const AUDITED = ["actorUserId", "actorOrganisationId", "action", "objectType", "objectId", "bodyId", "before"] as const;

/** An event's values as `auditEventOfRows` takes them: JSON as text, `after` over the row. */
export function auditEventValues(event: NewAuditEvent): Record<(typeof AUDITED)[number] | "after", unknown> {
  const json = (value: unknown) => (value == null ? null : JSON.stringify(value));
  const { actorUserId = null, actorOrganisationId = null, action, objectType, objectId, bodyId = null } = event;
  return { actorUserId, actorOrganisationId, action, objectType, objectId, bodyId, before: json(event.before), after: json(event.after ?? {}) };
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
  const sort = { expression: auditEvents.occurredAt, sqlType: "timestamptz", direction: "DESC" as const };
  return pagedList(db, `audit.${groupBy}:${JSON.stringify(conditions)}`, "AuditEvent", () => ({
    table: auditEvents,
    idColumn: auditEvents.id,
    parentColumn,
    where: auditWhere(conditions),
    sort,
  }));
}

export function findAuditEvents(db: Db, ids: readonly string[]) {
  return db.select().from(auditEvents).where(inArray(auditEvents.id, [...ids]));
}
