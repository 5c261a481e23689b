import { GraphQLError } from "graphql";
import type { Context } from "../../context.js";
import { checkTextArgument } from "../../shared/validation.js";
import { pageRequest, type PageArgs } from "../../shared/connection.js";
import { fromGlobalId, optionalIdOfType } from "../../shared/ids.js";
import { byKey } from "../../shared/loaders.js";
import { nestedConnection, topConnection } from "../../shared/lists.js";
import { asNode } from "../../shared/node.js";
import { can } from "../auth/policy.js";
import type { BodyRow } from "../bodies/body.type.js";
import type { AuditEventFilter } from "./audit.input.js";
import { auditList, findAuditEvents } from "./audit.store.js";
import type { AuditEventRow } from "./audit.type.js";

/** The whole trail is for admins; asking without being one is a top-level FORBIDDEN error. */
export function listAuditEvents(ctx: Context, args: PageArgs, filter?: AuditEventFilter | null) {
  if (!ctx.viewer.isAdmin) {
    throw new GraphQLError("Only admins read the whole audit trail; leads read their body's through `body.auditEvents`.", {
      extensions: { code: "FORBIDDEN", http: { status: 403 } },
    });
  }
  const conditions = {
    bodyId: optionalIdOfType(filter?.bodyId, "CoordinationBody", "filter.bodyId"),
    actorUserId: optionalIdOfType(filter?.actorId, "User", "filter.actorId"),
    objectId: filter?.objectId ? (fromGlobalId(filter.objectId)?.id ?? "00000000-0000-0000-0000-000000000000") : null,
    action: checkTextArgument(filter?.action, "filter.action"),
    since: filter?.since,
    until: filter?.until,
  };
  return topConnection(ctx, auditList(ctx.db, null, conditions), pageRequest(args));
}

/** A body's trail, for its leads and admins; null for anyone else. */
export async function auditEventsOfBody(ctx: Context, body: BodyRow, args: PageArgs) {
  const page = pageRequest(args);
  if (!body.detailsVisible || !can.lead(await ctx.viewer.standingIn(body.id))) return null;
  return nestedConnection(ctx, auditList(ctx.db, "body", {}), body.id, page);
}

/** node(id) for audit events: admins, and the leads of the event's body. */
export function auditEventById(ctx: Context) {
  return ctx.loaders.get<AuditEventRow | null>(
    "auditEvent",
    async (ids) => {
      const events = await findAuditEvents(ctx.db, ids);
      const readable = [];
      for (const event of events) {
        if (ctx.viewer.isAdmin || (event.bodyId && can.lead(await ctx.viewer.standingIn(event.bodyId)))) readable.push(asNode("AuditEvent", event));
      }
      return byKey(readable, (event) => event.id);
    },
    null,
  );
}
