import type { Context } from "../../context.js";
import { byKey, groupBy } from "../../shared/loaders.js";
import { asNode } from "../../shared/node.js";
import { findFocalPoints, findFocalPointsOf, findLeads, findMemberships } from "./membership.store.js";
import type { FocalPointRow, MembershipRow } from "./membership.type.js";

export function membershipById(ctx: Context) {
  return ctx.loaders.get<MembershipRow | null>(
    "membership",
    async (ids) => byKey((await findMemberships(ctx.db, ctx.scope, ids)).map((row) => asNode("Membership", row)), (row) => row.id),
    null,
  );
}

export function leadsOfBody(ctx: Context) {
  return ctx.loaders.get<MembershipRow[]>(
    "body.leads",
    async (bodyIds) => groupBy((await findLeads(ctx.db, ctx.scope, bodyIds)).map((row) => asNode("Membership", row)), (row) => row.bodyId),
    [],
  );
}

export function focalPointsOfMembership(ctx: Context) {
  return ctx.loaders.get<FocalPointRow[]>(
    "membership.focalPoints",
    async (ids) =>
      groupBy((await findFocalPointsOf(ctx.db, ctx.scope, ids)).map((row) => asNode("FocalPoint", row)), (row) => row.membershipId),
    [],
  );
}

export function focalPointById(ctx: Context) {
  return ctx.loaders.get<FocalPointRow | null>(
    "focalPoint",
    async (ids) => byKey((await findFocalPoints(ctx.db, ctx.scope, ids)).map((row) => asNode("FocalPoint", row)), (row) => row.id),
    null,
  );
}
